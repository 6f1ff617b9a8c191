#include "server/monitoring/LiveMonitoring.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/audit/AuditLog.h"
#include "server/domain/Assignment.h"
#include "server/domain/AssignmentRule.h"
#include "server/domain/MessageService.h"
#include "server/domain/TicketService.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

namespace frontline::server {
namespace {

using protocol::AuditAction;

Error conflict(const QString &message)
{
    return Error{QString(protocol::errors::Conflict), message};
}

bool isActive(protocol::TicketStatus status)
{
    return status == protocol::TicketStatus::New || status == protocol::TicketStatus::Open ||
           status == protocol::TicketStatus::Pending;
}

// Barging in and taking over are for conversations still going on.
Result<void> mustBeActive(const protocol::Ticket &ticket)
{
    if (isActive(ticket.status))
        return {};
    return conflict(QStringLiteral("Ticket %1 is %2; its conversation is over")
                        .arg(ticket.id, protocol::toString(ticket.status)));
}

Result<qint64> audit(Store &store, const Caller &caller, AuditAction action, qint64 ticketId,
                     qint64 subjectId, const QJsonObject &details, qint64 now)
{
    return AuditLog::record(store, caller, AuditLog::Record{action, ticketId, subjectId, details},
                            now);
}

// `work` in a transaction of its own, committed when it succeeds.
template<typename T, typename Work>
Result<T> committed(Store &store, Work &&work)
{
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    Result<T> result = work();
    if (!result)
        return result;
    if (auto done = transaction.commit(); !done)
        return done.error();
    return result;
}

} // namespace

QJsonObject LiveMonitoring::Session::toJson() const
{
    return QJsonObject{{QLatin1StringView("ticket_id"), ticketId},
                       {QLatin1StringView("supervisor_id"), supervisorId},
                       {QLatin1StringView("started_at"), protocol::json::timeOrNull(startedAt)}};
}

LiveMonitoring::LiveMonitoring(TicketService &tickets, MessageService &messages, Clock clock)
    : m_tickets(tickets)
    , m_messages(messages)
    , m_clock(std::move(clock))
{}

Result<LiveMonitoring::Session> LiveMonitoring::start(const Caller &caller, const QString &ticketId)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    const qint64 id = TicketService::parseId(ticket->id);
    Session session{ticket->id,
                    QString::number(caller.operatorId),
                    {},
                    false,
                    TicketService::parseId(ticket->assigneeId)};
    auto since = store.scalar(QStringLiteral("SELECT started_at FROM ticket_monitors WHERE "
                                             "ticket_id = ? AND supervisor_id = ?"),
                              {id, caller.operatorId});
    if (!since)
        return since.error();
    if (!since.value().isNull()) {
        session.startedAt = sql::time(since.value()); // watching already: the same session
        return session;
    }
    const qint64 now = m_clock();
    auto added = store.run(QStringLiteral("INSERT INTO ticket_monitors (ticket_id, supervisor_id, "
                                          "started_at) VALUES (?, ?, ?)"),
                           {id, caller.operatorId, now});
    if (!added)
        return added.error();
    if (auto row = audit(store, caller, AuditAction::MonitorStart, id, session.notify, {}, now);
        !row)
        return row.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    session.startedAt = sql::time(now);
    session.started = true;
    return session;
}

