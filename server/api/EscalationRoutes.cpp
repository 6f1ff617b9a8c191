#include "protocol/ApiError.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/domain/CustomerService.h"
#include "server/domain/EscalationService.h"
#include "server/storage/Store.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
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

// POST /tickets/{id}/escalations. With an Idempotency-Key (optional here, unlike messages) the
// key is looked up and the first answer recorded in the escalation's own transaction, exactly as
// for messages: a retry gets that answer again, the key with another request is refused.
HttpResponse postEscalation(EscalationService &escalations, const ApiRequest &request)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (!key.isEmpty()) {
        if (auto valid = idempotency::checkKey(key); !valid)
            return errorResponse(valid.error());
    }
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    const QString ticketId = request.param(QStringLiteral("id"));
    if (key.isEmpty())
        return escalationResponse(escalations.create(request.caller, ticketId, body.value()), 201);

    Store &store = *request.caller.store;
    const QString hash =
        idempotency::requestHash(request.http.method, request.http.path, request.http.raw.body());
    Transaction transaction(store);
    if (!transaction.started())
        return errorResponse(transaction.started().error());
    auto previous =
        idempotency::lookup(store, request.caller.operatorId, QString::fromLatin1(key), hash);
    if (!previous)
        return errorResponse(previous.error());
    if (previous.value()) {
        HttpResponse replay = HttpResponse::text(previous.value()->body, "application/json",
                                                 previous.value()->status);
        // The first answer carried the new escalation's version as its ETag; so does this one.
        const QJsonValue version =
            QJsonDocument::fromJson(previous.value()->body).object().value(u"version");
        if (version.isDouble())
            replay.withETag(version.toInteger());
        return replay.withHeader("Idempotent-Replayed", "true");
    }
    auto created = escalations.createInTransaction(request.caller, ticketId, body.value());
    if (!created)
        return errorResponse(created.error());
    HttpResponse response = escalationResponse(created, 201);
    if (auto remembered = idempotency::remember(
            store, request.caller.operatorId, QString::fromLatin1(key), hash,
            {response.status, response.body}, QDateTime::currentMSecsSinceEpoch());
        !remembered)
        return errorResponse(remembered.error());
    if (auto committed = transaction.commit(); !committed)
        return errorResponse(committed.error());
    return response;
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
    routes.add(
        QStringLiteral("POST"), QStringLiteral("/tickets/{id}/escalations"), agents,
        [&escalations](const ApiRequest &request) { return postEscalation(escalations, request); });
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
