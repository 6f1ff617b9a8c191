#pragma once

#include "protocol/Result.h"
#include "protocol/Ticket.h"

#include <QString>

namespace frontline::server {

class Store;
struct Caller;

// Who may give a ticket to whom: the one rule behind every path that assigns (claim, PATCH
// assignee_id, a supervisor's assignment, routing). docs/api/roles.md states it; the chat limit
// binds everyone (docs/decisions.md, "The chat limit binds supervisors too").
class AssignmentRule
{
public:
    // SQL: the active chats of the operator row aliased `o`, which `max_chats` limits.
    static QString activeChatsOfO();
    // SQL: the operator row aliased `o` may be given tickets at all.
    static QString assignableO();

    // May `caller` make `assignee` (0: nobody) the assignee of `ticket`, whose status will be
    // `statusAfter`? Inside the caller's transaction; on PostgreSQL it takes the assignment lock,
    // so two back offices cannot both fill an operator's last chat slot.
    static Result<void> check(Store &store, const Caller &caller, const protocol::Ticket &ticket,
                              qint64 assignee, protocol::TicketStatus statusAfter);
    // Several back offices on one PostgreSQL take turns on assignments (a no-op on SQLite, whose
    // BEGIN IMMEDIATE already serialises writers).
    static Result<void> lock(Store &store);

private:
    static Result<void> checkOperator(Store &store, const Caller &caller,
                                      const protocol::Ticket &ticket, qint64 assignee,
                                      protocol::TicketStatus statusAfter);
    static Result<void> checkStaff(Store &store, const protocol::Ticket &ticket, qint64 assignee,
                                   protocol::TicketStatus statusAfter);
};

} // namespace frontline::server