Result<LiveMonitoring::Session> LiveMonitoring::stop(const Caller &caller, const QString &ticketId)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    const qint64 id = TicketService::parseId(ticket->id);
    auto watched = store.update(
        QStringLiteral("DELETE FROM ticket_monitors WHERE ticket_id = ? AND supervisor_id = ?"),
        {id, caller.operatorId});
    if (!watched)
        return watched.error();
    // Leaving lets another supervisor in, unless she holds the ticket itself: a taken ticket is
    // hers until she hands it back (or it was given to someone else meanwhile).
    const bool takenByHer = TicketService::parseId(ticket->assigneeId) == caller.operatorId;
    auto left = store.update(
        QStringLiteral("DELETE FROM ticket_supervision WHERE ticket_id = ? AND supervisor_id = ?") +
            (takenByHer ? QStringLiteral(" AND taken_over = 0") : QString()),
        {id, caller.operatorId});
    if (!left)
        return left.error();
    if (watched.value() == 0 && left.value() == 0) {
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("You are not monitoring ticket %1").arg(ticket->id)};
    }
    const qint64 now = m_clock();
    Session session{ticket->id, QString::number(caller.operatorId), sql::time(now), false,
                    TicketService::parseId(ticket->assigneeId)};
    if (auto row = audit(store, caller, AuditAction::MonitorStop, id, session.notify, {}, now);
        !row)
        return row.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return session;
}

Result<QList<qint64>> LiveMonitoring::monitorsOf(Store &store, qint64 ticketId)
{
    auto query =
        store.run(QStringLiteral("SELECT supervisor_id FROM ticket_monitors WHERE ticket_id = ?"),
                  {ticketId});
    if (!query)
        return query.error();
    QList<qint64> monitors;
    while (query.value()->next())
        monitors.append(query.value()->value(0).toLongLong());
    query.value()->finish();
    return monitors;
}

Result<QString> LiveMonitoring::messageBody(const QJsonObject &body)
{
    const QJsonValue text = body.value(QLatin1StringView("body"));
    if (!text.isString())
        return protocol::json::invalidField(QStringLiteral("body"),
                                            QStringLiteral("must be a string"));
    if (text.toString().trimmed().isEmpty())
        return protocol::json::invalidField(QStringLiteral("body"), QStringLiteral("is empty"));
    if (text.toString().size() > MessageService::MaxBodyLength)
        return protocol::limits::tooLong(QStringLiteral("body"), MessageService::MaxBodyLength,
                                         false);
    return text.toString();
}

Result<LiveMonitoring::Written>
LiveMonitoring::whisper(const Caller &caller, const QString &ticketId, const QJsonObject &body)
{
    return committed<Written>(*caller.store,
                              [&] { return whisperInTransaction(caller, ticketId, body); });
}

Result<LiveMonitoring::Written> LiveMonitoring::barge(const Caller &caller, const QString &ticketId,
                                                      const QJsonObject &body)
{
    return committed<Written>(*caller.store,
                              [&] { return bargeInTransaction(caller, ticketId, body); });
}

Result<protocol::Message> LiveMonitoring::written(Store &store, qint64 messageId)
{
    return m_messages.get(store, messageId);
}

Result<LiveMonitoring::Written> LiveMonitoring::whisperInTransaction(const Caller &caller,
                                                                     const QString &ticketId,
                                                                     const QJsonObject &body)
{
    auto text = messageBody(body);
    if (!text)
        return text.error();
    Store &store = *caller.store;
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    const qint64 assignee = TicketService::parseId(ticket->assigneeId);
    if (assignee == 0 || assignee == caller.operatorId) {
        return conflict(QStringLiteral("Ticket %1 has no operator to whisper to").arg(ticket->id));
    }
    const qint64 id = TicketService::parseId(ticket->id);
    const qint64 now = m_clock();
    NewMessage whisper;
    whisper.authorKind = protocol::AuthorKind::Operator;
    whisper.authorId = caller.operatorId;
    whisper.authorName = caller.profile.displayName;
    whisper.internal = true;
    whisper.whisper = true;
    whisper.body = text.value();
    whisper.atMs = now;
    auto written = m_messages.appendInTransaction(store, id, whisper);
    if (!written)
        return written.error();
    const QJsonObject details{{QLatin1StringView("message_id"), written->id}};
    if (auto row = audit(store, caller, AuditAction::Whisper, id, assignee, details, now); !row)
        return row.error();
    return Written{written.value(), assignee};
}

