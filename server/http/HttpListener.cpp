#include "server/http/HttpListener.h"

#include "protocol/ApiError.h"
#include "server/http/HttpMetrics.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHttp, "backoffice.http")

namespace frontline::server {
namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

const QString Unmatched = QStringLiteral("unmatched");

// Mirrors when Qt's HTTP parser takes a request for an upgrade (an Upgrade header plus an
// "upgrade" token in Connection): only then does QAbstractHttpServer hand the socket on, so only
// then may handleRequest return without answering.
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    if (request.value("Upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) != 0)
        return false;
    const QList<QByteArray> tokens = request.value("Connection").split(',');
    return std::any_of(tokens.begin(), tokens.end(), [](const QByteArray &token) {
        return token.trimmed().compare("upgrade", Qt::CaseInsensitive) == 0;
    });
}

} // namespace

HttpListener::HttpListener(const HttpRouter &router, HttpMetrics &metrics, Options options,
                           Dispatch dispatch, QThread *webSocketThread, HandOver handOver)
    : m_router(router)
    , m_metrics(metrics)
    , m_options(std::move(options))
    , m_dispatch(std::move(dispatch))
    , m_webSocketThread(webSocketThread)
    , m_handOver(std::move(handOver))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
            &HttpListener::handOverWebSockets);
}

HttpListener::~HttpListener()
{
    // Close the listening sockets and their connections while the bookkeeping they report to on
    // destruction still exists.
    qDeleteAll(findChildren<QTcpServer *>(Qt::FindDirectChildrenOnly));
}

quint16 HttpListener::open(const QHostAddress &address, quint16 port)
{
    auto *gate = new ConnectionGate(m_options.limits, this, this);
    if (!gate->listen(address, port)) {
        qCCritical(lcHttp).noquote() << "listen failed:" << gate->errorString();
        delete gate;
        return 0;
    }
    m_gate = gate;
    bind(gate);
    return gate->serverPort();
}

HttpListener::Connection &HttpListener::connectionOf(QTcpSocket *socket, const QHostAddress &remote)
{
    if (const auto known = m_connectionIds.find(socket); known != m_connectionIds.end())
        return m_connections.at(known->second);
    const quint64 id = m_nextConnection++;
    m_connectionIds.emplace(socket, id);
    Connection &connection = m_connections[id];
    connection.socket = socket;
    connection.remote = remote.toString().toLatin1();
    connect(socket, &QObject::destroyed, this, [this, socket, id] {
        m_connectionIds.erase(socket);
        m_connections.erase(id);
    });
    return connection;
}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer started;
    started.start();
    if (isWebSocketUpgrade(request)) {
        // Returning true without writing lets Qt complete the handshake and emit
        // newWebSocketConnection; false makes it answer through missingHandler and disconnect.
        const QString path = request.url().path();
        if (request.method() != QHttpServerRequest::Method::Get ||
            !m_options.webSocketPaths.contains(path))
            return false;
        forgetUpgraded(socket);
        m_upgrading.emplace_back(socket);
        observe(QStringLiteral("GET"), path, 101, started,
                request.remoteAddress().toString().toLatin1(), HttpResponse::newRequestId());
        return true;
    }

    m_gate->requestParsed(socket);
    Connection &connection = connectionOf(socket, request.remoteAddress());
    auto exchange = std::make_unique<HttpExchange>();
    exchange->connection = m_connectionIds.at(socket);
    exchange->sequence = connection.nextSequence++;
    exchange->started = started;
    exchange->id = HttpResponse::newRequestId();
    exchange->method = methodName(request.method());
    exchange->path = request.url().path();
    const QHostAddress client = m_options.trustedProxies.clientOf(request.remoteAddress(),
                                                                  request.value("X-Forwarded-For"));
    exchange->client = client.toString().toLatin1();
    HttpRouter::Match match = m_router.match(exchange->method, exchange->path);
    exchange->route = match.handler ? match.pattern : Unmatched;

    bool lengthOk = true;
    const qint64 declared = request.value("Content-Length").toLongLong(&lengthOk);
    if ((lengthOk && declared > m_options.maxBodyBytes) ||
        request.body().size() > m_options.maxBodyBytes) {
        exchange->response = HttpResponse::error(
            413, protocol::errors::PayloadTooLarge,
            QStringLiteral("The request body is over %1 bytes").arg(m_options.maxBodyBytes));
    } else if (!match.handler && !match.allowedMethods.isEmpty()) {
        exchange->response =
            HttpResponse::error(
                405, protocol::errors::MethodNotAllowed,
                QStringLiteral("%1 is not allowed on %2").arg(exchange->method, exchange->path))
                .withHeader("Allow", match.allowedMethods.join(u", ").toLatin1());
    } else if (!match.handler) {
        exchange->response = HttpResponse::error(
            404, protocol::errors::NotFound,
            QStringLiteral("No route for %1 %2").arg(exchange->method, exchange->path));
    } else {
        exchange->handler = match.handler;
        exchange->params = std::move(match.params);
        exchange->request = HttpRequestData(request);
        exchange->request.setClientAddress(client);
        m_dispatch(std::move(exchange));
        return true;
    }
    ready(std::move(exchange));
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Only refused WebSocket upgrades come here; Qt disconnects right after.
    QElapsedTimer started;
    started.start();
    HttpResponse response =
        HttpResponse::error(404, protocol::errors::NotFound, QStringLiteral("No such route"));
    const QByteArray id = HttpResponse::newRequestId();
    response.finish(id);
    if (socket->isOpen())
        socket->write(response.toWire());
    observe(methodName(request.method()), Unmatched, response.status, started,
            request.remoteAddress().toString().toLatin1(), id);
}

