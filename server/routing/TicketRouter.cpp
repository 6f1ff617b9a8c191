#include "server/routing/TicketRouter.h"

#include "protocol/ApiError.h"
#include "server/domain/AssignmentRule.h"
#include "server/domain/IntakeService.h"
#include "server/domain/MessageService.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRouting, "backoffice.routing")

namespace frontline::server {
namespace {

using protocol::TicketStatus;

bool isActive(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Open ||
           status == TicketStatus::Pending;
}

Error conflict(const QString &message)
{
    return Error{QString(protocol::errors::Conflict), message};
}

// Active chats of each operator: the capacity `max_chats` limits (the assignment rule's count).
QString activeChats()
{
    return AssignmentRule::activeChatsOfO();
}

} // namespace

TicketRouter::TicketRouter(Workspaces &workspaces, TicketService &tickets, ChangeLog &changes,
                           Clock clock, Options options, QObject *parent)
    : QObject(parent)
    , m_workspaces(workspaces)
    , m_tickets(tickets)
    , m_changes(changes)
    , m_clock(std::move(clock))
    , m_options(options)
{}

TicketRouter::~TicketRouter() = default;

void TicketRouter::start()
{
    if (m_sweep)
        return;
    m_sweep = new QTimer(this);
    // Often enough to keep the grace time within a quarter of itself, at most every 5 s.
    m_sweep->setInterval(int(std::clamp<qint64>(m_options.chatGraceMs / 4, 20, 5000)));
    connect(m_sweep, &QTimer::timeout, this, &TicketRouter::sweepWorkspaces);
    m_sweep->start();
}

void TicketRouter::sweepWorkspaces()
{
    // Sandboxes route their chats by the same rule as production, each in its own store.
    for (Store *store : m_workspaces.all()) {
        if (!store->inTransaction())
            sweepWorkspace(*store);
    }
}

void TicketRouter::sweepWorkspace(Store &store)
{
    Transaction transaction(store);
    if (!transaction.started()) {
        qCWarning(lcRouting).noquote() << "sweep:" << transaction.started().error().message;
        return;
    }
    auto swept = sweep(store);
    if (!swept) {
        qCWarning(lcRouting).noquote() << "sweep:" << swept.error().message;
        return;
    }
    if (auto committed = transaction.commit(); !committed)
        qCWarning(lcRouting).noquote() << "sweep:" << committed.error().message;
}

Result<void> TicketRouter::lock(Store &store)
{
    // Routing decisions (capacity, "still unassigned") take turns with every other assignment.
    return AssignmentRule::lock(store);
}

Result<QList<TicketRouter::Candidate>>
TicketRouter::candidates(Store &store, const QString &queueId, qint64 excludeOperator)
{
    // Idle since the later of their last assignment and the start of their online interval.
    auto query = store.run(
        u"SELECT o.id, " + activeChats() +
            u" AS active, o.max_chats, CASE WHEN COALESCE(o.last_assigned_at, 0) > p.started_at "
            u"THEN o.last_assigned_at ELSE p.started_at END AS idle_since FROM operators o "
            u"JOIN operator_queues q ON q.operator_id = o.id AND q.queue_id = ? "
            u"JOIN presence_intervals p ON p.operator_id = o.id AND p.ended_at IS NULL "
            u"WHERE p.status = 'online' AND " +
            AssignmentRule::assignableO() + u" AND o.id <> ? ORDER BY active, idle_since, o.id",
        {queueId, excludeOperator});
    if (!query)
        return query.error();
    QList<Candidate> list;
    while (query.value()->next()) {
        const Candidate candidate{query.value()->value(0).toLongLong(),
                                  query.value()->value(1).toInt(), query.value()->value(2).toInt()};
        if (candidate.activeChats < candidate.maxChats)
            list.append(candidate);
    }
    query.value()->finish();
    return list;
}

Result<qint64> TicketRouter::routeChat(Store &store, qint64 ticketId, qint64 excludeOperator)
{
    if (auto locked = lock(store); !locked)
        return locked.error();
    auto ticket = m_tickets.get(store, ticketId);
    if (!ticket)
        return ticket.error();
    if (ticket->channel != protocol::Channel::Chat || !ticket->assigneeId.isEmpty() ||
        !isActive(ticket->status))
        return qint64(0);
    auto free = candidates(store, ticket->queue, excludeOperator);
    if (!free)
        return free.error();
    if (free->isEmpty())
        return qint64(0);
    const qint64 operatorId = free->constFirst().operatorId;
    if (auto assigned = assign(store, ticketId, operatorId, QStringLiteral("routed"), m_clock());
        !assigned)
        return assigned.error();
    return operatorId;
}

Result<int> TicketRouter::drain(Store &store, qint64 operatorId)
{
    if (auto locked = lock(store); !locked)
        return locked.error();
    // Which queues have someone free, and how many chats all of them can still take.
    auto query =
        store.run(u"SELECT q.queue_id, o.max_chats - " + activeChats() +
                      u" FROM operators o JOIN operator_queues q ON q.operator_id = o.id "
                      u"JOIN presence_intervals p ON p.operator_id = o.id AND p.ended_at IS NULL "
                      u"WHERE p.status = 'online' AND " +
                      AssignmentRule::assignableO() +
                      u" AND (? = 0 OR q.queue_id IN (SELECT queue_id FROM operator_queues WHERE "
                      u"operator_id = ?))",
                  {operatorId, operatorId});
    if (!query)
        return query.error();
    QStringList queues;
    qint64 capacity = 0;
    while (query.value()->next()) {
        const int free = query.value()->value(1).toInt();
        if (free <= 0)
            continue;
        capacity += free;
        const QString queue = query.value()->value(0).toString();
        if (!queues.contains(queue))
            queues.append(queue);
    }
    query.value()->finish();
    if (queues.isEmpty())
        return 0;
    queues.sort();

    // One statement for any number of queues.
    auto waiting =
        store.run(u"SELECT id, queue_id FROM tickets WHERE assignee_id IS NULL AND "
                  u"channel = 'chat' AND status IN ('new', 'open', 'pending') AND " +
                      store.inList(QStringLiteral("queue_id")) + u" ORDER BY queued_at, id LIMIT ?",
                  {Store::listParameter(queues), capacity});
    if (!waiting)
        return waiting.error();
    QList<QPair<qint64, QString>> chats;
    while (waiting.value()->next())
        chats.append(
            {waiting.value()->value(0).toLongLong(), waiting.value()->value(1).toString()});
    waiting.value()->finish();

    int assigned = 0;
    for (const auto &[ticketId, queue] : std::as_const(chats)) {
        if (!queues.contains(queue))
            continue;
        auto routed = routeChat(store, ticketId);
        if (!routed)
            return routed.error();
        if (routed.value() == 0)
            queues.removeAll(queue); // that queue is full now
        else
            ++assigned;
    }
    return assigned;
}

Result<void> TicketRouter::presenceChanged(Store &store, qint64 operatorId,
                                           protocol::PresenceStatus status)
{
    if (status != protocol::PresenceStatus::Online)
        return {}; // the sweep returns their chats once the grace time has passed
    auto drained = drain(store, operatorId);
    if (!drained)
        return drained.error();
    return {};
}

Result<bool> TicketRouter::ticketChanged(Store &store, const protocol::Ticket &before,
                                         const protocol::Ticket &after)
{
    // The update's own time, so assignment history and resolution agree to the millisecond.
    const qint64 now = after.updatedAt.isValid() ? after.updatedAt.toMSecsSinceEpoch() : m_clock();
    const qint64 previous = TicketService::parseId(before.assigneeId);
    const qint64 current = TicketService::parseId(after.assigneeId);
    const bool wasActive = isActive(before.status);
    const bool active = isActive(after.status);
    const bool chat = after.channel == protocol::Channel::Chat;
    bool changed = false;

    if (previous != current) {
        if (previous != 0) {
            if (auto ended = endAssignment(
                    store, after.id.toLongLong(),
                    current ? QStringLiteral("reassigned") : QStringLiteral("released"), now);
                !ended)
                return ended.error();
        }
        if (current != 0 && active) {
            if (auto opened = openAssignment(store, after.id.toLongLong(), current, after.channel,
                                             QStringLiteral("assigned"), now);
                !opened)
                return opened.error();
        }
        auto stamped = store.run(
            QStringLiteral("UPDATE tickets SET assigned_at = ?, queued_at = CASE WHEN ? = 0 THEN ? "
                           "ELSE queued_at END WHERE id = ?"),
            {current ? QVariant(now) : QVariant(), current, now, after.id.toLongLong()});
        if (!stamped)
            return stamped.error();
        if (current != 0) {
            auto idle =
                store.run(QStringLiteral("UPDATE operators SET last_assigned_at = ? WHERE id = ?"),
                          {now, current});
            if (!idle)
                return idle.error();
        }
    } else if (current != 0 && wasActive != active) {
        // Resolved or closed ends the assignment; reopened starts another for the same operator.
        auto done = active ? openAssignment(store, after.id.toLongLong(), current, after.channel,
                                            QStringLiteral("reopened"), now)
                           : endAssignment(store, after.id.toLongLong(),
                                           protocol::toString(after.status), now);
        if (!done)
            return done.error();
    }

    if (chat && active && current == 0 &&
        (previous != 0 || before.queue != after.queue || !wasActive)) {
        if (before.queue != after.queue && previous == 0) {
            auto requeued =
                store.run(QStringLiteral("UPDATE tickets SET queued_at = ? WHERE id = ?"),
                          {now, after.id.toLongLong()});
            if (!requeued)
                return requeued.error();
        }
        // Back in the queue: someone else takes it (not who just let it go).
        auto routed = routeChat(store, after.id.toLongLong(), previous);
        if (!routed)
            return routed.error();
        changed = routed.value() != 0;
    }
    // A freed operator takes the next waiting chat.
    if (chat && previous != 0 && ((wasActive && !active) || previous != current)) {
        auto drained = drain(store, previous);
        if (!drained)
            return drained.error();
    }
    return changed;
}

Result<protocol::Ticket> TicketRouter::claim(const Caller &caller, const QString &ticketId)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    if (auto locked = lock(store); !locked)
        return locked.error();
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    if (ticket->assigneeId == QString::number(caller.operatorId))
        return ticket; // a retried claim
    if (auto allowed =
            AssignmentRule::check(store, caller, ticket.value(), caller.operatorId, ticket->status);
        !allowed)
        return allowed.error();
    auto assigned = assign(store, TicketService::parseId(ticketId), caller.operatorId,
                           QStringLiteral("claimed"), m_clock());
    if (!assigned)
        return assigned.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return assigned;
}

