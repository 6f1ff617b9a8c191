#include "app/store/CacheMaintenance.h"

#include "app/store/MessageIndex.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace frontline::app {
namespace {

// The UI thread counts as pausing when it has no transaction open and has not committed for
// this long: a step of the message index's backlog (a first sync's messages, a few
// milliseconds of the write lock) waits for such a pause, so it neither waits for a page of
// the sync nor makes the next page wait for it.
constexpr qint64 QuietMs = 50;
// ... and as idle this long after a commit: merges of the message index wait for that. Under a
// stream of commits (a busy queue, 20 messages a second) a pause of 50 ms is only the gap
// between two of them, and a merge step in it (10-25 ms of the write lock) made the next commit,
// and the UI's frame, wait.
constexpr qint64 IdleMs = 400;
// Commits after which merges no longer wait for the UI to be idle, only for a pause: the index
// must not pile up segments under a stream that never stops.
constexpr quint64 MergeBacklogCommits = 500;
// Index pages one merge step writes: a few milliseconds of holding the write lock.
constexpr int MergePages = 64;
// Messages of the index's backlog one step indexes (10-50 ms of the write lock here). Each step
// writes an index segment of the whole vocabulary it met: steps of 250 or 500 took the backlog of
// a first sync 2.5 or 1.6 times as long to catch up.
constexpr int BacklogChunk = 1000;
// A step that holds the cache this long is logged (frontline.store.debug).
constexpr qint64 SlowStepMs = 10;

// A read transaction held open on a connection of its own: a checkpoint copies no page that
// was written after it began.
class Pin
{
public:
    explicit Pin(const QSqlDatabase &db)
        : m_db(db)
    {}
    bool isOpen() const { return m_open; }
    void take()
    {
        release();
        if (!m_db.transaction())
            return;
        QSqlQuery read(m_db);
        m_open = read.exec(QStringLiteral("SELECT count(*) FROM sync_state")) && read.next();
        if (!m_open)
            m_db.rollback();
    }
    void release()
    {
        if (m_open)
            m_db.rollback();
        m_open = false;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

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
    const QString pinConnection = connection + QStringLiteral("-pin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databaseFile);
        // A write here waits this long for a transaction of the UI thread to end.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
        if (!db.open())
            qCWarning(lcStore) << "cache maintenance cannot open the cache:"
                               << db.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        QSqlDatabase pinned = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), pinConnection);
        pinned.setDatabaseName(databaseFile);
        if (!pinned.open()) // without it the log starts over only at 1.5 times its length
            qCWarning(lcStore) << "cache maintenance cannot open its second connection:"
                               << pinned.lastError().text();
        Pin pin(pinned);
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
        quint64 mergeTriedAt = 0;       // commit count at the last merge step
        while (db.isOpen()) {
            {
                std::unique_lock lock(m_mutex);
                if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs),
                                    [this] { return m_stop; }))
                    break;
            }
            const auto pausedFor = [this](qint64 ms) {
                return !m_writing.load(std::memory_order_relaxed) &&
                       monotonicMs() - m_lastCommitMs.load(std::memory_order_relaxed) >= ms;
            };
            const auto quiet = [&] { return pausedFor(QuietMs); };
            const auto idle = [&] { return pausedFor(IdleMs); };
            // The message index's backlog (MessageIndex), a chunk per transaction while the UI
            // thread pauses.
            backlog.addBindValue(QString::fromLatin1(MessageIndex::BacklogKey));
            const bool behind = backlog.exec() && backlog.next();
            backlog.finish();
            QElapsedTimer held;
            const auto report = [&held](const char *what) {
                if (held.elapsed() >= SlowStepMs)
                    qCDebug(lcStore) << "cache maintenance:" << what << "held the cache for"
                                     << held.elapsed() << "ms";
            };
            for (int step = 0; behind && step < 50 && quiet(); ++step) {
                held.start();
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
                report("a step of the message index's backlog");
                mergedAt = ~quint64(0); // new segments to merge
                if (caughtUp.value())
                    break;
            }
            // Merge steps while the UI thread is idle (or pauses, once many commits wait), until
            // FTS5 reports no work left (fewer than two changes) or new commits arrive.
            const bool overdue = m_commits.load() - mergeTriedAt >= MergeBacklogCommits;
            const auto mayMerge = [&] { return overdue ? quiet() : idle(); };
            for (int step = 0; step < 20 && mergedAt != m_commits.load() && mayMerge(); ++step) {
                const quint64 commits = m_commits.load();
                mergeTriedAt = commits;
                const qint64 before = totalChanges();
                held.start();
                const bool merged = merge.exec();
                report("a merge step");
                if (!merged) {
                    qCDebug(lcStore) << "merge:" << merge.lastError().text();
                    break;
                }
                if (totalChanges() - before < 2) {
                    mergedAt = commits;
                    break;
                }
            }
            // The log. A PASSIVE checkpoint does not stop the writer, and runs once the log is
            // `walPages` long. The first write after a checkpoint that copied the whole log
            // starts the log over and syncs its header (20-200 ms here) under the write lock, so
            // that write is made here, at once; and a pin (a read snapshot taken at the previous
            // round) keeps a checkpoint from copying the whole log unless the UI thread has not
            // committed since: under a stream of commits the log is not started over, and a
            // commit does not wait for that sync. At 1.5 times the length (a first sync, a stream
            // that never pauses) the pin goes, and the log is started over by whoever writes
            // next; LocalStore's own commits checkpoint only past 10,000 pages.
            const int walFrames = m_walFrames.load(std::memory_order_relaxed);
            const bool longLog = walFrames >= walPages + walPages / 2;
            if (walFrames < walPages) {
                pin.release();
                continue;
            }
            if (!pin.isOpen() && !longLog) { // checkpoint next round, against this snapshot
                pin.take();
                continue;
            }
            if (longLog)
                pin.release();
            held.start();
            const bool checkpointed =
                checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) &&
                checkpoint.next();
            report("a checkpoint (no write lock)");
            if (!checkpointed)
                qCDebug(lcStore) << "checkpoint:" << checkpoint.lastError().text();
            const bool whole =
                checkpointed && checkpoint.value(2).toInt() >= checkpoint.value(1).toInt();
            checkpoint.finish();
            if (whole) {
                // Everything is in the database file: the next write starts the log over and
                // syncs its header. Make that write here, at once, without the pin (a reader
                // keeps the log from starting over).
                pin.release();
                restart.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
                held.start();
                const bool restarted = restart.exec();
                report("the log's restart");
                if (restarted)
                    m_walFrames.store(0, std::memory_order_relaxed);
                else
                    qCDebug(lcStore) << "log restart:" << restart.lastError().text();
            }
            if (!longLog && !whole)
                pin.take();
        }
        pin.release();
        checkpoint.clear();
        restart.clear();
        merge.clear();
        changes.clear();
        backlog.clear();
        db.close();
        pinned.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QSqlDatabase::removeDatabase(pinConnection);
}

} // namespace frontline::app
