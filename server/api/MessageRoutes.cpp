#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "protocol/KbArticle.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/domain/MessageService.h"
#include "server/domain/TicketService.h"
#include "server/projects/ProjectService.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

// A store's account reads a conversation only on a ticket of its own project's queues (any other
// is not_found, as if it did not exist), and only where the store's contract shares them.
Result<qint64> sharedTicket(const ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("id"));
    const qint64 ticketId = TicketService::parseId(id);
    const Error notFound{QString(protocol::errors::NotFound),
                         QStringLiteral("No ticket %1").arg(id)};
    if (ticketId == 0)
        return notFound;
    Store &store = *request.caller.store;
    auto project = ProjectService::projectOfTicket(store, ticketId);
    if (!project)
        return project.error();
    if (project.value() == 0 || project.value() != request.caller.projectId())
        return notFound;
    auto shared = ProjectService::get(store, project.value());
    if (!shared)
        return shared.error();
    if (!shared->showConversations) {
        return Error{QString(protocol::errors::Forbidden),
                     QStringLiteral("The contract of %1 does not share conversations with the "
                                    "store: its figures are on the board")
                         .arg(shared->name)};
    }
    return ticketId;
}

HttpResponse listMessages(MessageService &messages, const ApiRequest &request)
{
    auto before = request.position(QStringLiteral("before"), QStringLiteral("must be an id"));
    if (!before)
        return errorResponse(before.error());
    auto after = request.position(QStringLiteral("after"), QStringLiteral("must be an id"));
    if (!after)
        return errorResponse(after.error());
    auto limit = request.limit(100, 500);
    if (!limit)
        return errorResponse(limit.error());
    Result<MessagePage> page = Error{};
    if (request.caller.isClient()) {
        auto ticketId = sharedTicket(request);
        if (!ticketId)
            return errorResponse(ticketId.error());
        page = messages.listShared(*request.caller.store, ticketId.value(), before.value(),
                                   after.value(), limit.value());
    } else {
        page = messages.list(request.caller, request.param(QStringLiteral("id")), before.value(),
                             after.value(), limit.value());
    }
    if (!page)
        return errorResponse(page.error());
    QJsonArray list;
    for (const protocol::Message &message : page->messages)
        list.append(message.toJson());
    return HttpResponse::json(QJsonObject{{QLatin1StringView("messages"), list},
                                          {QLatin1StringView("more"), page->more}});
}

// The canned response a reply was made from, by its slug (optional; a scenario's customer
// branches on it). Not looked up: a reply queued offline still goes if the macro went meanwhile.
Result<QString> macroOf(const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1StringView("macro"));
    if (value.isUndefined() || value.isNull())
        return QString();
    const QString text = value.toString();
    if (text.size() > protocol::limits::KbSlug)
        return protocol::limits::tooLong(QStringLiteral("macro"), protocol::limits::KbSlug, false);
    if (!value.isString() || !protocol::isSlugShaped(text)) {
        return protocol::json::invalidField(
            QStringLiteral("macro"),
            QStringLiteral("must be a canned response's slug: at most %1 lowercase letters, "
                           "digits and dashes")
                .arg(protocol::limits::KbSlug));
    }
    return text;
}

HttpResponse postMessage(TicketService &tickets, MessageService &messages,
                         const ApiRequest &request)
{
    auto key = idempotency::requestKey(request, true);
    if (!key)
        return errorResponse(key.error());
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    // Before the body: a field's limit is told even when the rest is missing (FieldLimits.h).
    auto macro = macroOf(body.value());
    if (!macro)
        return errorResponse(macro.error());
    const QJsonValue text = body->value(QLatin1StringView("body"));
    if (!text.isString())
        return errorResponse(protocol::json::invalidField(QStringLiteral("body"),
                                                          QStringLiteral("must be a string")));
    const QJsonValue internal = body->value(QLatin1StringView("internal"));
    if (!internal.isUndefined() && !internal.isBool())
        return errorResponse(protocol::json::invalidField(QStringLiteral("internal"),
                                                          QStringLiteral("must be true or false")));
    const idempotency::CreatedRow row{QLatin1StringView("messages"), QLatin1StringView("author_id"),
                                      [&messages](Store &store, qint64 id) {
                                          auto message = messages.get(store, id);
                                          if (!message)
                                              return errorResponse(message.error());
                                          return HttpResponse::json(message->toJson(), 201);
                                      }};
    return idempotency::post(
        request, key.value(), idempotency::ReplayETag::None, row, [&](Store &store) {
            // An exam's conversation takes nothing once the exam closed (issue 19, item 8).
            if (auto admitted = examAdmitsTicket(request, request.param(QStringLiteral("id")));
                !admitted)
                return errorResponse(admitted.error());
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
            message.macro = macro.value();
            auto stored =
                messages.appendInTransaction(store, TicketService::parseId(ticket->id), message);
            if (!stored)
                return errorResponse(stored.error());
            return HttpResponse::json(stored->toJson(), 201);
        });
}

} // namespace

void registerMessageRoutes(ApiRoutes &routes, TicketService &tickets, MessageService &messages)
{
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    // The one ticket route a store's account may call (sharedTicket above).
    routes.add(QStringLiteral("GET"), protocol::paths::TicketMessages.toString(),
               {Role::Operator, Role::Supervisor, Role::Admin, Role::Client},
               [&messages](const ApiRequest &request) { return listMessages(messages, request); });
    routes.add(QStringLiteral("POST"), protocol::paths::TicketMessages.toString(), agents,
               [&tickets, &messages](const ApiRequest &request) {
                   return postMessage(tickets, messages, request);
               });
}

} // namespace frontline::server