Result<QJsonObject> TicketRouter::changeOperator(const Caller &caller, const QString &operatorId,
                                                 const OperatorChange &change)
{
    Store &store = *caller.store;
    const qint64 id = TicketService::parseId(operatorId);
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    if (auto locked = lock(store); !locked)
        return locked.error();
    const qint64 now = m_clock();
    auto updated = store.update(
        QStringLiteral("UPDATE operators SET max_chats = COALESCE(?, max_chats), version = version "
                       "+ 1 WHERE id = ? AND role = 'operator' AND active = 1"),
        {change.maxChats ? QVariant(*change.maxChats) : QVariant(), id});
    if (!updated)
        return updated.error();
    if (id == 0 || updated.value() != 1) {
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No active operator %1").arg(operatorId)};
    }
    if (change.queues) {
        auto added = replaceQueues(store, id, *change.queues);
        if (!added)
            return added.error();
        if (auto shared = shareBacklog(store, id, added.value(), now); !shared)
            return shared.error();
    }
    auto drained = drain(store, id);
    if (!drained)
        return drained.error();
    auto row = store.run(
        u"SELECT o.max_chats, " + activeChats() + u" FROM operators o WHERE o.id = ?", {id});
    if (!row)
        return row.error();
    row.value()->next();
    const int maxChats = row.value()->value(0).toInt();
    const int active = row.value()->value(1).toInt();
    row.value()->finish();
    auto queues = store.run(
        QStringLiteral(
            "SELECT queue_id FROM operator_queues WHERE operator_id = ? ORDER BY queue_id"),
        {id});
    if (!queues)
        return queues.error();
    QJsonArray queueList;
    while (queues.value()->next())
        queueList.append(queues.value()->value(0).toString());
    const QJsonObject json{{QLatin1StringView("id"), QString::number(id)},
                           {QLatin1StringView("max_chats"), maxChats},
                           {QLatin1StringView("active_chats"), active},
                           {QLatin1StringView("queues"), queueList}};
    // Supervisors see every change; the operator learns her own limit and queues.
    const ChangeAudience audience = ChangeAudience::onlyOperator(id);
    auto seq = m_changes.append(store, QStringLiteral("operator"), QString::number(id),
                                QStringLiteral("update"), json, audience, now);
    if (!seq)
        return seq.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_changes.announce(store.workspace(), seq.value(), QStringLiteral("operator"), audience);
    return json;
}

