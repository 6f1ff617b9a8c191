#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/TicketService.h"
#include "server/metrics/CsatService.h"
#include "server/metrics/KpiReport.h"
#include "server/routing/TicketRouter.h"

#include <QDateTime>

namespace frontline::server {
namespace {

using Role = protocol::Role;

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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
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

void registerFlowRoutes(ApiRoutes &routes, TicketRouter &router, CsatService &csat)
{
    routes.add(QStringLiteral("POST"), QStringLiteral("/tickets/{id}/claim"), {Role::Operator},
               [&router](const ApiRequest &request) {
                   auto claimed = router.claim(request.caller, request.param(QStringLiteral("id")));
                   if (!claimed)
                       return errorResponse(claimed.error());
                   return HttpResponse::json(claimed->toJson()).withETag(claimed->version);
               });
    routes.add(QStringLiteral("POST"), QStringLiteral("/intake/csat"), {Role::Integration},
               [&csat](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   auto recorded = csat.record(*request.caller.store, body.value());
                   if (!recorded)
                       return errorResponse(recorded.error());
                   return HttpResponse::json(recorded->response, recorded->replayed ? 200 : 201);
               });
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("PATCH"), QStringLiteral("/operators/{id}"), staff,
               [&router](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   for (auto it = body->begin(); it != body->end(); ++it) {
                       if (it.key() != u"max_chats")
                           return errorResponse(protocol::json::invalidField(
                               it.key(), QStringLiteral("cannot be changed here")));
                   }
                   const QJsonValue value = body->value(QLatin1StringView("max_chats"));
                   if (!value.isDouble() || value.toDouble() != double(value.toInt()) ||
                       value.toInt() < 0 || value.toInt() > 20)
                       return errorResponse(protocol::json::invalidField(
                           QStringLiteral("max_chats"), QStringLiteral("must be 0-20")));
                   auto changed = router.setCapacity(
                       request.caller, request.param(QStringLiteral("id")), value.toInt());
                   if (!changed)
                       return errorResponse(changed.error());
                   return HttpResponse::json(changed.value());
               });
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/operators"), staff,
               [](const ApiRequest &request) { return kpis(request, true); });
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/queues"), staff,
               [](const ApiRequest &request) { return kpis(request, false); });
}

} // namespace frontline::server
