#pragma once

#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace frontline::server {

// Copies SQLite's write-ahead log into the database file from a thread of its own, once a
// second, so that no request waits behind a checkpoint (SQLite would otherwise run one inside the
// commit that crosses the threshold, stalling the single request thread). PASSIVE checkpoints
// never block the writer; the request connection keeps a high automatic threshold as a backstop.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &databaseFile, int intervalMs = 1000);
    ~WalCheckpointer();

private:
    std::atomic_bool m_stop{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace frontline::server
