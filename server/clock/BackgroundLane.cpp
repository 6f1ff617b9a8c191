#include "server/clock/BackgroundLane.h"

namespace frontline::server {

BackgroundLane::BackgroundLane(QObject *parent)
    : QObject(parent)
{}

void BackgroundLane::post(std::function<void()> work)
{
    m_work.push_back(std::move(work));
    schedule();
}

void BackgroundLane::schedule()
{
    if (std::exchange(m_scheduled, true))
        return;
    // A posted call: Qt runs what is posted meanwhile (a batch of production's requests) in the
    // order posted, so production's batch goes before this lane's next piece.
    QMetaObject::invokeMethod(this, &BackgroundLane::runNext, Qt::QueuedConnection);
}

void BackgroundLane::drain()
{
    while (!m_work.empty()) {
        std::function<void()> work = std::move(m_work.front());
        m_work.pop_front();
        work();
    }
}

void BackgroundLane::runNext()
{
    m_scheduled = false;
    if (m_work.empty())
        return;
    if (m_foregroundWaiting && m_foregroundWaiting()) {
        if (!m_deferred.isValid())
            m_deferred.start();
        if (m_deferred.elapsed() < m_maxDeferMs) {
            schedule();
            return;
        }
    }
    m_deferred.invalidate();
    std::function<void()> work = std::move(m_work.front());
    m_work.pop_front();
    work();
    if (!m_work.empty())
        schedule();
}

} // namespace frontline::server