void HttpListener::deliver(HttpBatch answered)
{
    for (std::unique_ptr<HttpExchange> &exchange : answered) {
        if (exchange->response.delayMs <= 0) {
            ready(std::move(exchange));
            continue;
        }
        // Held back on this thread, so the request thread never waits for it.
        auto held = std::make_shared<HttpExchange>(std::move(*exchange));
        QTimer::singleShot(held->response.delayMs, this, [this, held] {
            ready(std::make_unique<HttpExchange>(std::move(*held)));
        });
    }
}

void HttpListener::ready(std::unique_ptr<HttpExchange> exchange)
{
    const auto found = m_connections.find(exchange->connection);
    if (found == m_connections.end()) {
        // The client left; the answer is still counted, and a failure still logged.
        exchange->response.finish(exchange->id);
        observe(exchange->method, exchange->route, exchange->response.status, exchange->started,
                QByteArrayLiteral("gone"), exchange->id);
        return;
    }
    Connection &connection = found->second;
    connection.answered.emplace(exchange->sequence, std::move(exchange));
    while (!connection.answered.empty() &&
           connection.answered.begin()->first == connection.nextToWrite) {
        std::unique_ptr<HttpExchange> next = std::move(connection.answered.begin()->second);
        connection.answered.erase(connection.answered.begin());
        ++connection.nextToWrite;
        next->response.finish(next->id);
        if (connection.socket && connection.socket->isOpen()) {
            // Answers pile up here for a client that sends requests but does not read them.
            if (connection.socket->bytesToWrite() > m_options.limits.maxUnsentBytes) {
                qCWarning(lcHttp).noquote()
                    << "closing a connection from" << connection.remote << "that left over"
                    << m_options.limits.maxUnsentBytes << "bytes of answers unread";
                // Qt's parser may have a read of this socket queued: it must not find it closed.
                QObject::disconnect(connection.socket, &QIODevice::readyRead, this, nullptr);
                connection.socket->abort();
            } else {
                connection.socket->write(next->response.toWire());
            }
        }
        observe(next->method, next->route, next->response.status, next->started, next->client,
                next->id, connection.remote);
    }
    if (connection.nextToWrite == connection.nextSequence && connection.socket)
        m_gate->answeredAll(connection.socket);
}

void HttpListener::forgetUpgraded(QTcpSocket *socket)
{
    // Qt cuts every connection of an upgraded socket, the cleanup on its destruction too.
    m_gate->release(socket);
    if (const auto known = m_connectionIds.find(socket); known != m_connectionIds.end()) {
        m_connections.erase(known->second);
        m_connectionIds.erase(known);
    }
}

void HttpListener::handOverWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> webSocket = nextPendingWebSocketConnection();
        if (!webSocket)
            break;
        QTcpSocket *tcp = takeUpgradedSocket(*webSocket);
        if (!tcp) {
            qCWarning(lcHttp) << "an upgraded WebSocket without its TCP socket; closing it";
            webSocket->abort();
            continue;
        }
        // Qt 6.4 leaves the TCP socket a child of the listening QTcpServer, and its WebSocket
        // server deletes it from this thread on disconnect. Make it the WebSocket's own, so the
        // two move to the request thread, and live and die there, together.
        QObject::disconnect(tcp, &QAbstractSocket::disconnected, nullptr, nullptr);
        tcp->setParent(webSocket.get());
        webSocket->moveToThread(m_webSocketThread);
        m_handOver(webSocket.release());
    }
}

QTcpSocket *HttpListener::takeUpgradedSocket(const QWebSocket &webSocket)
{
    QTcpSocket *found = nullptr;
    std::erase_if(m_upgrading, [&](const QPointer<QTcpSocket> &tcp) {
        if (!tcp)
            return true;
        if (found || tcp->peerPort() != webSocket.peerPort() ||
            tcp->peerAddress() != webSocket.peerAddress())
            return false;
        found = tcp;
        return true;
    });
    return found;
}

void HttpListener::observe(const QString &method, const QString &route, int status,
                           const QElapsedTimer &started, const QByteArray &remote,
                           const QByteArray &id, const QByteArray &peer)
{
    const qint64 nanoseconds = started.nsecsElapsed();
    m_metrics.record(route, method, status, double(nanoseconds) / 1e9);
    if (!lcHttp().isInfoEnabled())
        return;
    // One key=value line per request, for log shippers; tests see it only as forwarded debug.
    QByteArray line;
    line.reserve(96 + route.size());
    line += "method=";
    line += method.toLatin1();
    line += " route=";
    line += route.toUtf8();
    line += " status=";
    line += QByteArray::number(status);
    line += " duration_ms=";
    line += QByteArray::number(double(nanoseconds) / 1e6, 'f', 3);
    line += " remote=";
    line += remote;
    if (!peer.isEmpty() && peer != remote) { // the front it came through
        line += " via=";
        line += peer;
    }
    line += " request=";
    line += id;
    qCInfo(lcHttp).noquote() << line;
}

} // namespace frontline::server
