#pragma once

#include "server/clock/Clock.h"

#include <atomic>
#include <functional>

namespace frontline::server {

// The back office's clock under `--test-clock`: another clock (the system's) plus what a test has
// added through POST /api/v1/test/clock, so a test lets time pass without sleeping.
class AdjustableClock
{
public:
    explicit AdjustableClock(Clock base)
        : m_base(std::move(base))
    {}

    // Valid while this object lives.
    Clock clock()
    {
        return [this] { return now(); };
    }
    qint64 now() const
    {
        const qint64 frozen = m_frozenAt.load();
        return frozen ? frozen : m_base() + m_offsetMs.load();
    }
    void advance(qint64 ms)
    {
        if (m_frozenAt.load())
            m_frozenAt += ms;
        else
            m_offsetMs += ms;
        if (m_advanced)
            m_advanced();
    }
    // Stops the time where it is (only advance() moves it then), or lets it run on from there, so
    // a test compares two answers computed at the same instant.
    void freeze(bool frozen)
    {
        if (frozen == (m_frozenAt.load() != 0))
            return;
        if (frozen) {
            m_frozenAt = now();
        } else {
            m_offsetMs = m_frozenAt.load() - m_base();
            m_frozenAt = 0;
        }
    }
    // Runs after every advance: the timed work the skipped time would have done runs now.
    void setOnAdvanced(std::function<void()> advanced) { m_advanced = std::move(advanced); }

private:
    Clock m_base;
    std::function<void()> m_advanced;
    std::atomic<qint64> m_offsetMs{0};
    std::atomic<qint64> m_frozenAt{0}; // 0: running
};

} // namespace frontline::server
