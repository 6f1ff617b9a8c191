#pragma once

#include "protocol/Result.h"
#include "server/clock/Clock.h"

#include <QJsonObject>

namespace frontline::server {

// One exam's clock (issue 19, item 8) on the back office's injected clock: it starts once, runs
// for the pack's duration (45 minutes by default) and closes exactly at its end, after which
// nothing more is admitted. There is no pause: the exam measures how fast a trainee finds
// answers while customers wait, and a customer does not stop waiting; a trainer who must stop an
// exam ends it and starts another. The timer holds no Qt timer of its own: its owner asks
// msUntilClose() to schedule the close, so a test only moves the clock.
class ExamTimer
{
public:
    enum class State
    {
        NotStarted,
        Running,
        Closed
    };

    static constexpr int DefaultMinutes = 45;

    // `durationMinutes`: the pack's exam.duration_minutes, which its reader has checked.
    explicit ExamTimer(Clock clock, int durationMinutes = DefaultMinutes);
    // An exam that started at `startedAtMs` (read back from the store after a restart).
    static ExamTimer resumed(Clock clock, int durationMinutes, qint64 startedAtMs);

    // Starts it now; conflict (409) if it has already started.
    Result<void> start();

    State state() const;
    int durationMinutes() const { return int(m_durationMs / 60000); }
    qint64 startedAt() const { return m_startedAt; } // 0 before the start
    qint64 closesAt() const;                         // 0 before the start
    // The time left: the whole duration before the start, 0 from the close on.
    qint64 msLeft() const;
    // How long until the close, for the owner's timer; 0 once closed, -1 before the start.
    qint64 msUntilClose() const;

    // What a message, search or answer sent now meets: fine while running; exam_not_started or
    // exam_closed (409) otherwise, saying when.
    Result<void> admit() const;

    // {"state": "running", "duration_minutes": 45, "started_at", "closes_at", "seconds_left"}:
    // what the trainee's countdown and the trainer's live view show.
    QJsonObject toJson() const;

private:
    Clock m_clock;
    qint64 m_durationMs;
    qint64 m_startedAt = 0;
};

QString toString(ExamTimer::State state); // "not_started", "running", "closed"

} // namespace frontline::server
