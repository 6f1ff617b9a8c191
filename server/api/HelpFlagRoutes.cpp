#include "protocol/ApiPaths.h"
#include "server/alerts/HelpFlagService.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse flagResponse(const Result<protocol::HelpFlag> &flag, int status)
{
    if (!flag)
        return errorResponse(flag.error());
    return HttpResponse::json(flag->toJson(), status);
}

// POST /tickets/{id}/help-flags. With an Idempotency-Key (the desktop's outbox always sends one),
// a retry gets the first answer again instead of a 409 for its own flag.
HttpResponse postHelpFlag(HelpFlagService &flags, const ApiRequest &request)
{
    auto key = idempotency::requestKey(request, false);
    if (!key)
        return errorResponse(key.error());
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    const QString ticketId = request.param(QStringLiteral("id"));
    if (key->isEmpty())
        return flagResponse(flags.raise(request.caller, ticketId, body.value()), 201);
    const idempotency::CreatedRow row{
        QLatin1StringView("help_flags"), QLatin1StringView("raised_by"),
        [&flags](Store &store, qint64 id) { return flagResponse(flags.load(store, id), 201); }};
    return idempotency::post(
        request, key.value(), idempotency::ReplayETag::None, row, [&](Store &) {
            return flagResponse(flags.raiseInTransaction(request.caller, ticketId, body.value()),
                                201);
        });
}

} // namespace

void registerHelpFlagRoutes(ApiRoutes &routes, HelpFlagService &flags)
{
    // Operators raise and withdraw their own flags; supervisors and admins see and lower them all.
    routes.add(QStringLiteral("POST"), protocol::paths::TicketHelpFlags.toString(),
               {Role::Operator},
               [&flags](const ApiRequest &request) { return postHelpFlag(flags, request); });
    routes.add(QStringLiteral("GET"), protocol::paths::HelpFlags.toString(),
               {Role::Operator, Role::Supervisor, Role::Admin},
               [&flags](const ApiRequest &request) {
                   auto list = flags.list(request.caller, request.query(QStringLiteral("status")));
                   if (!list)
                       return errorResponse(list.error());
                   QJsonArray array;
                   for (const protocol::HelpFlag &flag : list.value())
                       array.append(flag.toJson());
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("help_flags"), array}});
               });
    routes.add(
        QStringLiteral("PATCH"), protocol::paths::HelpFlag.toString(),
        {Role::Operator, Role::Supervisor, Role::Admin}, [&flags](const ApiRequest &request) {
            auto body = request.jsonBody();
            if (!body)
                return errorResponse(body.error());
            return flagResponse(
                flags.lower(request.caller, request.param(QStringLiteral("id")), body.value()),
                200);
        });
}

} // namespace frontline::server
