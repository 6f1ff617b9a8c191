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
    // Every ticket and message on the wire carries several times: written by hand, this is a
    // tenth of what QDateTime::toString costs. Days to a civil date as in Howard Hinnant's
    // "chrono-compatible low-level date algorithms" (proleptic Gregorian calendar).
    const qint64 msecs = time.toMSecsSinceEpoch();
    constexpr qint64 msecsPerDay = 86'400'000;
    qint64 days = msecs / msecsPerDay;
    qint64 ofDay = msecs % msecsPerDay;
    if (ofDay < 0) {
        ofDay += msecsPerDay;
        --days;
    }
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 dayOfEra = z - era * 146'097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1'460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);

    char16_t out[24];
    const auto put = [&out](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    out[4] = u'-';
    put(5, month, 2);
    out[7] = u'-';
    put(8, day, 2);
    out[10] = u'T';
    put(11, ofDay / 3'600'000, 2);
    out[13] = u':';
    put(14, ofDay / 60'000 % 60, 2);
    out[16] = u':';
    put(17, ofDay / 1'000 % 60, 2);
    out[19] = u'.';
    put(20, ofDay % 1'000, 3);
    out[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(out), 24);
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

Result<QDateTime> requireTime(const QJsonObject &object, QLatin1StringView field)
{
    auto time = optionalTime(object, field);
    if (time && time->isNull())
        return invalidField(field, QStringLiteral("is missing"));
    return time;
}

Result<TimeWindow> optionalWindow(const QJsonObject &object, QLatin1StringView fromField,
                                  QLatin1StringView toField)
{
    auto from = optionalTime(object, fromField);
    if (!from)
        return from.error();
    auto to = optionalTime(object, toField);
    if (!to)
        return to.error();
    return TimeWindow{from.value(), to.value()};
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalNumber(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue value = object.value(field);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

qint64 countOf(const QJsonObject &object, QLatin1StringView field)
{
    return qint64(object.value(field).toDouble());
}

} // namespace frontline::protocol::json
