#include "server/http/HttpResponse.h"

#include "protocol/ApiError.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace frontline::server {
namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return nullptr;
    }
}

} // namespace

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

namespace {

// What a client learns of a failure: its kind and the id to quote; the cause is in the log.
Error publicFailure(int status, const Error &cause, const QByteArray &requestId)
{
    const QString request =
        requestId.isEmpty() ? QString()
                            : QStringLiteral(" (request %1)").arg(QString::fromLatin1(requestId));
    // Refusing a connection over the cap is a deliberate answer, its message ours: not a fault.
    if (status == 503 && cause.code == protocol::errors::TooManyConnections)
        return cause;
    if (status == 503 && cause.code == u"unavailable")
        return Error{cause.code,
                     u"The back office cannot serve requests right now" + request + u'.'};
    return Error{QString(protocol::errors::Internal),
                 u"Something went wrong on the back office" + request + u'.'};
}

} // namespace

HttpResponse HttpResponse::error(int status, const Error &error)
{
    if (status < 500)
        return json(protocol::errorToJson(error), status);
    HttpResponse response = json(protocol::errorToJson(publicFailure(status, error, {})), status);
    response.failure = error;
    return response;
}

void HttpResponse::finish(const QByteArray &requestId)
{
    withHeader("X-Request-Id", requestId);
    if (!failure)
        return;
    qCWarning(lcHttp).noquote() << "request" << requestId << "failed with" << status
                                << failure->code << failure->message;
    body = json(protocol::errorToJson(publicFailure(status, *failure, requestId)), status).body;
    failure.reset();
}

QByteArray HttpResponse::newRequestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

HttpResponse HttpResponse::error(int status, QLatin1StringView code, const QString &message)
{
    return error(status, Error{QString(code), message});
}

HttpResponse HttpResponse::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

HttpResponse &HttpResponse::withETag(qint64 version)
{
    return withHeader("ETag", '"' + QByteArray::number(version) + '"');
}

QByteArray HttpResponse::toWire() const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    if (const char *reason = reasonPhrase(status)) {
        out += ' ';
        out += reason;
    }
    out += "\r\nContent-Type: ";
    out += contentType;
    out += "\r\nContent-Length: ";
    out += QByteArray::number(body.size());
    out += "\r\n";
    for (const auto &[name, value] : headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

} // namespace frontline::server
