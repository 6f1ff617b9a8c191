#include "server/metrics/TicketFiguresReport.h"

#include "server/metrics/HandleTime.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {
namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

TicketFiguresReport::TicketFiguresReport(Store &store, qint64 from, qint64 to, qint64 now,
                                         QString queueId, KpiScope scope)
    : m_store(store)
    , m_from(from)
    , m_to(std::min(to, now))
    , m_now(now)
    , m_queueId(std::move(queueId))
    , m_scope(std::move(scope))
{}

Result<protocol::TicketFiguresPage> TicketFiguresReport::page(qint64 after, int limit)
{
    QVariantList args{m_from, m_to, after};
    if (!m_queueId.isEmpty())
        args.append(m_queueId);
    args = m_scope.bind(args);
    args.append(limit + 1); // one more tells whether a next page exists
    // The outcome is the latest escalation's status: a returned one was not right.
    auto query = m_store.run(
        u"SELECT t.id, t.number, t.queue_id, t.channel, t.status, t.assignee_id, o.display_name, "
        u"t.created_at, t.resolved_at, t.first_response_at, "
        u"(SELECT COUNT(*) FROM escalations e WHERE e.ticket_id = t.id), "
        u"(SELECT e.status FROM escalations e WHERE e.ticket_id = t.id "
        u"ORDER BY e.created_at DESC, e.id DESC LIMIT 1), c.score "
        u"FROM tickets t LEFT JOIN operators o ON o.id = t.assignee_id "
        u"LEFT JOIN csat_responses c ON c.ticket_id = t.id "
        u"WHERE t.status IN ('resolved', 'closed') AND t.resolved_at >= ? AND "
        u"t.resolved_at < ? AND t.id > ?" +
            (m_queueId.isEmpty() ? QString() : QStringLiteral(" AND t.queue_id = ?")) +
            m_scope.condition(u"t.queue_id") + u" ORDER BY t.id LIMIT ?",
        args);
    if (!query)
        return query.error();
    protocol::TicketFiguresPage result;
    QList<qint64> ids;
    qint64 firstResolved = m_to;
    qint64 lastResolved = m_from;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        protocol::TicketFigures ticket;
        ticket.id = row.value(0).toString();
        ticket.number = row.value(1).toLongLong();
        ticket.queueId = row.value(2).toString();
        ticket.channel = row.value(3).toString();
        ticket.status = row.value(4).toString();
        ticket.assigneeId = row.value(5).isNull() ? QString() : row.value(5).toString();
        ticket.assigneeName = row.value(6).toString();
        const qint64 created = row.value(7).toLongLong();
        const qint64 resolved = row.value(8).toLongLong();
        ticket.createdAt = utc(created);
        ticket.resolvedAt = utc(resolved);
        if (!row.value(9).isNull())
            ticket.firstResponseSeconds = double(row.value(9).toLongLong() - created) / 1000.0;
        ticket.resolutionSeconds = double(resolved - created) / 1000.0;
        ticket.escalations = row.value(10).toLongLong();
        if (!row.value(11).isNull())
            ticket.escalationOutcome = row.value(11).toString();
        if (!row.value(12).isNull())
            ticket.csat = row.value(12).toInt();
        result.tickets.append(ticket);
        ids.append(row.value(0).toLongLong());
        firstResolved = std::min(firstResolved, resolved);
        lastResolved = std::max(lastResolved, resolved);
    }
    query.value()->finish();
    if (result.tickets.size() > limit) {
        result.tickets.removeLast();
        ids.removeLast();
        result.next = ids.last();
    }
    if (ids.isEmpty())
        return result;
    // Only the stretch of the window this page's tickets were resolved in: ids follow time
    // closely, so a page costs about its own tickets, not the whole window's.
    auto times = handleTimeByTicket(m_store, firstResolved, lastResolved + 1, m_now, m_scope);
    if (!times)
        return times.error();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (const auto it = times->constFind(ids.at(i)); it != times->constEnd())
            result.tickets[i].handleSeconds = double(*it) / 1000.0;
    }
    return result;
}

} // namespace frontline::server
