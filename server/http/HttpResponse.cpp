#include "server/http/HttpResponse.h"

#include "protocol/ApiError.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace frontline::server {

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

} // namespace frontline::server
