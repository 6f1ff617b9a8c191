#pragma once

#include "protocol/Board.h"
#include "protocol/Result.h"
#include "server/metrics/KpiScope.h"

#include <QJsonObject>

#include <map>

namespace frontline::server {

class Store;

// What one queue's figures are made of, so the totals row applies the same formulas to the sums
// over every queue.
struct QueueSums
{
    qint64 oldestQueuedAt = 0; // 0: nothing waits
    qint64 complianceTargets = 0;
    qint64 complianceMet = 0;
    qint64 chatsDue = 0;
    qint64 chatsInTime = 0;
    qint64 answered = 0; // tickets of the other channels first answered in the window
    qint64 firstResponseMs = 0;
    qint64 arrived = 0;
    qint64 handled = 0;

    QueueSums &operator+=(const QueueSums &other);
};

// The supervisor's figures per queue over a window [from, to) (docs/kpis.md): what waits now,
// and the window's service level, first response, SLA breaches and compliance, arrivals and
// handled tickets. A fixed number of queries for every queue at once; /metrics/queues and the
// live board read the same rows. A project's: its queues only.
class QueueKpis
{
public:
    QueueKpis(Store &store, qint64 from, qint64 to, qint64 now, KpiScope scope = {});

    struct Queues
    {
        QList<protocol::BoardQueueRow> rows; // ordered by id
        protocol::BoardQueueRow totals;
    };
    Result<Queues> queues();

    // The row as GET /metrics/queues gives it.
    static QJsonObject queueJson(const protocol::BoardQueueRow &row);

private:
    Result<QList<protocol::BoardQueueRow>> listQueues(std::map<QString, QueueSums> *sums);
    Result<void> readFirstResponses(std::map<QString, QueueSums> *sums);
    Result<void> readFlow(std::map<QString, QueueSums> *sums);

    Store &m_store;
    qint64 m_from;
    qint64 m_to; // already capped at `now`
    qint64 m_now;
    KpiScope m_scope;
};

} // namespace frontline::server
