#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace frontline::app {

// The cache's housekeeping, on a thread of its own so that no command or feed page waits for
// it on the thread that runs the UI:
// * WAL checkpoints. With synchronous=NORMAL SQLite also syncs the log's header when a writer
//   starts the log over after a complete checkpoint; whichever connection writes first pays that
//   sync, so this thread makes that first write itself, right after its checkpoint, when the UI
//   thread has not committed for a moment. When the UI thread writes without pause (a first
//   sync), it restarts the log itself, once per `walPages` pages.
// * Merging the message index. message_fts does not merge its segments as it is written
//   (automerge=0, migration 5): FTS5's incremental merge took 20-30 ms of a command's commit now
//   and then. The merges happen here instead, a few pages at a time, in the UI thread's pauses.
class CacheMaintenance
{
public:
    explicit CacheMaintenance(const QString &databaseFile, int walPages = 4000,
                              int intervalMs = 100);
    ~CacheMaintenance();
    CacheMaintenance(const CacheMaintenance &) = delete;
    CacheMaintenance &operator=(const CacheMaintenance &) = delete;

    // From the writing connection's WAL hook, after each of its commits.
    void committed(int walFrames);

private:
    void run(const QString &databaseFile, int walPages, int intervalMs);

    std::atomic<int> m_walFrames{0};
    std::atomic<qint64> m_lastCommitMs{0};
    std::atomic<quint64> m_commits{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace frontline::app
