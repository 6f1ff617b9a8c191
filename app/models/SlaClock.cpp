#include "app/models/SlaClock.h"

namespace frontline::app {

SlaClock::State SlaClock::state(const QDateTime &started, const QDateTime &due,
                                const QDateTime &now)
{
    if (!due.isValid())
        return State::None;
    const qint64 left = secondsLeft(due, now);
    if (left < 0)
        return State::Breached;
    const qint64 allowed = started.isValid() ? started.secsTo(due) : 0;
    if (left < 5 * 60 || (allowed > 0 && left * 4 < allowed))
        return State::AtRisk;
    return State::Running;
}

qint64 SlaClock::secondsLeft(const QDateTime &due, const QDateTime &now)
{
    return now.secsTo(due);
}

} // namespace frontline::app
