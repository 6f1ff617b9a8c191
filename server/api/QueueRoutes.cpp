#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace frontline::server {

void registerQueueRoutes(ApiRoutes &routes)
{
    using Role = protocol::Role;
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/queues"), agents,
               [](const ApiRequest &request) {
                   auto query = request.caller.store->run(
                       QStringLiteral("SELECT id, title, project_id FROM queues ORDER BY id"));
                   if (!query)
                       return errorResponse(query.error());
                   QJsonArray queues;
                   while (query.value()->next()) {
                       // The store the queue serves (null: the center's own), for the desktop's KB
                       // scope.
                       const QVariant project = query.value()->value(2);
                       queues.append(QJsonObject{
                           {QLatin1StringView("id"), query.value()->value(0).toString()},
                           {QLatin1StringView("title"), query.value()->value(1).toString()},
                           {QLatin1StringView("project_id"),
                            project.isNull() ? QJsonValue() : QJsonValue(project.toString())}});
                   }
                   query.value()->finish();
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("queues"), queues}});
               });
}

} // namespace frontline::server
