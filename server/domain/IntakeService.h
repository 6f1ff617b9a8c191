#pragma once

#include "protocol/Result.h"
#include "protocol/Ticket.h"
#include "server/clock/Clock.h"

#include <QJsonObject>

namespace frontline::server {

class ChangeLog;
class MessageService;
class Store;
class Assignment;
class TicketService;

struct IntakeResult
{
    QString ticketId;
    QString messageId;
    bool replayed = false; // the channel sent this message before: nothing was added
};

// Where a message goes instead of the usual match, for the exam runner's scripted customers
// (issue 19): a ticket of its own (`newTicket`) or the one given (`ticketId`), a new one
// assigned to `assignTo` without routing, so the trainee gets her exam's customers and nobody
// else does; a new one timed against `firstResponseMs` and `resolutionMs` (the scenario's time
// limits) instead of the SLA policy's, when given.
// The assignment reason of a chat given straight to `IntakeTarget::assignTo` (an exam's scripted
// customer): the router's away sweep leaves such a chat with its operator.
inline const QString ExamAssignmentReason = QStringLiteral("exam");

struct IntakeTarget
{
    qint64 ticketId = 0;
    bool newTicket = false;
    qint64 assignTo = 0;
    qint64 firstResponseMs = 0;
    qint64 resolutionMs = 0;
};

// Where customers' messages come in from the channels (the chatbot's hand-off, the email
// gateway, web forms, social networks): the customer is matched or created among the customers of
// the queue's store (its project; the center's own customers for a queue in no project), the
// message continues the customer's open ticket on that channel or opens a new one, and a
// chatbot's transcript is kept before the hand-off. Customer text is stored exactly as sent, HTML
// and all.
class IntakeService
{
public:
    IntakeService(TicketService &tickets, MessageService &messages, ChangeLog &changes,
                  Clock clock);
    ~IntakeService();

    void setAssignment(Assignment *assignment) { m_assignment = assignment; }

    // The one way in for customer messages: the HTTP route and the traffic simulator both call it.
    // `accountId` is the integration account that pushed it (0: the traffic simulator); a message
    // id seen before from the same account on the same channel is a replay.
    Result<IntakeResult> receive(Store &store, qint64 accountId, const QJsonObject &body,
                                 const IntakeTarget &target = {});
    // The open ticket a channel's conversation continues, found as `receive` would find it:
    // {"channel", "customer": {"external_id"}, "queue"?}. not_found when there is none, so a
    // customer typing before her first message tells nobody.
    Result<protocol::Ticket> conversationOf(Store &store, const QJsonObject &body);

private:
    struct Incoming;
    struct Destination;
    static Result<Destination> destinationOf(Store &store, const Incoming &in);
    Result<qint64> findOrCreateCustomer(Store &store, const Incoming &in, qint64 projectId,
                                        qint64 now);
    Result<qint64> openTicket(Store &store, const Incoming &in, const Destination &destination,
                              qint64 customer, qint64 now, const IntakeTarget &target);
    Result<qint64> resumeTicket(Store &store, qint64 ticketId, qint64 now);
    Result<QString> appendMessages(Store &store, const Incoming &in, qint64 accountId,
                                   qint64 ticketId, qint64 now);

    TicketService &m_tickets;
    MessageService &m_messages;
    ChangeLog &m_changes;
    Clock m_clock;
    Assignment *m_assignment = nullptr;
};

} // namespace frontline::server
