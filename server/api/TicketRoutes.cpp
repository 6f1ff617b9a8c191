#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/domain/MessageService.h"
#include "server/domain/TicketService.h"
#include "server/storage/Store.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse ticketResponse(const protocol::Ticket &ticket, int status = 200)
{
    return HttpResponse::json(ticket.toJson(), status).withETag(ticket.version);
}

Result<qint64> optionalId(const ApiRequest &request, const QString &name)
{
    const QString text = request.query(name);
    if (text.isEmpty())
        return qint64(0);
    const qint64 id = TicketService::parseId(text);
    if (id == 0)
        return protocol::json::invalidField(name, QStringLiteral("must be an id"));
    return id;
}

Result<int> limitParam(const ApiRequest &request, int fallback)
{
    const QString text = request.query(QStringLiteral("limit"));
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok)
        return protocol::json::invalidField(QStringLiteral("limit"),
                                            QStringLiteral("must be a number"));
    return limit;
}

HttpResponse listTickets(TicketService &tickets, const ApiRequest &request)
{
    TicketFilter filter;
    const QString status = request.query(QStringLiteral("status"));
    if (!status.isEmpty())
        filter.statuses = status.split(u',', Qt::SkipEmptyParts);
    filter.queueId = request.query(QStringLiteral("queue"));
    filter.channel = request.query(QStringLiteral("channel"));
    filter.assignee = request.query(QStringLiteral("assignee"));
    filter.customerId = request.query(QStringLiteral("customer_id"));
    filter.text = request.query(QStringLiteral("q"));
    const QString cursor = request.query(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        filter.beforeId = TicketService::parseId(cursor);
        if (filter.beforeId == 0)
            return errorResponse(protocol::json::invalidField(
                QStringLiteral("cursor"), QStringLiteral("not a cursor from this API")));
    }
    auto limit = limitParam(request, 50);
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

HttpResponse listMessages(MessageService &messages, const ApiRequest &request)
{
    auto before = optionalId(request, QStringLiteral("before"));
    if (!before)
        return errorResponse(before.error());
    auto after = optionalId(request, QStringLiteral("after"));
    if (!after)
        return errorResponse(after.error());
    auto limit = limitParam(request, 100);
    if (!limit)
        return errorResponse(limit.error());
    auto page = messages.list(request.caller, request.param(QStringLiteral("id")), before.value(),
                              after.value(), limit.value());
    if (!page)
        return errorResponse(page.error());
    QJsonArray list;
    for (const protocol::Message &message : page->messages)
        list.append(message.toJson());
    return HttpResponse::json(QJsonObject{{QLatin1StringView("messages"), list},
                                          {QLatin1StringView("more"), page->more}});
}

HttpResponse postMessage(TicketService &tickets, MessageService &messages,
                         const ApiRequest &request)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (key.isEmpty()) {
        return errorResponse(
            Error{QString(protocol::errors::PreconditionRequired),
                  QStringLiteral("Send an Idempotency-Key so a retry cannot post twice")});
    }
    if (auto valid = idempotency::checkKey(key); !valid)
        return errorResponse(valid.error());
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    const QJsonValue text = body->value(QLatin1StringView("body"));
    if (!text.isString())
        return errorResponse(protocol::json::invalidField(QStringLiteral("body"),
                                                          QStringLiteral("must be a string")));
    const QJsonValue internal = body->value(QLatin1StringView("internal"));
    if (!internal.isUndefined() && !internal.isBool())
        return errorResponse(protocol::json::invalidField(QStringLiteral("internal"),
                                                          QStringLiteral("must be true or false")));

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
        return replay.withHeader("Idempotent-Replayed", "true");
    }
    auto ticket = tickets.getFor(request.caller, request.param(QStringLiteral("id")));
    if (!ticket)
        return errorResponse(ticket.error());
    if (ticket->status == protocol::TicketStatus::Closed) {
        return errorResponse(Error{QString(protocol::errors::Conflict),
                                   QStringLiteral("Ticket %1 is closed").arg(ticket->id)});
    }
    NewMessage message;
    message.authorKind = protocol::AuthorKind::Operator;
    message.authorId = request.caller.operatorId;
    message.authorName = request.caller.profile.displayName;
    message.internal = internal.toBool();
    message.body = text.toString();
    auto stored = messages.appendInTransaction(store, TicketService::parseId(ticket->id), message);
    if (!stored)
        return errorResponse(stored.error());
    const HttpResponse response = HttpResponse::json(stored->toJson(), 201);
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

void registerTicketRoutes(ApiRoutes &routes, TicketService &tickets, MessageService &messages)
{
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/tickets"), agents,
               [&tickets](const ApiRequest &request) { return listTickets(tickets, request); });
    routes.add(QStringLiteral("POST"), QStringLiteral("/tickets"), agents,
               [&tickets](const ApiRequest &request) { return createTicket(tickets, request); });
    routes.add(QStringLiteral("GET"), QStringLiteral("/tickets/{id}"), agents,
               [&tickets](const ApiRequest &request) {
                   auto ticket =
                       tickets.getFor(request.caller, request.param(QStringLiteral("id")));
                   if (!ticket)
                       return errorResponse(ticket.error());
                   return ticketResponse(ticket.value());
               });
    routes.add(QStringLiteral("PATCH"), QStringLiteral("/tickets/{id}"), agents,
               [&tickets](const ApiRequest &request) { return patchTicket(tickets, request); });
    routes.add(QStringLiteral("GET"), QStringLiteral("/tickets/{id}/messages"), agents,
               [&messages](const ApiRequest &request) { return listMessages(messages, request); });
    routes.add(QStringLiteral("POST"), QStringLiteral("/tickets/{id}/messages"), agents,
               [&tickets, &messages](const ApiRequest &request) {
                   return postMessage(tickets, messages, request);
               });
}

} // namespace frontline::server
