#pragma once

#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace frontline::server {

// Copies SQLite's write-ahead log into the database file from a thread of its own, so that the
// request thread, the only writer, never pays for a checkpoint or for restarting the log.
//
// SQLite makes the writer pay twice: a commit that crosses `wal_autocheckpoint` runs the whole
// checkpoint (two or three fsyncs), and the first commit after a checkpoint that caught up with
// the log starts the log over and fsyncs its header before writing (a rule that keeps a power
// cut from corrupting the database, and cannot be skipped). Both cost 5-50 ms on a virtual disk
// and set the request thread's tail latency.
//
// So the checkpointer keeps a read snapshot open on a second connection (the "pin") and checks
// the log every `pollMs`: PASSIVE checkpoints copy pages up to the pin, never all the way, so the
// writer never finds the log fully copied and keeps appending; the pin moves forward once
// `advanceFrames` new frames have been written. Only when the log holds `restartFrames` frames
// does the checkpointer let go of the pin and catch up, so that the next commit starts the log
// over: one header fsync on the writer per `restartFrames` frames, instead of one a second.
// The writer's own automatic checkpoint stays as a backstop at twice that size.
class WalCheckpointer
{
public:
    struct Settings
    {
        int pollMs = 100;
        int advanceFrames = 1000;  // about 4 MiB of 4 KiB pages
        int restartFrames = 32768; // about 128 MiB: the log file's size on disk at its largest
    };

    // Checks the log every `pollMs` on a thread of its own.
    WalCheckpointer(const QString &databaseFile, Settings settings);
    explicit WalCheckpointer(const QString &databaseFile);
    // One that runs only when step() is called, on the caller's thread: tests drive it round by
    // round instead of waiting on its timer (`pollMs` is not used).
    static std::unique_ptr<WalCheckpointer> driven(const QString &databaseFile, Settings settings);
    ~WalCheckpointer();

    // Frames the writer's backstop automatic checkpoint should allow (PRAGMA wal_autocheckpoint).
    int writerBackstopFrames() const { return 2 * m_settings.restartFrames; }

    // One round of what the thread does every `pollMs`; only for a driven() checkpointer.
    void step();

private:
    class Rounds;
    struct Driven
    {
    };
    WalCheckpointer(const QString &databaseFile, Settings settings, Driven);
    void run(const QString &databaseFile);

    const Settings m_settings;
    std::atomic_bool m_stop{false};
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<Rounds> m_rounds; // a driven checkpointer's connections and pin
};

} // namespace frontline::server
