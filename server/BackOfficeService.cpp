#include "server/BackOfficeService.h"

#include "protocol/ApiPaths.h"
#include "protocol/Health.h"
#include "protocol/Version.h"
#include "server/Workspaces.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/auth/AuthService.h"
#include "server/domain/ChangeLog.h"
#include "server/domain/Idempotency.h"
#include "server/domain/MessageService.h"
#include "server/domain/TicketService.h"
#include "server/http/HttpServer.h"
#include "server/storage/Store.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace frontline::server {

BackOfficeService::BackOfficeService(const BackOfficeOptions &options, Clock clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::move(clock))
    , m_workspaces(std::make_unique<Workspaces>(options.database))
    , m_auth(std::make_unique<AuthService>(*m_workspaces, m_clock))
    , m_changes(std::make_unique<ChangeLog>())
    , m_tickets(std::make_unique<TicketService>(*m_changes, m_clock))
    , m_messages(std::make_unique<MessageService>(*m_tickets, *m_changes, m_clock))
    , m_http(std::make_unique<HttpServer>())
    , m_routes(std::make_unique<ApiRoutes>(m_http->router(), *m_auth))
{
    LoginThrottle::Policy throttle;
    throttle.baseDelayMs = options.loginDelayMs;
    throttle.maxDelayMs = std::max<qint64>(options.loginDelayMs, throttle.maxDelayMs);
    m_auth->setThrottlePolicy(throttle);
    registerRoutes();
}

BackOfficeService::~BackOfficeService() = default;

Result<void> BackOfficeService::open()
{
    return m_workspaces->openProduction();
}

Result<quint16> BackOfficeService::listen()
{
    const quint16 port = m_http->listen(m_options.listenAddress, m_options.listenPort);
    if (port == 0) {
        return Error{QStringLiteral("listen_failed"), QStringLiteral("Cannot listen on %1:%2")
                                                          .arg(m_options.listenAddress.toString())
                                                          .arg(m_options.listenPort)};
    }
    m_housekeeping = new QTimer(this);
    connect(m_housekeeping, &QTimer::timeout, this, &BackOfficeService::purgeExpired);
    m_housekeeping->start(std::chrono::hours(1));
    purgeExpired();
    return port;
}

void BackOfficeService::purgeExpired()
{
    Store *store = m_workspaces->find(Workspaces::Production);
    if (!store)
        return;
    auto purged = idempotency::purge(*store, m_clock());
    if (!purged)
        qCWarning(lcStorage).noquote() << "purging idempotency keys:" << purged.error().message;
}

void BackOfficeService::registerRoutes()
{
    m_http->router().add(
        QStringLiteral("GET"), protocol::paths::Health.toString(), [this](const HttpRequest &) {
            Store *store = m_workspaces->find(Workspaces::Production);
            if (!store) {
                return HttpResponse::error(503, Error{QStringLiteral("unavailable"),
                                                      QStringLiteral("The database is not open")});
            }
            if (auto alive = store->run(QStringLiteral("SELECT 1")); !alive)
                return HttpResponse::error(503, alive.error());
            const protocol::Health health{QStringLiteral("ok"), protocol::version()};
            return HttpResponse::json(health.toJson());
        });
    registerAuthRoutes(*m_routes, *m_auth);
    registerTicketRoutes(*m_routes, *m_tickets, *m_messages);
    registerChangeRoutes(*m_routes);
}

} // namespace frontline::server
