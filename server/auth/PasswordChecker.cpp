#include "server/auth/PasswordChecker.h"

#include "server/auth/PasswordHash.h"

#include <QPromise>

namespace frontline::server {
namespace {

// Made once, on a worker, with the same parameters as every stored hash (password::hash), so
// checking against it costs what checking a real account does.
const QString &dummyHash()
{
    static const QString hash = [] {
        auto made = password::hash(QStringLiteral("no account has this password"));
        return made ? made.value() : QString();
    }();
    return hash;
}

} // namespace

PasswordChecker::PasswordChecker()
    : PasswordChecker(Options{})
{}

PasswordChecker::PasswordChecker(Options options)
    : m_options(options)
{
    m_pool.setMaxThreadCount(std::max(1, m_options.threads));
}

PasswordChecker::~PasswordChecker()
{
    setHeld(false);
    m_pool.waitForDone();
}

std::optional<QFuture<bool>> PasswordChecker::check(const QString &storedHash,
                                                    const QString &password)
{
    if (m_waiting.fetch_add(1) >= m_options.maxWaiting) {
        m_waiting.fetch_sub(1);
        return std::nullopt;
    }
    auto promise = std::make_shared<QPromise<bool>>();
    QFuture<bool> future = promise->future();
    promise->start();
    m_pool.start([this, promise, storedHash, password] {
        waitWhileHeld();
        const bool matches = verify(storedHash, password);
        ++m_run;
        --m_waiting;
        promise->addResult(matches);
        promise->finish();
    });
    return future;
}

bool PasswordChecker::verify(const QString &storedHash, const QString &password)
{
    const QString &dummy = dummyHash();
    if (storedHash.isEmpty()) {
        password::verify(dummy, password);
        return false;
    }
    return password::verify(storedHash, password);
}

void PasswordChecker::setHeld(bool held)
{
    QMutexLocker lock(&m_holdMutex);
    m_held = held;
    if (!held)
        m_released.wakeAll();
}

void PasswordChecker::waitWhileHeld()
{
    QMutexLocker lock(&m_holdMutex);
    while (m_held)
        m_released.wait(&m_holdMutex);
}

} // namespace frontline::server
