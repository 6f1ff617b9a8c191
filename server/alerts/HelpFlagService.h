#pragma once

#include "protocol/HelpFlag.h"
#include "server/clock/Clock.h"

#include <QJsonObject>
#include <QList>

namespace frontline::server {

class ChangeLog;
class Store;
class TicketService;
struct Caller;

// Help flags: an operator raises one on a conversation she can see (one raised flag per ticket at
// a time), a supervisor lowers it, or she withdraws her own. Each change goes to the change feed
// as a `help_flag` for supervisors, admins and the operator who raised it.
class HelpFlagService
{
public:
    HelpFlagService(TicketService &tickets, ChangeLog &changes, Clock clock);

    // POST /tickets/{id}/help-flags {"note"}, inside the caller's transaction (the Idempotency-Key
    // is looked up and recorded in it); the realtime hub hears of it once that commits.
    Result<protocol::HelpFlag> raiseInTransaction(const Caller &caller, const QString &ticketId,
                                                  const QJsonObject &body);
    Result<protocol::HelpFlag> raise(const Caller &caller, const QString &ticketId,
                                     const QJsonObject &body);
    // PATCH /help-flags/{id} {"status": "lowered"}. Lowering a flag already lowered answers it
    // as it is, so a retried lowering is safe.
    Result<protocol::HelpFlag> lower(const Caller &caller, const QString &id,
                                     const QJsonObject &body);
    // Supervisors and admins: every raised flag (or `status` lowered/all); operators: their own.
    Result<QList<protocol::HelpFlag>> list(const Caller &caller, const QString &status);
    Result<protocol::HelpFlag> load(Store &store, qint64 id);

private:
    Result<qint64> announce(Store &store, const protocol::HelpFlag &flag, const QString &op,
                            qint64 nowMs);

    TicketService &m_tickets;
    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
