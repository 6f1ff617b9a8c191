#include "app/store/Outbox.h"

#include "app/store/LocalStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace frontline::app {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<void> done(const Result<SqlWrite> &query)
{
    if (!query)
        return query.error();
    return {};
}

} // namespace

Result<qint64> Outbox::enqueue(outbox::Kind kind, const QString &targetId,
                               const QJsonObject &payload, qint64 baseVersion,
                               const QString &localId)
{
    // The key is made once, here, and sent with every attempt: retries are replays.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = m_store.write(
        QStringLiteral("INSERT INTO outbox (command, target_id, payload, idempotency_key, "
                       "base_version, local_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {outbox::nameOf(kind), targetId, compact(payload), key, baseVersion,
         localId.isNull() ? QStringLiteral("") : localId, QDateTime::currentMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    m_store.pendingChanges().outbox = true;
    return inserted->lastInsertId().toLongLong();
}

Result<std::optional<OutboxEntry>> Outbox::head() const
{
    auto query = m_store.read(
        QStringLiteral("SELECT id, command, target_id, payload, idempotency_key, base_version, "
                       "local_id, attempts, next_attempt_at, last_error, created_at FROM outbox "
                       "WHERE state = 'pending' ORDER BY id LIMIT 1"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<OutboxEntry>();
    OutboxEntry entry;
    entry.id = query->value(0).toLongLong();
    entry.command = query->value(1).toString();
    entry.kind = outbox::kindNamed(entry.command);
    entry.targetId = query->value(2).toString();
    entry.payload = QJsonDocument::fromJson(query->value(3).toString().toUtf8()).object();
    entry.idempotencyKey = query->value(4).toString();
    entry.baseVersion = query->value(5).toLongLong();
    entry.localId = query->value(6).toString();
    entry.attempts = query->value(7).toInt();
    entry.nextAttemptAtMs = query->value(8).toLongLong();
    entry.lastError = query->value(9).toString();
    entry.createdAtMs = query->value(10).toLongLong();
    return std::optional<OutboxEntry>(entry);
}

Result<void> Outbox::remove(qint64 id)
{
    m_store.pendingChanges().outbox = true;
    return done(m_store.write(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id}));
}

Result<void> Outbox::scheduleRetry(qint64 id, int attempts, qint64 nextAttemptAtMs,
                                   const QString &error)
{
    m_store.pendingChanges().outbox = true;
    return done(m_store.write(QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?, "
                                             "last_error = ? WHERE id = ?"),
                              {attempts, nextAttemptAtMs, error, id}));
}

Result<void> Outbox::markFailed(qint64 id, const QString &error)
{
    m_store.pendingChanges().outbox = true;
    return done(m_store.write(
        QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?"),
        {error, id}));
}

Result<void> Outbox::rebase(qint64 id, qint64 baseVersion, const QJsonObject &payload)
{
    return done(m_store.write(
        QStringLiteral("UPDATE outbox SET base_version = ?, payload = ? WHERE id = ?"),
        {baseVersion, compact(payload), id}));
}

Result<int> Outbox::pendingCount() const
{
    auto query =
        m_store.read(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    if (!query)
        return query.error();
    query.value().next();
    return query->value(0).toInt();
}

Result<int> Outbox::failedCount() const
{
    auto query = m_store.read(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed'"));
    if (!query)
        return query.error();
    query.value().next();
    return query->value(0).toInt();
}

} // namespace frontline::app
