#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/metrics/BoardCache.h"
#include "server/metrics/KpiTargets.h"
#include "server/storage/Store.h"

namespace frontline::server {
namespace {

HttpResponse targetList(const QList<StoredTarget> &targets)
{
    return HttpResponse::json(
        QJsonObject{{QLatin1StringView("targets"), kpi_targets::toJson(targets)}});
}

HttpResponse listTargets(const ApiRequest &request)
{
    auto targets = kpi_targets::list(*request.caller.store);
    if (!targets)
        return errorResponse(targets.error());
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
    routes.add(QStringLiteral("GET"), QStringLiteral("/targets"), staff, listTargets);
    routes.add(QStringLiteral("PUT"), QStringLiteral("/targets"), staff,
               [&boards, &changes](const ApiRequest &request) {
                   return replaceTargets(request, boards, changes);
               });
}

} // namespace frontline::server
