#include "server/auth/AuthService.h"

#include "protocol/ApiError.h"
#include "server/auth/PasswordHash.h"
#include "server/feed/ChangeLog.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <sodium.h>

namespace frontline::server {
namespace {

constexpr qint64 CallerCacheMs = 10'000;

Error unauthorized(const QString &message)
{
    return Error{QString(protocol::errors::Unauthorized), message};
}

Result<void> checkAccount(const NewOperator &account)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!validName.match(account.username).hasMatch()) {
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("username: 2-64 lowercase letters, digits, '.', '_' or '-'"),
                     QStringLiteral("username")};
    }
    if (account.role != protocol::Role::Integration && account.passwordHash.isEmpty() &&
        account.password.size() < 4) {
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("password: at least 4 characters"), QStringLiteral("password")};
    }
    if (account.line < 1 || account.line > 3 || account.maxChats < 0 || account.maxChats > 20) {
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("line must be 1-3 and max_chats 0-20"), QStringLiteral("line")};
    }
    if ((account.role == protocol::Role::Client) != (account.projectId > 0)) {
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("project: a client account belongs to one project, and only "
                                    "a client account does"),
                     QStringLiteral("project")};
    }
    return {};
}

// The operator works these queues; a queue named for the first time is created.
Result<void> linkQueues(Store &store, qint64 operatorId, const QStringList &queues, qint64 now)
{
    for (const QString &queue : queues) {
        auto ensured =
            store.run(QStringLiteral("INSERT INTO queues (id, title, created_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (id) DO NOTHING"),
                      {queue, queue, now});
        if (!ensured)
            return ensured.error();
        auto linked = store.run(
            QStringLiteral("INSERT INTO operator_queues (operator_id, queue_id) VALUES (?, ?)"),
            {operatorId, queue});
        if (!linked)
            return linked.error();
    }
    return {};
}

} // namespace

AuthService::AuthService(Workspaces &workspaces, Clock clock)
    : m_workspaces(workspaces)
    , m_clock(std::move(clock))
{}

QJsonObject AuthService::publicProfile(qint64 id, const QString &displayName, protocol::Role role,
                                       int line, const QString &team)
{
    return QJsonObject{{QLatin1StringView("id"), QString::number(id)},
                       {QLatin1StringView("display_name"), displayName},
                       {QLatin1StringView("role"), protocol::toString(role)},
                       {QLatin1StringView("line"), line},
                       {QLatin1StringView("team"), team}};
}

