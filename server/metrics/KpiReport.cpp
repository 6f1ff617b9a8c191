#include "server/metrics/KpiReport.h"

#include "protocol/Json.h"
#include "server/metrics/KpiRounding.h"
#include "server/storage/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {

using protocol::BoardOperatorRow;

OperatorSums &OperatorSums::operator+=(const OperatorSums &other)
{
    handled += other.handled;
    chats += other.chats;
    handleMs += other.handleMs;
    firstContact += other.firstContact;
    votes += other.votes;
    satisfied += other.satisfied;
    onlineMs += other.onlineMs;
    busyMs += other.busyMs;
    escalations += other.escalations;
    escalationsReturned += other.escalationsReturned;
    return *this;
}

void fillFigures(BoardOperatorRow *row, const OperatorSums &sums)
{
    using namespace kpi;
    row->handled = sums.handled;
    row->ahtSeconds =
        sums.handled ? std::optional(seconds(sums.handleMs / sums.handled)) : std::nullopt;
    row->fcr = ratio(sums.firstContact, sums.handled);
    row->csat =
        sums.votes
            ? std::optional(std::round(1000.0 * double(sums.satisfied) / double(sums.votes)) / 10.0)
            : std::nullopt;
    row->utilization = ratio(sums.busyMs, sums.onlineMs);
    row->onlineSeconds = seconds(sums.onlineMs);
    row->chatsPerHour = sums.onlineMs > 0
                            ? std::optional(std::round(100.0 * double(sums.chats) * 3600000.0 /
                                                       double(sums.onlineMs)) /
                                            100.0)
                            : std::nullopt;
    row->escalations = sums.escalations;
    row->escalationsReturned = sums.escalationsReturned;
}

KpiReport::KpiReport(Store &store, qint64 from, qint64 to, qint64 now)
    : m_store(store)
    , m_from(from)
    , m_to(std::min(to, now))
    , m_now(now)
{}

Result<KpiReport::Intervals> KpiReport::intervals(const QString &sql)
{
    auto query = m_store.run(sql, {m_now, m_to, m_from});
    if (!query)
        return query.error();
    Intervals map;
    while (query.value()->next()) {
        map[query.value()->value(0).toLongLong()].append(
            {query.value()->value(1).toLongLong(), query.value()->value(2).toLongLong()});
    }
    query.value()->finish();
    return map;
}

qint64 KpiReport::clippedLength(const QList<Interval> &list) const
{
    qint64 total = 0;
    for (const Interval &interval : list)
        total +=
            std::max<qint64>(0, std::min(interval.end, m_to) - std::max(interval.start, m_from));
    return total;
}

