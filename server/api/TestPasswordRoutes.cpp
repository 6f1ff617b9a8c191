#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/auth/PasswordChecker.h"

namespace frontline::server {

void registerTestPasswordRoutes(ApiRoutes &routes, PasswordChecker &passwords)
{
    using Role = protocol::Role;
    // {"hold": true|false}: answers {"waiting": N}, the checks queued or running.
    routes.add(QStringLiteral("POST"), QStringLiteral("/test/password-checks"),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Integration},
               [&passwords](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   const QJsonValue hold = body->value(QLatin1StringView("hold"));
                   if (!hold.isBool())
                       return errorResponse(protocol::json::invalidField(
                           QStringLiteral("hold"), QStringLiteral("must be true or false")));
                   passwords.setHeld(hold.toBool());
                   return HttpResponse::json(
                       QJsonObject{{QLatin1StringView("waiting"), passwords.waiting()}});
               });
}

} // namespace frontline::server
