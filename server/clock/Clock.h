#pragma once

#include <QDateTime>

#include <functional>

namespace frontline::server {

// Milliseconds since the Unix epoch, UTC. Injected so tests can move time (SLA clocks, token
// expiry, idempotency retention) without sleeping.
using Clock = std::function<qint64()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

} // namespace frontline::server
