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
    qint64 now() const { return m_base() + m_offsetMs.load(); }
    void advance(qint64 ms)
    {
        m_offsetMs += ms;
        if (m_advanced)
            m_advanced();
    }
    // Runs after every advance: the timed work the skipped time would have done runs now.
    void setOnAdvanced(std::function<void()> advanced) { m_advanced = std::move(advanced); }

private:
    Clock m_base;
    std::function<void()> m_advanced;
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace frontline::server
