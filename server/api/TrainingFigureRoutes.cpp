#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "protocol/OperatorFigures.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/training/OperatorFigures.h"
#include "server/training/ProductionOnly.h"

#include <QDateTime>

namespace frontline::server {
namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;
constexpr qint64 Week = 7 * Day;

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

// GET /training/operators/{id}/figures?from=&to=&bucket=week|day: by default the last 12 weeks
// by week (or 14 days by day); at most 366 days by week and 31 by day.
HttpResponse figures(const ApiRequest &request)
{
    using protocol::OperatorFigures;
    // From production only: a sandbox's figures are practice (decision 5c).
    if (auto production =
            productionOnly(request.caller, QStringLiteral("Operators' figures are read"));
        !production)
        return errorResponse(production.error());
    const QString bucket = request.query(QStringLiteral("bucket"));
    if (!bucket.isEmpty() && bucket != u"week" && bucket != u"day")
        return errorResponse(protocol::json::invalidField(QStringLiteral("bucket"),
                                                          QStringLiteral("must be week or day")));
    const bool byDay = bucket == u"day";
    auto to = timeParam(request, QStringLiteral("to"), request.now());
    if (!to)
        return errorResponse(to.error());
    auto from = timeParam(request, QStringLiteral("from"), to.value() - (byDay ? 14 : 84) * Day);
    if (!from)
        return errorResponse(from.error());
    if (from.value() >= to.value())
        return errorResponse(protocol::json::invalidField(QStringLiteral("from"),
                                                          QStringLiteral("must be before to")));
    const int mostDays =
        byDay ? OperatorFigures::MaxDayWindowDays : OperatorFigures::MaxWeekWindowDays;
    if (to.value() - from.value() > mostDays * Day) {
        return errorResponse(protocol::json::invalidField(
            QStringLiteral("from"),
            QStringLiteral("the window may span at most %1 days by %2")
                .arg(mostDays)
                .arg(byDay ? QStringLiteral("day") : QStringLiteral("week"))));
    }
    bool isNumber = false;
    const qint64 operatorId = request.param(QStringLiteral("id")).toLongLong(&isNumber);
    if (!isNumber || operatorId <= 0) {
        return errorResponse(
            Error{QString(protocol::errors::NotFound),
                  QStringLiteral("No operator %1").arg(request.param(QStringLiteral("id")))});
    }
    auto answer = server::OperatorFigures::of(*request.caller.store, operatorId, from.value(),
                                              to.value(), request.now(), byDay ? Day : Week);
    if (!answer)
        return errorResponse(answer.error());
    return HttpResponse::json(answer->toJson());
}

} // namespace

void registerTrainingFigureRoutes(ApiRoutes &routes)
{
    using Role = protocol::Role;
    // The trainer decides on a course from them; supervisors read them as their board's.
    routes.add(QStringLiteral("GET"), protocol::paths::TrainingOperatorFigures.toString(),
               {Role::Supervisor, Role::Trainer, Role::Admin}, figures);
}

} // namespace frontline::server
