#pragma once

#include "protocol/FieldLimits.h"
#include "protocol/Message.h"
#include "protocol/Ticket.h"
#include "server/clock/Clock.h"

namespace frontline::server {

class ChangeLog;
class Store;
struct ChangeAudience;
class TicketService;
struct Caller;

struct MessagePage
{
    QList<protocol::Message> messages; // oldest first
    bool more = false;                 // older (or newer, with `after`) messages remain
};

struct NewMessage
{
    protocol::AuthorKind authorKind = protocol::AuthorKind::Operator;
    qint64 authorId = 0;
    QString authorName; // the operator's display name, as the conversation shows it
    bool internal = false;
    bool whisper = false; // a supervisor's word to the operator only (internal as well)
    QString body;
    QString macro;      // the canned response's slug the reply was made from (empty: none)
    QString externalId; // a channel's own message id, for intake de-duplication
    // Whose id space `externalId` is in: the integration account (0: the traffic simulator) and
    // the channel that sent it.
    qint64 intakeAccountId = 0;
    QString intakeChannel;
    qint64 atMs = 0; // when it was written; 0 means now. One request writes at one time.
};

// The append-only conversation of a ticket.
class MessageService
{
public:
    static constexpr qsizetype MaxBodyLength = protocol::limits::MessageText;

    MessageService(TicketService &tickets, ChangeLog &changes, Clock clock);

    // A page of the conversation: the newest `limit` before message `beforeId` (0: the newest),
    // or the oldest `limit` after `afterId`.
    Result<MessagePage> list(const Caller &caller, const QString &ticketId, qint64 beforeId,
                             qint64 afterId, int limit);
    // The same page as a store's account may read it (the route has checked its project lets
    // it): without internal notes, and the customer named only "Customer".
    Result<MessagePage> listShared(Store &store, qint64 ticketId, qint64 beforeId, qint64 afterId,
                                   int limit);
    // An operator's reply or internal note, and the ticket's resulting state, in one transaction
    // (which the caller owns, so an idempotency record can join it).
    Result<protocol::Message> appendInTransaction(Store &store, qint64 ticketId,
                                                  const NewMessage &message);
    // One message by id, as its POST answered it (a retry whose key record expired gets it again).
    Result<protocol::Message> get(Store &store, qint64 id);
    // Writes the ticket's whole conversation to the change feed again, for `audience` only: the
    // line or team a ticket was just escalated to, who could not see the messages when they were
    // written (the feed keeps each change's audience of its moment). Inside the caller's
    // transaction; answers how many messages were shared.
    Result<int> shareConversation(Store &store, qint64 ticketId, const ChangeAudience &audience,
                                  qint64 nowMs);

private:
    static Result<MessagePage> page(Store &store, qint64 ticketId, qint64 beforeId, qint64 afterId,
                                    int limit, bool internalToo);
    // The ticket fields a message can change, which its feed change carries as `ticket`.
    static QJsonObject ticketFieldsMovedByMessages(const protocol::Ticket &ticket);

    TicketService &m_tickets;
    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
