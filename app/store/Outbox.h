#pragma once

#include "app/outbox/OutboxCommand.h"
#include "protocol/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace frontline::app {

class LocalStore;

// A command waiting to reach the back office. The retry state (attempts, next attempt, last
// error) is stored with it, so a restart resumes where the last run stopped.
struct OutboxEntry
{
    qint64 id = 0;
    QString command;                  // the name the row stores
    std::optional<outbox::Kind> kind; // none for a name this version does not know
    QString targetId;
    QJsonObject payload;
    QString idempotencyKey;
    qint64 baseVersion = 0;
    QString localId; // the local echo's id, for commands that create something
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString lastError;
    qint64 createdAtMs = 0;
};

// The outbox table of a LocalStore: commands in the order they were given.
class Outbox
{
public:
    explicit Outbox(LocalStore &store)
        : m_store(store)
    {}

    // Call inside the transaction that writes the command's local echo.
    Result<qint64> enqueue(outbox::Kind kind, const QString &targetId, const QJsonObject &payload,
                           qint64 baseVersion = 0, const QString &localId = {});
    // The oldest pending command.
    Result<std::optional<OutboxEntry>> head() const;
    Result<void> remove(qint64 id);
    Result<void> scheduleRetry(qint64 id, int attempts, qint64 nextAttemptAtMs,
                               const QString &error);
    // Refused for good (403, 404, 409, 422): kept for the operator to see, no longer sent.
    Result<void> markFailed(qint64 id, const QString &error);
    Result<void> rebase(qint64 id, qint64 baseVersion, const QJsonObject &payload);
    // Pending commands that have not reached the back office yet.
    Result<int> pendingCount() const;
    Result<int> failedCount() const;

private:
    LocalStore &m_store;
};

} // namespace frontline::app
