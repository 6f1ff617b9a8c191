#include "server/alerts/AlertRuleService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

namespace frontline::server {
namespace {

const QString RuleColumns = QStringLiteral("SELECT id, kind, threshold, queue_id, enabled, "
                                           "version, created_at, updated_at FROM alert_rules ");

protocol::AlertRule ruleFromRow(const QSqlQuery &row)
{
    protocol::AlertRule rule;
    rule.id = QString::number(row.value(0).toLongLong());
    rule.kind = protocol::alertKindFromString(row.value(1).toString())
                    .value_or(protocol::AlertKind::QueueWaiting);
    rule.threshold = row.value(2).toDouble();
    rule.queueId = row.value(3).toString();
    rule.enabled = row.value(4).toInt() != 0;
    rule.version = row.value(5).toLongLong();
    rule.createdAt = sql::time(row.value(6));
    rule.updatedAt = sql::time(row.value(7));
    return rule;
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound), QStringLiteral("No alert rule %1").arg(id)};
}

qint64 parseId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

} // namespace

AlertRuleService::AlertRuleService(Clock clock)
    : m_clock(std::move(clock))
{}

Result<protocol::AlertRule> AlertRuleService::load(Store &store, qint64 supervisorId, qint64 id)
{
    auto query = store.run(RuleColumns + u"WHERE id = ? AND supervisor_id = ?", {id, supervisorId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(QString::number(id));
    protocol::AlertRule rule = ruleFromRow(*query.value());
    query.value()->finish();
    return rule;
}

// The body as a rule, with its queue (if any) one that exists.
Result<protocol::AlertRule> AlertRuleService::checked(Store &store, const QJsonObject &body)
{
    auto rule = protocol::alertRuleFromRequest(body);
    if (!rule)
        return rule.error();
    if (!rule->queueId.isEmpty()) {
        auto queue =
            store.scalar(QStringLiteral("SELECT id FROM queues WHERE id = ?"), {rule->queueId});
        if (!queue)
            return queue.error();
        if (queue.value().isNull())
            return protocol::json::invalidField(QStringLiteral("queue_id"),
                                                QStringLiteral("no such queue"));
    }
    return rule;
}

Result<QList<protocol::AlertRule>> AlertRuleService::list(const Caller &caller)
{
    auto query = caller.store->run(RuleColumns + u"WHERE supervisor_id = ? ORDER BY id",
                                   {caller.operatorId});
    if (!query)
        return query.error();
    QList<protocol::AlertRule> rules;
    while (query.value()->next())
        rules.append(ruleFromRow(*query.value()));
    query.value()->finish();
    return rules;
}

Result<protocol::AlertRule> AlertRuleService::insert(Store &store, qint64 supervisorId,
                                                     const protocol::AlertRule &rule, qint64 nowMs)
{
    auto id = store.insert(
        QStringLiteral(
            "INSERT INTO alert_rules (supervisor_id, kind, threshold, queue_id, "
            "enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {supervisorId, protocol::toString(rule.kind), rule.threshold,
         sql::nullableText(rule.queueId), rule.enabled ? 1 : 0, nowMs, nowMs});
    if (!id)
        return id.error();
    return load(store, supervisorId, id.value());
}

Result<protocol::AlertRule> AlertRuleService::create(const Caller &caller, const QJsonObject &body)
{
    Store &store = *caller.store;
    auto rule = checked(store, body);
    if (!rule)
        return rule.error();
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto count = store.scalar(QStringLiteral("SELECT COUNT(*) FROM alert_rules WHERE "
                                             "supervisor_id = ?"),
                              {caller.operatorId});
    if (!count)
        return count.error();
    if (count.value().toLongLong() >= protocol::limits::AlertRulesEach) {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("You have %1 alert rules, the most one supervisor keeps; "
                                    "delete one first")
                         .arg(protocol::limits::AlertRulesEach)};
    }
    auto created = insert(store, caller.operatorId, rule.value(), m_clock());
    if (!created)
        return created.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

Result<protocol::AlertRule> AlertRuleService::replace(const Caller &caller, const QString &id,
                                                      const QJsonObject &body)
{
    Store &store = *caller.store;
    const qint64 ruleId = parseId(id);
    if (ruleId == 0)
        return notFound(id);
    auto rule = checked(store, body);
    if (!rule)
        return rule.error();
    auto updated = store.update(
        QStringLiteral("UPDATE alert_rules SET kind = ?, threshold = ?, queue_id = ?, enabled = ?, "
                       "version = version + 1, updated_at = ? WHERE id = ? AND supervisor_id = ?"),
        {protocol::toString(rule->kind), rule->threshold, sql::nullableText(rule->queueId),
         rule->enabled ? 1 : 0, m_clock(), ruleId, caller.operatorId});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return notFound(id);
    return load(store, caller.operatorId, ruleId);
}

Result<void> AlertRuleService::remove(const Caller &caller, const QString &id)
{
    const qint64 ruleId = parseId(id);
    auto removed = caller.store->update(
        QStringLiteral("DELETE FROM alert_rules WHERE id = ? AND supervisor_id = ?"),
        {ruleId, caller.operatorId});
    if (!removed)
        return removed.error();
    if (removed.value() != 1)
        return notFound(id);
    return {};
}

} // namespace frontline::server
