#include "server/auth/PasswordHash.h"

#include <sodium.h>

#include <atomic>

namespace frontline::server::password {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::atomic<bool> testCost{false};

} // namespace

void useTestCost()
{
    testCost = true;
}

Result<QString> hash(const QString &password)
{
    if (!sodiumReady())
        return Error{QStringLiteral("crypto_unavailable"), QStringLiteral("libsodium failed")};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool cheap = testCost;
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          cheap ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          cheap ? crypto_pwhash_MEMLIMIT_MIN
                                : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return Error{QStringLiteral("crypto_unavailable"),
                     QStringLiteral("Not enough memory to hash the password")};
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace frontline::server::password
