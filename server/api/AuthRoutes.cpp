#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/storage/Workspaces.h"

#include <QHttpServerRequest>

namespace frontline::server {

void registerAuthRoutes(ApiRoutes &routes, AuthService &auth, qint64 chatGraceMs)
{
    const auto graceSeconds = qint64((chatGraceMs + 999) / 1000);
    using Role = protocol::Role;
    routes.addPublic(
        QStringLiteral("POST"), protocol::paths::Login.toString(),
        [&auth, graceSeconds](const HttpRequest &request) {
            if (!request.raw.value("Content-Type").toLower().startsWith("application/json")) {
                return errorResponse(Error{QString(protocol::errors::UnsupportedMediaType),
                                           QStringLiteral("Send the body as application/json")});
            }
            auto body = protocol::json::parseObject(request.raw.body());
            if (!body)
                return errorResponse(body.error());
            auto username =
                protocol::json::requireString(body.value(), QLatin1StringView("username"));
            if (!username)
                return errorResponse(username.error());
            auto password =
                protocol::json::requireString(body.value(), QLatin1StringView("password"));
            if (!password)
                return errorResponse(password.error());
            QString workspace =
                body->value(QLatin1StringView("workspace")).toString(Workspaces::Production);
            AuthService::Pacing pacing;
            auto session = auth.login(workspace, username.value(), password.value(),
                                      request.raw.remoteAddress().toString(), &pacing);
            HttpResponse response =
                session ? HttpResponse::json(QJsonObject{
                              {QLatin1StringView("token"), session->token},
                              {QLatin1StringView("expires_at"),
                               protocol::json::formatTime(
                                   QDateTime::fromMSecsSinceEpoch(session->expiresAtMs, Qt::UTC))},
                              {QLatin1StringView("operator"), session->profile.toJson()},
                              {QLatin1StringView("chat_grace_seconds"), graceSeconds},
                          })
                        : errorResponse(session.error());
            if (!session && session.error().code == protocol::errors::RateLimited)
                response.withHeader("Retry-After",
                                    QByteArray::number((pacing.retryAfterMs + 999) / 1000));
            response.delayMs = pacing.delayMs;
            return response;
        });

    routes.add(QStringLiteral("POST"), protocol::paths::Logout.toString(),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Integration},
               [&auth](const ApiRequest &request) {
                   if (auto done = auth.logout(request.caller); !done)
                       return errorResponse(done.error());
                   return HttpResponse::text({}, "application/json", 204);
               });

    routes.add(QStringLiteral("GET"), protocol::paths::Me.toString(),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Integration},
               [graceSeconds](const ApiRequest &request) {
                   QJsonObject me = request.caller.profile.toJson();
                   me.insert(QLatin1StringView("workspace"), request.caller.workspace);
                   me.insert(QLatin1StringView("chat_grace_seconds"), graceSeconds);
                   return HttpResponse::json(me);
               });
}

} // namespace frontline::server
