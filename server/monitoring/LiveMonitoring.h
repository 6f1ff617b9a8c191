#pragma once

#include "protocol/Message.h"
#include "protocol/Ticket.h"
#include "server/clock/Clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace frontline::server {

class Assignment;
class MessageService;
class Store;
class TicketService;
struct Caller;

// A supervisor's live work in an operator's conversation (issue 18): she watches it, whispers to
// the operator, barges in to the customer, takes the ticket over and hands it back. Watching is
// never exclusive; barging and taking over are, one supervisor per ticket at a time, until she
// hands it back or stops watching (docs/decisions.md). Each action writes its one audit row in
// its own transaction; a refused one writes none. The routes tell the operators over their
// events sockets once an action has committed: `notify` names whom (0: nobody).
class LiveMonitoring
{
public:
    LiveMonitoring(TicketService &tickets, MessageService &messages, Clock clock);

    // Who takes over and hands back moves the ticket's assignment history and frees the
    // operator's place for the next waiting chat.
    void setAssignment(Assignment *assignment) { m_assignment = assignment; }

    struct Session
    {
        QString ticketId;
        QString supervisorId;
        QDateTime startedAt;
        bool started = false; // false: she was watching already (nothing written)
        qint64 notify = 0;    // the ticket's assignee
        QJsonObject toJson() const;
    };
    Result<Session> start(const Caller &caller, const QString &ticketId);
    // not_found when she is neither watching nor in the conversation.
    Result<Session> stop(const Caller &caller, const QString &ticketId);
    // The supervisors watching `ticketId`, for its typing events.
    static Result<QList<qint64>> monitorsOf(Store &store, qint64 ticketId);

    struct Written
    {
        protocol::Message message;
        qint64 notify = 0; // the assignee (not the supervisor herself)
    };
    Result<Written> whisper(const Caller &caller, const QString &ticketId, const QJsonObject &body);
    Result<Written> barge(const Caller &caller, const QString &ticketId, const QJsonObject &body);
    // The same inside the caller's transaction, which an Idempotency-Key's record joins.
    Result<Written> whisperInTransaction(const Caller &caller, const QString &ticketId,
                                         const QJsonObject &body);
    Result<Written> bargeInTransaction(const Caller &caller, const QString &ticketId,
                                       const QJsonObject &body);
    // A whisper or barge as its POST answered it, for a retry whose key record expired.
    Result<protocol::Message> written(Store &store, qint64 messageId);

    struct Moved
    {
        protocol::Ticket ticket;
        qint64 notify = 0; // take over: the operator it was taken from
    };
    Result<Moved> takeOver(const Caller &caller, const QString &ticketId);
    // {"operator_id"?}: the operator it was taken from by default, within her chat limit.
    Result<Moved> handBack(const Caller &caller, const QString &ticketId, const QJsonObject &body);

private:
    struct Hold
    {
        qint64 supervisorId = 0; // 0: nobody is in the conversation
        QString supervisorName;
        bool takenOver = false;
        qint64 takenFrom = 0;
    };
    static Result<Hold> holdOf(Store &store, qint64 ticketId);
    // The ticket for `caller` to barge into or take over: conflict when another supervisor is in
    // it; otherwise it is hers from now on.
    static Result<Hold> enter(Store &store, const Caller &caller, const protocol::Ticket &ticket,
                              qint64 now);
    static Result<QString> messageBody(const QJsonObject &body);
    // Gives the ticket to `assignee` and moves its assignment history with it.
    Result<protocol::Ticket> reassign(Store &store, const protocol::Ticket &before,
                                      qint64 assignee);

    TicketService &m_tickets;
    MessageService &m_messages;
    Clock m_clock;
    Assignment *m_assignment = nullptr;
};

} // namespace frontline::server