qint64 KpiReport::busyWhileOnline(QList<Interval> busy, const QList<Interval> &online) const
{
    std::sort(busy.begin(), busy.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    QList<Interval> merged;
    for (const Interval &interval : std::as_const(busy)) {
        if (!merged.isEmpty() && interval.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, interval.end);
        else
            merged.append(interval);
    }
    qint64 total = 0;
    for (const Interval &b : std::as_const(merged)) {
        for (const Interval &o : online) {
            const qint64 start = std::max({b.start, o.start, m_from});
            const qint64 end = std::min({b.end, o.end, m_to});
            total += std::max<qint64>(0, end - start);
        }
    }
    return total;
}

// Every active operator with their profile, presence and chats now. Idle: online and without a
// chat since the later of going online and their last chat's end.
Result<QList<BoardOperatorRow>> KpiReport::people()
{
    auto query = m_store.run(QStringLiteral(
        "SELECT o.id, o.display_name, o.team, o.line, o.max_chats, COALESCE(p.status, "
        "'offline'), p.started_at, (SELECT COUNT(*) FROM tickets t WHERE t.assignee_id = o.id "
        "AND t.channel = 'chat' AND t.status IN ('new', 'open', 'pending')), (SELECT "
        "MAX(a.ended_at) FROM ticket_assignments a WHERE a.operator_id = o.id AND a.channel = "
        "'chat' AND a.ended_at IS NOT NULL) FROM operators o LEFT JOIN presence_intervals p ON "
        "p.operator_id = o.id AND p.ended_at IS NULL WHERE o.active = 1 AND o.role = "
        "'operator' ORDER BY o.display_name, o.id"));
    if (!query)
        return query.error();
    QList<BoardOperatorRow> rows;
    QSqlQuery &q = *query.value();
    while (q.next()) {
        BoardOperatorRow row;
        row.id = QString::number(q.value(0).toLongLong());
        row.name = q.value(1).toString();
        row.team = q.value(2).toString();
        row.line = q.value(3).toInt();
        row.maxChats = q.value(4).toInt();
        row.status = q.value(5).toString();
        if (!q.value(6).isNull())
            row.statusSince = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        row.activeChats = q.value(7).toInt();
        if (row.status == u"online" && row.activeChats == 0 && row.statusSince.isValid()) {
            const qint64 lastChat = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
            row.idleSince = QDateTime::fromMSecsSinceEpoch(
                std::max(row.statusSince.toMSecsSinceEpoch(), lastChat), Qt::UTC);
        }
        rows.append(row);
    }
    q.finish();
    return rows;
}

Result<void> KpiReport::readQueues(QList<BoardOperatorRow> *rows)
{
    auto query = m_store.run(QStringLiteral(
        "SELECT operator_id, queue_id FROM operator_queues ORDER BY operator_id, queue_id"));
    if (!query)
        return query.error();
    std::unordered_map<qint64, QStringList> queues;
    while (query.value()->next())
        queues[query.value()->value(0).toLongLong()].append(query.value()->value(1).toString());
    query.value()->finish();
    for (BoardOperatorRow &row : *rows)
        row.queues = queues[row.id.toLongLong()];
    return {};
}

// Handled: resolved (or closed) in the window while assigned to them. Handle time: how long they
// held it (their assignments), or since creation for tickets from before assignments were
// recorded. First contact: never escalated and no recontact by the customer.
Result<std::unordered_map<qint64, HandledSums>> KpiReport::handledByOperator()
{
    auto query = m_store.run(
        QStringLiteral(
            "SELECT h.assignee_id, COUNT(*), SUM(CASE WHEN h.channel = 'chat' THEN 1 ELSE 0 END), "
            "SUM(h.held), SUM(h.first_contact) FROM (SELECT t.assignee_id, t.channel, "
            "COALESCE((SELECT SUM(COALESCE(a.ended_at, t.resolved_at) - a.assigned_at) FROM "
            "ticket_assignments a WHERE a.ticket_id = t.id AND a.operator_id = t.assignee_id), "
            "t.resolved_at - COALESCE(t.assigned_at, t.created_at)) AS held, CASE WHEN EXISTS "
            "(SELECT 1 FROM escalations e WHERE e.ticket_id = t.id) OR (t.customer_id IS NOT "
            "NULL AND EXISTS (SELECT 1 FROM tickets r WHERE r.customer_id = t.customer_id AND "
            "r.id <> t.id AND r.created_at > t.created_at AND r.created_at <= t.resolved_at + "
            "?)) THEN 0 ELSE 1 END AS first_contact FROM tickets t WHERE t.assignee_id IS NOT "
            "NULL AND t.status IN ('resolved', 'closed') AND t.resolved_at >= ? AND "
            "t.resolved_at < ?) h GROUP BY h.assignee_id"),
        {RecontactWindowMs, m_from, m_to});
    if (!query)
        return query.error();
    std::unordered_map<qint64, HandledSums> handled;
    QSqlQuery &q = *query.value();
    while (q.next()) {
        handled[q.value(0).toLongLong()] = {q.value(1).toLongLong(), q.value(2).toLongLong(),
                                            q.value(3).toLongLong(), q.value(4).toLongLong()};
    }
    q.finish();
    return handled;
}

Result<std::unordered_map<qint64, QPair<qint64, qint64>>>
KpiReport::countsAndParts(const QString &sql)
{
    auto query = m_store.run(sql, {m_from, m_to});
    if (!query)
        return query.error();
    std::unordered_map<qint64, QPair<qint64, qint64>> numbers;
    while (query.value()->next()) {
        numbers[query.value()->value(0).toLongLong()] = {query.value()->value(1).toLongLong(),
                                                         query.value()->value(2).toLongLong()};
    }
    query.value()->finish();
    return numbers;
}

Result<KpiReport::Operators> KpiReport::operators()
{
    auto rows = people();
    if (!rows)
        return rows.error();
    if (auto queues = readQueues(&rows.value()); !queues)
        return queues.error();
    auto handled = handledByOperator();
    if (!handled)
        return handled.error();
    auto csat = countsAndParts(QStringLiteral(
        "SELECT operator_id, COUNT(*), SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) FROM "
        "csat_responses WHERE received_at >= ? AND received_at < ? AND operator_id IS NOT NULL "
        "GROUP BY operator_id"));
    if (!csat)
        return csat.error();
    auto escalations = countsAndParts(QStringLiteral(
        "SELECT from_operator_id, COUNT(*), SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 "
        "END) FROM escalations WHERE created_at >= ? AND created_at < ? AND from_operator_id IS "
        "NOT NULL GROUP BY from_operator_id"));
    if (!escalations)
        return escalations.error();
    auto online = intervals(QStringLiteral(
        "SELECT operator_id, started_at, COALESCE(ended_at, ?) FROM presence_intervals WHERE "
        "status = 'online' AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)"));
    if (!online)
        return online.error();
    auto busy = intervals(QStringLiteral(
        "SELECT operator_id, assigned_at, COALESCE(ended_at, ?) FROM ticket_assignments WHERE "
        "assigned_at < ? AND (ended_at IS NULL OR ended_at > ?)"));
    if (!busy)
        return busy.error();

    Operators result;
    OperatorSums everyone;
    for (BoardOperatorRow &row : rows.value()) {
        const qint64 id = row.id.toLongLong();
        OperatorSums sums;
        const HandledSums done = handled.value()[id];
        sums.handled = done.handled;
        sums.chats = done.chats;
        sums.handleMs = done.handleMs;
        sums.firstContact = done.firstContact;
        std::tie(sums.votes, sums.satisfied) = csat.value()[id];
        std::tie(sums.escalations, sums.escalationsReturned) = escalations.value()[id];
        const QList<Interval> &onlineIntervals = online.value()[id];
        sums.onlineMs = clippedLength(onlineIntervals);
        sums.busyMs = busyWhileOnline(busy.value()[id], onlineIntervals);
        fillFigures(&row, sums);
        everyone += sums;
        result.totals.activeChats += row.activeChats;
        result.totals.maxChats += row.maxChats;
    }
    fillFigures(&result.totals, everyone);
    result.totals.line = 0;
    result.totals.status.clear();
    result.rows = rows.value();
    return result;
}

QJsonObject KpiReport::operatorJson(const BoardOperatorRow &row)
{
    using kpi::numberOrNull;
    return QJsonObject{
        {QLatin1StringView("operator_id"), row.id},
        {QLatin1StringView("name"), row.name},
        {QLatin1StringView("status"), row.status},
        {QLatin1StringView("active_chats"), row.activeChats},
        {QLatin1StringView("handled"), row.handled},
        {QLatin1StringView("aht_seconds"), numberOrNull(row.ahtSeconds)},
        {QLatin1StringView("fcr"), numberOrNull(row.fcr)},
        {QLatin1StringView("csat"), numberOrNull(row.csat)},
        {QLatin1StringView("utilization"), numberOrNull(row.utilization)},
        {QLatin1StringView("online_seconds"), row.onlineSeconds},
        {QLatin1StringView("chats_per_hour"), numberOrNull(row.chatsPerHour)},
        {QLatin1StringView("escalations"), row.escalations},
        {QLatin1StringView("escalations_returned"), row.escalationsReturned},
    };
}

} // namespace frontline::server