Result<QStringList> TicketRouter::replaceQueues(Store &store, qint64 operatorId,
                                                const QStringList &queues)
{
    QStringList before;
    auto current = store.run(
        QStringLiteral("SELECT queue_id FROM operator_queues WHERE operator_id = ?"), {operatorId});
    if (!current)
        return current.error();
    while (current.value()->next())
        before.append(current.value()->value(0).toString());
    current.value()->finish();
    for (const QString &queue : queues) {
        auto known = store.scalar(QStringLiteral("SELECT id FROM queues WHERE id = ?"), {queue});
        if (!known)
            return known.error();
        if (known.value().isNull())
            return Error{QString(protocol::errors::InvalidField),
                         QStringLiteral("queues: no such queue %1").arg(queue),
                         QStringLiteral("queues")};
    }
    auto cleared = store.run(QStringLiteral("DELETE FROM operator_queues WHERE operator_id = ?"),
                             {operatorId});
    if (!cleared)
        return cleared.error();
    QStringList added;
    for (const QString &queue : queues) {
        auto linked = store.run(
            QStringLiteral("INSERT INTO operator_queues (operator_id, queue_id) VALUES (?, ?)"),
            {operatorId, queue});
        if (!linked)
            return linked.error();
        if (!before.contains(queue))
            added.append(queue);
    }
    return added;
}

