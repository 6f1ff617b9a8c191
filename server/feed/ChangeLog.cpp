#include "server/feed/ChangeLog.h"

#include "server/feed/FeedEntity.h"
#include "server/identity/Caller.h"
#include "server/storage/CommitGroup.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcChanges, "backoffice.changes")

namespace frontline::server {
namespace {

QString scopeName(ChangeAudience::Scope scope)
{
    switch (scope) {
    case ChangeAudience::Scope::All:
        return QStringLiteral("all");
    case ChangeAudience::Scope::Ticket:
        return QStringLiteral("ticket");
    case ChangeAudience::Scope::Staff:
        return QStringLiteral("staff");
    case ChangeAudience::Scope::Operator:
        return QStringLiteral("operator");
    }
    return QStringLiteral("staff");
}

// A JSON string literal for `text` (quotes included).
void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[(c >> 4) & 0xf];
                out += "0123456789abcdef"[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray ChangePage::toJson() const
{
    QByteArray out;
    out.reserve(changes.size() + 48);
    out += "{\"changes\":";
    out += changes;
    out += ",\"next\":";
    out += QByteArray::number(next);
    out += ",\"more\":";
    out += more ? "true" : "false";
    out += '}';
    return out;
}

Result<qint64> ChangeLog::append(Store &store, const QString &entity, const QString &entityId,
                                 const QString &op, const QJsonObject &data,
                                 const ChangeAudience &audience, qint64 nowMs)
{
    if (!reachOf(entity)) {
        return Error{QStringLiteral("internal_error"),
                     QStringLiteral("No feed rule for changes of %1").arg(entity)};
    }
    if (store.isPostgresql()) {
        if (auto locked = store.run(QStringLiteral("SELECT pg_advisory_xact_lock(72010)")); !locked)
            return locked.error();
    }
    auto seq = store.insert(
        QStringLiteral(
            "INSERT INTO changes (entity, entity_id, op, data, scope, queue_id, "
            "prev_queue_id, assignee_id, prev_assignee_id, operator_id, escalation_line, "
            "escalation_team, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
        {entity, entityId, op,
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
         scopeName(audience.scope), sql::nullableText(audience.queueId),
         sql::nullableText(audience.previousQueueId), sql::nullableId(audience.assigneeId),
         sql::nullableId(audience.previousAssigneeId), sql::nullableId(audience.operatorId),
         sql::nullableId(audience.escalationLine), sql::nullableText(audience.escalationTeam),
         nowMs});
    if (seq && store.isPostgresql()) {
        // Other back-office instances on this database hear of it when (and only if) this
        // transaction commits: NOTIFY is transactional, and dropped with a rolled-back savepoint.
        auto notified = store.run(QStringLiteral("SELECT pg_notify(?, ?)"),
                                  {notificationChannel(store), QString::number(seq.value())});
        if (!notified)
            return notified.error();
        notified.value()->finish();
    }
    return seq;
}

QString ChangeLog::notificationChannel(const Store &store)
{
    // The schema's name: a plain identifier, where a sandbox's name may hold a hyphen.
    return QStringLiteral("frontline_changes_") + Workspaces::schemaOf(store.workspace());
}

Result<void> ChangeLog::followOtherInstances(Store &store)
{
    if (!store.isPostgresql())
        return {};
    auto head = store.scalar(QStringLiteral("SELECT MAX(seq) FROM changes"));
    if (!head)
        return head.error();
    m_relayedSeq[store.workspace()] = head.value().toLongLong();
    QSqlDriver *driver = store.connection().driver();
    const QString channel = notificationChannel(store);
    if (!driver->subscribeToNotification(channel)) {
        return Error{
            QStringLiteral("database_error"),
            QStringLiteral("Cannot LISTEN on %1: %2").arg(channel, driver->lastError().text())};
    }
    connect(driver, &QSqlDriver::notification, this,
            [this, &store, channel](const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &payload) {
                // This instance announced its own changes after their commit already.
                if (name == channel && source == QSqlDriver::OtherSource)
                    relay(store, payload.toLongLong());
            });
    return {};
}

void ChangeLog::relay(Store &store, qint64 seq)
{
    qint64 &relayed = m_relayedSeq[store.workspace()];
    if (seq <= relayed)
        return;
    // Changes commit in seq order (append's advisory lock), so everything up to `seq` is there.
    auto rows =
        store.run(QStringLiteral("SELECT seq, entity, scope, queue_id, prev_queue_id, assignee_id, "
                                 "prev_assignee_id, operator_id, escalation_line, escalation_team "
                                 "FROM changes WHERE seq > ? AND seq <= ? ORDER BY seq"),
                  {relayed, seq});
    if (!rows) {
        qCWarning(lcChanges) << "cannot read changes from another instance:"
                             << rows.error().message;
        return;
    }
    QSqlQuery *query = rows.value();
    while (query->next()) {
        ChangeAudience audience;
        const QString scope = query->value(2).toString();
        audience.scope = scope == u"ticket"     ? ChangeAudience::Scope::Ticket
                         : scope == u"staff"    ? ChangeAudience::Scope::Staff
                         : scope == u"operator" ? ChangeAudience::Scope::Operator
                                                : ChangeAudience::Scope::All;
        audience.queueId = query->value(3).toString();
        audience.previousQueueId = query->value(4).toString();
        audience.assigneeId = query->value(5).toLongLong();
        audience.previousAssigneeId = query->value(6).toLongLong();
        audience.operatorId = query->value(7).toLongLong();
        audience.escalationLine = query->value(8).toInt();
        audience.escalationTeam = query->value(9).toString();
        relayed = query->value(0).toLongLong();
        Q_EMIT committed(store.workspace(), relayed, query->value(1).toString(), audience);
    }
    query->finish();
    relayed = std::max(relayed, seq);
}

void ChangeLog::announce(const QString &workspace, qint64 seq, const QString &entity,
                         const ChangeAudience &audience)
{
    // In a batch the change is committed with the batch: tell the hub only then, and not at all
    // if the request's savepoint or the batch rolls back.
    if (CommitGroup *group = CommitGroup::current()) {
        if (Store *store = group->storeFor(workspace)) {
            store->afterCommit([this, workspace, seq, entity, audience] {
                Q_EMIT committed(workspace, seq, entity, audience);
            });
            return;
        }
    }
    Q_EMIT committed(workspace, seq, entity, audience);
}

// The rows of the feed `caller` may see: the SQL form of feedVisibleTo (FeedEntity.cpp), with
// the kinds each role gets written into the statement (one statement per role).
Result<QSqlQuery *> ChangeLog::visibleRows(Store &store, const Caller &caller, qint64 since,
                                           qint64 headSeq, int limit)
{
    using Role = protocol::Role;
    const QString columns = QStringLiteral("SELECT seq, entity, entity_id, op, data FROM changes ");
    const QString byAudience = u"entity IN (" + feedKindsByAudience(caller.role()) + u")";
    if (caller.isStaff()) {
        return store.run(columns + u"WHERE seq > ? AND seq <= ? AND " + byAudience +
                             u" ORDER BY seq LIMIT ?",
                         {since, headSeq, limit + 1});
    }
    const QString own = u"(entity IN (" + feedKindsOwn(caller.role()) +
                        u") AND scope = 'operator' AND operator_id = ?)";
    if (caller.role() == Role::Operator) {
        return store.run(
            columns + u"WHERE seq > ? AND seq <= ? AND (" + own + u" OR (" + byAudience +
                u" AND (scope = 'all' "
                u"OR (scope = 'operator' AND operator_id = ?) "
                u"OR (scope = 'ticket' AND (assignee_id = ? OR prev_assignee_id = ? "
                u"OR queue_id IN (SELECT queue_id FROM operator_queues WHERE operator_id = ?) "
                u"OR prev_queue_id IN (SELECT queue_id FROM operator_queues WHERE operator_id = ?) "
                u"OR (escalation_line >= 2 AND escalation_line = ?) "
                u"OR (escalation_team <> '' AND escalation_team = ?)"
                u"))))) ORDER BY seq LIMIT ?",
            {since, headSeq, caller.operatorId, caller.operatorId, caller.operatorId,
             caller.operatorId, caller.operatorId, caller.operatorId, caller.profile.line,
             caller.profile.team, limit + 1});
    }
    const QString whole = u"entity IN (" + feedKindsWhole(caller.role()) + u")";
    return store.run(columns + u"WHERE seq > ? AND seq <= ? AND (" + own + u" OR " + whole +
                         u" OR (" + byAudience +
                         u" AND (scope = 'all' OR (scope = 'operator' AND operator_id = ?)))) "
                         u"ORDER BY seq LIMIT ?",
                     {since, headSeq, caller.operatorId, caller.operatorId, limit + 1});
}

Result<ChangePage> ChangeLog::read(Store &store, const Caller &caller, qint64 since, int limit,
                                   qint64 maxBytes)
{
    ChangePage page;
    // Read the head first: everything up to it has committed (see the class comment), so the
    // cursor can move to it even when none of those changes is visible to this caller.
    auto head = store.scalar(QStringLiteral("SELECT MAX(seq) FROM changes"));
    if (!head)
        return head.error();
    const qint64 headSeq = head.value().toLongLong();
    page.next = std::max(since, headSeq);
    // A store's account is admitted (its desktop follows the cursor like any other) but no kind
    // of change reaches it: its live board is poked by the events socket instead.
    if (headSeq <= since || caller.role() == protocol::Role::Integration || caller.isClient())
        return page;

    auto query = visibleRows(store, caller, since, headSeq, limit);
    if (!query)
        return query.error();
    QSqlQuery *rows = query.value();
    QByteArray &out = page.changes;
    out = "[";
    QByteArray change;
    while (rows->next()) {
        if (page.count == limit) {
            page.more = true;
            break;
        }
        const qint64 seq = rows->value(0).toLongLong();
        change.clear();
        change += "{\"seq\":";
        change += QByteArray::number(seq);
        change += ",\"entity\":";
        appendJsonString(change, rows->value(1).toString());
        change += ",\"id\":";
        appendJsonString(change, rows->value(2).toString());
        change += ",\"op\":";
        appendJsonString(change, rows->value(3).toString());
        change += ",\"data\":";
        // Written by append() as a compact JSON object; kept byte for byte.
        change += rows->value(4).toByteArray();
        change += '}';
        // A page stays within maxBytes; a single larger change still goes, alone, so the reader
        // never sticks on it.
        if (page.count > 0 && out.size() + 1 + change.size() + 1 > maxBytes) {
            page.more = true;
            break;
        }
        if (page.count > 0)
            out += ',';
        out += change;
        page.next = seq;
        ++page.count;
    }
    out += ']';
    rows->finish();
    if (!page.more)
        page.next = std::max(since, headSeq);
    return page;
}

} // namespace frontline::server
