#pragma once

#include <QDateTime>
#include <QVariant>

// Conversions between the schema's storage types (integer ids, epoch milliseconds, NULL) and the
// protocol's (string ids, QDateTime).
namespace frontline::server::sql {

inline QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

inline QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QString idText(const QVariant &value)
{
    return value.isNull() ? QString() : QString::number(value.toLongLong());
}

inline QDateTime time(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace frontline::server::sql
