#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace frontline::ui {

// How the supervisor's reports write a figure for people, in the UI language's locale: an
// empty figure (no denominator) as a dash, never as 0.
class FigureText
{
    Q_DECLARE_TR_FUNCTIONS(FigureText)
public:
    // 425 s → "7:05"; 4000 s → "1:06:40".
    static QString duration(std::optional<double> seconds);
    // 0.843 → "84.3 %".
    static QString percent(std::optional<double> ratio);
    // A 0..100 score → "87.5".
    static QString score(std::optional<double> value);
    static QString number(std::optional<double> value, int decimals = 1);
    static QString count(qint64 value);
    // 27000 s → "7.5 h".
    static QString hours(double seconds);
    static QString none() { return QStringLiteral("—"); }
};

} // namespace frontline::ui
