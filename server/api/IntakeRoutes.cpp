#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/IntakeService.h"

namespace frontline::server {

void registerIntakeRoutes(ApiRoutes &routes, IntakeService &intake)
{
    routes.add(QStringLiteral("POST"), QStringLiteral("/intake/messages"),
               {protocol::Role::Integration}, [&intake](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   auto received = intake.receive(*request.caller.store, request.caller.operatorId,
                                                  body.value());
                   if (!received)
                       return errorResponse(received.error());
                   return HttpResponse::json(
                       QJsonObject{{QLatin1StringView("ticket_id"), received->ticketId},
                                   {QLatin1StringView("message_id"), received->messageId}},
                       received->replayed ? 200 : 201);
               });
}

} // namespace frontline::server
