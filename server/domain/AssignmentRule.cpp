#include "server/domain/AssignmentRule.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/domain/TicketService.h"
#include "server/identity/Caller.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

namespace frontline::server {
namespace {

bool isActive(protocol::TicketStatus status)
{
    return status == protocol::TicketStatus::New || status == protocol::TicketStatus::Open ||
           status == protocol::TicketStatus::Pending;
}

Error conflict(const QString &message)
{
    return Error{QString(protocol::errors::Conflict), message};
}

struct Load
{
    bool assignable = false;
    int activeChats = 0;
    int maxChats = 0;
};

// Whether `operatorId` may be given tickets, and how many chats they have against their limit.
Result<Load> loadOf(Store &store, qint64 operatorId)
{
    auto query = store.run(u"SELECT " + AssignmentRule::activeChatsOfO() +
                               u", o.max_chats FROM operators o WHERE o.id = ? AND " +
                               AssignmentRule::assignableO(),
                           {operatorId});
    if (!query)
        return query.error();
    Load load;
    if (query.value()->next()) {
        load.assignable = true;
        load.activeChats = query.value()->value(0).toInt();
        load.maxChats = query.value()->value(1).toInt();
    }
    query.value()->finish();
    return load;
}

} // namespace

QString AssignmentRule::activeChatsOfO()
{
    return QStringLiteral("(SELECT COUNT(*) FROM tickets t WHERE t.assignee_id = o.id AND "
                          "t.channel = 'chat' AND t.status IN ('new', 'open', 'pending'))");
}

QString AssignmentRule::assignableO()
{
    return QStringLiteral("o.active = 1 AND o.role = 'operator'");
}

Result<void> AssignmentRule::lock(Store &store)
{
    if (!store.isPostgresql())
        return {};
    // The change feed's lock, which every assignment takes anyway before it commits.
    auto locked = store.run(QStringLiteral("SELECT pg_advisory_xact_lock(72010)"));
    if (!locked)
        return locked.error();
    locked.value()->finish();
    return {};
}

Result<void> AssignmentRule::check(Store &store, const Caller &caller,
                                   const protocol::Ticket &ticket, qint64 assignee,
                                   protocol::TicketStatus statusAfter)
{
    if (auto locked = lock(store); !locked)
        return locked;
    if (caller.isStaff())
        return checkStaff(store, ticket, assignee, statusAfter);
    return checkOperator(store, caller, ticket, assignee, statusAfter);
}

// Operators take tickets for themselves, never a colleague's, within their chat limit, and let
// go only of their own.
Result<void> AssignmentRule::checkOperator(Store &store, const Caller &caller,
                                           const protocol::Ticket &ticket, qint64 assignee,
                                           protocol::TicketStatus statusAfter)
{
    const qint64 current = TicketService::parseId(ticket.assigneeId);
    if (assignee != 0 && assignee != caller.operatorId) {
        return Error{QString(protocol::errors::Forbidden),
                     QStringLiteral("Only supervisors assign tickets to other operators")};
    }
    if (assignee == 0) {
        if (current != 0 && current != caller.operatorId)
            return Error{QString(protocol::errors::Forbidden),
                         QStringLiteral("Only supervisors take a ticket from its operator")};
        return {};
    }
    if (current == caller.operatorId)
        return {}; // already theirs: a retry changes nothing
    if (current != 0)
        return conflict(QStringLiteral("Ticket %1 is already assigned").arg(ticket.id));
    if (!isActive(statusAfter))
        return conflict(QStringLiteral("Ticket %1 is %2; nothing to claim")
                            .arg(ticket.id, protocol::toString(statusAfter)));
    if (ticket.channel != protocol::Channel::Chat)
        return {};
    auto load = loadOf(store, caller.operatorId);
    if (!load)
        return load.error();
    if (load->activeChats >= load->maxChats)
        return conflict(QStringLiteral("You have %1 chats open, your limit").arg(load->maxChats));
    return {};
}

// Supervisors and admins assign to any active operator, within that operator's chat limit: a
// limit is raised with PATCH /operators/{id}, never passed by silently.
Result<void> AssignmentRule::checkStaff(Store &store, const protocol::Ticket &ticket,
                                        qint64 assignee, protocol::TicketStatus statusAfter)
{
    if (assignee == 0 || assignee == TicketService::parseId(ticket.assigneeId))
        return {};
    auto load = loadOf(store, assignee);
    if (!load)
        return load.error();
    if (!load->assignable)
        return protocol::json::invalidField(QStringLiteral("assignee_id"),
                                            QStringLiteral("no such operator"));
    if (ticket.channel == protocol::Channel::Chat && isActive(statusAfter) &&
        load->activeChats >= load->maxChats) {
        return conflict(QStringLiteral("Operator %1 has %2 chats open, their limit; raise it "
                                       "first (PATCH /operators/%1)")
                            .arg(assignee)
                            .arg(load->maxChats));
    }
    return {};
}

} // namespace frontline::server
