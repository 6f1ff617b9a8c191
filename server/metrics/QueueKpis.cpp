#include "server/metrics/QueueKpis.h"

#include "server/metrics/KpiRounding.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace frontline::server {

using protocol::BoardQueueRow;

namespace {

void fillFigures(BoardQueueRow *row, const QueueSums &sums, qint64 now)
{
    using namespace kpi;
    row->oldestWaitSeconds =
        sums.oldestQueuedAt ? seconds(std::max<qint64>(0, now - sums.oldestQueuedAt)) : 0.0;
    row->slaCompliance = ratio(sums.complianceMet, sums.complianceTargets);
    row->serviceLevel = ratio(sums.chatsInTime, sums.chatsDue);
    row->firstResponseSeconds =
        sums.answered ? std::optional(seconds(qint64(
                            std::llround(double(sums.firstResponseMs) / double(sums.answered)))))
                      : std::nullopt;
}

} // namespace

QueueSums &QueueSums::operator+=(const QueueSums &other)
{
    if (other.oldestQueuedAt && (!oldestQueuedAt || other.oldestQueuedAt < oldestQueuedAt))
        oldestQueuedAt = other.oldestQueuedAt;
    complianceTargets += other.complianceTargets;
    complianceMet += other.complianceMet;
    chatsDue += other.chatsDue;
    chatsInTime += other.chatsInTime;
    answered += other.answered;
    firstResponseMs += other.firstResponseMs;
    arrived += other.arrived;
    handled += other.handled;
    return *this;
}

QueueKpis::QueueKpis(Store &store, qint64 from, qint64 to, qint64 now, KpiScope scope)
    : m_store(store)
    , m_from(from)
    , m_to(std::min(to, now))
    , m_now(now)
    , m_scope(std::move(scope))
{}

// Every queue with what waits now (unassigned and not on the customer) and the breaches
// recorded in the window.
Result<QList<BoardQueueRow>> QueueKpis::listQueues(std::map<QString, QueueSums> *sums)
{
    auto listed = m_store.run(
        QStringLiteral(
            "SELECT q.id, q.title, "
            "(SELECT COUNT(*) FROM tickets t WHERE t.queue_id = q.id AND t.assignee_id IS NULL "
            "AND t.status IN ('new', 'open')), "
            "(SELECT MIN(COALESCE(t.queued_at, t.created_at)) FROM tickets t WHERE t.queue_id = "
            "q.id AND t.assignee_id IS NULL AND t.status IN ('new', 'open')), "
            "(SELECT COUNT(*) FROM sla_breaches b WHERE b.queue_id = q.id AND b.breached_at >= ? "
            "AND b.breached_at < ?) FROM queues q WHERE 1 = 1") +
            m_scope.condition(u"q.id") + u" ORDER BY q.id",
        m_scope.bind({m_from, m_to}));
    if (!listed)
        return listed.error();
    QList<BoardQueueRow> rows;
    while (listed.value()->next()) {
        const QSqlQuery &q = *listed.value();
        BoardQueueRow row;
        row.id = q.value(0).toString();
        row.name = q.value(1).toString();
        row.waiting = q.value(2).toLongLong();
        (*sums)[row.id].oldestQueuedAt = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        row.slaBreaches = q.value(4).toLongLong();
        rows.append(row);
    }
    listed.value()->finish();
    return rows;
}

