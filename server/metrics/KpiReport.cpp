#include "server/metrics/KpiReport.h"

#include "protocol/Json.h"
#include "server/metrics/HandleTime.h"
#include "server/metrics/KpiRounding.h"
#include "server/storage/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {

using protocol::BoardOperatorRow;

namespace {

// A project's figures join the tickets they are of, to keep its queues'; the whole center's need
// no join.
QString ticketJoin(const KpiScope &scope, QStringView table)
{
    return scope.isProject() ? QStringLiteral(" JOIN tickets t ON t.id = %1.ticket_id").arg(table)
                             : QString();
}

} // namespace

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
    reviews += other.reviews;
    reviewScores += other.reviewScores;
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
    row->qaScore =
        sums.reviews
            ? std::optional(std::round(10.0 * sums.reviewScores / double(sums.reviews)) / 10.0)
            : std::nullopt;
}

KpiReport::KpiReport(Store &store, qint64 from, qint64 to, qint64 now, KpiScope scope)
    : m_store(store)
    , m_from(from)
    , m_to(std::min(to, now))
    , m_now(now)
    , m_scope(std::move(scope))
{}

Result<KpiReport::Intervals> KpiReport::intervals(const QString &sql, const QVariantList &args)
{
    auto query = m_store.run(sql, args);
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
// chat since the later of going online and their last chat's end. A project's board counts the
// chats of its queues; idle stays the operator's own (a chat of another store is work too).
Result<QList<BoardOperatorRow>> KpiReport::people()
{
    const QString chats = QStringLiteral(
        "(SELECT COUNT(*) FROM tickets t WHERE t.assignee_id = o.id AND t.channel = 'chat' AND "
        "t.status IN ('new', 'open', 'pending')%1)");
    auto query = m_store.run(
        u"SELECT o.id, o.display_name, o.team, o.line, o.max_chats, COALESCE(p.status, "
        u"'offline'), p.started_at, " +
            chats.arg(QString()) +
            u", (SELECT MAX(a.ended_at) FROM ticket_assignments a WHERE a.operator_id = o.id AND "
            u"a.channel = 'chat' AND a.ended_at IS NOT NULL), " +
            (m_scope.isProject() ? chats.arg(m_scope.condition(u"t.queue_id"))
                                 : QStringLiteral("NULL")) +
            u" FROM operators o LEFT JOIN presence_intervals p ON p.operator_id = o.id AND "
            u"p.ended_at IS NULL WHERE o.active = 1 AND o.role = 'operator' ORDER BY "
            u"o.display_name, o.id",
        m_scope.bind({}));
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
        if (m_scope.isProject())
            row.activeChats = q.value(9).toInt();
        rows.append(row);
    }
    q.finish();
    return rows;
}

