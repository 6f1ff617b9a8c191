#include "protocol/ApiPaths.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/monitoring/LiveMonitoring.h"
#include "server/realtime/RealtimeHub.h"

namespace frontline::server {
namespace {

using Role = protocol::Role;

const QLatin1StringView Type("type");
const QLatin1StringView TicketId("ticket_id");
const QLatin1StringView SupervisorId("supervisor_id");
const QLatin1StringView SupervisorName("supervisor_name");

// What the operator is told about a supervisor's action on her ticket: `monitored`, `barged`,
// `taken_over`.
QJsonObject operatorEvent(const QString &type, const QString &ticketId, const Caller &supervisor)
{
    return QJsonObject{{Type, type},
                       {TicketId, ticketId},
                       {SupervisorId, QString::number(supervisor.operatorId)},
                       {SupervisorName, supervisor.profile.displayName}};
}

void tell(RealtimeHub &hub, const Caller &caller, qint64 operatorId, const QJsonObject &event)
{
    if (operatorId != 0 && operatorId != caller.operatorId)
        hub.notifyOperator(caller.workspace, operatorId, event);
}

Result<QJsonObject> bodyOf(const ApiRequest &request)
{
    if (request.http.raw.body().isEmpty())
        return QJsonObject(); // hand-back's body is optional
    return request.jsonBody();
}

// POST /tickets/{id}/whisper and /barge. With an Idempotency-Key (the desktop's outbox always
// sends one) a retry gets the first answer again, never a second message nor a second audit row.
HttpResponse postSupervisorMessage(LiveMonitoring &monitoring, RealtimeHub &hub,
                                   const ApiRequest &request, bool barge)
{
    auto key = idempotency::requestKey(request, false);
    if (!key)
        return errorResponse(key.error());
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    const QString ticketId = request.param(QStringLiteral("id"));
    qint64 notify = 0; // set only when this request wrote the message, never on a replay
    const auto answer = [&](const Result<LiveMonitoring::Written> &written) {
        if (!written)
            return errorResponse(written.error());
        notify = written->notify;
        return HttpResponse::json(written->message.toJson(), 201);
    };
    const idempotency::CreatedRow row{QLatin1StringView("messages"), QLatin1StringView("author_id"),
                                      [&monitoring](Store &store, qint64 id) {
                                          auto message = monitoring.written(store, id);
                                          if (!message)
                                              return errorResponse(message.error());
                                          return HttpResponse::json(message->toJson(), 201);
                                      }};
    const HttpResponse response =
        !key->isEmpty()
            ? idempotency::post(
                  request, key.value(), idempotency::ReplayETag::None, row,
                  [&](Store &) {
                      return answer(barge ? monitoring.bargeInTransaction(request.caller, ticketId,
                                                                          body.value())
                                          : monitoring.whisperInTransaction(
                                                request.caller, ticketId, body.value()));
                  })
            : answer(barge ? monitoring.barge(request.caller, ticketId, body.value())
                           : monitoring.whisper(request.caller, ticketId, body.value()));
    // The operator hears of a barge once it has committed.
    if (barge && response.status == 201 && notify != 0)
        tell(hub, request.caller, notify,
             operatorEvent(QStringLiteral("barged"), ticketId, request.caller));
    return response;
}

// Watching: never exclusive, told to the operator unless the center hides it.
void registerWatching(ApiRoutes &routes, LiveMonitoring &monitoring, RealtimeHub &hub,
                      bool monitoringVisible)
{
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    const QString ticket = QStringLiteral("id");
    const auto monitored = [&hub, monitoringVisible](const ApiRequest &request,
                                                     const LiveMonitoring::Session &session,
                                                     bool active) {
        // Some countries require the operator be told; others let the center choose.
        if (!monitoringVisible)
            return;
        QJsonObject event =
            operatorEvent(QStringLiteral("monitored"), session.ticketId, request.caller);
        event.insert(QLatin1StringView("active"), active);
        tell(hub, request.caller, session.notify, event);
    };

    routes.add(QStringLiteral("POST"), protocol::paths::TicketMonitor.toString(), staff,
               [&monitoring, monitored, ticket](const ApiRequest &request) {
                   auto session = monitoring.start(request.caller, request.param(ticket));
                   if (!session)
                       return errorResponse(session.error());
                   if (session->started)
                       monitored(request, session.value(), true);
                   return HttpResponse::json(session->toJson(), session->started ? 201 : 200);
               });
    routes.add(QStringLiteral("DELETE"), protocol::paths::TicketMonitor.toString(), staff,
               [&monitoring, monitored, ticket](const ApiRequest &request) {
                   auto session = monitoring.stop(request.caller, request.param(ticket));
                   if (!session)
                       return errorResponse(session.error());
                   monitored(request, session.value(), false);
                   return HttpResponse::text({}, "application/json", 204);
               });
}

// Writing into the conversation and moving the ticket: one supervisor at a time.
void registerIntervening(ApiRoutes &routes, LiveMonitoring &monitoring, RealtimeHub &hub)
{
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    const QString ticket = QStringLiteral("id");
    // A whisper reaches the operator through the change feed, as internal notes do.
    routes.add(QStringLiteral("POST"), protocol::paths::TicketWhisper.toString(), staff,
               [&monitoring, &hub](const ApiRequest &request) {
                   return postSupervisorMessage(monitoring, hub, request, false);
               });
    routes.add(QStringLiteral("POST"), protocol::paths::TicketBarge.toString(), staff,
               [&monitoring, &hub](const ApiRequest &request) {
                   return postSupervisorMessage(monitoring, hub, request, true);
               });
    routes.add(
        QStringLiteral("POST"), protocol::paths::TicketTakeOver.toString(), staff,
        [&monitoring, &hub, ticket](const ApiRequest &request) {
            auto moved = monitoring.takeOver(request.caller, request.param(ticket));
            if (!moved)
                return errorResponse(moved.error());
            tell(hub, request.caller, moved->notify,
                 operatorEvent(QStringLiteral("taken_over"), moved->ticket.id, request.caller));
            return HttpResponse::json(moved->ticket.toJson()).withETag(moved->ticket.version);
        });
    // The operator it goes back to learns of it from the change feed, as of any assignment.
    routes.add(
        QStringLiteral("POST"), protocol::paths::TicketHandBack.toString(), staff,
        [&monitoring, ticket](const ApiRequest &request) {
            auto body = bodyOf(request);
            if (!body)
                return errorResponse(body.error());
            auto moved = monitoring.handBack(request.caller, request.param(ticket), body.value());
            if (!moved)
                return errorResponse(moved.error());
            return HttpResponse::json(moved->ticket.toJson()).withETag(moved->ticket.version);
        });
}

} // namespace

void registerMonitoringRoutes(ApiRoutes &routes, LiveMonitoring &monitoring, RealtimeHub &hub,
                              bool monitoringVisible)
{
    registerWatching(routes, monitoring, hub, monitoringVisible);
    registerIntervening(routes, monitoring, hub);
}

} // namespace frontline::server
