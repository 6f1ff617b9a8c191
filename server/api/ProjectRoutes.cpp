#include "protocol/ApiPaths.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/projects/ProjectService.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse projectResponse(const Result<protocol::Project> &project, int status)
{
    if (!project)
        return errorResponse(project.error());
    return HttpResponse::json(project->toJson(), status);
}

} // namespace

void registerProjectRoutes(ApiRoutes &routes, ProjectService &projects)
{
    // Operators see which store a queue serves; a client sees its own project only (the
    // service's rule); trainers and channel adapters have no business with stores.
    routes.add(QStringLiteral("GET"), protocol::paths::Projects.toString(),
               {Role::Operator, Role::Supervisor, Role::Admin, Role::Client},
               [&projects](const ApiRequest &request) {
                   auto list = projects.list(request.caller);
                   if (!list)
                       return errorResponse(list.error());
                   QJsonArray array;
                   for (const protocol::Project &project : list.value())
                       array.append(project.toJson());
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("projects"), array}});
               });
    // Which stores exist and which queues serve them is the center's set-up: admins only.
    const ApiRoutes::Roles admins{Role::Admin};
    routes.add(QStringLiteral("POST"), protocol::paths::Projects.toString(), admins,
               [&projects](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return projectResponse(projects.create(*request.caller.store, body.value()),
                                          201);
               });
    routes.add(QStringLiteral("PATCH"), protocol::paths::Project.toString(), admins,
               [&projects](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return projectResponse(projects.update(*request.caller.store,
                                                          request.param(QStringLiteral("id")),
                                                          body.value()),
                                          200);
               });
}

} // namespace frontline::server
