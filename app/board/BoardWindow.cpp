#include "app/board/BoardWindow.h"

#include <QUrlQuery>

namespace frontline::app {

QDateTime BoardWindow::startAt(const QDateTime &now) const
{
    switch (period) {
    case Period::Today:
        return QDateTime(now.toLocalTime().date(), QTime(0, 0));
    case Period::LastHour:
        return now.addSecs(-3600);
    case Period::Last7Days:
        return now.addDays(-7);
    case Period::Range:
        return from;
    }
    return from;
}

QString BoardWindow::query(const QDateTime &now) const
{
    QUrlQuery query;
    const auto stamp = [](const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); };
    if (const QDateTime start = startAt(now); start.isValid())
        query.addQueryItem(QStringLiteral("from"), stamp(start));
    if (const QDateTime end = endAt(); end.isValid())
        query.addQueryItem(QStringLiteral("to"), stamp(end));
    const QString text = query.toString(QUrl::FullyEncoded);
    return text.isEmpty() ? QString() : u'?' + text;
}

} // namespace frontline::app
