#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/api/StoreScope.h"
#include "server/kb/KbService.h"

#include <QJsonArray>

namespace frontline::server {

void registerMacroRoutes(ApiRoutes &routes, KbService &kb)
{
    using Role = protocol::Role;
    const ApiRoutes::Roles readers{Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/macros"), readers,
               [&kb](const ApiRequest &request) {
                   // With project_id, a store's responses and the shared ones, as GET /kb/articles.
                   auto project = searchedStore(request);
                   if (!project)
                       return errorResponse(project.error());
                   auto macros =
                       kb.macros(*request.caller.store, request.query(QStringLiteral("locale")),
                                 project.value());
                   if (!macros)
                       return errorResponse(macros.error());
                   QJsonArray list;
                   for (const protocol::Macro &macro : macros.value())
                       list.append(macro.toJson());
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("macros"), list}});
               });
}

} // namespace frontline::server
