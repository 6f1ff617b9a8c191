#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/metrics/BoardCache.h"
#include "server/metrics/KpiScope.h"
#include "server/metrics/KpiTargets.h"
#include "server/storage/Store.h"

namespace frontline::server {
namespace {

HttpResponse targetList(const QList<StoredTarget> &targets)
{
    return HttpResponse::json(
        QJsonObject{{QLatin1StringView("targets"), kpi_targets::toJson(targets)}});
}

// Every target, or one project's (`project_id`); a store's account gets its own project's only.
HttpResponse listTargets(const ApiRequest &request)
{
    auto scope = KpiScope::forCaller(*request.caller.store, request.caller,
                                     request.query(QStringLiteral("project_id")));
    if (!scope)
        return errorResponse(scope.error());
    auto targets = kpi_targets::list(*request.caller.store);
    if (!targets)
        return errorResponse(targets.error());
    if (scope->isProject())
        return targetList(kpi_targets::ofProject(targets.value(), scope->projectId));
    return targetList(targets.value());
}

HttpResponse replaceTargets(const ApiRequest &request, BoardCache &boards, ChangeLog &changes)
{
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    auto targets = kpi_targets::parse(body.value());
    if (!targets)
        return errorResponse(targets.error());
    Store &store = *request.caller.store;
    if (auto replaced = kpi_targets::replace(store, targets.value(), changes, request.now());
        !replaced)
        return errorResponse(replaced.error());
    boards.invalidate(store.workspace());
    return targetList(targets.value());
}

} // namespace

void registerTargetRoutes(ApiRoutes &routes, BoardCache &boards, ChangeLog &changes)
{
    using Role = protocol::Role;
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    // A store's account reads its own contract; only the center sets targets.
    routes.add(QStringLiteral("GET"), QStringLiteral("/targets"),
               {Role::Supervisor, Role::Admin, Role::Client}, listTargets);
    routes.add(QStringLiteral("PUT"), QStringLiteral("/targets"), staff,
               [&boards, &changes](const ApiRequest &request) {
                   return replaceTargets(request, boards, changes);
               });
}

} // namespace frontline::server
