#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/PresenceService.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse listPresence(PresenceService &presence, const ApiRequest &request)
{
    auto list = presence.list(request.caller);
    if (!list)
        return errorResponse(list.error());
    QJsonArray operators;
    for (const protocol::Presence &entry : list.value())
        operators.append(entry.toJson());
    return HttpResponse::json(QJsonObject{{QLatin1StringView("operators"), operators}});
}

HttpResponse setPresence(PresenceService &presence, const ApiRequest &request)
{
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"status" && it.key() != u"reason")
            return errorResponse(
                protocol::json::invalidField(it.key(), QStringLiteral("is not a presence field")));
    }
    const QJsonValue statusValue = body->value(QLatin1StringView("status"));
    const auto status = statusValue.isString()
                            ? protocol::presenceStatusFromString(statusValue.toString())
                            : std::nullopt;
    if (!status)
        return errorResponse(protocol::json::invalidField(
            QStringLiteral("status"), QStringLiteral("must be online, break or offline")));
    const QJsonValue reason = body->value(QLatin1StringView("reason"));
    if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
        return errorResponse(protocol::json::invalidField(QStringLiteral("reason"),
                                                          QStringLiteral("must be a string")));

    auto updated = presence.set(request.caller, *status, reason.toString().trimmed());
    if (!updated)
        return errorResponse(updated.error());
    return HttpResponse::json(updated->toJson());
}

} // namespace

void registerPresenceRoutes(ApiRoutes &routes, PresenceService &presence)
{
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), protocol::paths::Presence.toString(), agents,
               [&presence](const ApiRequest &request) { return listPresence(presence, request); });
    routes.add(QStringLiteral("PUT"), protocol::paths::Presence.toString(), agents,
               [&presence](const ApiRequest &request) { return setPresence(presence, request); });
}

} // namespace frontline::server
