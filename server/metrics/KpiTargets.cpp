#include "server/metrics/KpiTargets.h"

#include "protocol/Json.h"
#include "server/feed/ChangeLog.h"
#include "server/storage/Store.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace frontline::server {

QJsonObject StoredTarget::toJson() const
{
    QJsonObject object = target.toJson();
    object.insert(QLatin1StringView("project_id"),
                  projectId ? QJsonValue(QString::number(projectId)) : QJsonValue());
    return object;
}

namespace kpi_targets {
namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

using protocol::json::invalidField;

Result<StoredTarget> parseOne(const QJsonValue &item, const QString &at)
{
    if (!item.isObject())
        return invalidField(at, QStringLiteral("must be an object"));
    const QJsonObject object = item.toObject();
    StoredTarget stored;
    const QJsonValue figure = object.value(QLatin1StringView("figure"));
    if (!figure.isString() || !figures().contains(figure.toString()))
        return invalidField(at + u".figure",
                            u"must be one of the board's figures: " + figures().join(u", "));
    stored.target.figure = figure.toString();
    const QJsonValue period = object.value(QLatin1StringView("period"));
    if (!period.isString() || !periods().contains(period.toString()))
        return invalidField(at + u".period", u"must be one of " + periods().join(u", "));
    stored.target.period = period.toString();
    const QJsonValue value = object.value(QLatin1StringView("value"));
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return invalidField(at + u".value", QStringLiteral("must be a number"));
    stored.target.value = value.toDouble();
    const QJsonValue atMost = object.value(QLatin1StringView("at_most"));
    if (!atMost.isUndefined() && !atMost.isBool())
        return invalidField(at + u".at_most", QStringLiteral("must be true or false"));
    stored.target.atMost = atMost.toBool();
    const QJsonValue project = object.value(QLatin1StringView("project_id"));
    if (!project.isUndefined() && !project.isNull()) {
        bool ok = false;
        stored.projectId = project.toString().toLongLong(&ok);
        if (!project.isString() || !ok || stored.projectId <= 0)
            return invalidField(at + u".project_id",
                                QStringLiteral("must be a project id or null"));
    }
    return stored;
}

} // namespace

const QStringList &figures()
{
    static const QStringList names{
        // operators
        QStringLiteral("active_chats"),
        QStringLiteral("handled"),
        QStringLiteral("aht_seconds"),
        QStringLiteral("fcr"),
        QStringLiteral("csat"),
        QStringLiteral("utilization"),
        QStringLiteral("online_seconds"),
        QStringLiteral("chats_per_hour"),
        QStringLiteral("escalations"),
        QStringLiteral("escalations_returned"),
        QStringLiteral("qa_score"),
        // queues
        QStringLiteral("waiting"),
        QStringLiteral("oldest_wait_seconds"),
        QStringLiteral("service_level"),
        QStringLiteral("first_response_seconds"),
        QStringLiteral("sla_breaches"),
        QStringLiteral("sla_compliance"),
        QStringLiteral("arrived"),
    };
    return names;
}

const QStringList &periods()
{
    static const QStringList names{QStringLiteral("day"), QStringLiteral("week"),
                                   QStringLiteral("month"), QStringLiteral("quarter")};
    return names;
}

Result<QList<StoredTarget>> list(Store &store)
{
    auto query = store.run(QStringLiteral("SELECT project_id, figure, period, value, at_most FROM "
                                          "kpi_targets ORDER BY id"));
    if (!query)
        return query.error();
    QList<StoredTarget> targets;
    while (query.value()->next()) {
        const QSqlQuery &q = *query.value();
        StoredTarget stored;
        stored.projectId = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        stored.target.figure = q.value(1).toString();
        stored.target.period = q.value(2).toString();
        stored.target.value = q.value(3).toDouble();
        stored.target.atMost = q.value(4).toInt() != 0;
        targets.append(stored);
    }
    query.value()->finish();
    return targets;
}

