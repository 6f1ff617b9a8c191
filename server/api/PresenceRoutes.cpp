#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/PresenceService.h"

#include <QDateTime>
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

constexpr qint64 Day = 24LL * 3600 * 1000;

Result<qint64> timeParam(const ApiRequest &request, const QString &name, qint64 fallback)
{
    const QString text = request.query(name);
    if (text.isEmpty())
        return fallback;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return protocol::json::invalidField(name, QStringLiteral("must be an RFC 3339 time"));
    return time.toMSecsSinceEpoch();
}

// A supervisor's look at one operator's day: `from` and `to` (RFC 3339), by default the last
// 24 hours, at most 31 days apart.
HttpResponse presenceIntervals(PresenceService &presence, const ApiRequest &request)
{
    auto to = timeParam(request, QStringLiteral("to"), request.now());
    if (!to)
        return errorResponse(to.error());
    auto from = timeParam(request, QStringLiteral("from"), to.value() - Day);
    if (!from)
        return errorResponse(from.error());
    if (from.value() >= to.value())
        return errorResponse(protocol::json::invalidField(QStringLiteral("from"),
                                                          QStringLiteral("must be before to")));
    if (to.value() - from.value() > protocol::PresenceTimeline::MaxWindowDays * Day)
        return errorResponse(protocol::json::invalidField(
            QStringLiteral("to"), QStringLiteral("at most %1 days after from")
                                      .arg(protocol::PresenceTimeline::MaxWindowDays)));
    auto timeline = presence.timeline(*request.caller.store, request.param(QStringLiteral("id")),
                                      from.value(), to.value());
    if (!timeline)
        return errorResponse(timeline.error());
    return HttpResponse::json(timeline->toJson());
}

} // namespace

void registerPresenceRoutes(ApiRoutes &routes, PresenceService &presence)
{
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), protocol::paths::Presence.toString(), agents,
               [&presence](const ApiRequest &request) { return listPresence(presence, request); });
    routes.add(QStringLiteral("PUT"), protocol::paths::Presence.toString(), agents,
               [&presence](const ApiRequest &request) { return setPresence(presence, request); });
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    routes.add(
        QStringLiteral("GET"), protocol::paths::OperatorPresenceIntervals.toString(), staff,
        [&presence](const ApiRequest &request) { return presenceIntervals(presence, request); });
}

} // namespace frontline::server
