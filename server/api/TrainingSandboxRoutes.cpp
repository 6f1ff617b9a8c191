#include "protocol/ApiPaths.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/training/SandboxService.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse sandboxResponse(const Result<protocol::Sandbox> &sandbox, int status = 200)
{
    if (!sandbox)
        return errorResponse(sandbox.error());
    return HttpResponse::json(sandbox->toJson(), status);
}

QString nameOf(const ApiRequest &request)
{
    return request.param(QStringLiteral("name"));
}

} // namespace

void registerTrainingSandboxRoutes(ApiRoutes &routes, SandboxService &sandboxes)
{
    // Trainers manage their own sandboxes, admins every one (roles.md, "Sandboxes").
    const ApiRoutes::Roles trainers{Role::Trainer, Role::Admin};
    routes.add(QStringLiteral("GET"), protocol::paths::TrainingSandboxes.toString(), trainers,
               [&sandboxes](const ApiRequest &request) {
                   auto list = sandboxes.list(request.caller);
                   if (!list)
                       return errorResponse(list.error());
                   QJsonArray array;
                   for (const protocol::Sandbox &sandbox : list.value())
                       array.append(sandbox.toJson());
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("sandboxes"), array}});
               });
    routes.add(QStringLiteral("POST"), protocol::paths::TrainingSandboxes.toString(), trainers,
               [&sandboxes](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return sandboxResponse(sandboxes.create(request.caller, body.value()), 201);
               });
    routes.add(QStringLiteral("GET"), protocol::paths::TrainingSandbox.toString(), trainers,
               [&sandboxes](const ApiRequest &request) {
                   return sandboxResponse(sandboxes.get(request.caller, nameOf(request)));
               });
    routes.add(QStringLiteral("DELETE"), protocol::paths::TrainingSandbox.toString(), trainers,
               [&sandboxes](const ApiRequest &request) {
                   auto removed = sandboxes.remove(request.caller, nameOf(request));
                   if (!removed)
                       return errorResponse(removed.error());
                   return HttpResponse::text({}, "application/json", 204);
               });
    routes.add(QStringLiteral("POST"), protocol::paths::TrainingSandboxReset.toString(), trainers,
               [&sandboxes](const ApiRequest &request) {
                   return sandboxResponse(sandboxes.reset(request.caller, nameOf(request)));
               });
    routes.add(QStringLiteral("PUT"), protocol::paths::TrainingSandboxTrainee.toString(), trainers,
               [&sandboxes](const ApiRequest &request) {
                   return sandboxResponse(
                       sandboxes.addTrainee(request.caller, nameOf(request),
                                            request.param(QStringLiteral("operator_id"))));
               });
    routes.add(QStringLiteral("DELETE"), protocol::paths::TrainingSandboxTrainee.toString(),
               trainers, [&sandboxes](const ApiRequest &request) {
                   return sandboxResponse(
                       sandboxes.removeTrainee(request.caller, nameOf(request),
                                               request.param(QStringLiteral("operator_id"))));
               });
    // Everyone may ask where she may sign in; the desktop offers the choice at sign-in.
    routes.add(QStringLiteral("GET"), protocol::paths::MyWorkspaces.toString(),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Integration,
                Role::Client},
               [&sandboxes](const ApiRequest &request) {
                   auto choices = sandboxes.workspacesOf(request.caller);
                   if (!choices)
                       return errorResponse(choices.error());
                   QJsonArray array;
                   for (const protocol::WorkspaceChoice &choice : choices.value())
                       array.append(choice.toJson());
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("workspaces"), array}});
               });
}

} // namespace frontline::server
