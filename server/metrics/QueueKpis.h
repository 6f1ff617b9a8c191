#pragma once

#include "protocol/Board.h"
#include "protocol/Result.h"

#include <QJsonObject>

namespace frontline::server {

class Store;

// The supervisor's figures per queue over a window [from, to) (docs/kpis.md): what waits now,
// and the window's service level, first response, SLA breaches and compliance, arrivals and
// handled tickets. A fixed number of queries for every queue at once; /metrics/queues and the
// live board read the same rows.
class QueueKpis
{
public:
    QueueKpis(Store &store, qint64 from, qint64 to, qint64 now);

    struct Queues
    {
        QList<protocol::BoardQueueRow> rows; // ordered by id
        protocol::BoardQueueRow totals;
    };
    Result<Queues> queues();

    // The row as GET /metrics/queues gives it.
    static QJsonObject queueJson(const protocol::BoardQueueRow &row);

private:
    Store &m_store;
    qint64 m_from;
    qint64 m_to; // already capped at `now`
    qint64 m_now;
};

} // namespace frontline::server
