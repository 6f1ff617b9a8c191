#include "protocol/ApiPaths.h"
#include "server/alerts/AlertRuleService.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse ruleResponse(const Result<protocol::AlertRule> &rule, int status)
{
    if (!rule)
        return errorResponse(rule.error());
    return HttpResponse::json(rule->toJson(), status);
}

} // namespace

void registerAlertRuleRoutes(ApiRoutes &routes, AlertRuleService &rules)
{
    // A supervisor's own rules: nobody else reads or changes them, admins included.
    const ApiRoutes::Roles staff{Role::Supervisor, Role::Admin};
    routes.add(
        QStringLiteral("GET"), protocol::paths::AlertRules.toString(), staff,
        [&rules](const ApiRequest &request) {
            auto list = rules.list(request.caller);
            if (!list)
                return errorResponse(list.error());
            QJsonArray array;
            for (const protocol::AlertRule &rule : list.value())
                array.append(rule.toJson());
            return HttpResponse::json(QJsonObject{{QLatin1StringView("alert_rules"), array}});
        });
    routes.add(QStringLiteral("POST"), protocol::paths::AlertRules.toString(), staff,
               [&rules](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return ruleResponse(rules.create(request.caller, body.value()), 201);
               });
    routes.add(QStringLiteral("PUT"), protocol::paths::AlertRule.toString(), staff,
               [&rules](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return ruleResponse(rules.replace(request.caller,
                                                     request.param(QStringLiteral("id")),
                                                     body.value()),
                                       200);
               });
    routes.add(QStringLiteral("DELETE"), protocol::paths::AlertRule.toString(), staff,
               [&rules](const ApiRequest &request) {
                   auto removed = rules.remove(request.caller, request.param(QStringLiteral("id")));
                   if (!removed)
                       return errorResponse(removed.error());
                   return HttpResponse::text({}, "application/json", 204);
               });
}

} // namespace frontline::server
