#pragma once

#include "protocol/Result.h"
#include "server/BackOfficeOptions.h"

#include <QObject>

#include <memory>

namespace frontline::server {

class Database;
class HttpServer;

// The running back office: its store, its HTTP front and the routes between them.
class BackOfficeService : public QObject
{
    Q_OBJECT
public:
    explicit BackOfficeService(QObject *parent = nullptr);
    ~BackOfficeService() override;

    // Opens the store and starts listening; returns the port actually bound.
    Result<quint16> start(const BackOfficeOptions &options);

    HttpServer &http() { return *m_http; }

private:
    void registerRoutes();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<HttpServer> m_http;
};

} // namespace frontline::server
