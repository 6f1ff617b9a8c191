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

} // namespace

// The thread's two connections (one writes, one holds the pin) and its statements; they belong to
// the thread that opens them, and live and die there.
struct CacheMaintenance::Connection
{
    struct Statements
    {
        explicit Statements(const QSqlDatabase &db);
        QSqlQuery checkpoint, restart, merge, changes, backlog;
    };

    Connection(const QString &databaseFile, const QString &name);
    ~Connection();
    bool isOpen() const { return db.isOpen(); }
    qint64 totalChanges()
    {
        QSqlQuery &changes = statements->changes;
        return changes.exec() && changes.next() ? changes.value(0).toLongLong() : -1;
    }

    QString name;
    QSqlDatabase db;
    QSqlDatabase pinned;
    std::unique_ptr<Pin> pin;
    std::unique_ptr<Statements> statements;
};

CacheMaintenance::Connection::Statements::Statements(const QSqlDatabase &db)
    : checkpoint(db)
    , restart(db)
    , merge(db)
    , changes(db)
    , backlog(db)
{
    backlog.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE key = ?"));
    restart.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                                   "('log_restarted_at', ?) ON CONFLICT (key) DO UPDATE SET "
                                   "value = excluded.value"));
    merge.prepare(QStringLiteral("INSERT INTO message_fts (message_fts, rank) VALUES ('merge', %1)")
                      .arg(MergePages));
    changes.prepare(QStringLiteral("SELECT total_changes()"));
}

CacheMaintenance::Connection::Connection(const QString &databaseFile, const QString &name)
    : name(name)
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(databaseFile);
    // A write here waits this long for a transaction of the UI thread to end.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
    if (!db.open())
        qCWarning(lcStore) << "cache maintenance cannot open the cache:" << db.lastError().text();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    pinned = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name + QStringLiteral("-pin"));
    pinned.setDatabaseName(databaseFile);
    if (!pinned.open()) // without it the log starts over only at 1.5 times its length
        qCWarning(lcStore) << "cache maintenance cannot open its second connection:"
                           << pinned.lastError().text();
    pin = std::make_unique<Pin>(pinned);
    statements = std::make_unique<Statements>(db);
}

CacheMaintenance::Connection::~Connection()
{
    pin->release();
    pin.reset();
    statements.reset();
    db.close();
    pinned.close();
    db = QSqlDatabase();
    pinned = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    QSqlDatabase::removeDatabase(name + QStringLiteral("-pin"));
}

CacheMaintenance::CacheMaintenance(const QString &databaseFile)
    : CacheMaintenance(databaseFile, Options())
{}

CacheMaintenance::CacheMaintenance(const QString &databaseFile, Options options)
    : m_options(std::move(options))
{
    m_thread.reset(QThread::create([this, databaseFile] { run(databaseFile); }));
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
    m_lastCommitMs.store(now(), std::memory_order_relaxed);
    m_commits.fetch_add(1, std::memory_order_relaxed);
}

CacheMaintenance::Round CacheMaintenance::step()
{
    std::unique_lock lock(m_mutex);
    const quint64 asked = ++m_roundsAsked;
    m_wake.notify_all();
    m_roundEnded.wait(lock, [&] { return m_roundsDone >= asked || m_ended; });
    return m_roundsDone >= asked ? m_lastRound : Round();
}

qint64 CacheMaintenance::now() const
{
    return m_options.clock ? m_options.clock() : QDeadlineTimer::current().deadline();
}

bool CacheMaintenance::pausedFor(qint64 ms) const
{
    return !m_writing.load(std::memory_order_relaxed) &&
           now() - m_lastCommitMs.load(std::memory_order_relaxed) >= ms;
}

void CacheMaintenance::reportSlow(const QElapsedTimer &held, const char *what)
{
    if (held.elapsed() >= SlowStepMs)
        qCDebug(lcStore) << "cache maintenance:" << what << "held the cache for" << held.elapsed()
                         << "ms";
}

void CacheMaintenance::run(const QString &databaseFile)
{
    {
        Connection connection(databaseFile,
                              QStringLiteral("cache-maintenance-%1").arg(quintptr(this)));
        quint64 asked = 0;
        while (connection.isOpen() && waitForRound(asked))
            roundDone(asked, round(connection));
    }
    {
        std::lock_guard lock(m_mutex);
        m_ended = true;
    }
    m_roundEnded.notify_all();
}

bool CacheMaintenance::waitForRound(quint64 &asked)
{
    std::unique_lock lock(m_mutex);
    const auto due = [this] { return m_stop || m_roundsAsked > m_roundsDone; };
    if (m_options.intervalMs > 0)
        m_wake.wait_for(lock, std::chrono::milliseconds(m_options.intervalMs), due);
    else
        m_wake.wait(lock, due);
    asked = m_roundsAsked;
    return !m_stop;
}

void CacheMaintenance::roundDone(quint64 asked, const Round &round)
{
    {
        std::lock_guard lock(m_mutex);
        m_roundsDone = asked;
        m_lastRound = round;
    }
    m_roundEnded.notify_all();
}

