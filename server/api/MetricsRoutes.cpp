#include "protocol/ApiPaths.h"
#include "protocol/Version.h"
#include "server/api/Routes.h"
#include "server/auth/PasswordChecker.h"
#include "server/http/HttpMetrics.h"
#include "server/http/HttpRouter.h"
#include "server/realtime/RealtimeHub.h"

namespace frontline::server {

// Public on the back office itself, like /healthz; the nginx front limits it to monitoring hosts.
void registerMetricsRoute(HttpRouter &router, const HttpMetrics &metrics, const RealtimeHub &hub,
                          const PasswordChecker &passwords)
{
    router.add(QStringLiteral("GET"), protocol::paths::Metrics.toString(),
               [&metrics, &hub, &passwords](const HttpRequest &) {
                   QByteArray body = metrics.exposition();
                   body += "# HELP frontline_websocket_connections Open /api/v1/events "
                           "connections.\n"
                           "# TYPE frontline_websocket_connections gauge\n"
                           "frontline_websocket_connections " +
                           QByteArray::number(hub.connectionCount()) + '\n';
                   // Every sign-in runs exactly one check, known account or not.
                   body += "# HELP frontline_password_checks_total Sign-in password checks run.\n"
                           "# TYPE frontline_password_checks_total counter\n"
                           "frontline_password_checks_total " +
                           QByteArray::number(passwords.checksRun()) + '\n';
                   body += "# HELP frontline_password_checks_waiting Sign-in password checks "
                           "queued or running.\n"
                           "# TYPE frontline_password_checks_waiting gauge\n"
                           "frontline_password_checks_waiting " +
                           QByteArray::number(passwords.waiting()) + '\n';
                   body += "# HELP frontline_build_info The running build.\n"
                           "# TYPE frontline_build_info gauge\n"
                           "frontline_build_info{version=\"" +
                           HttpMetrics::escapeLabel(protocol::version()) + "\"} 1\n";
                   return HttpResponse::text(body, "text/plain; version=0.0.4; charset=utf-8");
               });
}

} // namespace frontline::server
