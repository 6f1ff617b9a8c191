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
    explicit CacheMaintenance(const QString &databaseFile, int walPages = 4000,
                              int intervalMs = 100);
    ~CacheMaintenance();
    CacheMaintenance(const CacheMaintenance &) = delete;
    CacheMaintenance &operator=(const CacheMaintenance &) = delete;

    // From the writing connection's WAL hook, after each of its commits.
    void committed(int walFrames);
    // From the writing connection when its transaction begins and ends: no step of this thread
    // starts while one is open (it would wait for the lock, and then the next one for it).
    void writing(bool open) { m_writing.store(open, std::memory_order_relaxed); }

private:
    void run(const QString &databaseFile, int walPages, int intervalMs);

    std::atomic<int> m_walFrames{0};
    std::atomic<qint64> m_lastCommitMs{0};
    std::atomic<bool> m_writing{false};
    std::atomic<quint64> m_commits{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace frontline::app
