#pragma once

#include "protocol/Presence.h"
#include "protocol/Result.h"
#include "protocol/Ticket.h"

namespace frontline::server {

class Store;

// What tickets, intake and presence ask of assignment, inside the transaction that caused it.
// Routing implements it and works on tickets itself, so the domain calls it only through this.
class Assignment
{
public:
    virtual ~Assignment() = default;

    // Gives the chat `ticketId` to the best free operator (not `excludeOperator`); 0 when none is
    // free and the chat waits.
    virtual Result<qint64> routeChat(Store &store, qint64 ticketId, qint64 excludeOperator) = 0;
    // An operator coming online gets chats; one going away keeps them for a grace time.
    virtual Result<void> presenceChanged(Store &store, qint64 operatorId,
                                         protocol::PresenceStatus status) = 0;
    // True when it changed the ticket again (the caller should re-read it).
    virtual Result<bool> ticketChanged(Store &store, const protocol::Ticket &before,
                                       const protocol::Ticket &after) = 0;
};

} // namespace frontline::server