// The queues each operator works; of a project, only its own.
Result<void> KpiReport::readQueues(QList<BoardOperatorRow> *rows)
{
    auto query =
        m_store.run(u"SELECT operator_id, queue_id FROM operator_queues WHERE 1 = 1" +
                        m_scope.condition(u"queue_id") + u" ORDER BY operator_id, queue_id",
                    m_scope.bind({}));
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

// Handled: resolved (or closed) in the window while assigned to them. Handle time: as
// server/metrics/HandleTime computes it for everyone at once (docs/kpis.md, "Handle time").
// First contact: never escalated and no recontact by the customer.
Result<std::unordered_map<qint64, HandledSums>> KpiReport::handledByOperator()
{
    auto query = m_store.run(
        QStringLiteral(
            "SELECT h.assignee_id, COUNT(*), SUM(CASE WHEN h.channel = 'chat' THEN 1 ELSE 0 END), "
            "SUM(h.first_contact) FROM (SELECT t.assignee_id, t.channel, CASE WHEN EXISTS "
            "(SELECT 1 FROM escalations e WHERE e.ticket_id = t.id) OR (t.customer_id IS NOT "
            "NULL AND EXISTS (SELECT 1 FROM tickets r WHERE r.customer_id = t.customer_id AND "
            "r.id <> t.id AND r.created_at > t.created_at AND r.created_at <= t.resolved_at + "
            "?)) THEN 0 ELSE 1 END AS first_contact FROM tickets t WHERE t.assignee_id IS NOT "
            "NULL AND t.status IN ('resolved', 'closed') AND t.resolved_at >= ? AND "
            "t.resolved_at < ?") +
            m_scope.condition(u"t.queue_id") + u") h GROUP BY h.assignee_id",
        m_scope.bind({RecontactWindowMs, m_from, m_to}));
    if (!query)
        return query.error();
    std::unordered_map<qint64, HandledSums> handled;
    QSqlQuery &q = *query.value();
    while (q.next()) {
        handled[q.value(0).toLongLong()] = {q.value(1).toLongLong(), q.value(2).toLongLong(), 0,
                                            q.value(3).toLongLong()};
    }
    q.finish();
    auto handleTimes = handleTimeByOperator(m_store, m_from, m_to, m_now, m_scope);
    if (!handleTimes)
        return handleTimes.error();
    for (auto &[operatorId, sums] : handled)
        sums.handleMs = handleTimes.value().value(operatorId).handleMs;
    // QA: the reviews written in the window of the operator's conversations (docs/kpis.md).
    auto reviews = m_store.run(u"SELECT r.operator_id, COUNT(*), SUM(r.score) FROM qa_reviews r" +
                                   ticketJoin(m_scope, u"r") +
                                   u" WHERE r.created_at >= ? AND r.created_at < ?" +
                                   m_scope.condition(u"t.queue_id") + u" GROUP BY r.operator_id",
                               m_scope.bind({m_from, m_to}));
    if (!reviews)
        return reviews.error();
    while (reviews.value()->next()) {
        HandledSums &sums = handled[reviews.value()->value(0).toLongLong()];
        sums.reviews = reviews.value()->value(1).toLongLong();
        sums.reviewScores = reviews.value()->value(2).toDouble();
    }
    reviews.value()->finish();
    return handled;
}

Result<std::unordered_map<qint64, QPair<qint64, qint64>>>
KpiReport::countsAndParts(const QString &sql, const QVariantList &args)
{
    auto query = m_store.run(sql, args);
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

Result<std::unordered_map<qint64, QPair<qint64, qint64>>> KpiReport::escalationsByOperator()
{
    return countsAndParts(
        u"SELECT e.from_operator_id, COUNT(*), SUM(CASE WHEN e.status = 'returned' THEN 1 ELSE 0 "
        u"END) FROM escalations e" +
            ticketJoin(m_scope, u"e") +
            u" WHERE e.created_at >= ? AND e.created_at < ? AND e.from_operator_id IS NOT NULL" +
            m_scope.condition(u"t.queue_id") + u" GROUP BY e.from_operator_id",
        m_scope.bind({m_from, m_to}));
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
    const QString condition = m_scope.condition(u"t.queue_id");
    const auto joined = [this](QStringView table) { return ticketJoin(m_scope, table); };
    auto csat = countsAndParts(
        u"SELECT c.operator_id, COUNT(*), SUM(CASE WHEN c.score >= 4 THEN 1 ELSE 0 END) FROM "
        u"csat_responses c" +
            joined(u"c") +
            u" WHERE c.received_at >= ? AND c.received_at < ? AND c.operator_id IS NOT NULL" +
            condition + u" GROUP BY c.operator_id",
        m_scope.bind({m_from, m_to}));
    if (!csat)
        return csat.error();
    auto escalations = escalationsByOperator();
    if (!escalations)
        return escalations.error();
    // Presence is the operator's own, whichever store she served meanwhile.
    auto online = intervals(
        QStringLiteral(
            "SELECT operator_id, started_at, COALESCE(ended_at, ?) FROM presence_intervals WHERE "
            "status = 'online' AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)"),
        {m_now, m_to, m_from});
    if (!online)
        return online.error();
    auto busy = intervals(
        u"SELECT a.operator_id, a.assigned_at, COALESCE(a.ended_at, ?) FROM ticket_assignments a" +
            joined(u"a") + u" WHERE a.assigned_at < ? AND (a.ended_at IS NULL OR a.ended_at > ?)" +
            condition,
        m_scope.bind({m_now, m_to, m_from}));
    if (!busy)
        return busy.error();

    Operators result;
    OperatorSums everyone;
    for (BoardOperatorRow &row : rows.value()) {
        const qint64 id = row.id.toLongLong();
        // A project's operators: those who work one of its queues or had one of its tickets.
        if (m_scope.isProject() && row.queues.isEmpty() && !busy->contains(id) &&
            !handled->contains(id) && !csat->contains(id) && !escalations->contains(id))
            continue;
        OperatorSums sums;
        const HandledSums done = handled.value()[id];
        sums.handled = done.handled;
        sums.chats = done.chats;
        sums.handleMs = done.handleMs;
        sums.firstContact = done.firstContact;
        sums.reviews = done.reviews;
        sums.reviewScores = done.reviewScores;
        std::tie(sums.votes, sums.satisfied) = csat.value()[id];
        std::tie(sums.escalations, sums.escalationsReturned) = escalations.value()[id];
        const QList<Interval> &onlineIntervals = online.value()[id];
        sums.onlineMs = clippedLength(onlineIntervals);
        sums.busyMs = busyWhileOnline(busy.value()[id], onlineIntervals);
        fillFigures(&row, sums);
        everyone += sums;
        result.totals.activeChats += row.activeChats;
        result.totals.maxChats += row.maxChats;
        result.rows.append(row);
    }
    fillFigures(&result.totals, everyone);
    result.totals.line = 0;
    result.totals.status.clear();
    return result;
}

QJsonObject KpiReport::operatorJson(const BoardOperatorRow &row)
{
    using L = QLatin1StringView;
    return kpi::metricsRow(row.toJson(), L("operator_id"),
                           {L("name"), L("status"), L("active_chats"), L("handled"),
                            L("aht_seconds"), L("fcr"), L("csat"), L("utilization"),
                            L("online_seconds"), L("chats_per_hour"), L("escalations"),
                            L("escalations_returned")});
}

} // namespace frontline::server
