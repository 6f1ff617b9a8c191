#include "server/metrics/TicketHandleTime.h"

#include "server/storage/Store.h"

#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {

// As KpiReport counts it today: the time the resolving assignee held the ticket (their
// assignments, an open one counted to the resolution), or since the assignment or creation for
// tickets from before assignments were recorded. One grouped query for the whole window.
Result<QHash<qint64, qint64>> ticketHandleTimes(Store &store, qint64 from, qint64 to, qint64 now)
{
    auto query = store.run(
        QStringLiteral("SELECT t.id, t.resolved_at - COALESCE(t.assigned_at, t.created_at), "
                       "SUM(COALESCE(a.ended_at, t.resolved_at) - a.assigned_at) FROM tickets t "
                       "LEFT JOIN ticket_assignments a ON a.ticket_id = t.id AND "
                       "a.operator_id = t.assignee_id "
                       "WHERE t.status IN ('resolved', 'closed') AND t.assignee_id IS NOT NULL AND "
                       "t.resolved_at >= ? AND t.resolved_at < ? "
                       "GROUP BY t.id, t.resolved_at, t.assigned_at, t.created_at"),
        {from, std::min(to, now)});
    if (!query)
        return query.error();
    QHash<qint64, qint64> times;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        times.insert(row.value(0).toLongLong(),
                     row.value(2).isNull() ? row.value(1).toLongLong() : row.value(2).toLongLong());
    }
    query.value()->finish();
    return times;
}

} // namespace frontline::server
