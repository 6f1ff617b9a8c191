#include "server/auth/LoginThrottle.h"

#include <algorithm>

namespace frontline::server {
namespace {

constexpr qint64 MinuteMs = 60'000;

QString pairKey(const QString &user, const QString &address)
{
    return user + u'\n' + address;
}

} // namespace

int LoginThrottle::failuresOf(const Table &table, const QString &key, qint64 nowMs) const
{
    const auto it = table.constFind(key);
    if (it == table.constEnd() || nowMs - it->firstAtMs > m_policy.windowMs)
        return 0;
    return it->count;
}

qint64 LoginThrottle::lockedUntil(const Table &table, const QString &key, int limit) const
{
    const auto it = table.constFind(key);
    if (it == table.constEnd() || it->count < limit)
        return 0;
    return it->firstAtMs + m_policy.windowMs;
}

void LoginThrottle::bump(Table &table, const QString &key, qint64 nowMs)
{
    Failures &entry = table[key];
    if (entry.count == 0 || nowMs - entry.firstAtMs > m_policy.windowMs)
        entry = Failures{0, nowMs};
    ++entry.count;
}

bool LoginThrottle::isKnown(const QString &user, const QString &address, qint64 nowMs) const
{
    const auto known = m_known.constFind(user);
    if (known == m_known.constEnd())
        return false;
    return std::any_of(known->cbegin(), known->cend(), [&](const KnownAddress &entry) {
        return entry.address == address && nowMs - entry.lastSuccessMs <= m_policy.knownAddressMs;
    });
}

LoginThrottle::Verdict LoginThrottle::rateLimit(const QString &key, qint64 nowMs)
{
    QList<qint64> &recent = m_recentSignIns[key];
    recent.removeIf([nowMs](qint64 at) { return nowMs - at >= MinuteMs; });
    Verdict verdict;
    if (recent.size() >= m_policy.signInsPerMinute) {
        verdict.refused = true;
        verdict.retryAfterMs = std::max<qint64>(1000, recent.first() + MinuteMs - nowMs);
        return verdict;
    }
    recent.append(nowMs);
    return verdict;
}

LoginThrottle::Verdict LoginThrottle::admit(const QString &username, const QString &address,
                                            qint64 nowMs)
{
    if (--m_untilSweep <= 0)
        forgetOld(nowMs);
    const QString user = username.toLower();
    const QString pair = pairKey(user, address);
    // At the account's own address only its own failures there count: nobody elsewhere, and no
    // made-up name from the same front, can lock its owner out.
    const bool known = isKnown(user, address, nowMs);
    const int failures =
        known ? failuresOf(m_byUserAtAddress, pair, nowMs)
              : std::max({failuresOf(m_byUser, user, nowMs),
                          failuresOf(m_byUserAtAddress, pair, nowMs),
                          failuresOf(m_byAddress, address, nowMs) / m_policy.addressFactor});
    Verdict verdict;
    if (failures >= m_policy.maxAttempts) {
        verdict.refused = true;
        // Refused until every window that is over its limit has passed.
        qint64 until = lockedUntil(m_byUserAtAddress, pair, m_policy.maxAttempts);
        if (!known) {
            until = std::max(
                {until, lockedUntil(m_byUser, user, m_policy.maxAttempts),
                 lockedUntil(m_byAddress, address, m_policy.maxAttempts * m_policy.addressFactor)});
        }
        verdict.retryAfterMs = std::max<qint64>(1000, until - nowMs);
        return verdict;
    }
    verdict = rateLimit(pair, nowMs);
    if (verdict.refused)
        return verdict;
    if (failures >= m_policy.freeAttempts) {
        const int steps = std::min(failures - m_policy.freeAttempts, 10);
        verdict.delayMs = std::min(m_policy.baseDelayMs << steps, m_policy.maxDelayMs);
    }
    return verdict;
}

void LoginThrottle::recordFailure(const QString &username, const QString &address, qint64 nowMs)
{
    const QString user = username.toLower();
    bump(m_byUser, user, nowMs);
    bump(m_byAddress, address, nowMs);
    bump(m_byUserAtAddress, pairKey(user, address), nowMs);
}

void LoginThrottle::recordSuccess(const QString &username, const QString &address, qint64 nowMs)
{
    const QString user = username.toLower();
    // Failures elsewhere stay: a success here must not reset a guesser's count on this account.
    m_byUserAtAddress.remove(pairKey(user, address));
    QList<KnownAddress> &known = m_known[user];
    known.removeIf([&](const KnownAddress &entry) { return entry.address == address; });
    known.prepend(KnownAddress{address, nowMs});
    if (known.size() > m_policy.knownAddresses)
        known.resize(m_policy.knownAddresses);
}

// Made-up usernames and passing addresses would otherwise stay in memory for good.
void LoginThrottle::forgetOld(qint64 nowMs)
{
    m_untilSweep = 1024;
    for (Table *table : {&m_byUser, &m_byAddress, &m_byUserAtAddress}) {
        table->removeIf([&](const Table::iterator &it) {
            return nowMs - it.value().firstAtMs > m_policy.windowMs;
        });
    }
    m_recentSignIns.removeIf([&](const QHash<QString, QList<qint64>>::iterator &it) {
        return it.value().isEmpty() || nowMs - it.value().last() >= MinuteMs;
    });
    m_known.removeIf([&](const QHash<QString, QList<KnownAddress>>::iterator &it) {
        return nowMs - it.value().first().lastSuccessMs > m_policy.knownAddressMs;
    });
}

} // namespace frontline::server
