#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/clock/AdjustableClock.h"

#include <QDateTime>

namespace frontline::server {

void registerTestClockRoutes(ApiRoutes &routes, AdjustableClock &clock)
{
    using Role = protocol::Role;
    // {"advance_ms": N}: the back office's time moves N ms ahead at once; {"freeze": true} stops
    // it (until {"freeze": false}); answers {"now": time}.
    routes.add(
        QStringLiteral("POST"), QStringLiteral("/test/clock"),
        {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Integration},
        [&clock](const ApiRequest &request) {
            auto body = request.jsonBody();
            if (!body)
                return errorResponse(body.error());
            const QJsonValue freeze = body->value(QLatin1StringView("freeze"));
            if (!freeze.isUndefined() && !freeze.isBool())
                return errorResponse(protocol::json::invalidField(
                    QStringLiteral("freeze"), QStringLiteral("must be true or false")));
            QJsonValue advance = body->value(QLatin1StringView("advance_ms"));
            if (freeze.isBool() && advance.isUndefined())
                advance = 0;
            if (!advance.isDouble() || advance.toDouble() != double(advance.toInteger()) ||
                advance.toInteger() < 0)
                return errorResponse(protocol::json::invalidField(
                    QStringLiteral("advance_ms"), QStringLiteral("must be a whole number >= 0")));
            if (freeze.isBool())
                clock.freeze(freeze.toBool());
            clock.advance(advance.toInteger());
            return HttpResponse::json(
                QJsonObject{{QLatin1StringView("now"),
                             protocol::json::timeOrNull(
                                 QDateTime::fromMSecsSinceEpoch(clock.now(), Qt::UTC))}});
        });
}

} // namespace frontline::server
