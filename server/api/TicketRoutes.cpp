#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/TicketService.h"
#include "server/routing/TicketRouter.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse ticketResponse(const protocol::Ticket &ticket, int status = 200)
{
    return HttpResponse::json(ticket.toJson(), status).withETag(ticket.version);
}

HttpResponse listTickets(TicketService &tickets, const ApiRequest &request)
{
    TicketFilter filter;
    filter.statuses = request.list(QStringLiteral("status"));
    filter.queueId = request.query(QStringLiteral("queue"));
    filter.channel = request.query(QStringLiteral("channel"));
    filter.assignee = request.query(QStringLiteral("assignee"));
    filter.customerId = request.query(QStringLiteral("customer_id"));
    filter.text = request.query(QStringLiteral("q"));
    auto cursor =
        request.position(QStringLiteral("cursor"), QStringLiteral("not a cursor from this API"));
    if (!cursor)
        return errorResponse(cursor.error());
    filter.beforeId = cursor.value();
    auto limit = request.limit(50, 200);
    if (!limit)
        return errorResponse(limit.error());
    filter.limit = limit.value();

    auto page = tickets.list(request.caller, filter);
    if (!page)
        return errorResponse(page.error());
    QJsonArray list;
    for (const protocol::Ticket &ticket : page->tickets)
        list.append(ticket.toJson());
    return HttpResponse::json(QJsonObject{
        {QLatin1StringView("tickets"), list},
        {QLatin1StringView("next_cursor"),
         page->nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page->nextCursor)},
    });
}

HttpResponse createTicket(TicketService &tickets, const ApiRequest &request)
{
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    NewTicket ticket;
    const QString channel =
        body->value(QLatin1StringView("channel")).toString(QStringLiteral("phone"));
    const auto parsedChannel = protocol::channelFromString(channel);
    if (!parsedChannel)
        return errorResponse(protocol::json::invalidField(QStringLiteral("channel"),
                                                          QStringLiteral("unknown channel")));
    ticket.channel = *parsedChannel;
    const QString priority =
        body->value(QLatin1StringView("priority")).toString(QStringLiteral("normal"));
    const auto parsedPriority = protocol::priorityFromString(priority);
    if (!parsedPriority)
        return errorResponse(protocol::json::invalidField(
            QStringLiteral("priority"), QStringLiteral("must be low, normal, high or urgent")));
    ticket.priority = *parsedPriority;
    auto queue = protocol::json::requireString(body.value(), QLatin1StringView("queue"));
    if (!queue)
        return errorResponse(queue.error());
    ticket.queueId = queue.value();
    ticket.subject = body->value(QLatin1StringView("subject")).toString();
    const QJsonValue customer = body->value(QLatin1StringView("customer_id"));
    if (!customer.isUndefined() && !customer.isNull()) {
        ticket.customerId = TicketService::parseId(customer.toString());
        if (ticket.customerId == 0)
            return errorResponse(protocol::json::invalidField(
                QStringLiteral("customer_id"), QStringLiteral("must be a customer id")));
    }
    auto created = tickets.create(request.caller, ticket);
    if (!created)
        return errorResponse(created.error());
    return ticketResponse(created.value(), 201);
}

HttpResponse patchTicket(TicketService &tickets, const ApiRequest &request)
{
    auto ifMatch = request.ifMatchVersion(true, QStringLiteral("ticket"));
    if (!ifMatch)
        return errorResponse(ifMatch.error());
    const qint64 version = ifMatch.value();
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    // An exam's ticket is not resolved (or changed) once its exam closed (issue 19, item 8).
    if (auto admitted = examAdmitsTicket(request, request.param(QStringLiteral("id"))); !admitted)
        return errorResponse(admitted.error());
    auto updated =
        tickets.update(request.caller, request.param(QStringLiteral("id")), version, body.value());
    if (!updated) {
        HttpResponse response = errorResponse(updated.error());
        if (updated.error().code == protocol::errors::VersionMismatch) {
            // Tell the client where the ticket is now, so it can show both sides of the conflict.
            if (auto current = tickets.getFor(request.caller, request.param(QStringLiteral("id"))))
                response.withETag(current->version);
        }
        return response;
    }
    return ticketResponse(updated.value());
}

} // namespace

void registerTicketRoutes(ApiRoutes &routes, TicketService &tickets, TicketRouter &router)
{
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/tickets"), agents,
               [&tickets](const ApiRequest &request) { return listTickets(tickets, request); });
    routes.add(QStringLiteral("POST"), QStringLiteral("/tickets"), agents,
               [&tickets](const ApiRequest &request) { return createTicket(tickets, request); });
    routes.add(QStringLiteral("GET"), protocol::paths::Ticket.toString(), agents,
               [&tickets](const ApiRequest &request) {
                   auto ticket =
                       tickets.getFor(request.caller, request.param(QStringLiteral("id")));
                   if (!ticket)
                       return errorResponse(ticket.error());
                   return ticketResponse(ticket.value());
               });
    routes.add(QStringLiteral("PATCH"), protocol::paths::Ticket.toString(), agents,
               [&tickets](const ApiRequest &request) { return patchTicket(tickets, request); });
    // An operator takes an unassigned ticket (routing decides who may, and who has it already).
    routes.add(QStringLiteral("POST"), protocol::paths::TicketClaim.toString(), {Role::Operator},
               [&router](const ApiRequest &request) {
                   auto claimed = router.claim(request.caller, request.param(QStringLiteral("id")));
                   if (!claimed)
                       return errorResponse(claimed.error());
                   return ticketResponse(claimed.value());
               });
}

} // namespace frontline::server
