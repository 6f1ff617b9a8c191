#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace frontline::app {

// Copies the cache's write-ahead log into the database file from a thread of its own, so no
// command or feed page waits for a checkpoint's fsyncs on the thread that runs the UI. With
// synchronous=NORMAL, SQLite also syncs the log's header when a writer begins to reuse the log
// after a complete checkpoint; this thread makes that first write itself, right after its
// checkpoint, so that sync lands here too. The store's own connection keeps a high automatic
// checkpoint as a backstop for when this thread cannot keep up (a first sync writes fast).
class CacheCheckpointer
{
public:
    // A passive checkpoint every `intervalMs`; the log starts over once it holds `walPages`.
    explicit CacheCheckpointer(const QString &databaseFile, int walPages = 1000,
                               int intervalMs = 1000);
    ~CacheCheckpointer();
    CacheCheckpointer(const CacheCheckpointer &) = delete;
    CacheCheckpointer &operator=(const CacheCheckpointer &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace frontline::app
