#include "ui/common/DateText.h"

#include <QLocale>

namespace frontline::ui {

QString dateTimeText(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return QString();
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toLocalTime().date())
        return time;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

QString dateText(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString LocalDatesDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::QDateTime)
        return dateTimeText(value.toDateTime());
    if (value.typeId() == QMetaType::QDate)
        return dateText(value.toDate());
    return QStyledItemDelegate::displayText(value, locale);
}

} // namespace frontline::ui
