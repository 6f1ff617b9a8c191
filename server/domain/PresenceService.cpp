#include "server/domain/PresenceService.h"

#include "protocol/ApiError.h"
#include "server/domain/Assignment.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

namespace frontline::server {
namespace {

// One row per operator with their open interval, if any.
const QString PresenceColumns = QStringLiteral(
    "SELECT o.id, o.display_name, p.status, p.reason, p.started_at FROM operators o "
    "LEFT JOIN presence_intervals p ON p.operator_id = o.id AND p.ended_at IS NULL ");

protocol::Presence presenceFromRow(const QSqlQuery &row)
{
    protocol::Presence presence;
    presence.operatorId = QString::number(row.value(0).toLongLong());
    presence.name = row.value(1).toString();
    presence.status = protocol::presenceStatusFromString(row.value(2).toString())
                          .value_or(protocol::PresenceStatus::Offline);
    presence.reason = row.value(3).toString();
    presence.since = sql::time(row.value(4));
    return presence;
}

} // namespace

PresenceService::PresenceService(ChangeLog &changes, Clock clock, QObject *parent)
    : QObject(parent)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<QList<protocol::Presence>> PresenceService::list(const Caller &caller)
{
    Result<QSqlQuery *> query = Error{};
    if (caller.isStaff()) {
        // Operators always appear, offline until they first set a status; supervisors and admins
        // only once they have set one (they take chats now and then).
        query = caller.store->run(
            PresenceColumns + u"WHERE o.active = 1 AND (o.role = 'operator' OR p.id IS NOT NULL) "
                              u"ORDER BY o.display_name, o.id");
    } else {
        query = caller.store->run(PresenceColumns + u"WHERE o.id = ?", {caller.operatorId});
    }
    if (!query)
        return query.error();
    QList<protocol::Presence> list;
    while (query.value()->next())
        list.append(presenceFromRow(*query.value()));
    query.value()->finish();
    if (list.isEmpty() && !caller.isStaff()) {
        // The caller's account row is gone or inactive mid-session: still answer for them.
        protocol::Presence self;
        self.operatorId = QString::number(caller.operatorId);
        self.name = caller.profile.displayName;
        list.append(self);
    }
    return list;
}

Result<protocol::PresenceTimeline>
PresenceService::timeline(Store &store, const QString &operatorId, qint64 fromMs, qint64 toMs)
{
    bool ok = false;
    const qint64 id = operatorId.toLongLong(&ok);
    auto exists = store.scalar(QStringLiteral("SELECT id FROM operators WHERE id = ?"),
                               {ok ? id : qint64(0)});
    if (!exists)
        return exists.error();
    if (!ok || exists.value().isNull())
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No operator %1").arg(operatorId)};
    auto query = store.run(
        QStringLiteral("SELECT status, reason, started_at, ended_at FROM presence_intervals WHERE "
                       "operator_id = ? AND started_at < ? AND (ended_at IS NULL OR ended_at > ?) "
                       "ORDER BY started_at, id"),
        {id, toMs, fromMs});
    if (!query)
        return query.error();
    protocol::PresenceTimeline timeline;
    timeline.operatorId = QString::number(id);
    timeline.from = sql::time(fromMs);
    timeline.to = sql::time(toMs);
    const qint64 now = m_clock();
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        protocol::PresenceInterval interval;
        interval.status = protocol::presenceStatusFromString(row.value(0).toString())
                              .value_or(protocol::PresenceStatus::Offline);
        interval.reason = row.value(1).toString();
        interval.open = row.value(3).isNull();
        const qint64 started = std::max(row.value(2).toLongLong(), fromMs);
        const qint64 ended = interval.open ? std::min(toMs, std::max(now, started))
                                           : std::min(row.value(3).toLongLong(), toMs);
        interval.startedAt = sql::time(started);
        interval.endedAt = sql::time(ended);
        timeline.intervals.append(interval);
    }
    query.value()->finish();
    return timeline;
}

Result<protocol::Presence> PresenceService::current(Store &store, qint64 operatorId,
                                                    const QString &displayName)
{
    auto query = store.run(PresenceColumns + u"WHERE o.id = ?", {operatorId});
    if (!query)
        return query.error();
    protocol::Presence presence;
    presence.operatorId = QString::number(operatorId);
    presence.name = displayName;
    if (query.value()->next())
        presence = presenceFromRow(*query.value());
    query.value()->finish();
    return presence;
}

Result<protocol::Presence>
PresenceService::set(const Caller &caller, protocol::PresenceStatus status, const QString &reason)
{
    if (reason.size() > MaxReasonLength) {
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("reason: at most %1 characters").arg(MaxReasonLength),
                     QStringLiteral("reason")};
    }
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    if (store.isPostgresql()) {
        // Two instances changing one operator's presence at once must not both open an
        // interval; SQLite's BEGIN IMMEDIATE already serialises writers.
        auto locked = store.run(QStringLiteral("SELECT id FROM operators WHERE id = ? FOR UPDATE"),
                                {caller.operatorId});
        if (!locked)
            return locked.error();
        locked.value()->finish();
    }
    auto before = current(store, caller.operatorId, caller.profile.displayName);
    if (!before)
        return before.error();
    const bool hadInterval = before->since.isValid();
    if (hadInterval && before->status == status)
        return before;

    // Never let an interval end before it began, even if the wall clock stepped back.
    qint64 now = m_clock();
    if (hadInterval)
        now = std::max(now, before->since.toMSecsSinceEpoch());
    if (hadInterval) {
        auto closed = store.update(QStringLiteral("UPDATE presence_intervals SET ended_at = ? "
                                                  "WHERE operator_id = ? AND ended_at IS NULL"),
                                   {now, caller.operatorId});
        if (!closed)
            return closed.error();
    }
    auto opened = store.insert(
        QStringLiteral("INSERT INTO presence_intervals (operator_id, status, reason, started_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {caller.operatorId, protocol::toString(status), reason, now});
    if (!opened)
        return opened.error();

    protocol::Presence after;
    after.operatorId = QString::number(caller.operatorId);
    after.name = before->name;
    after.status = status;
    after.reason = reason;
    after.since = sql::time(now);
    // One change serves both readers: supervisors and admins see every change whatever its
    // scope (feedVisibleTo, in FeedEntity.cpp), and the operator scope adds the operator
    // themselves. Other operators and trainers do not see it.
    const ChangeAudience audience = ChangeAudience::onlyOperator(caller.operatorId);
    auto seq = m_changes.append(store, QStringLiteral("presence"), after.operatorId,
                                hadInterval ? QStringLiteral("update") : QStringLiteral("create"),
                                after.toJson(), audience, now);
    if (!seq)
        return seq.error();
    if (m_assignment) {
        if (auto routed = m_assignment->presenceChanged(store, caller.operatorId, status); !routed)
            return routed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_changes.announce(store.workspace(), seq.value(), QStringLiteral("presence"), audience);
    Q_EMIT changed(store.workspace(), after);
    return after;
}

} // namespace frontline::server
