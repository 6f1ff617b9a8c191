#include "server/metrics/TicketHandleTime.h"

#include "server/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace frontline::server {

// As KpiReport counts it today: the time the resolving assignee held the ticket (their
// assignments, an open one counted to the resolution), or since the assignment or creation for
// tickets from before assignments were recorded.
Result<QHash<qint64, qint64>> ticketHandleTimes(Store &store, const QList<qint64> &ticketIds)
{
    QHash<qint64, qint64> times;
    if (ticketIds.isEmpty())
        return times;
    QJsonArray ids;
    for (const qint64 id : ticketIds)
        ids.append(id);
    // The whole list as one JSON parameter: one prepared statement for every length.
    const QString idList =
        store.isPostgresql()
            ? QStringLiteral("SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS BIGINT)")
            : QStringLiteral("SELECT value FROM json_each(?)");
    auto query = store.run(
        u"SELECT t.id, t.resolved_at - COALESCE(t.assigned_at, t.created_at), "
        u"SUM(COALESCE(a.ended_at, t.resolved_at) - a.assigned_at) FROM tickets t "
        u"LEFT JOIN ticket_assignments a ON a.ticket_id = t.id AND a.operator_id = t.assignee_id "
        u"WHERE t.assignee_id IS NOT NULL AND t.resolved_at IS NOT NULL AND t.id IN (" +
            idList + u") GROUP BY t.id, t.resolved_at, t.assigned_at, t.created_at",
        {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!query)
        return query.error();
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        times.insert(row.value(0).toLongLong(),
                     row.value(2).isNull() ? row.value(1).toLongLong() : row.value(2).toLongLong());
    }
    query.value()->finish();
    return times;
}

} // namespace frontline::server
