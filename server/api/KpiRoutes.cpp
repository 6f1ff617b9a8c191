#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/metrics/BoardCache.h"
#include "server/metrics/KpiReport.h"
#include "server/metrics/KpiScope.h"
#include "server/metrics/QueueKpis.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPromise>
#include <QTimer>

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

// Whose figures: `project_id`, or a client's own project (docs/api/roles.md).
Result<KpiScope> scopeOf(const ApiRequest &request)
{
    return KpiScope::forCaller(*request.caller.store, request.caller,
                               request.query(QStringLiteral("project_id")));
}

HttpResponse kpis(const ApiRequest &request, bool operators)
{
    const qint64 now = request.now();
    auto span = window(request, now);
    if (!span)
        return errorResponse(span.error());
    auto scope = scopeOf(request);
    if (!scope)
        return errorResponse(scope.error());
    Store &store = *request.caller.store;
    QJsonArray rows;
    if (operators) {
        auto report = KpiReport(store, span->first, span->second, now, scope.value()).operators();
        if (!report)
            return errorResponse(report.error());
        for (const protocol::BoardOperatorRow &row : std::as_const(report->rows))
            rows.append(KpiReport::operatorJson(row));
    } else {
        auto report = QueueKpis(store, span->first, span->second, now, scope.value()).queues();
        if (!report)
            return errorResponse(report.error());
        for (const protocol::BoardQueueRow &row : std::as_const(report->rows))
            rows.append(QueueKpis::queueJson(row));
    }
    return HttpResponse::json(QJsonObject{
        {operators ? QLatin1StringView("operators") : QLatin1StringView("queues"), rows},
        {QLatin1StringView("from"),
         protocol::json::timeOrNull(QDateTime::fromMSecsSinceEpoch(span->first, Qt::UTC))},
        {QLatin1StringView("to"),
         protocol::json::timeOrNull(QDateTime::fromMSecsSinceEpoch(span->second, Qt::UTC))},
    });
}

// The board of `window` from the cache; when the cache asks to wait (the feed moved since a board
// younger than its maximum age), the answer comes from a later step, computed then in the
// workspace found again by its name: a sandbox may be deleted meanwhile.
HttpResponse boardAnswer(Workspaces &workspaces, const QString &workspace, const KpiScope &scope,
                         const BoardCache::Window &window, const Clock &clock, BoardCache &cache,
                         std::optional<quint64> waitedFrom)
{
    Store *store = workspaces.find(workspace);
    if (!store) {
        return errorResponse(Error{QString(protocol::errors::NotFound),
                                   QStringLiteral("The workspace %1 is gone").arg(workspace)});
    }
    auto answer = cache.board(*store, scope, window, clock(), waitedFrom);
    if (!answer)
        return errorResponse(answer.error());
    if (answer->waitMs > 0) {
        auto promise = std::make_shared<QPromise<HttpResponse::Step>>();
        promise->start();
        HttpResponse pending;
        pending.later = promise->future();
        // Ended with the cache (shutdown): the promise then cancels, and the request gets 503.
        // Precise: a coarse timer may fire early, before the board may be computed again.
        QTimer::singleShot(answer->waitMs, Qt::PreciseTimer, cache.timers(),
                           [promise, &workspaces, workspace, scope, window, clock, &cache,
                            from = answer->waitedFrom] {
                               promise->addResult(HttpResponse::Step(
                                   [&workspaces, workspace, scope, window, clock, &cache, from] {
                                       return boardAnswer(workspaces, workspace, scope, window,
                                                          clock, cache, from);
                                   }));
                               promise->finish();
                           });
        return pending;
    }
    return HttpResponse::text(answer->json, "application/json")
        .withHeader("Server-Timing",
                    QByteArray("board;dur=") + QByteArray::number(answer->computeMs, 'f', 3) +
                        (answer->cached ? ";desc=\"cached\"" : ";desc=\"computed\""));
}

// The live board: `to` absent is open (now). The Server-Timing header tells what computing it
// took, for the benchmark.
HttpResponse board(const ApiRequest &request, BoardCache &cache, Workspaces &workspaces)
{
    const qint64 now = request.now();
    BoardCache::Window window;
    for (auto [name, bound] : {std::pair{QStringLiteral("from"), &window.from},
                               std::pair{QStringLiteral("to"), &window.to}}) {
        if (request.query(name).isEmpty())
            continue;
        auto time = timeParam(request, name, 0);
        if (!time)
            return errorResponse(time.error());
        *bound = time.value();
    }
    if (window.from >= window.to.value_or(now)) {
        return errorResponse(protocol::json::invalidField(
            QStringLiteral("from"), window.to ? QStringLiteral("must be before to")
                                              : QStringLiteral("must be in the past")));
    }
    auto scope = scopeOf(request);
    if (!scope)
        return errorResponse(scope.error());
    return boardAnswer(workspaces, request.caller.store->workspace(), scope.value(), window,
                       request.clock, cache, std::nullopt);
}

} // namespace

void registerKpiRoutes(ApiRoutes &routes, BoardCache &boards, Workspaces &workspaces)
{
    using Role = protocol::Role;
    // A store's account reads its own project's figures (scopeOf holds it there).
    const ApiRoutes::Roles readers{Role::Supervisor, Role::Admin, Role::Client};
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/operators"), readers,
               [](const ApiRequest &request) { return kpis(request, true); });
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/queues"), readers,
               [](const ApiRequest &request) { return kpis(request, false); });
    routes.add(QStringLiteral("GET"), QStringLiteral("/metrics/board"), readers,
               [&boards, &workspaces](const ApiRequest &request) {
                   return board(request, boards, workspaces);
               });
}

} // namespace frontline::server
