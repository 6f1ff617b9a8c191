#include "server/BackOfficeService.h"

#include "protocol/ApiPaths.h"
#include "protocol/Health.h"
#include "protocol/Version.h"
#include "server/http/HttpServer.h"
#include "server/storage/Database.h"

namespace frontline::server {

BackOfficeService::BackOfficeService(QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<HttpServer>())
{
    registerRoutes();
}

BackOfficeService::~BackOfficeService() = default;

Result<quint16> BackOfficeService::start(const BackOfficeOptions &options)
{
    auto database = Database::open(options.database, QStringLiteral("backoffice"));
    if (!database)
        return database.error();
    m_database = std::make_unique<Database>(std::move(database).value());

    const quint16 port = m_http->listen(options.listenAddress, options.listenPort);
    if (port == 0) {
        return Error{QStringLiteral("listen_failed"), QStringLiteral("Cannot listen on %1:%2")
                                                          .arg(options.listenAddress.toString())
                                                          .arg(options.listenPort)};
    }
    return port;
}

void BackOfficeService::registerRoutes()
{
    m_http->router().add(
        QStringLiteral("GET"), protocol::paths::Health.toString(), [this](const HttpRequest &) {
            if (m_database) {
                if (auto alive = m_database->ping(); !alive)
                    return HttpResponse::error(503, alive.error());
            }
            const protocol::Health health{QStringLiteral("ok"), protocol::version()};
            return HttpResponse::json(health.toJson());
        });
}

} // namespace frontline::server
