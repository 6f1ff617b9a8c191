#include "protocol/ApiError.h"

#include <QJsonDocument>

namespace frontline::protocol {

QJsonObject errorToJson(const Error &error)
{
    QJsonObject inner{{QLatin1StringView("code"), error.code},
                      {QLatin1StringView("message"), error.message}};
    if (!error.field.isEmpty())
        inner.insert(QLatin1StringView("field"), error.field);
    return QJsonObject{{QLatin1StringView("error"), inner}};
}

Error errorFromBody(const QByteArray &body, int httpStatus)
{
    const QJsonObject inner =
        QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toObject();
    const QString code = inner.value(QLatin1StringView("code")).toString();
    if (code.isEmpty()) {
        return Error{QStringLiteral("http_%1").arg(httpStatus),
                     QStringLiteral("The back office answered HTTP %1").arg(httpStatus)};
    }
    return Error{code, inner.value(QLatin1StringView("message")).toString(),
                 inner.value(QLatin1StringView("field")).toString()};
}

} // namespace frontline::protocol