// First responses: compliance over the targets due or met in the window; service level over the
// chats due in it; the average first response of the other channels answered in it.
Result<void> QueueKpis::readFirstResponses(std::map<QString, QueueSums> *sums)
{
    auto responses = m_store.run(
        QStringLiteral(
            "SELECT t.queue_id, "
            "SUM(CASE WHEN t.first_response_due IS NOT NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN t.first_response_at <= t.first_response_due THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN t.channel = 'chat' AND t.first_response_due >= ? AND "
            "t.first_response_due < ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN t.channel = 'chat' AND t.first_response_due >= ? AND "
            "t.first_response_due < ? AND t.first_response_at <= t.first_response_due THEN 1 "
            "ELSE 0 END), "
            "SUM(CASE WHEN t.channel <> 'chat' AND t.first_response_at >= ? AND "
            "t.first_response_at < ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN t.channel <> 'chat' AND t.first_response_at >= ? AND "
            "t.first_response_at < ? THEN t.first_response_at - t.created_at ELSE 0 END) "
            "FROM tickets t WHERE ((t.first_response_due >= ? AND t.first_response_due < ?) OR "
            "(t.first_response_at >= ? AND t.first_response_at < ?))") +
            m_scope.condition(u"t.queue_id") + u" GROUP BY t.queue_id",
        m_scope.bind(
            {m_from, m_to, m_from, m_to, m_from, m_to, m_from, m_to, m_from, m_to, m_from, m_to}));
    if (!responses)
        return responses.error();
    while (responses.value()->next()) {
        const QSqlQuery &q = *responses.value();
        QueueSums &queue = (*sums)[q.value(0).toString()];
        queue.complianceTargets = q.value(1).toLongLong();
        queue.complianceMet = q.value(2).toLongLong();
        queue.chatsDue = q.value(3).toLongLong();
        queue.chatsInTime = q.value(4).toLongLong();
        queue.answered = q.value(5).toLongLong();
        queue.firstResponseMs = q.value(6).toLongLong();
    }
    responses.value()->finish();
    return {};
}

// Arrived: created in the window; handled: resolved or closed in it.
Result<void> QueueKpis::readFlow(std::map<QString, QueueSums> *sums)
{
    for (const auto &[sql, arrived] :
         {std::pair{QStringLiteral("SELECT queue_id, COUNT(*) FROM tickets WHERE created_at >= ? "
                                   "AND created_at < ?%1 GROUP BY queue_id"),
                    true},
          std::pair{QStringLiteral("SELECT queue_id, COUNT(*) FROM tickets WHERE resolved_at >= "
                                   "? AND resolved_at < ? AND status IN ('resolved', 'closed')%1 "
                                   "GROUP BY queue_id"),
                    false}}) {
        auto counted =
            m_store.run(sql.arg(m_scope.condition(u"queue_id")), m_scope.bind({m_from, m_to}));
        if (!counted)
            return counted.error();
        while (counted.value()->next()) {
            QueueSums &queue = (*sums)[counted.value()->value(0).toString()];
            (arrived ? queue.arrived : queue.handled) = counted.value()->value(1).toLongLong();
        }
        counted.value()->finish();
    }
    return {};
}

Result<QueueKpis::Queues> QueueKpis::queues()
{
    std::map<QString, QueueSums> sums;
    auto rows = listQueues(&sums);
    if (!rows)
        return rows.error();
    if (auto responses = readFirstResponses(&sums); !responses)
        return responses.error();
    if (auto flow = readFlow(&sums); !flow)
        return flow.error();

    Queues result;
    QueueSums every;
    for (BoardQueueRow &row : rows.value()) {
        const QueueSums &queue = sums[row.id];
        row.arrived = queue.arrived;
        row.handled = queue.handled;
        fillFigures(&row, queue, m_now);
        result.totals.waiting += row.waiting;
        result.totals.slaBreaches += row.slaBreaches;
        every += queue;
    }
    result.totals.arrived = every.arrived;
    result.totals.handled = every.handled;
    fillFigures(&result.totals, every, m_now);
    result.rows = rows.value();
    return result;
}

QJsonObject QueueKpis::queueJson(const BoardQueueRow &row)
{
    using L = QLatin1StringView;
    return kpi::metricsRow(row.toJson(), L("queue"),
                           {L("waiting"), L("oldest_wait_seconds"), L("sla_breaches"),
                            L("sla_compliance"), L("service_level"), L("first_response_seconds"),
                            L("arrived"), L("handled")});
}

} // namespace frontline::server