Result<int> AuthService::publishMissingProfiles(Store &store)
{
    if (!m_changes)
        return 0;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto accounts = store.run(
        QStringLiteral("SELECT id, display_name, role, line, team FROM operators WHERE role NOT "
                       "IN ('integration', 'client') AND profile_seq IS NULL ORDER BY id"));
    if (!accounts)
        return accounts.error();
    QList<QJsonObject> missing;
    while (accounts.value()->next()) {
        const QSqlQuery &row = *accounts.value();
        missing.append(publicProfile(
            row.value(0).toLongLong(), row.value(1).toString(),
            protocol::roleFromString(row.value(2).toString()).value_or(protocol::Role::Operator),
            row.value(3).toInt(), row.value(4).toString()));
    }
    accounts.value()->finish();
    const qint64 now = m_clock();
    qint64 last = 0;
    for (const QJsonObject &profile : std::as_const(missing)) {
        auto seq = m_changes->append(
            store, QStringLiteral("operator"), profile.value(QLatin1StringView("id")).toString(),
            QStringLiteral("create"), profile, ChangeAudience::everyone(), now);
        if (!seq)
            return seq.error();
        if (auto marked = store.run(
                QStringLiteral("UPDATE operators SET profile_seq = ? WHERE id = ?"),
                {seq.value(), profile.value(QLatin1StringView("id")).toString().toLongLong()});
            !marked)
            return marked.error();
        last = seq.value();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (last > 0)
        m_changes->announce(store.workspace(), last, QStringLiteral("operator"),
                            ChangeAudience::everyone());
    return int(missing.size());
}

QString AuthService::hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<qint64> AuthService::createOperator(Store &store, const NewOperator &account)
{
    if (auto valid = checkAccount(account); !valid)
        return valid.error();
    QVariant passwordHash; // NULL for token-only accounts
    if (!account.passwordHash.isEmpty()) {
        passwordHash = account.passwordHash;
    } else if (!account.password.isEmpty()) {
        auto hashed = password::hash(account.password);
        if (!hashed)
            return hashed.error();
        passwordHash = hashed.value();
    }
    const qint64 now = m_clock();
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto existing = store.scalar(QStringLiteral("SELECT id FROM operators WHERE username = ?"),
                                 {account.username});
    if (!existing)
        return existing.error();
    if (!existing.value().isNull()) {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("The username %1 is taken").arg(account.username),
                     QStringLiteral("username")};
    }
    auto id = store.insert(
        QStringLiteral("INSERT INTO operators (username, display_name, role, password_hash, line, "
                       "team, max_chats, locale, project_id, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?) RETURNING id"),
        {account.username, account.displayName.isEmpty() ? account.username : account.displayName,
         protocol::toString(account.role), passwordHash, account.line, account.team,
         account.maxChats, account.locale,
         account.projectId > 0 ? QVariant(account.projectId) : QVariant(), now});
    if (!id)
        return id.error();
    if (auto linked = linkQueues(store, id.value(), account.queues, now); !linked)
        return linked.error();
    Result<qint64> announced = qint64(0);
    // A store's account is nobody's colleague: no profile in the feed.
    if (m_changes && account.role != protocol::Role::Integration &&
        account.role != protocol::Role::Client) {
        announced = recordProfile(store, id.value(), account, now);
        if (!announced)
            return announced.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (announced.value() > 0)
        m_changes->announce(store.workspace(), announced.value(), QStringLiteral("operator"),
                            ChangeAudience::everyone());
    return id.value();
}

// The new colleague's public profile in the change feed, inside the account's transaction.
Result<qint64> AuthService::recordProfile(Store &store, qint64 id, const NewOperator &account,
                                          qint64 now)
{
    auto seq = m_changes->append(
        store, QStringLiteral("operator"), QString::number(id), QStringLiteral("create"),
        publicProfile(id, account.displayName.isEmpty() ? account.username : account.displayName,
                      account.role, account.line, account.team),
        ChangeAudience::everyone(), now);
    if (!seq)
        return seq.error();
    if (auto marked = store.run(QStringLiteral("UPDATE operators SET profile_seq = ? WHERE id = ?"),
                                {seq.value(), id});
        !marked)
        return marked.error();
    if (account.role != protocol::Role::Operator)
        return seq.value();
    // Her chat limit and queues, as PATCH /operators/{id} announces them later: for her and for
    // supervisors, whose reassign dialog shows each operator's open chats of her limit.
    QJsonArray queues;
    for (const QString &queue : account.queues)
        queues.append(queue);
    return m_changes->append(store, QStringLiteral("operator"), QString::number(id),
                             QStringLiteral("update"),
                             QJsonObject{{QLatin1StringView("id"), QString::number(id)},
                                         {QLatin1StringView("max_chats"), account.maxChats},
                                         {QLatin1StringView("active_chats"), 0},
                                         {QLatin1StringView("queues"), queues}},
                             ChangeAudience::onlyOperator(id), now);
}

Result<protocol::Operator> AuthService::loadOperator(Store &store, qint64 operatorId)
{
    auto query = store.run(
        QStringLiteral("SELECT id, username, display_name, role, line, team, max_chats, locale, "
                       "project_id FROM operators WHERE id = ? AND active = 1"),
        {operatorId});
    if (!query)
        return query.error();
    QSqlQuery *row = query.value();
    if (!row->next()) {
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No operator %1").arg(operatorId)};
    }
    protocol::Operator op;
    op.id = QString::number(row->value(0).toLongLong());
    op.username = row->value(1).toString();
    op.displayName = row->value(2).toString();
    op.role = protocol::roleFromString(row->value(3).toString()).value_or(protocol::Role::Operator);
    op.line = row->value(4).toInt();
    op.team = row->value(5).toString();
    op.maxChats = row->value(6).toInt();
    op.locale = row->value(7).toString();
    if (!row->value(8).isNull())
        op.projectId = QString::number(row->value(8).toLongLong());
    row->finish();

    auto queues = store.run(
        QStringLiteral(
            "SELECT queue_id FROM operator_queues WHERE operator_id = ? ORDER BY queue_id"),
        {operatorId});
    if (!queues)
        return queues.error();
    while (queues.value()->next())
        op.queues.append(queues.value()->value(0).toString());
    return op;
}

Result<protocol::Operator> AuthService::findOperator(Store &store, const QString &username)
{
    auto id = store.scalar(QStringLiteral("SELECT id FROM operators WHERE username = ?"),
                           {username.toLower()});
    if (!id)
        return id.error();
    if (id.value().isNull()) {
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No operator named %1").arg(username)};
    }
    return loadOperator(store, id.value().toLongLong());
}

Result<AuthService::SignInAttempt> AuthService::beginLogin(const QString &workspace,
                                                           const QString &username,
                                                           const QString &address,
                                                           qint64 *retryAfterMs)
{
    const LoginThrottle::Verdict verdict = m_throttle.admit(username, address, m_clock());
    if (verdict.refused) {
        *retryAfterMs = verdict.retryAfterMs;
        return Error{QString(protocol::errors::RateLimited),
                     QStringLiteral("Too many sign-ins; try again in %1 s")
                         .arg((verdict.retryAfterMs + 999) / 1000)};
    }
    SignInAttempt attempt{workspace, username.toLower(), address, 0, {}, verdict.delayMs};
    Store *store = m_workspaces.find(workspace);
    if (!store)
        return attempt; // checked against the dummy hash like any unknown account
    auto query = store->run(
        QStringLiteral("SELECT id, password_hash FROM operators WHERE username = ? AND active = 1"),
        {attempt.username});
    if (!query)
        return query.error();
    if (query.value()->next()) {
        attempt.operatorId = query.value()->value(0).toLongLong();
        attempt.storedHash = query.value()->value(1).toString();
    }
    query.value()->finish();
    return attempt;
}

std::optional<QFuture<bool>> AuthService::checkPassword(const SignInAttempt &attempt,
                                                        const QString &password)
{
    return m_checker.check(attempt.operatorId > 0 ? attempt.storedHash : QString(), password);
}

Result<Session> AuthService::finishLogin(const SignInAttempt &attempt, bool passwordMatches)
{
    const qint64 now = m_clock();
    Store *store = m_workspaces.find(attempt.workspace);
    if (!passwordMatches || attempt.operatorId == 0 || !store) {
        m_throttle.recordFailure(attempt.username, attempt.address, now);
        return unauthorized(QStringLiteral("Wrong username or password"));
    }
    // Disabled while its password was being checked: as good as unknown.
    auto profile = loadOperator(*store, attempt.operatorId);
    if (!profile) {
        m_throttle.recordFailure(attempt.username, attempt.address, now);
        return unauthorized(QStringLiteral("Wrong username or password"));
    }
    m_throttle.recordSuccess(attempt.username, attempt.address, now);
    // Each sign-in adds a row: clear the account's dead ones as it does.
    if (auto purged = purgeTokens(*store, attempt.operatorId); !purged)
        return purged.error();
    auto token =
        issueToken(*store, attempt.operatorId, QStringLiteral("session"), m_tokenLifetimeMs);
    if (!token)
        return token.error();
    return Session{token.value(), now + m_tokenLifetimeMs, profile.value()};
}

Result<int> AuthService::purgeTokens(Store &store, qint64 operatorId)
{
    QString sql = QStringLiteral("DELETE FROM tokens WHERE ((expires_at IS NOT NULL AND expires_at "
                                 "<= ?) OR (revoked_at IS NOT NULL AND name = 'session'))");
    QVariantList values{m_clock()};
    if (operatorId > 0) {
        sql += QStringLiteral(" AND operator_id = ?");
        values.append(operatorId);
    }
    return store.update(sql, values);
}

Result<QString> AuthService::issueToken(Store &store, qint64 operatorId, const QString &name,
                                        qint64 lifetimeMs)
{
    if (sodium_init() < 0)
        return Error{QStringLiteral("crypto_unavailable"), QStringLiteral("libsodium failed")};
    QByteArray secret(32, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    const QString token = store.workspace() + u'.' +
                          QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding |
                                                              QByteArray::OmitTrailingEquals));
    const qint64 now = m_clock();
    const QVariant expires = lifetimeMs > 0 ? QVariant(now + lifetimeMs) : QVariant();
    auto stored = store.run(QStringLiteral("INSERT INTO tokens (token_hash, operator_id, name, "
                                           "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
                            {hashToken(token), operatorId, name, now, expires});
    if (!stored)
        return stored.error();
    return token;
}

Result<int> AuthService::revokeTokens(Store &store, const QString &name)
{
    m_cache.clear();
    return store.update(
        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"),
        {m_clock(), name});
}

Result<void> AuthService::logout(const Caller &caller)
{
    m_cache.remove(caller.tokenHash);
    auto revoked =
        caller.store->run(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE token_hash = ?"),
                          {m_clock(), caller.tokenHash});
    if (!revoked)
        return revoked.error();
    return {};
}

void AuthService::forgetOperator(qint64 operatorId)
{
    m_cache.removeIf(
        [operatorId](const auto &entry) { return entry.value().caller.operatorId == operatorId; });
}

void AuthService::forgetWorkspace(const QString &workspace)
{
    m_cache.removeIf(
        [&workspace](const auto &entry) { return entry.value().caller.workspace == workspace; });
}

QByteArrayView AuthService::tokenWorkspace(QByteArrayView authorizationHeader)
{
    if (!authorizationHeader.startsWith("Bearer "))
        return {};
    const QByteArrayView token = authorizationHeader.sliced(7).trimmed();
    const qsizetype dot = token.indexOf('.');
    return dot > 0 ? token.first(dot) : QByteArrayView();
}

Result<Caller> AuthService::authenticate(const QByteArray &authorizationHeader)
{
    if (!authorizationHeader.startsWith("Bearer "))
        return unauthorized(QStringLiteral("Sign in first: no bearer token"));
    const QString token = QString::fromLatin1(authorizationHeader.mid(7).trimmed());
    const QByteArrayView workspace = tokenWorkspace(authorizationHeader);
    Store *store =
        workspace.isEmpty() ? nullptr : m_workspaces.find(QString::fromLatin1(workspace));
    if (!store)
        return unauthorized(QStringLiteral("The token is not valid"));

    const QString tokenHash = hashToken(token);
    const qint64 now = m_clock();
    if (const auto cached = m_cache.constFind(tokenHash);
        cached != m_cache.constEnd() && cached->validUntilMs > now)
        return cached->caller;

    auto query = store->run(
        QStringLiteral(
            "SELECT operator_id, expires_at, revoked_at FROM tokens WHERE token_hash = ?"),
        {tokenHash});
    if (!query)
        return query.error();
    QSqlQuery *row = query.value();
    if (!row->next())
        return unauthorized(QStringLiteral("The token is not valid"));
    const qint64 operatorId = row->value(0).toLongLong();
    const QVariant expires = row->value(1);
    const bool revoked = !row->value(2).isNull();
    row->finish();
    if (revoked)
        return unauthorized(QStringLiteral("The token was signed out"));
    if (!expires.isNull() && expires.toLongLong() <= now)
        return unauthorized(QStringLiteral("The token has expired; sign in again"));

    auto profile = loadOperator(*store, operatorId);
    if (!profile)
        return unauthorized(QStringLiteral("The account is disabled"));
    Caller caller{operatorId, profile.value(), store->workspace(), tokenHash, store};
    qint64 cacheUntil = now + CallerCacheMs;
    if (!expires.isNull())
        cacheUntil = std::min(cacheUntil, expires.toLongLong());
    m_cache.insert(tokenHash, CachedCaller{caller, cacheUntil});
    return caller;
}

} // namespace frontline::server
