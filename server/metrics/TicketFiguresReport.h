#pragma once

#include "protocol/Reports.h"
#include "protocol/Result.h"
#include "server/metrics/KpiScope.h"

namespace frontline::server {

class Store;

// The tickets resolved or closed in a window [from, to), one queue or all (of a project: its
// queues'), with their figures (first response, handle time, resolution, escalations and their
// outcome, CSAT), a page at a time in ticket id order: two queries a page whatever its size. No
// customer data: a store's own account reads this report too.
class TicketFiguresReport
{
public:
    TicketFiguresReport(Store &store, qint64 from, qint64 to, qint64 now, QString queueId,
                        KpiScope scope = {});

    // The tickets after id `after`, at most `limit` of them.
    Result<protocol::TicketFiguresPage> page(qint64 after, int limit);

private:
    Store &m_store;
    qint64 m_from;
    qint64 m_to; // already capped at `now`
    qint64 m_now;
    QString m_queueId;
    KpiScope m_scope;
};

} // namespace frontline::server
