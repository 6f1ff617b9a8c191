#include "protocol/ApiError.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/CustomerService.h"
#include "server/domain/EscalationService.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse escalationList(const Result<QList<protocol::Escalation>> &list)
{
    if (!list)
        return errorResponse(list.error());
    QJsonArray array;
    for (const protocol::Escalation &escalation : list.value())
        array.append(escalation.toJson());
    return HttpResponse::json(QJsonObject{{QLatin1StringView("escalations"), array}});
}

HttpResponse escalationResponse(const Result<protocol::Escalation> &escalation, int status)
{
    if (!escalation)
        return errorResponse(escalation.error());
    return HttpResponse::json(escalation->toJson(), status).withETag(escalation->version);
}

} // namespace

void registerEscalationRoutes(ApiRoutes &routes, EscalationService &escalations,
                              CustomerService &customers)
{
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/tickets/{id}/escalations"), agents,
               [&escalations](const ApiRequest &request) {
                   return escalationList(
                       escalations.forTicket(request.caller, request.param(QStringLiteral("id"))));
               });
    routes.add(QStringLiteral("POST"), QStringLiteral("/tickets/{id}/escalations"), agents,
               [&escalations](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return escalationResponse(escalations.create(request.caller,
                                                                request.param(QStringLiteral("id")),
                                                                body.value()),
                                             201);
               });
    routes.add(QStringLiteral("GET"), QStringLiteral("/escalations"), agents,
               [&escalations](const ApiRequest &request) {
                   return escalationList(
                       escalations.inbox(request.caller, request.query(QStringLiteral("status"))));
               });
    routes.add(QStringLiteral("PATCH"), QStringLiteral("/escalations/{id}"), agents,
               [&escalations](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   auto version = request.ifMatchVersion(false, QStringLiteral("escalation"));
                   if (!version)
                       return errorResponse(version.error());
                   return escalationResponse(
                       escalations.transition(request.caller, request.param(QStringLiteral("id")),
                                              version.value(), body.value()),
                       200);
               });
    routes.add(QStringLiteral("GET"), QStringLiteral("/escalation-targets"), agents,
               [&escalations](const ApiRequest &request) {
                   auto targets = escalations.targets(*request.caller.store);
                   if (!targets)
                       return errorResponse(targets.error());
                   return HttpResponse::json(targets.value());
               });
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
    routes.add(
        QStringLiteral("GET"), QStringLiteral("/queues"), agents, [](const ApiRequest &request) {
            auto query = request.caller.store->run(
                QStringLiteral("SELECT id, title FROM queues ORDER BY id"));
            if (!query)
                return errorResponse(query.error());
            QJsonArray queues;
            while (query.value()->next()) {
                queues.append(
                    QJsonObject{{QLatin1StringView("id"), query.value()->value(0).toString()},
                                {QLatin1StringView("title"), query.value()->value(1).toString()}});
            }
            query.value()->finish();
            return HttpResponse::json(QJsonObject{{QLatin1StringView("queues"), queues}});
        });
}

} // namespace frontline::server
