#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/metrics/KpiReport.h"

#include <QDateTime>

namespace frontline::server {
namespace {

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

// The window of a KPI request: `from` and `to` (RFC 3339), by default the last 24 hours.
Result<QPair<qint64, qint64>> window(const ApiRequest &request, qint64 now)
{
    auto to = timeParam(request, QStringLiteral("to"), now);
    if (!to)
        return to.error();
    auto from = timeParam(request, QStringLiteral("from"), to.value() - Day);
    if (!from)
        return from.error();
    if (from.value() >= to.value())
        return protocol::json::invalidField(QStringLiteral("from"),
                                            QStringLiteral("must be before to"));
    return qMakePair(from.value(), to.value());
}

HttpResponse kpis(const ApiRequest &request, bool operators)
{
    const qint64 now = request.now();
    auto span = window(request, now);
    if (!span)
        return errorResponse(span.error());
    KpiReport report(*request.caller.store, span->first, span->second, now);
    auto rows = operators ? report.operators() : report.queues();
    if (!rows)
        return errorResponse(rows.error());
    return HttpResponse::json(QJsonObject{
        {operators ? QLatin1StringView("operators") : QLatin1StringView("queues"), rows.value()},
        {QLatin1StringView("from"),
         protocol::json::timeOrNull(QDateTime::fromMSecsSinceEpoch(span->first, Qt::UTC))},
        {QLatin1StringView("to"),
         protocol::json::timeOrNull(QDateTime::fromMSecsSinceEpoch(span->second, Qt::UTC))},
    });
}

} // namespace

void registerKpiRoutes(ApiRoutes &routes)
{
    using Role = protocol::Role;
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/operators"), staff,
               [](const ApiRequest &request) { return kpis(request, true); });
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/queues"), staff,
               [](const ApiRequest &request) { return kpis(request, false); });
}

} // namespace frontline::server
