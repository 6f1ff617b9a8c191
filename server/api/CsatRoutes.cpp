#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/metrics/CsatService.h"

namespace frontline::server {

void registerCsatRoutes(ApiRoutes &routes, CsatService &csat)
{
    using Role = protocol::Role;
    routes.add(QStringLiteral("POST"), QStringLiteral("/intake/csat"), {Role::Integration},
               [&csat](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   auto recorded = csat.record(*request.caller.store, body.value());
                   if (!recorded)
                       return errorResponse(recorded.error());
                   return HttpResponse::json(recorded->response, recorded->replayed ? 200 : 201);
               });
}

} // namespace frontline::server
