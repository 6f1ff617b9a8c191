#include "server/http/HttpServer.h"

#include "protocol/ApiError.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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

} // namespace

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, dispatch(request));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket,
          HttpResponse::error(404, protocol::errors::NotFound, QStringLiteral("No such route")));
}

HttpResponse HttpServer::dispatch(const QHttpServerRequest &request)
{
    const QString method = methodName(request.method());
    const QString path = request.url().path();

    bool lengthOk = true;
    const qint64 declared = request.value("Content-Length").toLongLong(&lengthOk);
    if ((lengthOk && declared > m_maxBodyBytes) || request.body().size() > m_maxBodyBytes) {
        return HttpResponse::error(
            413, protocol::errors::PayloadTooLarge,
            QStringLiteral("The request body is over %1 bytes").arg(m_maxBodyBytes));
    }

    const HttpRouter::Match match = m_router.match(method, path);
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

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                       const HttpResponse &response)
{
    qCDebug(lcHttp).noquote() << methodName(request.method()) << request.url().path()
                              << response.status;
    if (response.delayMs > 0) {
        // The socket may close while we wait; QPointer tells.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QTimer::singleShot(response.delayMs, this,
                           [responder, response, guard = QPointer<QTcpSocket>(socket)] {
                               if (guard)
                                   writeTo(*responder, response);
                           });
        return;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    writeTo(responder, response);
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
