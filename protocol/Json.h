#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

// Reading and writing the contract's JSON: field access that names the bad field, and RFC 3339
// UTC times.
namespace frontline::protocol::json {

Result<QJsonObject> parseObject(const QByteArray &body);

Result<QString> requireString(const QJsonObject &object, QLatin1StringView field);
QString optionalString(const QJsonObject &object, QLatin1StringView field);
Result<qint64> requireInteger(const QJsonObject &object, QLatin1StringView field);

// Empty string for a null time; otherwise "2026-11-23T14:05:09.123Z".
QString formatTime(const QDateTime &time);
// A time, or JSON null for a null QDateTime.
QJsonValue timeOrNull(const QDateTime &time);
// A string, or JSON null for an empty one (unset ids).
QJsonValue stringOrNull(const QString &text);
// A missing or null field gives a null QDateTime; a malformed one is an error.
Result<QDateTime> optionalTime(const QJsonObject &object, QLatin1StringView field);
// A time that must be there: a missing or null one is invalid_field "is missing".
Result<QDateTime> requireTime(const QJsonObject &object, QLatin1StringView field);

// The two ends of a window ("from"/"to", "start"/"end"), each read as optionalTime reads it; the
// first malformed one is the error.
struct TimeWindow
{
    QDateTime from;
    QDateTime to;
};
Result<TimeWindow> optionalWindow(const QJsonObject &object, QLatin1StringView fromField,
                                  QLatin1StringView toField);

// invalid_field (422) naming `field`: "field: why".
Error invalidField(const QString &field, const QString &why);

// A figure that may be empty (a ratio over nothing): JSON null both ways.
QJsonValue numberOrNull(const std::optional<double> &value);
std::optional<double> optionalNumber(const QJsonObject &object, QLatin1StringView field);
// A count; missing reads as 0.
qint64 countOf(const QJsonObject &object, QLatin1StringView field);

// A list of rows that each read and write themselves (fromJson / toJson); the first bad row is
// the error.
template<typename Row>
Result<QList<Row>> rowsOf(const QJsonObject &object, QLatin1StringView field)
{
    QList<Row> list;
    for (const QJsonValue &item : object.value(field).toArray()) {
        auto row = Row::fromJson(item.toObject());
        if (!row)
            return row.error();
        list.append(row.value());
    }
    return list;
}

template<typename Row>
QJsonArray arrayOf(const QList<Row> &list)
{
    QJsonArray array;
    for (const Row &row : list)
        array.append(row.toJson());
    return array;
}

} // namespace frontline::protocol::json
