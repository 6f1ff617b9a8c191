#include "app/board/SupervisorAlerts.h"

#include "app/models/HelpFlagModel.h"
#include "app/store/LocalStore.h"

namespace frontline::app {

SupervisorAlerts::SupervisorAlerts(LocalStore &store, AlertEvaluator &evaluator, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_evaluator(evaluator)
{
    connect(&m_store, &LocalStore::changed, this, &SupervisorAlerts::onStoreChanged);
    connect(&m_tick, &QTimer::timeout, &m_evaluator, [this] { m_evaluator.evaluate(); });
    setTickInterval(5000);
    reload();
}

void SupervisorAlerts::setTickInterval(int milliseconds)
{
    m_tick.stop();
    if (milliseconds > 0)
        m_tick.start(milliseconds);
}

void SupervisorAlerts::onStoreChanged(const StoreChangeSet &changes)
{
    // A ticket's change may settle a breach (answered, resolved).
    if (!changes.helpFlags.isEmpty() || !changes.slaBreaches.isEmpty() ||
        !changes.tickets.isEmpty())
        reload();
}

void SupervisorAlerts::reload()
{
    m_evaluator.setHelpFlags(HelpFlagModel::raised(m_store));
    m_evaluator.setSlaBreaches(
        recentBreaches(m_store, QDateTime::currentDateTimeUtc().addDays(-1)));
}

QList<SlaBreachRecord> SupervisorAlerts::recentBreaches(const LocalStore &store,
                                                        const QDateTime &since)
{
    QList<SlaBreachRecord> breaches;
    auto query = store.read(
        QStringLiteral(
            "SELECT b.id, b.ticket_id, COALESCE(t.number, 0), b.queue, b.kind, b.breached_at, "
            "CASE WHEN t.status IN ('resolved', 'closed') THEN 1 WHEN b.kind = 'first_response' "
            "AND t.first_response_at IS NOT NULL THEN 1 ELSE 0 END FROM sla_breaches b LEFT JOIN "
            "tickets t ON t.id = b.ticket_id WHERE b.breached_at >= ? ORDER BY b.breached_at "
            "DESC LIMIT 500"),
        {since.toUTC().toString(Qt::ISODateWithMs)});
    while (query && query.value().next()) {
        const QSqlQuery &row = query.value();
        breaches.append(SlaBreachRecord{
            row.value(0).toString(), row.value(1).toString(), row.value(2).toLongLong(),
            row.value(3).toString(), row.value(4).toString(),
            QDateTime::fromString(row.value(5).toString(), Qt::ISODateWithMs),
            row.value(6).toInt() != 0});
    }
    return breaches;
}

} // namespace frontline::app
