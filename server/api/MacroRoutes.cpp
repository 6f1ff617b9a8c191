#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/kb/KbService.h"

#include <QJsonArray>

namespace frontline::server {

void registerMacroRoutes(ApiRoutes &routes, KbService &kb)
{
    using Role = protocol::Role;
    const ApiRoutes::Roles readers{Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/macros"), readers,
               [&kb](const ApiRequest &request) {
                   auto macros =
                       kb.macros(*request.caller.store, request.query(QStringLiteral("locale")));
                   if (!macros)
                       return errorResponse(macros.error());
                   QJsonArray list;
                   for (const protocol::Macro &macro : macros.value())
                       list.append(macro.toJson());
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("macros"), list}});
               });
}

} // namespace frontline::server
