#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <functional>

namespace frontline::server {

// Work on the request thread that must not hold production up: a trainer's sandboxes' simulated
// customers (issue 19). Each piece runs in an event-loop turn of its own, after what the loop
// already has waiting, and is put off while `foregroundWaiting` says production's requests are
// queued; so production waits for one piece at most, never for a pile of them. Under production
// load that never lets up, a piece put off for maxDeferMs runs anyway: the lane slows, never stops.
class BackgroundLane : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundLane(QObject *parent = nullptr);

    // How long a piece may be put off (50 ms unless set).
    void setMaxDeferMs(qint64 ms) { m_maxDeferMs = ms; }

    // Asked before each piece; true puts it off to the loop's next turn.
    void setForegroundWaiting(std::function<bool()> waiting)
    {
        m_foregroundWaiting = std::move(waiting);
    }
    // Runs `work` on this object's thread, after the pieces posted before it.
    void post(std::function<void()> work);
    // Pieces not run yet.
    std::size_t waiting() const { return m_work.size(); }
    // Runs every piece now, those posted meanwhile too, whatever waits in the foreground: the
    // test clock's advance does, so that what the time passed brought is done before the next
    // request, as in real time it would be.
    void drain();

private:
    void runNext();
    void schedule();

    std::deque<std::function<void()>> m_work;
    std::function<bool()> m_foregroundWaiting;
    bool m_scheduled = false;
    qint64 m_maxDeferMs = 50;
    QElapsedTimer m_deferred; // since the piece at the front was first put off; invalid: it wasn't
};

} // namespace frontline::server