Result<void> TicketRouter::shareBacklog(Store &store, qint64 operatorId, const QStringList &queues,
                                        qint64 now)
{
    if (queues.isEmpty())
        return {};
    // The feed kept each change's audience of its moment: what waited in a queue before she
    // joined it never reached her. The newest 1,000 open tickets are what her queue pane shows.
    auto query =
        store.run(u"SELECT id FROM tickets WHERE status IN ('new', 'open', 'pending') AND " +
                      store.inList(QStringLiteral("queue_id")) + u" ORDER BY id DESC LIMIT 1000",
                  {Store::listParameter(queues)});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value()->next())
        ids.append(query.value()->value(0).toLongLong());
    query.value()->finish();
    const ChangeAudience audience = ChangeAudience::onlyOperator(operatorId);
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        auto ticket = m_tickets.get(store, *it);
        if (!ticket)
            return ticket.error();
        auto seq = m_changes.append(store, QStringLiteral("ticket"), ticket->id,
                                    QStringLiteral("update"), ticket->toJson(), audience, now);
        if (!seq)
            return seq.error();
        if (m_messages) {
            if (auto shared = m_messages->shareConversation(store, *it, audience, now); !shared)
                return shared.error();
        }
    }
    return {};
}

Result<int> TicketRouter::sweep(Store &store)
{
    if (auto locked = lock(store); !locked)
        return locked.error();
    const qint64 now = m_clock();
    // Chats given to an operator before they went away, once the grace time has passed. A chat a
    // supervisor gave them while away stays: that was deliberate. So does an exam's: its scripted
    // customer is hers alone, and the exam's clock runs on while she is away.
    auto query = store.run(
        QStringLiteral("SELECT t.id, t.assignee_id FROM presence_intervals p JOIN tickets t ON "
                       "t.assignee_id = p.operator_id WHERE p.ended_at IS NULL AND p.status <> "
                       "'online' AND p.started_at <= ? AND t.channel = 'chat' AND t.status IN "
                       "('new', 'open', 'pending') AND COALESCE(t.assigned_at, 0) <= p.started_at "
                       "AND NOT EXISTS (SELECT 1 FROM ticket_assignments a WHERE a.ticket_id = "
                       "t.id AND a.ended_at IS NULL AND a.reason = ?) ORDER BY t.id"),
        {now - m_options.chatGraceMs, ExamAssignmentReason});
    if (!query)
        return query.error();
    QList<QPair<qint64, qint64>> away;
    while (query.value()->next())
        away.append({query.value()->value(0).toLongLong(), query.value()->value(1).toLongLong()});
    query.value()->finish();
    for (const auto &[ticketId, operatorId] : std::as_const(away)) {
        if (auto returned = unassign(store, ticketId, operatorId, QStringLiteral("away"), now);
            !returned)
            return returned.error();
        qCInfo(lcRouting) << "chat" << ticketId << "returned to its queue: operator" << operatorId
                          << "is away";
    }
    auto drained = drain(store);
    if (!drained)
        return drained.error();
    return int(away.size()) + drained.value();
}

