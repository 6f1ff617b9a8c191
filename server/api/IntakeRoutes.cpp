#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/IntakeService.h"

#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"

namespace frontline::server {

void registerIntakeRoutes(ApiRoutes &routes, IntakeService &intake,
                          const CustomerTyping &customerTyping)
{
    // The customer is typing in a conversation already open (issue 18): its operator and the
    // supervisors watching it are told; nothing is stored.
    routes.add(QStringLiteral("POST"), protocol::paths::IntakeTyping.toString(),
               {protocol::Role::Integration}, [&intake, customerTyping](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   Store &store = *request.caller.store;
                   auto ticket = intake.conversationOf(store, body.value());
                   if (!ticket)
                       return errorResponse(ticket.error());
                   auto told = customerTyping(store, ticket.value());
                   if (!told)
                       return errorResponse(told.error());
                   if (!told.value()) {
                       return errorResponse(
                           Error{QString(protocol::errors::RateLimited),
                                 QStringLiteral("Typing in this conversation is reported at most "
                                                "a few times a second")});
                   }
                   return HttpResponse::text({}, "application/json", 204);
               });
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
