#pragma once

#include "server/http/ConnectionGate.h"
#include "server/http/HttpExchange.h"
#include "server/http/TrustedProxies.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

class QElapsedTimer;
class QThread;
class QWebSocket;

namespace frontline::server {

class HttpMetrics;

// The socket side of the HTTP front; it lives on the HTTP thread. It parses requests, answers the
// contract's errors for unknown paths and methods and oversize bodies itself, and hands every
// routed request on (`dispatch`) as a self-contained HttpExchange. Answers come back through
// deliver() and are written in request order per connection, after their delay if they have one.
// WebSocket upgrades are moved to the request thread and handed on (`handOver`).
class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList webSocketPaths; // a GET of one of these with `Upgrade: websocket` upgrades
        qint64 maxBodyBytes = 1024 * 1024;
        TrustedProxies trustedProxies; // whose X-Forwarded-For names the client
        ConnectionLimits limits;
    };
    // Called on this thread; must be safe to call from it.
    using Dispatch = std::function<void(std::unique_ptr<HttpExchange>)>;
    // Called on this thread with a WebSocket that already lives on `webSocketThread`.
    using HandOver = std::function<void(QWebSocket *)>;

    HttpListener(const HttpRouter &router, HttpMetrics &metrics, Options options, Dispatch dispatch,
                 QThread *webSocketThread, HandOver handOver);
    ~HttpListener() override;

    // Listens through a ConnectionGate; the bound port, or 0 when listening failed.
    quint16 open(const QHostAddress &address, quint16 port);
    // Writes answered requests; call on this object's thread.
    void deliver(HttpBatch answered);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray remote; // the peer's address, formatted once for the log
        quint64 nextSequence = 0;
        quint64 nextToWrite = 0;
        std::map<quint64, std::unique_ptr<HttpExchange>> answered; // waiting for earlier ones
    };

    Connection &connectionOf(QTcpSocket *socket, const QHostAddress &remote);
    // Queues an answer on its connection and writes every answer that is next in line.
    void ready(std::unique_ptr<HttpExchange> exchange);
    void handOverWebSockets();
    QTcpSocket *takeUpgradedSocket(const QWebSocket &webSocket);
    void forgetUpgraded(QTcpSocket *socket);
    // Counts and logs one answered request (with its X-Request-Id; `remote` is the client, `peer`
    // the front it came through when that differs): the only place requests are measured.
    void observe(const QString &method, const QString &route, int status,
                 const QElapsedTimer &started, const QByteArray &remote, const QByteArray &id,
                 const QByteArray &peer = {});

    const HttpRouter &m_router;
    HttpMetrics &m_metrics;
    Options m_options;
    Dispatch m_dispatch;
    QThread *m_webSocketThread;
    HandOver m_handOver;
    ConnectionGate *m_gate = nullptr; // a child, deleted with the listening sockets
    quint64 m_nextConnection = 1;
    std::unordered_map<quint64, Connection> m_connections;
    std::unordered_map<const QTcpSocket *, quint64> m_connectionIds;
    std::vector<QPointer<QTcpSocket>> m_upgrading; // handed to Qt's WebSocket server
};

} // namespace frontline::server
