#pragma once

#include "protocol/Operator.h"
#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordChecker.h"
#include "server/clock/Clock.h"
#include "server/identity/Caller.h"

#include <QHash>

namespace frontline::server {

class ChangeLog;
class Store;
class Workspaces;

struct NewOperator
{
    QString username;
    QString displayName;
    protocol::Role role = protocol::Role::Operator;
    QString password; // empty for integration accounts, which use tokens only
    // Already hashed, instead of `password`: a sandbox's account signs in with the production
    // password of the operator it is for.
    QString passwordHash;
    int line = 1;
    QString team;
    int maxChats = 3;
    QString locale = QStringLiteral("en");
    QStringList queues;
    qint64 projectId = 0; // client accounts only: their store's project (required for them)
};

struct Session
{
    QString token; // shown once; only its hash is stored
    qint64 expiresAtMs = 0;
    protocol::Operator profile;
};

// Accounts, passwords and bearer tokens. A token is "<workspace>.<43 chars of base64url>": 256
// random bits, stored as a SHA-256 hash, valid for `tokenLifetimeMs`.
class AuthService
{
public:
    AuthService(Workspaces &workspaces, Clock clock);

    // Where new accounts are announced: every colleague's client shows names, not ids.
    void setChangeLog(ChangeLog *changes) { m_changes = changes; }

    Result<qint64> createOperator(Store &store, const NewOperator &account);
    // What everyone in a workspace may know of a colleague (the change feed's `operator`
    // entity): id, display name, role, line and team. Nothing else, certainly no secret.
    static QJsonObject publicProfile(qint64 id, const QString &displayName, protocol::Role role,
                                     int line, const QString &team);
    // Announces the accounts made before profiles went to the feed (an older back office's
    // database); answers how many. Idempotent: an account already announced is skipped.
    Result<int> publishMissingProfiles(Store &store);
    Result<protocol::Operator> loadOperator(Store &store, qint64 operatorId);
    Result<protocol::Operator> findOperator(Store &store, const QString &username);

    // A password sign-in in three steps, so that the slow password check runs off the request
    // thread while the database work stays on it (a connection belongs to its thread).
    struct SignInAttempt
    {
        QString workspace;
        QString username;
        QString address;       // the client's, behind a trusted proxy the one it names
        qint64 operatorId = 0; // 0: no such active account
        QString storedHash;
        qint64 delayMs = 0; // hold the answer back this long (repeated failures)
    };
    // 1. The throttle's verdict and the account's stored hash. A throttled attempt gives
    // `rate_limited` and sets `*retryAfterMs`.
    Result<SignInAttempt> beginLogin(const QString &workspace, const QString &username,
                                     const QString &address, qint64 *retryAfterMs);
    // 2. On a worker: whether the password matches; an unknown account costs the same. Nothing
    // when too many checks are waiting already.
    std::optional<QFuture<bool>> checkPassword(const SignInAttempt &attempt,
                                               const QString &password);
    // 3. Back on the request thread: counts the outcome and, when the password matched, issues
    // a session token (and deletes the account's expired and signed-out ones). A wrong password
    // and an unknown user give the same `unauthorized` error.
    Result<Session> finishLogin(const SignInAttempt &attempt, bool passwordMatches);
    // Deletes expired tokens and signed-out sessions (of one account, or all when 0); answers
    // how many. Revoked named tokens stay, for `token list`.
    Result<int> purgeTokens(Store &store, qint64 operatorId = 0);
    const PasswordChecker &passwordChecker() const { return m_checker; }
    PasswordChecker &passwordChecker() { return m_checker; }
    Result<void> logout(const Caller &caller);
    // Drops the callers resolved for `operatorId`'s tokens, so a change to her queues or limit
    // holds from her next request, not after the cache's 10 s.
    void forgetOperator(qint64 operatorId);
    // Drops every caller resolved in `workspace`: a sandbox that closes takes its callers along.
    void forgetWorkspace(const QString &workspace);
    // A token for a channel adapter or a script; `lifetimeMs` 0 means it never expires.
    Result<QString> issueToken(Store &store, qint64 operatorId, const QString &name,
                               qint64 lifetimeMs);
    Result<int> revokeTokens(Store &store, const QString &name);

    Result<Caller> authenticate(const QByteArray &authorizationHeader);
    // The workspace a bearer token names ("production", a sandbox), empty for no token. Reads
    // the header alone, so any thread may ask; whether the token is valid is authenticate's.
    static QByteArrayView tokenWorkspace(QByteArrayView authorizationHeader);

    void setTokenLifetime(qint64 ms) { m_tokenLifetimeMs = ms; }
    void setThrottlePolicy(const LoginThrottle::Policy &policy)
    {
        m_throttle = LoginThrottle(policy);
    }
    static QString hashToken(const QString &token);

private:
    Result<qint64> recordProfile(Store &store, qint64 id, const NewOperator &account, qint64 now);

    Workspaces &m_workspaces;
    ChangeLog *m_changes = nullptr;
    Clock m_clock;
    LoginThrottle m_throttle;
    PasswordChecker m_checker;
    qint64 m_tokenLifetimeMs = 14LL * 24 * 3600 * 1000;

    struct CachedCaller
    {
        Caller caller;
        qint64 validUntilMs;
    };
    QHash<QString, CachedCaller> m_cache; // token hash -> recently resolved caller
};

} // namespace frontline::server
