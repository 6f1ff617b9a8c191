#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/routing/TicketRouter.h"

namespace frontline::server {

void registerOperatorRoutes(ApiRoutes &routes, TicketRouter &router)
{
    using Role = protocol::Role;
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("PATCH"), QStringLiteral("/operators/{id}"), staff,
               [&router](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   for (auto it = body->begin(); it != body->end(); ++it) {
                       if (it.key() != u"max_chats")
                           return errorResponse(protocol::json::invalidField(
                               it.key(), QStringLiteral("cannot be changed here")));
                   }
                   const QJsonValue value = body->value(QLatin1StringView("max_chats"));
                   if (!value.isDouble() || value.toDouble() != double(value.toInt()) ||
                       value.toInt() < 0 || value.toInt() > 20)
                       return errorResponse(protocol::json::invalidField(
                           QStringLiteral("max_chats"), QStringLiteral("must be 0-20")));
                   auto changed = router.setCapacity(
                       request.caller, request.param(QStringLiteral("id")), value.toInt());
                   if (!changed)
                       return errorResponse(changed.error());
                   return HttpResponse::json(changed.value());
               });
}

} // namespace frontline::server