Result<protocol::Ticket> TicketRouter::assign(Store &store, qint64 ticketId, qint64 operatorId,
                                              const QString &reason, qint64 now)
{
    // The assignee IS NULL test makes the assignment a compare-and-set: never twice.
    auto updated = store.update(
        QStringLiteral("UPDATE tickets SET assignee_id = ?, assigned_at = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND assignee_id IS NULL"),
        {operatorId, now, now, ticketId});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return conflict(QStringLiteral("Ticket %1 was assigned meanwhile").arg(ticketId));
    auto idle = store.run(QStringLiteral("UPDATE operators SET last_assigned_at = ? WHERE id = ?"),
                          {now, operatorId});
    if (!idle)
        return idle.error();
    auto ticket = m_tickets.get(store, ticketId);
    if (!ticket)
        return ticket.error();
    if (auto opened = openAssignment(store, ticketId, operatorId, ticket->channel, reason, now);
        !opened)
        return opened.error();
    if (auto seq = m_tickets.recordChange(store, ticket.value(), QStringLiteral("update"),
                                          ticket->queue, 0);
        !seq)
        return seq.error();
    qCDebug(lcRouting) << "ticket" << ticketId << reason << "to operator" << operatorId;
    return ticket;
}

Result<void> TicketRouter::unassign(Store &store, qint64 ticketId, qint64 operatorId,
                                    const QString &reason, qint64 now)
{
    auto updated = store.update(
        QStringLiteral("UPDATE tickets SET assignee_id = NULL, assigned_at = NULL, queued_at = ?, "
                       "updated_at = ?, version = version + 1 WHERE id = ? AND assignee_id = ?"),
        {now, now, ticketId, operatorId});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return {};
    if (auto ended = endAssignment(store, ticketId, reason, now); !ended)
        return ended.error();
    auto ticket = m_tickets.get(store, ticketId);
    if (!ticket)
        return ticket.error();
    if (auto seq = m_tickets.recordChange(store, ticket.value(), QStringLiteral("update"),
                                          ticket->queue, operatorId);
        !seq)
        return seq.error();
    return {};
}

Result<void> TicketRouter::openAssignment(Store &store, qint64 ticketId, qint64 operatorId,
                                          protocol::Channel channel, const QString &reason,
                                          qint64 now)
{
    auto inserted = store.run(
        QStringLiteral("INSERT INTO ticket_assignments (ticket_id, operator_id, channel, reason, "
                       "assigned_at) VALUES (?, ?, ?, ?, ?)"),
        {ticketId, operatorId, protocol::toString(channel), reason, now});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> TicketRouter::endAssignment(Store &store, qint64 ticketId, const QString &reason,
                                         qint64 now)
{
    auto ended =
        store.run(QStringLiteral("UPDATE ticket_assignments SET ended_at = ?, end_reason = ? WHERE "
                                 "ticket_id = ? AND ended_at IS NULL"),
                  {now, reason, ticketId});
    if (!ended)
        return ended.error();
    return {};
}

} // namespace frontline::server
