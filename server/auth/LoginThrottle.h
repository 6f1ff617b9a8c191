#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace frontline::server {

// Slows down password guessing: after a few failures for one username (or from one address) each
// further attempt waits longer, and past a limit the back office answers 429 until the window
// passes. A successful login clears the username's count.
class LoginThrottle
{
public:
    struct Policy
    {
        int freeAttempts = 3; // failures before the delay starts
        int maxAttempts = 10; // failures before 429
        qint64 windowMs = 15 * 60 * 1000;
        qint64 baseDelayMs = 500; // doubles with each failure past freeAttempts
        qint64 maxDelayMs = 8000;
    };

    struct Verdict
    {
        bool refused = false; // answer 429
        qint64 retryAfterMs = 0;
        qint64 delayMs = 0; // answer only after this long
    };

    LoginThrottle() = default;
    explicit LoginThrottle(Policy policy)
        : m_policy(policy)
    {}

    Verdict check(const QString &username, const QString &address, qint64 nowMs) const;
    void recordFailure(const QString &username, const QString &address, qint64 nowMs);
    void recordSuccess(const QString &username);

private:
    struct Failures
    {
        int count = 0;
        qint64 firstAtMs = 0;
    };
    int failuresOf(const QHash<QString, Failures> &table, const QString &key, qint64 nowMs) const;
    void bump(QHash<QString, Failures> &table, const QString &key, qint64 nowMs);

    Policy m_policy;
    QHash<QString, Failures> m_byUser;
    QHash<QString, Failures> m_byAddress;
};

} // namespace frontline::server
