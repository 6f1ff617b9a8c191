#pragma once

#include "protocol/Escalation.h"
#include "protocol/Ticket.h"
#include "server/clock/Clock.h"

#include <QJsonObject>
#include <QList>

namespace frontline::server {

class ChangeLog;
class MessageService;
class Store;
class Transaction;
struct ChangeAudience;
class TicketService;
struct Caller;

struct EscalationReason
{
    QLatin1StringView code;
    QLatin1StringView title;
    bool noteRequired;
};

// The reasons an operator may give; the client shows them translated by code.
const QList<EscalationReason> &escalationReasons();

// Escalations to the 2nd line or a team: opened by the ticket's operator, accepted, returned
// (an inappropriate escalation) or resolved by the line or team addressed. While open or
// accepted, the ticket carries its target so the helpers see it without it leaving its queue.
class EscalationService
{
public:
    EscalationService(TicketService &tickets, MessageService &messages, ChangeLog &changes,
                      Clock clock);

    Result<QList<protocol::Escalation>> forTicket(const Caller &caller, const QString &ticketId);
    // What is addressed to the caller (operators: their line or team; staff: everything).
    Result<QList<protocol::Escalation>> inbox(const Caller &caller, const QString &status);
    Result<protocol::Escalation> create(const Caller &caller, const QString &ticketId,
                                        const QJsonObject &body);
    // The same inside the caller's transaction (an Idempotency-Key is looked up and recorded in
    // it); the realtime hub hears of the change once that transaction commits.
    Result<protocol::Escalation> createInTransaction(const Caller &caller, const QString &ticketId,
                                                     const QJsonObject &body);
    // `expectedVersion` 0 skips the version check (If-Match is optional here).
    Result<protocol::Escalation> transition(const Caller &caller, const QString &id,
                                            qint64 expectedVersion, const QJsonObject &body);
    // The lines, teams and reasons `caller` may escalate to: the lines above theirs and the
    // teams other than theirs that have an active operator (staff: every line above the 1st and
    // every team). Creating an escalation accepts exactly these.
    Result<QJsonObject> targets(const Caller &caller);

private:
    struct Catalogue
    {
        QList<int> lines;
        QStringList teams;
    };
    static Result<Catalogue> catalogueFor(const Caller &caller);
    static Result<void> checkTarget(const Caller &caller, int line, const QString &team);

    struct NewEscalation
    {
        int line = 0; // 0 when escalated to a team
        QString team;
        QString reasonCode;
        QString note;
        QString priority;
    };
    static Result<NewEscalation> parseNew(const QJsonObject &body);
    Result<protocol::Ticket> escalatable(const Caller &caller, const QString &ticketId,
                                         const NewEscalation &request);
    Result<protocol::Escalation> load(Store &store, qint64 id);
    Result<protocol::Escalation> loadAddressed(const Caller &caller, const QString &id,
                                               protocol::Ticket *ticket);
    Result<void> clearTarget(Store &store, const protocol::Ticket &ticket);
    // Writes the escalation's change, commits, and tells the realtime hub.
    Result<protocol::Escalation> commitWithChange(Store &store, Transaction &transaction,
                                                  const protocol::Escalation &escalation,
                                                  const QString &op, const ChangeAudience &audience,
                                                  qint64 nowMs);

    TicketService &m_tickets;
    MessageService &m_messages;
    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
