#include "server/sla/SlaMonitor.h"

#include "protocol/Json.h"
#include "server/feed/ChangeLog.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSla, "backoffice.sla")

namespace frontline::server {

SlaMonitor::SlaMonitor(Workspaces &workspaces, ChangeLog &changes, Clock clock, int scanIntervalMs,
                       QObject *parent)
    : QObject(parent)
    , m_workspaces(workspaces)
    , m_changes(changes)
    , m_clock(std::move(clock))
    , m_intervalMs(scanIntervalMs)
{}

void SlaMonitor::start()
{
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SlaMonitor::scanWorkspaces);
    m_timer->start();
}

void SlaMonitor::scanWorkspaces()
{
    // A sandbox's tickets run on the same clocks as production's, each in its own store.
    for (Store *store : m_workspaces.all()) {
        if (store->inTransaction())
            continue;
        if (auto scanned = scan(*store); !scanned)
            qCWarning(lcSla).noquote()
                << "breach scan of" << store->workspace() << ":" << scanned.error().message;
    }
}

Result<int> SlaMonitor::scan(Store &store)
{
    const qint64 now = m_clock();
    // Most ticks find nothing: look before taking the write lock.
    auto any = store.scalar(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM tickets WHERE "
                       "first_response_at IS NULL AND first_response_breached_at IS NULL AND "
                       "first_response_due <= ? AND status IN ('new', 'open') LIMIT 1) f) + "
                       "(SELECT COUNT(*) FROM (SELECT 1 FROM tickets WHERE resolved_at IS NULL "
                       "AND resolution_breached_at IS NULL AND resolution_due <= ? AND status IN "
                       "('new', 'open') LIMIT 1) r)"),
        {now, now});
    if (!any)
        return any.error();
    if (any.value().toInt() == 0)
        return 0;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    int recorded = 0;
    for (const QString &kind : {QStringLiteral("first_response"), QStringLiteral("resolution")}) {
        auto breaches = scanKind(store, kind, now);
        if (!breaches)
            return breaches.error();
        recorded += breaches.value();
    }
    if (recorded == 0)
        return 0; // nothing written: the rollback is free
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcSla) << recorded << "SLA breaches recorded";
    return recorded;
}

// A ticket whose clock of one kind ran out.
struct SlaMonitor::Overdue
{
    qint64 ticketId;
    QString queueId;
    qint64 assigneeId;
    qint64 dueAt;
};

Result<int> SlaMonitor::scanKind(Store &store, const QString &kind, qint64 now)
{
    // The WHERE repeats the partial indexes' conditions (tickets_*_clock), so only running clocks
    // are read; a pending ticket's clock stands still (its due time moves when it resumes).
    const bool first = kind == u"first_response";
    const QString sql =
        first ? QStringLiteral("SELECT id, queue_id, assignee_id, first_response_due "
                               "FROM tickets "
                               "WHERE first_response_at IS NULL AND first_response_breached_at IS "
                               "NULL AND first_response_due <= ? AND status IN ('new', 'open') "
                               "ORDER BY first_response_due LIMIT ?")
              : QStringLiteral("SELECT id, queue_id, assignee_id, resolution_due "
                               "FROM tickets "
                               "WHERE resolved_at IS NULL AND resolution_breached_at IS NULL AND "
                               "resolution_due <= ? AND status IN ('new', 'open') "
                               "ORDER BY resolution_due LIMIT ?");
    auto query = store.run(sql, {now, BatchSize});
    if (!query)
        return query.error();
    QList<Overdue> overdue;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        overdue.append(Overdue{row.value(0).toLongLong(), row.value(1).toString(),
                               row.value(2).toLongLong(), row.value(3).toLongLong()});
    }
    query.value()->finish();

    const QString mark = first
                             ? QStringLiteral("UPDATE tickets SET first_response_breached_at = ? "
                                              "WHERE id = ? AND first_response_breached_at IS NULL")
                             : QStringLiteral("UPDATE tickets SET resolution_breached_at = ? "
                                              "WHERE id = ? AND resolution_breached_at IS NULL");
    int recorded = 0;
    for (const Overdue &ticket : std::as_const(overdue)) {
        auto marked = store.update(mark, {now, ticket.ticketId});
        if (!marked)
            return marked.error();
        if (marked.value() != 1)
            continue;
        if (auto breach = recordBreach(store, kind, ticket, now); !breach)
            return breach.error();
        ++recorded;
    }
    return recorded;
}

// The breach's row, and its change for supervisors and admins.
Result<void> SlaMonitor::recordBreach(Store &store, const QString &kind, const Overdue &ticket,
                                      qint64 now)
{
    auto id = store.insert(
        QStringLiteral("INSERT INTO sla_breaches (ticket_id, kind, queue_id, assignee_id, "
                       "due_at, breached_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {ticket.ticketId, kind, ticket.queueId, sql::nullableId(ticket.assigneeId), ticket.dueAt,
         now});
    if (!id)
        return id.error();
    // A breach is a supervisors' figure (the feed's rule for sla_breach, FeedEntity.cpp); the
    // operators who see the ticket have its due times already. The queue reaches no one more: it
    // tells the events socket whose project's board the breach moves.
    ChangeAudience audience = ChangeAudience::staff();
    audience.queueId = ticket.queueId;
    const QJsonObject data{
        {QLatin1StringView("id"), QString::number(id.value())},
        {QLatin1StringView("ticket_id"), QString::number(ticket.ticketId)},
        {QLatin1StringView("kind"), kind},
        {QLatin1StringView("queue"), ticket.queueId},
        {QLatin1StringView("assignee_id"),
         protocol::json::stringOrNull(sql::idText(sql::nullableId(ticket.assigneeId)))},
        {QLatin1StringView("due_at"), protocol::json::timeOrNull(sql::time(ticket.dueAt))},
        {QLatin1StringView("breached_at"), protocol::json::timeOrNull(sql::time(now))},
    };
    auto seq = m_changes.append(store, QStringLiteral("sla_breach"), QString::number(id.value()),
                                QStringLiteral("create"), data, audience, now);
    if (!seq)
        return seq.error();
    m_changes.announce(store.workspace(), seq.value(), QStringLiteral("sla_breach"), audience);
    return {};
}

} // namespace frontline::server
