#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace frontline::protocol {
struct KpiTarget;
}

namespace frontline::app {

// One cell of a board: the figure as the contact center reads it, its raw value for sorting
// (null when there is no figure), whether it meets its target (null when it has none), and the
// words a screen reader says for it (the text plus "target met" or "target missed").
struct BoardCell
{
    QString text;
    QVariant sort;
    QVariant met;
    QString spoken;

    friend bool operator==(const BoardCell &, const BoardCell &) = default;
};

// How the board writes its figures: AHT 7:45, FCR 84 %, CSAT 81, hours on the line 6:12, status
// "Online 1:05:12", and a figure beside its target "84 % (target 85 %)".
class BoardFigures
{
    Q_DECLARE_TR_FUNCTIONS(frontline::app::BoardFigures)
public:
    enum class Kind
    {
        Count,    // 12
        Duration, // m:ss, or h:mm:ss from an hour on (AHT, waits)
        Hours,    // h:mm (time on the line)
        Percent,  // a 0..1 ratio as "84 %"
        Score,    // 0..100 as "81"
        Rate      // one decimal: "4.5"
    };

    static QString format(Kind kind, double value);
    // The contract's target for `figure` ("aht_seconds"); null when none (or no figure).
    static const protocol::KpiTarget *targetFor(const QList<protocol::KpiTarget> &targets,
                                                const QString &figure);
    // The cell of a figure, against `target` when the contract sets one.
    static BoardCell cell(Kind kind, std::optional<double> value,
                          const protocol::KpiTarget *target = nullptr);
    static BoardCell text(const QString &text, const QVariant &sort = {});
    // "Online 1:05:12": the presence and the time in it as of `now`.
    static BoardCell status(const QString &status, const QDateTime &since, const QDateTime &now);
    static QString statusName(const QString &status);
    // What stands in for a figure whose denominator is zero.
    static QString noFigure();
};

} // namespace frontline::app
