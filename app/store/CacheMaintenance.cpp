#include "app/store/CacheMaintenance.h"

#include "app/store/MessageIndex.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace frontline::app {
namespace {

// The UI thread counts as busy this long after a commit: a log restart (a write and an fsync)
// or a merge step (a write of a few index pages) waits for a pause.
constexpr qint64 QuietMs = 50;
// Index pages one merge step writes: a few milliseconds of holding the write lock.
constexpr int MergePages = 64;
// Messages of the index's backlog one step indexes: a few milliseconds of the write lock.
constexpr int BacklogChunk = 1000;

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

CacheMaintenance::CacheMaintenance(const QString &databaseFile, int walPages, int intervalMs)
{
    m_thread.reset(QThread::create(
        [this, databaseFile, walPages, intervalMs] { run(databaseFile, walPages, intervalMs); }));
    m_thread->setObjectName(QStringLiteral("cache-maintenance"));
    m_thread->start(QThread::LowPriority);
}

CacheMaintenance::~CacheMaintenance()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
}

void CacheMaintenance::committed(int walFrames)
{
    m_walFrames.store(walFrames, std::memory_order_relaxed);
    m_lastCommitMs.store(monotonicMs(), std::memory_order_relaxed);
    m_commits.fetch_add(1, std::memory_order_relaxed);
}

void CacheMaintenance::run(const QString &databaseFile, int walPages, int intervalMs)
{
    // Qt Sql connections belong to the thread that opens them: this one lives and dies here.
    const QString connection = QStringLiteral("cache-maintenance-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databaseFile);
        // A write here waits this long for a transaction of the UI thread to end.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
        if (!db.open())
            qCWarning(lcStore) << "cache maintenance cannot open the cache:"
                               << db.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        QSqlQuery checkpoint(db), restart(db), merge(db), changes(db), backlog(db);
        backlog.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE key = ?"));
        restart.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                                       "('log_restarted_at', ?) ON CONFLICT (key) DO UPDATE SET "
                                       "value = excluded.value"));
        merge.prepare(QStringLiteral("INSERT INTO message_fts (message_fts, rank) VALUES "
                                     "('merge', %1)")
                          .arg(MergePages));
        changes.prepare(QStringLiteral("SELECT total_changes()"));
        const auto totalChanges = [&] {
            return changes.exec() && changes.next() ? changes.value(0).toLongLong() : -1;
        };
        quint64 mergedAt = ~quint64(0); // commit count when the index was last found merged
        while (db.isOpen()) {
            {
                std::unique_lock lock(m_mutex);
                if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs),
                                    [this] { return m_stop; }))
                    break;
            }
            const auto quiet = [this] {
                return monotonicMs() - m_lastCommitMs.load(std::memory_order_relaxed) >= QuietMs;
            };
            // The message index's backlog (MessageIndex), a chunk per transaction while the UI
            // thread pauses.
            backlog.addBindValue(QString::fromLatin1(MessageIndex::BacklogKey));
            const bool behind = backlog.exec() && backlog.next();
            backlog.finish();
            for (int step = 0; behind && step < 50 && quiet(); ++step) {
                QSqlQuery transaction(db);
                if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE")))
                    break;
                auto caughtUp = MessageIndex::indexBacklog(db, BacklogChunk);
                if (!caughtUp || !transaction.exec(QStringLiteral("COMMIT"))) {
                    qCDebug(lcStore)
                        << "message index:"
                        << (caughtUp ? transaction.lastError().text() : caughtUp.error().message);
                    transaction.exec(QStringLiteral("ROLLBACK"));
                    break;
                }
                mergedAt = ~quint64(0); // new segments to merge
                if (caughtUp.value())
                    break;
            }
            // Merge steps while the UI thread pauses, until FTS5 reports no work left (fewer
            // than two changes) or new commits arrive.
            for (int step = 0; step < 20 && mergedAt != m_commits.load() && quiet(); ++step) {
                const quint64 commits = m_commits.load();
                const qint64 before = totalChanges();
                if (!merge.exec()) {
                    qCDebug(lcStore) << "merge:" << merge.lastError().text();
                    break;
                }
                if (totalChanges() - before < 2) {
                    mergedAt = commits;
                    break;
                }
            }
            if (m_walFrames.load(std::memory_order_relaxed) < walPages)
                continue;
            if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) ||
                !checkpoint.next()) {
                qCDebug(lcStore) << "checkpoint:" << checkpoint.lastError().text();
                continue;
            }
            const int logPages = checkpoint.value(1).toInt();
            const int copiedPages = checkpoint.value(2).toInt();
            checkpoint.finish();
            if (copiedPages < logPages || !quiet())
                continue;
            // Everything is in the database file: the next write starts the log over and syncs
            // its header. Make that write here.
            restart.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
            if (restart.exec())
                m_walFrames.store(0, std::memory_order_relaxed);
            else
                qCDebug(lcStore) << "log restart:" << restart.lastError().text();
        }
        checkpoint.clear();
        restart.clear();
        merge.clear();
        changes.clear();
        backlog.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace frontline::app
