#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace frontline::server {

// Slows down password guessing without letting anyone lock a colleague out. Failures count per
// username, per client address and per username at one address; after a few, each further
// attempt waits longer, and past a limit the back office answers 429 until the window passes. An
// address where the account signed in successfully before is judged only by that account's
// failures there, so made-up names or guesses from elsewhere never lock out its owner. Every
// account also gets only so many sign-ins a minute from one address, right or wrong. Kept in
// memory: a restart forgets failures and known addresses alike (docs/security.md, Sign-in).
class LoginThrottle
{
public:
    struct Policy
    {
        int freeAttempts = 3; // failures before the delay starts
        int maxAttempts = 10; // failures before 429, per username (and per username at one address)
        int addressFactor = 3; // an address (an office, a NAT) is allowed 3 × maxAttempts failures
        qint64 windowMs = 15 * 60 * 1000;
        qint64 baseDelayMs = 500; // doubles with each failure past freeAttempts
        qint64 maxDelayMs = 8000;
        int signInsPerMinute = 10; // per username and address, right or wrong
        int knownAddresses = 8;    // remembered per account, most recent first
        qint64 knownAddressMs = 30LL * 24 * 3600 * 1000; // since the last success there
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

    // Whether this attempt may go on to the password check; an admitted attempt counts against
    // the per-minute limit.
    Verdict admit(const QString &username, const QString &address, qint64 nowMs);
    void recordFailure(const QString &username, const QString &address, qint64 nowMs);
    // Forgets this account's failures at `address` and remembers the address as its own.
    void recordSuccess(const QString &username, const QString &address, qint64 nowMs);

private:
    struct Failures
    {
        int count = 0;
        qint64 firstAtMs = 0;
    };
    using Table = QHash<QString, Failures>;
    struct KnownAddress
    {
        QString address;
        qint64 lastSuccessMs = 0;
    };

    int failuresOf(const Table &table, const QString &key, qint64 nowMs) const;
    qint64 lockedUntil(const Table &table, const QString &key, int limit) const;
    void bump(Table &table, const QString &key, qint64 nowMs);
    bool isKnown(const QString &user, const QString &address, qint64 nowMs) const;
    Verdict rateLimit(const QString &key, qint64 nowMs);
    void forgetOld(qint64 nowMs);

    Policy m_policy;
    Table m_byUser;
    Table m_byAddress;
    Table m_byUserAtAddress; // "user\naddress"
    QHash<QString, QList<qint64>>
        m_recentSignIns; // "user\naddress" -> admitted attempts, oldest first
    QHash<QString, QList<KnownAddress>> m_known; // user -> addresses of recent successes
    int m_untilSweep = 1024;                     // attempts until stale entries are dropped
};

} // namespace frontline::server
