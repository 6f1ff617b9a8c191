#pragma once

#include "app/net/ApiReply.h"
#include "app/store/Outbox.h"
#include "protocol/Result.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace frontline::app {

class BackOfficeClient;
class LocalStore;
class RealtimeChannel;

// Keeps the LocalStore and the back office in step: pushes the outbox in order, one command at a
// time (messages, claims and escalations with their Idempotency-Key, ticket updates with
// If-Match), then pulls the change
// feed page by page. Network failures are retried with jittered exponential backoff, the
// outbox's retry state kept in the database. A stale ticket update (412) becomes a conflict
// record unless the fields it changes are untouched on the server, never a silent overwrite.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Offline,
        Syncing,
        Online,
        Error
    };
    Q_ENUM(State)
    // What the UI shows of the connection: a retry after a failure keeps showing the failure
    // (Offline or SyncError) until the back office answers, instead of blinking to Syncing.
    enum class Connection
    {
        Online,
        Syncing,
        Offline,
        SyncError
    };
    Q_ENUM(Connection)

    SyncEngine(LocalStore &store, BackOfficeClient &client, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setRetryDelays(int baseMs, int maxMs);
    void setPageSize(int changes) { m_pageSize = changes; }
    // Once the cache has caught up, what is pulled is applied on the GUI thread in pages of at
    // most this many changes, each its own short event (a first sync reads the largest pages).
    void setLivePageSize(int changes) { m_livePageSize = changes; }
    // How often to read the feed while no realtime channel is connected.
    void setPollInterval(int milliseconds);
    // Pokes from `channel` trigger a pull; while it is down the engine polls instead.
    void attachRealtime(RealtimeChannel *channel);

    // Starts polling (or listening) and runs a first cycle.
    void start();
    void stop();
    // Push, then pull until the feed is idle. `ignoreBackoff` sends a command waiting for its
    // retry time at once (a user asked to sync).
    void syncNow(bool ignoreBackoff = false);

    State state() const { return m_state; }
    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    // Syncing again after a failure (the last error stays until a cycle succeeds): the UI keeps
    // showing the failure instead of blinking to "syncing" at every attempt.
    bool isRetrying() const { return m_state == State::Syncing && !m_lastError.isEmpty(); }
    // The one connection state every widget shows (the status bar, the conversation's banner).
    Connection connection() const { return m_connection; }
    int pendingCount() const { return m_pending; }
    int conflictCount() const { return m_conflicts; }

Q_SIGNALS:
    void stateChanged(frontline::app::SyncEngine::State state);
    void connectionChanged(frontline::app::SyncEngine::Connection connection);
    void pendingCountChanged(int pending);
    void conflictCountChanged(int conflicts);
    // A push-and-pull cycle ended; `ok` when it reached an idle feed without errors.
    void cycleFinished(bool ok);
    void pageApplied(qint64 cursor);
    void commandDelivered(frontline::app::outbox::Kind command, const QString &targetId);
    void commandRefused(frontline::app::outbox::Kind command, const QString &targetId,
                        const QString &error);

private:
    void pushNext();
    void onPushed(const OutboxEntry &entry, const ApiReply &reply);
    Result<void> deliver(const OutboxEntry &entry, const ApiReply &reply);
    // The cache's side of a delivered command: the back office's answer replaces the echo.
    Result<void> storeAnswer(const OutboxEntry &entry, const QJsonObject &answer);
    Result<void> refuse(const OutboxEntry &entry, const ApiError &error);
    void resolveStale(const OutboxEntry &entry);
    Result<bool> settleStale(const OutboxEntry &entry, const QJsonObject &latest);
    void retryLater(const OutboxEntry &entry, const ApiError &error);
    void pull(qint64 since);
    void onPulled(const ApiReply &reply, qint64 since);
    void networkFailure(const ApiError &error);
    void localFailure(const Error &error);
    void finish(bool ok);
    void setState(State state);
    void updateConnection();
    void updateCounts();
    int backoffMs(int attempts) const;
    void armRetry(int delayMs);
    ApiRequest requestFor(const OutboxEntry &entry) const;

    LocalStore &m_store;
    BackOfficeClient &m_client;
    // Guarded: a channel may go before the engine (a test's, or on shutdown).
    QPointer<RealtimeChannel> m_realtime;
    QTimer *m_retryTimer;
    QTimer *m_pollTimer;
    State m_state = State::Offline;
    Connection m_connection = Connection::Offline;
    QString m_lastError;
    bool m_busy = false;
    bool m_rerun = false;
    bool m_force = false;
    bool m_running = false;
    // The back office's largest page: a first sync is hundreds of pages, and each costs a round
    // trip and a commit (the full-text index writes a segment per commit).
    int m_pageSize = 5000;
    // 250 changes apply in a few milliseconds; a live board's frame stays far under 16 ms.
    int m_livePageSize = 250;
    bool m_firstSync = false; // from a pull from the feed's start until a cycle ends well
    int m_pullGeneration = 0; // a pull's answer from an earlier cycle is dropped
    int m_baseDelayMs = 1000;
    int m_maxDelayMs = 60000;
    int m_failures = 0; // consecutive failed cycles, for the pull's backoff
    int m_pending = -1;
    int m_conflicts = -1;
};

} // namespace frontline::app
