#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

class QElapsedTimer;
class QThread;

namespace frontline::app {

// The cache's housekeeping, on a thread of its own so that no command or feed page waits for
// it on the thread that runs the UI:
// * WAL checkpoints. With synchronous=NORMAL SQLite also syncs the log's header when a writer
//   starts the log over after a complete checkpoint, under the write lock; whichever connection
//   writes first pays that sync, so this thread makes that first write itself, right after its
//   checkpoint. A read snapshot it holds from one round to the next keeps a checkpoint from
//   being complete unless the UI thread has not committed in between, so the log starts over in
//   the UI thread's pauses. When the UI thread writes without pause (a first sync), the log
//   starts over at one and a half times `walPages` pages, at whichever write comes first.
// * Merging the message index. message_fts does not merge its segments as it is written
//   (automerge=0, migration 5): FTS5's incremental merge took 20-30 ms of a command's commit now
//   and then. The merges happen here instead, a few pages at a time, when the UI thread has been
//   idle for a while (or in its short pauses once many commits wait).
class CacheMaintenance
{
public:
    struct Options
    {
        // The log's length in pages from which it is checkpointed and started over.
        int walPages = 4000;
        // Between two rounds; 0: a round runs only when step() asks for one.
        int intervalMs = 100;
        // Monotonic milliseconds, for the UI thread's pauses; the system's when empty.
        std::function<qint64()> clock;
    };
    // What one round did.
    struct Round
    {
        int backlogSteps = 0; // chunks of the message index's backlog indexed
        int mergeSteps = 0;   // merge steps of the message index
        bool checkpointed = false;
        bool logRestarted = false;
    };

    explicit CacheMaintenance(const QString &databaseFile);
    CacheMaintenance(const QString &databaseFile, Options options);
    ~CacheMaintenance();
    CacheMaintenance(const CacheMaintenance &) = delete;
    CacheMaintenance &operator=(const CacheMaintenance &) = delete;

    // From the writing connection's WAL hook, after each of its commits.
    void committed(int walFrames);
    // From the writing connection when its transaction begins and ends: no step of this thread
    // starts while one is open (it would wait for the lock, and then the next one for it).
    void writing(bool open) { m_writing.store(open, std::memory_order_relaxed); }

    // Runs a round on the housekeeping thread now and waits for it: tests drive the rounds so
    // (with intervalMs 0) instead of waiting for the timer.
    Round step();

private:
    struct Connection;

    void run(const QString &databaseFile);
    // Waits for the timer or a step(); false when the store closes. `asked`: the steps it serves.
    bool waitForRound(quint64 &asked);
    void roundDone(quint64 asked, const Round &round);
    Round round(Connection &connection);
    int indexBacklog(Connection &connection);
    int mergeIndex(Connection &connection);
    void maintainLog(Connection &connection, Round &round);
    bool restartLog(Connection &connection);
    bool pausedFor(qint64 ms) const;
    qint64 now() const;
    static void reportSlow(const QElapsedTimer &held, const char *what);

    Options m_options;
    std::atomic<int> m_walFrames{0};
    std::atomic<qint64> m_lastCommitMs{0};
    std::atomic<bool> m_writing{false};
    std::atomic<quint64> m_commits{0};
    // The thread's own: the commit count when the index was last found merged, and at the last
    // merge step.
    quint64 m_mergedAt = ~quint64(0);
    quint64 m_mergeTriedAt = 0;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_roundEnded;
    bool m_stop = false;
    bool m_ended = false; // the thread left its loop (stopped, or the cache would not open)
    quint64 m_roundsAsked = 0;
    quint64 m_roundsDone = 0;
    Round m_lastRound;
    std::unique_ptr<QThread> m_thread;
};

} // namespace frontline::app
