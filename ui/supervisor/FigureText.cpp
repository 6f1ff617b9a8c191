#include "ui/supervisor/FigureText.h"

#include <QLocale>

#include <cmath>

namespace frontline::ui {

QString FigureText::duration(std::optional<double> seconds)
{
    if (!seconds || !std::isfinite(*seconds))
        return none();
    const qint64 total = qint64(std::llround(std::max(0.0, *seconds)));
    const qint64 h = total / 3600;
    const qint64 m = (total % 3600) / 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString FigureText::percent(std::optional<double> ratio)
{
    if (!ratio || !std::isfinite(*ratio))
        return none();
    return tr("%1 %").arg(QLocale().toString(*ratio * 100.0, 'f', 1));
}

QString FigureText::score(std::optional<double> value)
{
    return number(value, 1);
}

QString FigureText::number(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return none();
    return QLocale().toString(*value, 'f', decimals);
}

QString FigureText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString FigureText::hours(double seconds)
{
    return tr("%1 h").arg(QLocale().toString(seconds / 3600.0, 'f', 1));
}

} // namespace frontline::ui
