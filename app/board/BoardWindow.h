#pragma once

#include <QDateTime>

namespace frontline::app {

// The stretch of time the supervisor's board covers. Today runs from the desktop's local midnight,
// the last hour and the last 7 days end now; all three leave `to` open so the back office reads
// "up to now". From-to is a fixed window the supervisor picked.
struct BoardWindow
{
    enum class Period
    {
        Today,
        LastHour,
        Last7Days,
        Range
    };
    Period period = Period::Today;
    QDateTime from; // Range only
    QDateTime to;   // Range only

    // [from, to) as of `now`; `to` is null when the window ends now.
    QDateTime startAt(const QDateTime &now) const;
    QDateTime endAt() const { return period == Period::Range ? to : QDateTime(); }
    // The query of GET /metrics/board for this window as of `now`: "?from=...&to=...".
    QString query(const QDateTime &now) const;

    static BoardWindow of(Period period)
    {
        BoardWindow window;
        window.period = period;
        return window;
    }
    static BoardWindow range(const QDateTime &from, const QDateTime &to)
    {
        return BoardWindow{Period::Range, from, to};
    }
    friend bool operator==(const BoardWindow &, const BoardWindow &) = default;
};

} // namespace frontline::app
