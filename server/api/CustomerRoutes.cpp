#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/CustomerService.h"

#include <QJsonArray>

namespace frontline::server {

void registerCustomerRoutes(ApiRoutes &routes, CustomerService &customers)
{
    using Role = protocol::Role;
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/customers/{id}"), agents,
               [&customers](const ApiRequest &request) {
                   auto card = customers.card(request.caller, request.param(QStringLiteral("id")));
                   if (!card)
                       return errorResponse(card.error());
                   QJsonArray orders, tickets;
                   for (const protocol::Order &order : card->orders)
                       orders.append(order.toJson());
                   for (const protocol::Ticket &ticket : card->previousTickets)
                       tickets.append(ticket.toJson());
                   return HttpResponse::json(
                       QJsonObject{{QLatin1StringView("customer"), card->customer.toJson()},
                                   {QLatin1StringView("orders"), orders},
                                   {QLatin1StringView("tickets"), tickets}});
               });
}

} // namespace frontline::server
