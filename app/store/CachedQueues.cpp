#include "app/store/CachedQueues.h"

#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"

#include <QJsonObject>

namespace frontline::app {

Result<void> CachedQueues::replace(const QJsonArray &queues)
{
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto cleared = m_store.write(QStringLiteral("DELETE FROM queues")); !cleared)
        return cleared.error();
    for (const QJsonValue &queue : queues) {
        const QString id = queue[QLatin1StringView("id")].toString();
        if (id.isEmpty())
            continue;
        const QString project = queue[QLatin1StringView("project_id")].toString();
        // title is NOT NULL, and an empty QString binds as NULL.
        const QString title = queue[QLatin1StringView("title")].toString();
        if (auto written = m_store.write(
                QStringLiteral("INSERT OR REPLACE INTO queues (id, title, project_id) VALUES (?, "
                               "?, ?)"),
                {id, title.isEmpty() ? QStringLiteral("") : title,
                 project.isEmpty() ? QVariant() : QVariant(project)});
            !written)
            return written.error();
    }
    return transaction.commit();
}

Result<QString> CachedQueues::projectOfTicket(const QString &ticketId) const
{
    if (ticketId.isEmpty())
        return QString();
    auto query = m_store.read(QStringLiteral("SELECT q.project_id FROM tickets t JOIN queues q ON "
                                             "q.id = t.queue WHERE t.id = ?"),
                              {ticketId});
    if (!query)
        return query.error();
    return query.value().next() ? query->value(0).toString() : QString();
}

} // namespace frontline::app
