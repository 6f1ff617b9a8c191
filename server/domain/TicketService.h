#pragma once

#include "protocol/Ticket.h"
#include "server/clock/Clock.h"

#include <QJsonObject>

namespace frontline::server {

class ChangeLog;
class MessageService;
class SlaPolicy;
class Store;
class Assignment;
struct ChangeAudience;
struct Caller;

struct TicketFilter
{
    QStringList statuses;
    QString queueId;
    QString channel;
    QString assignee; // "me", "none", or an operator id
    QString customerId;
    QString text;        // matched against the subject
    qint64 beforeId = 0; // the cursor: tickets with a smaller id
    int limit = 50;
};

struct TicketPage
{
    QList<protocol::Ticket> tickets;
    QString nextCursor; // empty on the last page
};

struct NewTicket
{
    protocol::Channel channel = protocol::Channel::Phone;
    protocol::Priority priority = protocol::Priority::Normal;
    QString queueId;
    QString subject;
    qint64 customerId = 0;
};

// Tickets: who may see them, listing, creation and versioned updates. Every change is written to
// the change feed in the same transaction.
class TicketService
{
public:
    TicketService(ChangeLog &changes, Clock clock);

    // Contact flow: assignment follows ticket changes, due times follow the SLA policy. Both
    // optional (the demo seeder and admin commands work without them).
    void setAssignment(Assignment *assignment) { m_assignment = assignment; }
    void setSlaPolicy(const SlaPolicy *policy) { m_sla = policy; }
    // Where a reassignment's reason is written into the conversation (optional, as above).
    void setMessages(MessageService *messages) { m_messages = messages; }
    const SlaPolicy *slaPolicy() const { return m_sla; }

    static bool canSee(const Caller &caller, const protocol::Ticket &ticket);

    Result<protocol::Ticket> get(Store &store, qint64 id);
    // The ticket if `caller` may see it; not_found otherwise, so ids do not leak.
    Result<protocol::Ticket> getFor(const Caller &caller, const QString &id);
    Result<TicketPage> list(const Caller &caller, const TicketFilter &filter);
    Result<protocol::Ticket> create(const Caller &caller, const NewTicket &ticket);
    // Applies `fields` (status, priority, queue, subject, assignee_id, resolution_code,
    // assignment_reason) when the stored version is `expectedVersion`; version_mismatch (412)
    // otherwise.
    Result<protocol::Ticket> update(const Caller &caller, const QString &id, qint64 expectedVersion,
                                    const QJsonObject &fields);

    // Writes the ticket's current state to the change feed; for callers already in a transaction.
    Result<qint64> recordChange(Store &store, const protocol::Ticket &ticket, const QString &op,
                                const QString &previousQueueId, qint64 previousAssigneeId);
    // Writes the other tickets of `ticket`'s customer (newest 50) to the change feed for
    // `audience`: the line or team it is escalated to sees the customer's previous tickets, as the
    // 1st line does. The records only; their conversations stay with their queues.
    Result<int> shareCustomerHistory(Store &store, const protocol::Ticket &ticket,
                                     const ChangeAudience &audience, qint64 nowMs);
    // Bumps version and updated_at inside the caller's transaction (a message arrived, ...).
    Result<protocol::Ticket> touch(Store &store, qint64 id, const QString &extraSet = {},
                                   const QVariantList &extraArgs = {});

    static qint64 parseId(const QString &id);
    // The next human ticket number (1001, 1002, ...), inside the caller's transaction.
    static Result<qint64> nextNumber(Store &store);

private:
    // Keeps why `ticket` went to its new assignee on the assignment it opened, and tells the
    // operators in the conversation with an internal note by `caller`.
    Result<void> keepAssignmentReason(Store &store, const Caller &caller,
                                      const protocol::Ticket &ticket, const QString &reason);

    ChangeLog &m_changes;
    Clock m_clock;
    Assignment *m_assignment = nullptr;
    const SlaPolicy *m_sla = nullptr;
    MessageService *m_messages = nullptr;
};

} // namespace frontline::server
