#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/feed/ChangeLog.h"

#include <QJsonObject>

namespace frontline::server {

void registerChangeRoutes(ApiRoutes &routes)
{
    using Role = protocol::Role;
    routes.add(QStringLiteral("GET"), QStringLiteral("/changes"),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin},
               [](const ApiRequest &request) {
                   bool sinceOk = true;
                   const QString sinceText = request.query(QStringLiteral("since"));
                   const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&sinceOk);
                   if (!sinceOk || since < 0) {
                       return errorResponse(
                           Error{QStringLiteral("invalid_field"),
                                 QStringLiteral("since: must be a sequence number"),
                                 QStringLiteral("since")});
                   }
                   bool limitOk = true;
                   const QString limitText = request.query(QStringLiteral("limit"));
                   const int limit = limitText.isEmpty() ? 500 : limitText.toInt(&limitOk);
                   if (!limitOk || limit < 1 || limit > 5000) {
                       return errorResponse(Error{QStringLiteral("invalid_field"),
                                                  QStringLiteral("limit: must be 1-5000"),
                                                  QStringLiteral("limit")});
                   }
                   auto page = ChangeLog::read(*request.caller.store, request.caller, since, limit);
                   if (!page)
                       return errorResponse(page.error());
                   return HttpResponse::text(page->toJson(), "application/json");
               });
}

} // namespace frontline::server
