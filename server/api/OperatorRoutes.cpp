#include "protocol/ApiPaths.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/routing/TicketRouter.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

Result<int> maxChatsOf(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0 ||
        value.toInt() > 20)
        return protocol::json::invalidField(QStringLiteral("max_chats"),
                                            QStringLiteral("must be 0-20"));
    return value.toInt();
}

// Queue ids without duplicates, in the order given; whether each exists is the router's check.
Result<QStringList> queuesOf(const QJsonValue &value)
{
    if (!value.isArray())
        return protocol::json::invalidField(QStringLiteral("queues"),
                                            QStringLiteral("must be a list of queue ids"));
    QStringList queues;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return protocol::json::invalidField(QStringLiteral("queues"),
                                                QStringLiteral("must be a list of queue ids"));
        if (!queues.contains(item.toString()))
            queues.append(item.toString());
    }
    return queues;
}

Result<TicketRouter::OperatorChange> changeOf(const QJsonObject &body)
{
    TicketRouter::OperatorChange change;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"max_chats" && it.key() != u"queues")
            return protocol::json::invalidField(it.key(), QStringLiteral("cannot be changed here"));
    }
    if (body.isEmpty())
        return protocol::json::invalidField(QStringLiteral("body"),
                                            QStringLiteral("names no field to change"));
    if (body.contains(u"max_chats")) {
        auto maxChats = maxChatsOf(body.value(u"max_chats"));
        if (!maxChats)
            return maxChats.error();
        change.maxChats = maxChats.value();
    }
    if (body.contains(u"queues")) {
        auto queues = queuesOf(body.value(u"queues"));
        if (!queues)
            return queues.error();
        change.queues = queues.value();
    }
    return change;
}

} // namespace

void registerOperatorRoutes(ApiRoutes &routes, TicketRouter &router, AuthService &auth)
{
    using Role = protocol::Role;
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("PATCH"), protocol::paths::Operator.toString(), staff,
               [&router, &auth](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   auto change = changeOf(body.value());
                   if (!change)
                       return errorResponse(change.error());
                   auto changed = router.changeOperator(
                       request.caller, request.param(QStringLiteral("id")), change.value());
                   if (!changed)
                       return errorResponse(changed.error());
                   auth.forgetOperator(
                       changed->value(QLatin1StringView("id")).toString().toLongLong());
                   return HttpResponse::json(changed.value());
               });
}

} // namespace frontline::server
