#pragma once

#include "server/http/HttpMetrics.h"
#include "server/http/HttpRouter.h"

#include <QAbstractHttpServer>

class QElapsedTimer;
class QHostAddress;
class QHttpServerResponder;

namespace frontline::server {

// The HTTP front of the back office: dispatches through HttpRouter, answers the contract's JSON
// errors for unknown paths and methods, and refuses oversize bodies (Qt 6.4 has no limit of its
// own; the documented nginx front is the first line).
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);

    HttpRouter &router() { return m_router; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // A GET of `path` carrying `Upgrade: websocket` is handed to newWebSocketConnection.
    void addWebSocketPath(const QString &path) { m_webSocketPaths.append(path); }
    const HttpMetrics &metrics() const { return m_metrics; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(const QHttpServerRequest &request, QString *route);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const QString &route,
               const QElapsedTimer &started, const HttpResponse &response);
    // Counts and logs one answered request: the only place requests are measured.
    void observe(const QString &method, const QString &route, int status,
                 const QElapsedTimer &started, const QHostAddress &remote);
    static void writeTo(QHttpServerResponder &responder, const HttpResponse &response);

    HttpRouter m_router;
    HttpMetrics m_metrics;
    QStringList m_webSocketPaths;
    qint64 m_maxBodyBytes = 1024 * 1024;
};

} // namespace frontline::server
