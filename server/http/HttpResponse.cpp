#include "server/http/HttpResponse.h"

#include "protocol/ApiError.h"

#include <QJsonDocument>

namespace frontline::server {

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const Error &error)
{
    return json(protocol::errorToJson(error), status);
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
