#include "protocol/Json.h"
#include "protocol/Reports.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/metrics/KpiScope.h"
#include "server/metrics/KpiSeriesReport.h"
#include "server/metrics/TicketFiguresReport.h"
#include "server/storage/Store.h"

#include <QDateTime>

namespace frontline::server {
namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;

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

// What every report route reads: the window [from, to) (by default the last 24 hours, as the
// KPI routes), the project (`project_id`, or a client's own) and the queue, which must exist and
// be the project's (a mistyped one would read as a quiet queue).
struct ReportScope
{
    qint64 from = 0;
    qint64 to = 0;
    QString queueId;
    KpiScope figures;
};

Result<ReportScope> scopeOf(const ApiRequest &request)
{
    ReportScope scope;
    auto to = timeParam(request, QStringLiteral("to"), request.now());
    if (!to)
        return to.error();
    auto from = timeParam(request, QStringLiteral("from"), to.value() - Day);
    if (!from)
        return from.error();
    if (from.value() >= to.value())
        return protocol::json::invalidField(QStringLiteral("from"),
                                            QStringLiteral("must be before to"));
    scope.from = from.value();
    scope.to = to.value();
    auto figures = KpiScope::forCaller(*request.caller.store, request.caller,
                                       request.query(QStringLiteral("project_id")));
    if (!figures)
        return figures.error();
    scope.figures = figures.value();
    scope.queueId = request.query(QStringLiteral("queue_id"));
    // Another store's queue is as unknown to a project's report as a mistyped one.
    if (!scope.queueId.isEmpty() && !scope.figures.covers(scope.queueId))
        return protocol::json::invalidField(QStringLiteral("queue_id"),
                                            QStringLiteral("no such queue in the project"));
    if (!scope.queueId.isEmpty()) {
        auto known = request.caller.store->scalar(
            QStringLiteral("SELECT 1 FROM queues WHERE id = ?"), {scope.queueId});
        if (!known)
            return known.error();
        if (known->isNull())
            return protocol::json::invalidField(QStringLiteral("queue_id"),
                                                QStringLiteral("no such queue"));
    }
    return scope;
}

QJsonValue time(qint64 ms)
{
    return protocol::json::timeOrNull(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

HttpResponse series(const ApiRequest &request)
{
    auto scope = scopeOf(request);
    if (!scope)
        return errorResponse(scope.error());
    const QString bucket = request.query(QStringLiteral("bucket"));
    if (!bucket.isEmpty() && bucket != u"hour" && bucket != u"day")
        return errorResponse(protocol::json::invalidField(QStringLiteral("bucket"),
                                                          QStringLiteral("must be hour or day")));
    const qint64 bucketMs = bucket == u"day" ? Day : Hour;
    // Counted on the window asked for, not on its past part: the answer's size never grows
    // with the clock.
    const qint64 buckets = (scope->to - scope->from + bucketMs - 1) / bucketMs;
    if (buckets > protocol::KpiSeries::MaxBuckets)
        return errorResponse(protocol::json::invalidField(
            QStringLiteral("bucket"),
            QStringLiteral("the window holds %1 buckets, at most %2: choose a longer bucket or a "
                           "shorter window")
                .arg(buckets)
                .arg(protocol::KpiSeries::MaxBuckets)));
    KpiSeriesReport report(*request.caller.store, scope->from, scope->to, request.now(), bucketMs,
                           scope->queueId, scope->figures);
    auto points = report.points();
    if (!points)
        return errorResponse(points.error());
    protocol::KpiSeries answer;
    answer.from = QDateTime::fromMSecsSinceEpoch(scope->from, Qt::UTC);
    answer.to = QDateTime::fromMSecsSinceEpoch(scope->to, Qt::UTC);
    answer.bucket = bucketMs == Day ? QStringLiteral("day") : QStringLiteral("hour");
    answer.queueId = scope->queueId;
    answer.points = points.value();
    return HttpResponse::json(answer.toJson());
}

HttpResponse tickets(const ApiRequest &request)
{
    auto scope = scopeOf(request);
    if (!scope)
        return errorResponse(scope.error());
    auto after =
        request.position(QStringLiteral("after"), QStringLiteral("must be a ticket id"), 0);
    if (!after)
        return errorResponse(after.error());
    auto limit = request.limit(200, protocol::TicketFiguresPage::MaxLimit);
    if (!limit)
        return errorResponse(limit.error());
    TicketFiguresReport report(*request.caller.store, scope->from, scope->to, request.now(),
                               scope->queueId, scope->figures);
    auto page = report.page(after.value(), limit.value());
    if (!page)
        return errorResponse(page.error());
    QJsonObject answer = page->toJson();
    answer.insert(QLatin1StringView("from"), time(scope->from));
    answer.insert(QLatin1StringView("to"), time(scope->to));
    return HttpResponse::json(answer);
}

} // namespace

void registerReportRoutes(ApiRoutes &routes)
{
    using Role = protocol::Role;
    // A store's account reads its own project's reports (scopeOf holds it there).
    const ApiRoutes::Roles readers{Role::Supervisor, Role::Admin, Role::Client};
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/series"), readers, series);
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/tickets"), readers, tickets);
}

} // namespace frontline::server
