#include "protocol/Json.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace frontline::protocol::json {

Error invalidField(const QString &field, const QString &why)
{
    return Error{QStringLiteral("invalid_field"), field + u": " + why, field};
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("malformed_json"),
                     QStringLiteral("Malformed JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    }
    if (!document.isObject()) {
        return Error{QStringLiteral("malformed_json"),
                     QStringLiteral("Expected a JSON object at the top level")};
    }
    return document.object();
}

Result<QString> requireString(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return invalidField(field, QStringLiteral("is required"));
    if (!value.isString())
        return invalidField(field, QStringLiteral("must be a string"));
    return value.toString();
}

QString optionalString(const QJsonObject &object, QLatin1StringView field)
{
    return object.value(field).toString();
}

Result<qint64> requireInteger(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return invalidField(field, QStringLiteral("is required"));
    const double number = value.toDouble();
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)))
        return invalidField(field, QStringLiteral("must be an integer"));
    return static_cast<qint64>(number);
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Result<QDateTime> optionalTime(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
        return QDateTime();
    if (!value.isString())
        return invalidField(field, QStringLiteral("must be an RFC 3339 time string"));
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return invalidField(field, QStringLiteral("must be an RFC 3339 time string"));
    return time.toUTC();
}

} // namespace frontline::protocol::json