Result<LiveMonitoring::Written> LiveMonitoring::bargeInTransaction(const Caller &caller,
                                                                   const QString &ticketId,
                                                                   const QJsonObject &body)
{
    auto text = messageBody(body);
    if (!text)
        return text.error();
    Store &store = *caller.store;
    if (auto locked = AssignmentRule::lock(store); !locked)
        return locked.error();
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    if (auto active = mustBeActive(ticket.value()); !active)
        return active.error();
    const qint64 id = TicketService::parseId(ticket->id);
    const qint64 now = m_clock();
    if (auto entered = enter(store, caller, ticket.value(), now); !entered)
        return entered.error();
    // To the customer under her own name: an operator's reply in every way (the outbound queue,
    // the first response), written by the supervisor.
    NewMessage reply;
    reply.authorKind = protocol::AuthorKind::Operator;
    reply.authorId = caller.operatorId;
    reply.authorName = caller.profile.displayName;
    reply.body = text.value();
    reply.atMs = now;
    auto written = m_messages.appendInTransaction(store, id, reply);
    if (!written)
        return written.error();
    const qint64 assignee = TicketService::parseId(ticket->assigneeId);
    const QJsonObject details{{QLatin1StringView("message_id"), written->id}};
    if (auto row = audit(store, caller, AuditAction::Barge, id, assignee, details, now); !row)
        return row.error();
    return Written{written.value(), assignee == caller.operatorId ? 0 : assignee};
}

Result<LiveMonitoring::Moved> LiveMonitoring::takeOver(const Caller &caller,
                                                       const QString &ticketId)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    if (auto locked = AssignmentRule::lock(store); !locked)
        return locked.error();
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    if (auto active = mustBeActive(ticket.value()); !active)
        return active.error();
    const qint64 id = TicketService::parseId(ticket->id);
    const qint64 from = TicketService::parseId(ticket->assigneeId);
    const qint64 now = m_clock();
    auto entered = enter(store, caller, ticket.value(), now);
    if (!entered)
        return entered.error();
    if (entered->takenOver && from == caller.operatorId)
        return Moved{ticket.value(), 0}; // a retried take-over: hers already, nothing written
    auto taken = store.run(QStringLiteral("UPDATE ticket_supervision SET taken_over = 1, "
                                          "taken_from = ? WHERE ticket_id = ?"),
                           {sql::nullableId(from == caller.operatorId ? 0 : from), id});
    if (!taken)
        return taken.error();
    // No chat limit for a supervisor: the rule that binds operators' limits is not asked.
    auto after =
        from == caller.operatorId ? ticket : reassign(store, ticket.value(), caller.operatorId);
    if (!after)
        return after.error();
    if (auto row = audit(store, caller, AuditAction::TakeOver, id, from, {}, now); !row)
        return row.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Moved{after.value(), from == caller.operatorId ? 0 : from};
}

Result<LiveMonitoring::Moved>
LiveMonitoring::handBack(const Caller &caller, const QString &ticketId, const QJsonObject &body)
{
    const QJsonValue named = body.value(QLatin1StringView("operator_id"));
    if (!named.isUndefined() && !named.isNull() &&
        (!named.isString() || TicketService::parseId(named.toString()) == 0)) {
        return protocol::json::invalidField(QStringLiteral("operator_id"),
                                            QStringLiteral("must be an operator's id"));
    }
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    if (auto locked = AssignmentRule::lock(store); !locked)
        return locked.error();
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    const qint64 id = TicketService::parseId(ticket->id);
    auto hold = holdOf(store, id);
    if (!hold)
        return hold.error();
    if (!hold->takenOver || hold->supervisorId != caller.operatorId ||
        TicketService::parseId(ticket->assigneeId) != caller.operatorId) {
        return conflict(QStringLiteral("You have not taken ticket %1 over").arg(ticket->id));
    }
    const qint64 to = named.isString() ? TicketService::parseId(named.toString()) : hold->takenFrom;
    if (to == 0) {
        return protocol::json::invalidField(
            QStringLiteral("operator_id"),
            QStringLiteral("is required: the ticket was taken from nobody"));
    }
    // The operator's own chat limit holds, as for any supervisor's assignment.
    if (auto allowed = AssignmentRule::check(store, caller, ticket.value(), to, ticket->status);
        !allowed) {
        if (allowed.error().field == u"assignee_id")
            return protocol::json::invalidField(QStringLiteral("operator_id"),
                                                QStringLiteral("no such operator"));
        return allowed.error();
    }
    auto after = reassign(store, ticket.value(), to);
    if (!after)
        return after.error();
    auto left =
        store.run(QStringLiteral("DELETE FROM ticket_supervision WHERE ticket_id = ?"), {id});
    if (!left)
        return left.error();
    const qint64 now = m_clock();
    if (auto row = audit(store, caller, AuditAction::HandBack, id, to, {}, now); !row)
        return row.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Moved{after.value(), to};
}

