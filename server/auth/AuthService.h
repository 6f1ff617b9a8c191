#pragma once

#include "protocol/Operator.h"
#include "server/auth/LoginThrottle.h"
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
    int line = 1;
    QString team;
    int maxChats = 3;
    QString locale = QStringLiteral("en");
    QStringList queues;
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

    // How long to hold a sign-in answer back, and, when refused, how long until the next try.
    struct Pacing
    {
        qint64 delayMs = 0;
        qint64 retryAfterMs = 0;
    };
    // Password sign-in. A throttled attempt gives `rate_limited`, or sets a delay for the answer;
    // a wrong password and an unknown user give the same `unauthorized` error.
    Result<Session> login(const QString &workspace, const QString &username,
                          const QString &password, const QString &address, Pacing *pacing);
    Result<void> logout(const Caller &caller);
    // A token for a channel adapter or a script; `lifetimeMs` 0 means it never expires.
    Result<QString> issueToken(Store &store, qint64 operatorId, const QString &name,
                               qint64 lifetimeMs);
    Result<int> revokeTokens(Store &store, const QString &name);

    Result<Caller> authenticate(const QByteArray &authorizationHeader);

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
    qint64 m_tokenLifetimeMs = 14LL * 24 * 3600 * 1000;

    struct CachedCaller
    {
        Caller caller;
        qint64 validUntilMs;
    };
    QHash<QString, CachedCaller> m_cache; // token hash -> recently resolved caller
};

} // namespace frontline::server
