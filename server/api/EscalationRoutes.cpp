#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/domain/EscalationService.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse escalationList(const Result<QList<protocol::Escalation>> &list)
{
    if (!list)
        return errorResponse(list.error());
    QJsonArray array;
    for (const protocol::Escalation &escalation : list.value())
        array.append(escalation.toJson());
    return HttpResponse::json(QJsonObject{{QLatin1StringView("escalations"), array}});
}

HttpResponse escalationResponse(const Result<protocol::Escalation> &escalation, int status)
{
    if (!escalation)
        return errorResponse(escalation.error());
    return HttpResponse::json(escalation->toJson(), status).withETag(escalation->version);
}

// POST /tickets/{id}/escalations. The Idempotency-Key is optional here, unlike for messages; with
// one, a retry gets the first answer again (with the new escalation's version as its ETag).
HttpResponse postEscalation(EscalationService &escalations, const ApiRequest &request)
{
    auto key = idempotency::requestKey(request, false);
    if (!key)
        return errorResponse(key.error());
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    const QString ticketId = request.param(QStringLiteral("id"));
    if (auto admitted = examAdmitsTicket(request, ticketId); !admitted)
        return errorResponse(admitted.error()); // an exam's ticket after its close
    if (key->isEmpty())
        return escalationResponse(escalations.create(request.caller, ticketId, body.value()), 201);
    const idempotency::CreatedRow row{
        QLatin1StringView("escalations"), QLatin1StringView("from_operator_id"),
        [&escalations](Store &store, qint64 id) {
            return escalationResponse(escalations.load(store, id), 201);
        }};
    return idempotency::post(
        request, key.value(), idempotency::ReplayETag::Version, row, [&](Store &) {
            return escalationResponse(
                escalations.createInTransaction(request.caller, ticketId, body.value()), 201);
        });
}

} // namespace

void registerEscalationRoutes(ApiRoutes &routes, EscalationService &escalations)
{
    const ApiRoutes::Roles agents{Role::Operator, Role::Supervisor, Role::Admin};
    routes.add(QStringLiteral("GET"), protocol::paths::TicketEscalations.toString(), agents,
               [&escalations](const ApiRequest &request) {
                   return escalationList(
                       escalations.forTicket(request.caller, request.param(QStringLiteral("id"))));
               });
    routes.add(
        QStringLiteral("POST"), protocol::paths::TicketEscalations.toString(), agents,
        [&escalations](const ApiRequest &request) { return postEscalation(escalations, request); });
    routes.add(QStringLiteral("GET"), QStringLiteral("/escalations"), agents,
               [&escalations](const ApiRequest &request) {
                   return escalationList(
                       escalations.inbox(request.caller, request.query(QStringLiteral("status"))));
               });
    routes.add(QStringLiteral("PATCH"), protocol::paths::Escalation.toString(), agents,
               [&escalations](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   auto version = request.ifMatchVersion(false, QStringLiteral("escalation"));
                   if (!version)
                       return errorResponse(version.error());
                   return escalationResponse(
                       escalations.transition(request.caller, request.param(QStringLiteral("id")),
                                              version.value(), body.value()),
                       200);
               });
    routes.add(QStringLiteral("GET"), QStringLiteral("/escalation-targets"), agents,
               [&escalations](const ApiRequest &request) {
                   auto targets = escalations.targets(request.caller);
                   if (!targets)
                       return errorResponse(targets.error());
                   return HttpResponse::json(targets.value());
               });
}

} // namespace frontline::server
