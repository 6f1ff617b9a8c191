#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/storage/Workspaces.h"

#include <QHttpServerRequest>

namespace frontline::server {

namespace {

HttpResponse rateLimited(const Error &error, qint64 retryAfterMs)
{
    return errorResponse(error).withHeader("Retry-After",
                                           QByteArray::number((retryAfterMs + 999) / 1000));
}

HttpResponse sessionResponse(const Result<Session> &session, qint64 graceSeconds)
{
    if (!session)
        return errorResponse(session.error());
    return HttpResponse::json(QJsonObject{
        {QLatin1StringView("token"), session->token},
        {QLatin1StringView("expires_at"),
         protocol::json::formatTime(QDateTime::fromMSecsSinceEpoch(session->expiresAtMs, Qt::UTC))},
        {QLatin1StringView("operator"), session->profile.toJson()},
        {QLatin1StringView("chat_grace_seconds"), graceSeconds},
    });
}

// POST /auth/login: the throttle and the account on this thread, the password check on a worker
// (HttpResponse::later), the outcome and the token back on this thread.
HttpResponse login(AuthService &auth, const HttpRequest &request, qint64 graceSeconds)
{
    if (!request.raw.value("Content-Type").toLower().startsWith("application/json")) {
        return errorResponse(Error{QString(protocol::errors::UnsupportedMediaType),
                                   QStringLiteral("Send the body as application/json")});
    }
    auto body = protocol::json::parseObject(request.raw.body());
    if (!body)
        return errorResponse(body.error());
    auto username = protocol::json::requireString(body.value(), QLatin1StringView("username"));
    if (!username)
        return errorResponse(username.error());
    auto password = protocol::json::requireString(body.value(), QLatin1StringView("password"));
    if (!password)
        return errorResponse(password.error());
    const QString workspace =
        body->value(QLatin1StringView("workspace")).toString(Workspaces::Production);
    qint64 retryAfterMs = 0;
    auto attempt = auth.beginLogin(workspace, username.value(),
                                   request.raw.clientAddress().toString(), &retryAfterMs);
    if (!attempt && attempt.error().code == protocol::errors::RateLimited)
        return rateLimited(attempt.error(), retryAfterMs);
    if (!attempt)
        return errorResponse(attempt.error());
    std::optional<QFuture<bool>> checked = auth.checkPassword(attempt.value(), password.value());
    if (!checked) {
        return rateLimited(Error{QString(protocol::errors::RateLimited),
                                 QStringLiteral("Too many sign-ins are being checked; try again "
                                                "in a second")},
                           1000);
    }
    HttpResponse pending;
    pending.later = checked->then([&auth, attempt = attempt.value(), graceSeconds](bool matches) {
        return HttpResponse::Step([&auth, attempt, matches, graceSeconds] {
            HttpResponse response =
                sessionResponse(auth.finishLogin(attempt, matches), graceSeconds);
            response.delayMs = attempt.delayMs;
            return response;
        });
    });
    return pending;
}

} // namespace

void registerAuthRoutes(ApiRoutes &routes, AuthService &auth, qint64 chatGraceMs)
{
    const auto graceSeconds = qint64((chatGraceMs + 999) / 1000);
    using Role = protocol::Role;
    routes.addPublic(QStringLiteral("POST"), protocol::paths::Login.toString(),
                     [&auth, graceSeconds](const HttpRequest &request) {
                         return login(auth, request, graceSeconds);
                     });

    routes.add(QStringLiteral("POST"), protocol::paths::Logout.toString(),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Integration,
                Role::Client},
               [&auth](const ApiRequest &request) {
                   if (auto done = auth.logout(request.caller); !done)
                       return errorResponse(done.error());
                   return HttpResponse::text({}, "application/json", 204);
               });

    routes.add(QStringLiteral("GET"), protocol::paths::Me.toString(),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Integration,
                Role::Client},
               [graceSeconds](const ApiRequest &request) {
                   QJsonObject me = request.caller.profile.toJson();
                   me.insert(QLatin1StringView("workspace"), request.caller.workspace);
                   me.insert(QLatin1StringView("chat_grace_seconds"), graceSeconds);
                   return HttpResponse::json(me);
               });
}

} // namespace frontline::server
