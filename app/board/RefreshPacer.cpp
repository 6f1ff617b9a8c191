#include "app/board/RefreshPacer.h"

#include <QTimer>

namespace frontline::app {

RefreshPacer::RefreshPacer(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_interval(intervalMs)
    , m_waiting(new QTimer(this))
{
    m_waiting->setSingleShot(true);
    connect(m_waiting, &QTimer::timeout, this, &RefreshPacer::fire);
}

void RefreshPacer::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    if (m_waiting->isActive()) {
        m_waiting->stop();
        ask();
    }
}

bool RefreshPacer::isPending() const
{
    return m_waiting->isActive();
}

void RefreshPacer::ask()
{
    if (m_waiting->isActive())
        return; // the waiting refresh will take this move too
    const qint64 passed = m_since.isValid() ? m_since.elapsed() : m_interval;
    if (passed >= m_interval)
        fire();
    else
        m_waiting->start(int(m_interval - passed));
}

void RefreshPacer::refreshed()
{
    m_waiting->stop();
    m_since.start();
}

void RefreshPacer::cancel()
{
    m_waiting->stop();
}

void RefreshPacer::fire()
{
    m_since.start();
    Q_EMIT due();
}

} // namespace frontline::app
