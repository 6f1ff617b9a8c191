#pragma once

#include <QDateTime>
#include <QString>
#include <QStyledItemDelegate>

namespace frontline::ui {

// The one way Frontline writes a moment for people, in the default locale (the UI language's):
// today's moments as the short time, other days' as the short date and the short time.
QString dateTimeText(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTime());
// A day alone, as the locale's short date.
QString dateText(const QDate &day);

// Writes a model's QDateTime and QDate values through dateTimeText() and dateText(), so models
// keep typed values and every view shows one date format.
class LocalDatesDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

} // namespace frontline::ui