CacheMaintenance::Round CacheMaintenance::round(Connection &connection)
{
    Round round;
    round.backlogSteps = indexBacklog(connection);
    round.mergeSteps = mergeIndex(connection);
    maintainLog(connection, round);
    return round;
}

// The message index's backlog (MessageIndex), a chunk per transaction while the UI thread pauses.
int CacheMaintenance::indexBacklog(Connection &connection)
{
    QSqlQuery &backlog = connection.statements->backlog;
    backlog.addBindValue(QString::fromLatin1(MessageIndex::BacklogKey));
    const bool behind = backlog.exec() && backlog.next();
    backlog.finish();
    int steps = 0;
    while (behind && steps < 50 && pausedFor(QuietMs)) {
        QElapsedTimer held;
        held.start();
        QSqlQuery transaction(connection.db);
        if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE")))
            break;
        auto caughtUp = MessageIndex::indexBacklog(connection.db, BacklogChunk);
        if (!caughtUp || !transaction.exec(QStringLiteral("COMMIT"))) {
            qCDebug(lcStore) << "message index:"
                             << (caughtUp ? transaction.lastError().text()
                                          : caughtUp.error().message);
            transaction.exec(QStringLiteral("ROLLBACK"));
            break;
        }
        reportSlow(held, "a step of the message index's backlog");
        ++steps;
        m_mergedAt = ~quint64(0); // new segments to merge
        if (caughtUp.value())
            break;
    }
    return steps;
}

// Merge steps while the UI thread is idle (or pauses, once many commits wait), until FTS5 reports
// no work left (fewer than two changes) or new commits arrive.
int CacheMaintenance::mergeIndex(Connection &connection)
{
    const bool overdue = m_commits.load() - m_mergeTriedAt >= MergeBacklogCommits;
    const qint64 pause = overdue ? QuietMs : IdleMs;
    int steps = 0;
    while (steps < 20 && m_mergedAt != m_commits.load() && pausedFor(pause)) {
        const quint64 commits = m_commits.load();
        m_mergeTriedAt = commits;
        const qint64 before = connection.totalChanges();
        QElapsedTimer held;
        held.start();
        QSqlQuery &merge = connection.statements->merge;
        const bool merged = merge.exec();
        reportSlow(held, "a merge step");
        if (!merged) {
            qCDebug(lcStore) << "merge:" << merge.lastError().text();
            break;
        }
        ++steps;
        if (connection.totalChanges() - before < 2) {
            m_mergedAt = commits;
            break;
        }
    }
    return steps;
}

// The log. A PASSIVE checkpoint does not stop the writer, and runs once the log is `walPages`
// long. The first write after a checkpoint that copied the whole log starts the log over and
// syncs its header (20-200 ms here) under the write lock, so that write is made here, at once;
// and a pin (a read snapshot taken at the previous round) keeps a checkpoint from copying the
// whole log unless the UI thread has not committed since: under a stream of commits the log is
// not started over, and a commit does not wait for that sync. At 1.5 times the length (a first
// sync, a stream that never pauses) the pin goes, and the log is started over by whoever writes
// next; LocalStore's own commits checkpoint only past 10,000 pages.
void CacheMaintenance::maintainLog(Connection &connection, Round &round)
{
    const int walPages = m_options.walPages;
    const int walFrames = m_walFrames.load(std::memory_order_relaxed);
    const bool longLog = walFrames >= walPages + walPages / 2;
    Pin &pin = *connection.pin;
    if (walFrames < walPages) {
        pin.release();
        return;
    }
    if (!pin.isOpen() && !longLog) { // checkpoint next round, against this snapshot
        pin.take();
        return;
    }
    if (longLog)
        pin.release();
    QElapsedTimer held;
    held.start();
    QSqlQuery &checkpoint = connection.statements->checkpoint;
    round.checkpointed =
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && checkpoint.next();
    reportSlow(held, "a checkpoint (no write lock)");
    if (!round.checkpointed)
        qCDebug(lcStore) << "checkpoint:" << checkpoint.lastError().text();
    const bool whole =
        round.checkpointed && checkpoint.value(2).toInt() >= checkpoint.value(1).toInt();
    checkpoint.finish();
    if (whole)
        round.logRestarted = restartLog(connection);
    if (!longLog && !whole)
        pin.take();
}

// Everything is in the database file: the next write starts the log over and syncs its header.
// That write is made here, at once, without the pin (a reader keeps the log from starting over).
bool CacheMaintenance::restartLog(Connection &connection)
{
    connection.pin->release();
    QSqlQuery &restart = connection.statements->restart;
    restart.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
    QElapsedTimer held;
    held.start();
    const bool restarted = restart.exec();
    reportSlow(held, "the log's restart");
    if (restarted)
        m_walFrames.store(0, std::memory_order_relaxed);
    else
        qCDebug(lcStore) << "log restart:" << restart.lastError().text();
    return restarted;
}

} // namespace frontline::app
