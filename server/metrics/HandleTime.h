#pragma once

#include "protocol/Result.h"
#include "server/metrics/KpiScope.h"

#include <QHash>
#include <QList>

namespace frontline::server {

class Store;

// Handle time as contact centers count it (docs/kpis.md, "Handle time"): the time an operator
// actually works a contact, not the time a ticket stays assigned to her.
namespace handle_time {

// A customer who takes longer than this to answer is away: the rest of the wait is not work.
inline constexpr qint64 CustomerGraceMs = 2 * 60 * 1000;
// After-contact work (from her last reply to the resolution, while the ticket is in front of
// her) counts up to this much; beyond it the ticket was merely left open.
inline constexpr qint64 AfterContactCapMs = 3 * 60 * 1000;

struct Span
{
    qint64 start;
    qint64 end;
};

// A public turn of the conversation: the customer's or an operator's message.
struct Turn
{
    qint64 at;
    bool byCustomer;
    bool byHandler; // written by the operator who handled the ticket
};

// One handled ticket as the computation needs it.
struct TicketWork
{
    qint64 ticketId = 0;
    qint64 operatorId = 0;
    bool chat = false;
    qint64 resolvedAt = 0;
    qint64 takenAt = 0; // when she got it, for tickets from before assignments were recorded
    QList<Span> held;   // her assignments on it (an open one ends at the resolution)
    QList<Span> shown;  // work intervals: the ticket open in front of her
    QList<Turn> turns;  // in time order, up to the resolution
};

// The handle time of one ticket, by the rules of docs/kpis.md.
qint64 compute(const TicketWork &work);

struct TicketHandleTime
{
    qint64 ticketId = 0;
    qint64 operatorId = 0;
    bool chat = false;
    qint64 handleMs = 0;
};

// Per operator: her handled tickets (of them chats) and their handle time in all.
struct HandleSum
{
    qint64 handled = 0;
    qint64 chats = 0;
    qint64 handleMs = 0;
};

// Every ticket handled in [from, min(to, now)) (resolved or closed in the window, by its
// assignee) with its handle time, of `scope`'s queues. Four queries whatever the number of
// operators and tickets.
Result<QList<TicketHandleTime>> ofHandledTickets(Store &store, qint64 from, qint64 to, qint64 now,
                                                 const KpiScope &scope = {});

} // namespace handle_time

// The same, summed per operator id.
Result<QHash<qint64, handle_time::HandleSum>>
handleTimeByOperator(Store &store, qint64 from, qint64 to, qint64 now, const KpiScope &scope = {});

// The same by ticket id (milliseconds): the KPI series and the tickets report take it from here.
Result<QHash<qint64, qint64>> handleTimeByTicket(Store &store, qint64 from, qint64 to, qint64 now,
                                                 const KpiScope &scope = {});

} // namespace frontline::server
