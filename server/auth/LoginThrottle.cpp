#include "server/auth/LoginThrottle.h"

#include <algorithm>

namespace frontline::server {

int LoginThrottle::failuresOf(const QHash<QString, Failures> &table, const QString &key,
                              qint64 nowMs) const
{
    const auto it = table.constFind(key);
    if (it == table.constEnd() || nowMs - it->firstAtMs > m_policy.windowMs)
        return 0;
    return it->count;
}

void LoginThrottle::bump(QHash<QString, Failures> &table, const QString &key, qint64 nowMs)
{
    Failures &entry = table[key];
    if (entry.count == 0 || nowMs - entry.firstAtMs > m_policy.windowMs)
        entry = Failures{0, nowMs};
    ++entry.count;
}

LoginThrottle::Verdict LoginThrottle::check(const QString &username, const QString &address,
                                            qint64 nowMs) const
{
    // An address gets more room than a username: several operators share one office NAT.
    const int failures = std::max(failuresOf(m_byUser, username.toLower(), nowMs),
                                  failuresOf(m_byAddress, address, nowMs) / 3);
    Verdict verdict;
    if (failures >= m_policy.maxAttempts) {
        verdict.refused = true;
        // Refused until every window that is over the limit has passed.
        qint64 until = nowMs;
        const auto user = m_byUser.constFind(username.toLower());
        if (user != m_byUser.constEnd() && user->count >= m_policy.maxAttempts)
            until = std::max(until, user->firstAtMs + m_policy.windowMs);
        const auto from = m_byAddress.constFind(address);
        if (from != m_byAddress.constEnd() && from->count / 3 >= m_policy.maxAttempts)
            until = std::max(until, from->firstAtMs + m_policy.windowMs);
        verdict.retryAfterMs = std::max<qint64>(1000, until - nowMs);
        return verdict;
    }
    if (failures >= m_policy.freeAttempts) {
        const int steps = std::min(failures - m_policy.freeAttempts, 10);
        verdict.delayMs = std::min(m_policy.baseDelayMs << steps, m_policy.maxDelayMs);
    }
    return verdict;
}

void LoginThrottle::recordFailure(const QString &username, const QString &address, qint64 nowMs)
{
    bump(m_byUser, username.toLower(), nowMs);
    bump(m_byAddress, address, nowMs);
}

void LoginThrottle::recordSuccess(const QString &username)
{
    m_byUser.remove(username.toLower());
}

} // namespace frontline::server
