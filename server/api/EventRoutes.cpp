#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"

namespace frontline::server {

// Only plain GETs reach this handler: HttpServer hands a request carrying `Upgrade: websocket` to
// the realtime hub before routing, and the hub checks the token and role itself.
void registerEventRoutes(ApiRoutes &routes)
{
    using Role = protocol::Role;
    routes.add(QStringLiteral("GET"), QStringLiteral("/events"),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Client},
               [](const ApiRequest &) {
                   return HttpResponse::error(426, QLatin1StringView("upgrade_required"),
                                              QStringLiteral("Connect with a WebSocket upgrade"))
                       .withHeader("Upgrade", "websocket")
                       .withHeader("Connection", "Upgrade");
               });
}

} // namespace frontline::server
