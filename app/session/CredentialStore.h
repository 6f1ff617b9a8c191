#pragma once

#include "protocol/Result.h"

#include <QString>

namespace frontline::app {

// Where a session's token is kept between runs.
enum class TokenStorage
{
    Keychain, // the OS keychain (Secret Service, KWallet, macOS Keychain, Windows)
    File,     // a file readable only by the user (0600), which they opted into
    NotKept   // nowhere: the session ends with the process
};

QString toString(TokenStorage storage);
TokenStorage tokenStorageFromString(const QString &text);

// Keeps bearer tokens in the OS keychain through qtkeychain. Where no keychain answers (no
// desktop session, CI) the token is written to a 0600 file only if the user asked for that.
class CredentialStore
{
public:
    // `directory` holds the opt-in token files; `useKeychain` false skips the keychain (tests).
    CredentialStore(const QString &directory, bool useKeychain);

    // Stores `token` for `account`; says where it went.
    Result<TokenStorage> save(const QString &account, const QByteArray &token, bool allowFile);
    Result<QByteArray> load(const QString &account, TokenStorage where);
    void erase(const QString &account);

private:
    QString tokenFile(const QString &account) const;
    Result<void> writeKeychain(const QString &account, const QByteArray &token);
    Result<QByteArray> readKeychain(const QString &account);

    QString m_directory;
    bool m_useKeychain;
};

} // namespace frontline::app
