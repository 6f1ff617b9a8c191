#include "protocol/ApiPaths.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/feed/ChangeLog.h"

#include <QJsonObject>

namespace frontline::server {

void registerChangeRoutes(ApiRoutes &routes, qint64 maxPageBytes)
{
    using Role = protocol::Role;
    routes.add(QStringLiteral("GET"), protocol::paths::Changes.toString(),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Client},
               [maxPageBytes](const ApiRequest &request) {
                   auto since = request.position(QStringLiteral("since"),
                                                 QStringLiteral("must be a sequence number"), 0);
                   if (!since)
                       return errorResponse(since.error());
                   auto limit = request.limit(500, 5000);
                   if (!limit)
                       return errorResponse(limit.error());
                   auto page = ChangeLog::read(*request.caller.store, request.caller, since.value(),
                                               limit.value(), maxPageBytes);
                   if (!page)
                       return errorResponse(page.error());
                   return HttpResponse::text(page->toJson(), "application/json");
               });
}

} // namespace frontline::server
