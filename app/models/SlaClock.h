#pragma once

#include <QDateTime>

namespace frontline::app {

// Where a ticket stands against its SLA due time: the one rule the queue (and later the chat
// pane) colour by. At risk means under a quarter of the allowed time, or under five minutes, left.
class SlaClock
{
public:
    enum class State
    {
        None, // no clock runs (resolved, closed, or no due time)
        Running,
        AtRisk,
        Breached
    };

    static State state(const QDateTime &started, const QDateTime &due, const QDateTime &now);
    // Seconds until due (negative once breached).
    static qint64 secondsLeft(const QDateTime &due, const QDateTime &now);
};

} // namespace frontline::app
