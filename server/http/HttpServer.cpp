#include "server/http/HttpServer.h"

#include "protocol/ApiError.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

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

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer started;
    started.start();
    if (isWebSocketUpgrade(request)) {
        // Returning true without writing lets Qt complete the handshake and emit
        // newWebSocketConnection; false makes it answer through missingHandler and disconnect.
        const QString path = request.url().path();
        if (request.method() != QHttpServerRequest::Method::Get || !m_webSocketPaths.contains(path))
            return false;
        observe(QStringLiteral("GET"), path, 101, started, request.remoteAddress());
        return true;
    }
    QString route;
    const HttpResponse response = dispatch(request, &route);
    write(request, socket, route, started, response);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer started;
    started.start();
    write(request, socket, Unmatched, started,
          HttpResponse::error(404, protocol::errors::NotFound, QStringLiteral("No such route")));
}

HttpResponse HttpServer::dispatch(const QHttpServerRequest &request, QString *route)
{
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    const HttpRouter::Match match = m_router.match(method, path);
    *route = match.handler ? match.pattern : Unmatched;

    bool lengthOk = true;
    const qint64 declared = request.value("Content-Length").toLongLong(&lengthOk);
    if ((lengthOk && declared > m_maxBodyBytes) || request.body().size() > m_maxBodyBytes) {
        return HttpResponse::error(
            413, protocol::errors::PayloadTooLarge,
            QStringLiteral("The request body is over %1 bytes").arg(m_maxBodyBytes));
    }

    if (!match.handler) {
        if (!match.allowedMethods.isEmpty()) {
            return HttpResponse::error(405, protocol::errors::MethodNotAllowed,
                                       QStringLiteral("%1 is not allowed on %2").arg(method, path))
                .withHeader("Allow", match.allowedMethods.join(u", ").toLatin1());
        }
        return HttpResponse::error(404, protocol::errors::NotFound,
                                   QStringLiteral("No route for %1 %2").arg(method, path));
    }
    return (*match.handler)(HttpRequest{request, method, path, match.pattern, match.params});
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const QString &route,
                       const QElapsedTimer &started, const HttpResponse &response)
{
    const QString method = methodName(request.method());
    const QHostAddress remote = request.remoteAddress();
    if (response.delayMs > 0) {
        // The socket may close while we wait; QPointer tells.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QTimer::singleShot(response.delayMs, this,
                           [this, responder, response, route, method, remote, started,
                            guard = QPointer<QTcpSocket>(socket)] {
                               if (guard)
                                   writeTo(*responder, response);
                               observe(method, route, response.status, started, remote);
                           });
        return;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    writeTo(responder, response);
    observe(method, route, response.status, started, remote);
}

void HttpServer::observe(const QString &method, const QString &route, int status,
                         const QElapsedTimer &started, const QHostAddress &remote)
{
    const double seconds = double(started.nsecsElapsed()) / 1e9;
    m_metrics.record(route, method, status, seconds);
    // One key=value line per request, for log shippers; tests see it only as forwarded debug.
    const QString line = QStringLiteral("method=%1 route=%2 status=%3 duration_ms=%4 remote=%5")
                             .arg(method, route)
                             .arg(status)
                             .arg(seconds * 1000, 0, 'f', 3)
                             .arg(remote.toString());
    qCInfo(lcHttp).noquote() << line;
}

void HttpServer::writeTo(QHttpServerResponder &responder, const HttpResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace frontline::server