Result<LiveMonitoring::Hold> LiveMonitoring::holdOf(Store &store, qint64 ticketId)
{
    auto query = store.run(
        QStringLiteral("SELECT s.supervisor_id, o.display_name, s.taken_over, s.taken_from FROM "
                       "ticket_supervision s JOIN operators o ON o.id = s.supervisor_id WHERE "
                       "s.ticket_id = ?"),
        {ticketId});
    if (!query)
        return query.error();
    Hold hold;
    if (query.value()->next()) {
        hold.supervisorId = query.value()->value(0).toLongLong();
        hold.supervisorName = query.value()->value(1).toString();
        hold.takenOver = query.value()->value(2).toInt() != 0;
        hold.takenFrom = query.value()->value(3).toLongLong();
    }
    query.value()->finish();
    return hold;
}

Result<LiveMonitoring::Hold> LiveMonitoring::enter(Store &store, const Caller &caller,
                                                   const protocol::Ticket &ticket, qint64 now)
{
    const qint64 ticketId = TicketService::parseId(ticket.id);
    auto hold = holdOf(store, ticketId);
    if (!hold)
        return hold.error();
    if (hold->supervisorId == caller.operatorId)
        return hold;
    // A taken ticket given to someone else since (a reassignment) is no longer hers to hold.
    const bool lapsed =
        hold->takenOver && TicketService::parseId(ticket.assigneeId) != hold->supervisorId;
    if (hold->supervisorId != 0 && !lapsed)
        return conflict(hold->supervisorName + QStringLiteral(" is already in this conversation"));
    if (lapsed) {
        auto left = store.run(QStringLiteral("DELETE FROM ticket_supervision WHERE ticket_id = ?"),
                              {ticketId});
        if (!left)
            return left.error();
    }
    auto entered = store.run(QStringLiteral("INSERT INTO ticket_supervision (ticket_id, "
                                            "supervisor_id, since) VALUES (?, ?, ?)"),
                             {ticketId, caller.operatorId, now});
    if (!entered)
        return entered.error();
    return Hold{caller.operatorId, caller.profile.displayName, false, 0};
}

Result<protocol::Ticket> LiveMonitoring::reassign(Store &store, const protocol::Ticket &before,
                                                  qint64 assignee)
{
    const qint64 id = TicketService::parseId(before.id);
    auto after = m_tickets.touch(store, id, QStringLiteral("assignee_id = ?"), {assignee});
    if (!after)
        return after.error();
    if (auto seq = m_tickets.recordChange(store, after.value(), QStringLiteral("update"),
                                          before.queue, TicketService::parseId(before.assigneeId));
        !seq)
        return seq.error();
    if (!m_assignment)
        return after;
    auto routed = m_assignment->ticketChanged(store, before, after.value());
    if (!routed)
        return routed.error();
    return routed.value() ? m_tickets.get(store, id) : after;
}

} // namespace frontline::server
