#pragma once

#include "protocol/Reports.h"
#include "protocol/Result.h"

namespace frontline::server {

class Store;

// The tickets resolved or closed in a window [from, to), one queue or all, with their figures
// (first response, handle time, resolution, escalations and their outcome, CSAT), a page at a
// time in ticket id order: two queries a page whatever its size.
class TicketFiguresReport
{
public:
    TicketFiguresReport(Store &store, qint64 from, qint64 to, qint64 now, QString queueId);

    // The tickets after id `after`, at most `limit` of them.
    Result<protocol::TicketFiguresPage> page(qint64 after, int limit);

private:
    Store &m_store;
    qint64 m_from;
    qint64 m_to; // already capped at `now`
    qint64 m_now;
    QString m_queueId;
};

} // namespace frontline::server
