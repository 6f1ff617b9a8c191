#pragma once

#include <QFuture>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace frontline::server {

// Runs sign-ins' argon2id checks (about 0.1 s and 64 MiB each) on a small pool of worker
// threads, so a burst of sign-ins never holds the request thread that every route shares. An
// unknown account is checked against a dummy hash of the same cost: its answer takes as long as
// a known one's, so timing does not tell which usernames exist.
class PasswordChecker
{
public:
    struct Options
    {
        int threads = 2;     // checks at once (each holds 64 MiB while it runs)
        int maxWaiting = 64; // checks queued or running; past this a sign-in is told to retry
    };

    PasswordChecker();
    explicit PasswordChecker(Options options);
    ~PasswordChecker();
    PasswordChecker(const PasswordChecker &) = delete;
    PasswordChecker &operator=(const PasswordChecker &) = delete;

    // Whether `password` matches `storedHash` (empty: no such account, checked against the dummy
    // hash and never matching), decided on a worker. Nothing when `maxWaiting` checks are
    // already waiting.
    std::optional<QFuture<bool>> check(const QString &storedHash, const QString &password);

    // For /metrics: checks run to the end, and checks queued or running now.
    quint64 checksRun() const { return m_run.load(); }
    int waiting() const { return m_waiting.load(); }

    // Tests only (POST /api/v1/test/password-checks): while held, checks wait before they start,
    // so a test can see other routes answer while sign-ins are pending, without timing anything.
    void setHeld(bool held);

private:
    bool verify(const QString &storedHash, const QString &password);
    void waitWhileHeld();

    Options m_options;
    QThreadPool m_pool;
    std::atomic<quint64> m_run{0};
    std::atomic<int> m_waiting{0};
    QMutex m_holdMutex;
    QWaitCondition m_released;
    bool m_held = false;
};

} // namespace frontline::server
