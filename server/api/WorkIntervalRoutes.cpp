#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/domain/TicketService.h"
#include "server/metrics/WorkIntervals.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace frontline::server {
namespace {

using Role = protocol::Role;

QJsonArray toJson(const QList<work_intervals::Interval> &intervals)
{
    QJsonArray list;
    for (const work_intervals::Interval &interval : intervals) {
        list.append(QJsonObject{
            {QLatin1StringView("started_at"),
             protocol::json::formatTime(
                 QDateTime::fromMSecsSinceEpoch(interval.startedAt, Qt::UTC))},
            {QLatin1StringView("ended_at"),
             protocol::json::formatTime(QDateTime::fromMSecsSinceEpoch(interval.endedAt, Qt::UTC))},
        });
    }
    return list;
}

// Checks and stores the stretches, in one transaction with the Idempotency-Key's record: a retry
// gets the first answer; the stretches themselves are kept once whatever the key.
HttpResponse recordIntervals(TicketService &tickets, const ApiRequest &request)
{
    auto key = idempotency::requestKey(request, true);
    if (!key)
        return errorResponse(key.error());
    Store &store = *request.caller.store;
    const QString hash =
        idempotency::requestHash(request.http.method, request.http.path, request.http.raw.body());
    Transaction transaction(store);
    if (!transaction.started())
        return errorResponse(transaction.started().error());
    auto previous = idempotency::lookup(store, request.caller.operatorId,
                                        QString::fromLatin1(key.value()), hash);
    if (!previous)
        return errorResponse(previous.error());
    if (previous.value()) {
        return HttpResponse::text(previous.value()->body, "application/json",
                                  previous.value()->status)
            .withHeader("Idempotent-Replayed", "true");
    }
    auto ticket = tickets.getFor(request.caller, request.param(QStringLiteral("id")));
    if (!ticket)
        return errorResponse(ticket.error());
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"intervals")
            return errorResponse(protocol::json::invalidField(
                it.key(), QStringLiteral("is not a field of this request")));
    }
    if (!body->value(u"intervals").isArray())
        return errorResponse(protocol::json::invalidField(QStringLiteral("intervals"),
                                                          QStringLiteral("must be a list")));
    auto intervals = work_intervals::parse(body->value(u"intervals").toArray(), request.now());
    if (!intervals)
        return errorResponse(intervals.error());
    auto added = work_intervals::record(store, TicketService::parseId(ticket->id),
                                        request.caller.operatorId, intervals.value());
    if (!added)
        return errorResponse(added.error());
    const QJsonObject answer{{QLatin1StringView("ticket_id"), ticket->id},
                             {QLatin1StringView("intervals"), toJson(intervals.value())},
                             {QLatin1StringView("recorded"), added.value()}};
    HttpResponse response = HttpResponse::json(answer, 201);
    if (auto remembered = idempotency::remember(store, request.caller.operatorId,
                                                QString::fromLatin1(key.value()), hash,
                                                {response.status, response.body}, request.now());
        !remembered)
        return errorResponse(remembered.error());
    if (auto committed = transaction.commit(); !committed)
        return errorResponse(committed.error());
    return response;
}

} // namespace

void registerWorkIntervalRoutes(ApiRoutes &routes, TicketService &tickets)
{
    routes.add(QStringLiteral("POST"), protocol::paths::TicketWorkIntervals.toString(),
               {Role::Operator, Role::Supervisor, Role::Admin},
               [&tickets](const ApiRequest &request) { return recordIntervals(tickets, request); });
}

} // namespace frontline::server
