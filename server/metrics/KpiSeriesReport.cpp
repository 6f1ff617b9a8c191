#include "server/metrics/KpiSeriesReport.h"

#include "server/metrics/HandleTime.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace frontline::server {

KpiSeriesReport::KpiSeriesReport(Store &store, qint64 from, qint64 to, qint64 now, qint64 bucketMs,
                                 QString queueId, KpiScope scope)
    : m_store(store)
    , m_from(from)
    , m_to(std::min(to, now))
    , m_now(now)
    , m_bucketMs(bucketMs)
    , m_queueId(std::move(queueId))
    , m_scope(std::move(scope))
{}

QString KpiSeriesReport::queueFilter() const
{
    return (m_queueId.isEmpty() ? QString() : QStringLiteral(" AND t.queue_id = ?")) +
           m_scope.condition(u"t.queue_id");
}

QVariantList KpiSeriesReport::withQueue(QVariantList args) const
{
    if (!m_queueId.isEmpty())
        args.append(m_queueId);
    return m_scope.bind(args);
}

Result<QList<protocol::KpiSeriesPoint>> KpiSeriesReport::points()
{
    QList<protocol::KpiSeriesPoint> points;
    if (m_to <= m_from)
        return points;
    QList<Bucket> buckets((m_to - m_from + m_bucketMs - 1) / m_bucketMs);
    for (auto add :
         {&KpiSeriesReport::addArrivals, &KpiSeriesReport::addHandled, &KpiSeriesReport::addCsat}) {
        if (auto added = (this->*add)(buckets); !added)
            return added.error();
    }
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const Bucket &b = buckets.at(i);
        protocol::KpiSeriesPoint point;
        point.start = QDateTime::fromMSecsSinceEpoch(m_from + i * m_bucketMs, Qt::UTC);
        point.arrived = b.arrived;
        point.handled = b.handled;
        if (b.timed)
            point.ahtSeconds = std::round(double(b.handleMs) / double(b.timed)) / 1000.0;
        if (b.chatsDue)
            point.serviceLevel =
                std::round(10000.0 * double(b.chatsInTime) / double(b.chatsDue)) / 10000.0;
        if (b.votes)
            point.csat = std::round(1000.0 * double(b.satisfied) / double(b.votes)) / 10.0;
        points.append(point);
    }
    return points;
}

// Arrived: created in the bucket. Service level, as the board's: of the chats whose first
// response was due in the bucket, the share answered by the due time.
Result<void> KpiSeriesReport::addArrivals(QList<Bucket> &buckets)
{
    auto arrived = m_store.run(u"SELECT (t.created_at - ?) / ?, COUNT(*) FROM tickets t "
                               u"WHERE t.created_at >= ? AND t.created_at < ?" +
                                   queueFilter() + u" GROUP BY 1",
                               withQueue({m_from, m_bucketMs, m_from, m_to}));
    if (!arrived)
        return arrived.error();
    while (arrived.value()->next())
        buckets[arrived.value()->value(0).toLongLong()].arrived =
            arrived.value()->value(1).toLongLong();
    arrived.value()->finish();

    auto due = m_store.run(
        u"SELECT (t.first_response_due - ?) / ?, COUNT(*), SUM(CASE WHEN t.first_response_at "
        u"IS NOT NULL AND t.first_response_at <= t.first_response_due THEN 1 ELSE 0 END) "
        u"FROM tickets t WHERE t.channel = 'chat' AND t.first_response_due >= ? AND "
        u"t.first_response_due < ?" +
            queueFilter() + u" GROUP BY 1",
        withQueue({m_from, m_bucketMs, m_from, m_to}));
    if (!due)
        return due.error();
    while (due.value()->next()) {
        Bucket &b = buckets[due.value()->value(0).toLongLong()];
        b.chatsDue = due.value()->value(1).toLongLong();
        b.chatsInTime = due.value()->value(2).toLongLong();
    }
    due.value()->finish();
    return {};
}

// Handled: resolved or closed in the bucket, whoever resolved them (as the board's queues); AHT
// over those an operator handled, with the handle time of each.
Result<void> KpiSeriesReport::addHandled(QList<Bucket> &buckets)
{
    auto query = m_store.run(
        u"SELECT t.id, t.resolved_at FROM tickets t WHERE t.status IN ('resolved', 'closed') "
        u"AND t.resolved_at >= ? AND t.resolved_at < ?" +
            queueFilter(),
        withQueue({m_from, m_to}));
    if (!query)
        return query.error();
    QList<std::pair<qint64, qsizetype>> handled; // ticket, bucket
    while (query.value()->next())
        handled.append(
            {query.value()->value(0).toLongLong(), bucketOf(query.value()->value(1).toLongLong())});
    query.value()->finish();
    auto times = handleTimeByTicket(m_store, m_from, m_to, m_now, m_scope);
    if (!times)
        return times.error();
    for (const auto &[ticket, bucket] : std::as_const(handled)) {
        Bucket &b = buckets[bucket];
        ++b.handled;
        if (const auto it = times->constFind(ticket); it != times->constEnd()) {
            ++b.timed;
            b.handleMs += *it;
        }
    }
    return {};
}

// CSAT: scores received in the bucket for the queue's tickets, the share of 4 and 5.
Result<void> KpiSeriesReport::addCsat(QList<Bucket> &buckets)
{
    auto query = m_store.run(
        u"SELECT (c.received_at - ?) / ?, COUNT(*), SUM(CASE WHEN c.score >= 4 THEN 1 ELSE 0 "
        u"END) FROM csat_responses c JOIN tickets t ON t.id = c.ticket_id "
        u"WHERE c.received_at >= ? AND c.received_at < ?" +
            queueFilter() + u" GROUP BY 1",
        withQueue({m_from, m_bucketMs, m_from, m_to}));
    if (!query)
        return query.error();
    while (query.value()->next()) {
        Bucket &b = buckets[query.value()->value(0).toLongLong()];
        b.votes = query.value()->value(1).toLongLong();
        b.satisfied = query.value()->value(2).toLongLong();
    }
    query.value()->finish();
    return {};
}

} // namespace frontline::server