Result<void> replace(Store &store, const QList<StoredTarget> &targets, ChangeLog &changes,
                     qint64 nowMs)
{
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started();
    if (auto cleared = store.run(QStringLiteral("DELETE FROM kpi_targets")); !cleared)
        return cleared.error();
    for (const StoredTarget &stored : targets) {
        auto inserted = store.run(
            QStringLiteral("INSERT INTO kpi_targets (project_id, figure, period, value, at_most) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {stored.projectId ? QVariant(stored.projectId)
                              : QVariant(QMetaType::fromType<qint64>()),
             stored.target.figure, stored.target.period, stored.target.value,
             stored.target.atMost ? 1 : 0});
        if (!inserted)
            return inserted.error();
    }
    // One change for the whole list: it is replaced as a whole, and a supervisor's desktop only
    // needs the poke to fetch its board (with the new targets) again.
    const ChangeAudience audience = ChangeAudience::staff();
    auto seq = changes.append(
        store, QStringLiteral("kpi_target"), QStringLiteral("all"), QStringLiteral("update"),
        QJsonObject{{QLatin1StringView("targets"), toJson(targets)}}, audience, nowMs);
    if (!seq)
        return seq.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    changes.announce(store.workspace(), seq.value(), QStringLiteral("kpi_target"), audience);
    return {};
}

Result<QList<StoredTarget>> parse(const QJsonObject &body)
{
    const QJsonValue items = body.value(QLatin1StringView("targets"));
    if (!items.isArray())
        return invalidField(QStringLiteral("targets"), QStringLiteral("must be a list"));
    if (items.toArray().size() > MaxTargets)
        return invalidField(QStringLiteral("targets"),
                            QStringLiteral("may hold at most %1 targets").arg(MaxTargets));
    QList<StoredTarget> targets;
    QSet<QString> seen;
    for (const QJsonValue &item : items.toArray()) {
        const QString at = QStringLiteral("targets[%1]").arg(targets.size());
        auto stored = parseOne(item, at);
        if (!stored)
            return stored.error();
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(stored->projectId)
                                .arg(stored->target.figure, stored->target.period);
        if (seen.contains(key))
            return invalidField(at, QStringLiteral("a target for this figure and period is "
                                                   "already in the list"));
        seen.insert(key);
        targets.append(stored.value());
    }
    return targets;
}

QJsonArray toJson(const QList<StoredTarget> &targets)
{
    QJsonArray array;
    for (const StoredTarget &stored : targets)
        array.append(stored.toJson());
    return array;
}

QString periodOf(qint64 lengthMs)
{
    if (lengthMs <= DayMs)
        return QStringLiteral("day");
    if (lengthMs <= 7 * DayMs)
        return QStringLiteral("week");
    if (lengthMs <= 31 * DayMs)
        return QStringLiteral("month");
    return QStringLiteral("quarter");
}

QList<protocol::KpiTarget> forWindow(const QList<StoredTarget> &targets, qint64 lengthMs,
                                     qint64 projectId)
{
    const qsizetype wanted = periods().indexOf(periodOf(lengthMs));
    QList<protocol::KpiTarget> chosen;
    for (const QString &figure : figures()) {
        const protocol::KpiTarget *best = nullptr;
        qsizetype bestDistance = 0;
        for (const StoredTarget &stored : targets) {
            if (stored.projectId != projectId || stored.target.figure != figure)
                continue;
            const qsizetype period = periods().indexOf(stored.target.period);
            const qsizetype distance = std::abs(period - wanted);
            const bool shorterOnTie =
                best && distance == bestDistance && period < periods().indexOf(best->period);
            if (!best || distance < bestDistance || shorterOnTie) {
                best = &stored.target;
                bestDistance = distance;
            }
        }
        if (best)
            chosen.append(*best);
    }
    return chosen;
}

QList<StoredTarget> ofProject(const QList<StoredTarget> &targets, qint64 projectId)
{
    QList<StoredTarget> own;
    std::copy_if(targets.begin(), targets.end(), std::back_inserter(own),
                 [projectId](const StoredTarget &stored) { return stored.projectId == projectId; });
    return own;
}

} // namespace kpi_targets
} // namespace frontline::server
