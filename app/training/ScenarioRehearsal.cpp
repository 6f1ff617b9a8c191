#include "app/training/ScenarioRehearsal.h"

#include <QDateTime>

#include <algorithm>

namespace frontline::app {

ScenarioRehearsal::ScenarioRehearsal(const protocol::PackScenario &scenario, QObject *parent,
                                     Clock wallClock)
    : QObject(parent)
    , m_wall(wallClock ? std::move(wallClock)
                       : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_script(scenario, [this] { return now(); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScenarioRehearsal::catchUp);
}

qint64 ScenarioRehearsal::now() const
{
    return m_wall() + m_skipped;
}

void ScenarioRehearsal::start()
{
    if (m_script.started())
        return;
    take(m_script.start());
}

void ScenarioRehearsal::act(const protocol::TraineeAction &action)
{
    if (!m_script.started())
        start();
    take(m_script.onTrainee(action));
}

qint64 ScenarioRehearsal::nextAt() const
{
    qint64 next = m_script.nextDeadline();
    if (!m_pending.isEmpty() && (next == 0 || m_pending.first().at < next))
        next = m_pending.first().at;
    return next;
}

bool ScenarioRehearsal::typing() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [](const auto &action) {
        return action.kind == protocol::CustomerAction::Kind::Say;
    });
}

bool ScenarioRehearsal::skipWait()
{
    const qint64 next = nextAt();
    if (next == 0)
        return false;
    m_skipped += std::max<qint64>(0, next - now());
    catchUp();
    return true;
}

void ScenarioRehearsal::take(const QList<protocol::CustomerAction> &actions)
{
    for (const protocol::CustomerAction &action : actions) {
        const auto at = std::upper_bound(
            m_pending.begin(), m_pending.end(), action.at,
            [](qint64 time, const protocol::CustomerAction &each) { return time < each.at; });
        m_pending.insert(at, action);
    }
    catchUp();
}

// Everything due by now, in order; then a silence branch whose time has come, if any.
void ScenarioRehearsal::catchUp()
{
    m_pending.append(m_script.poll());
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    const qint64 time = now();
    while (!m_pending.isEmpty() && m_pending.first().at <= time) {
        const protocol::CustomerAction action = m_pending.takeFirst();
        switch (action.kind) {
        case protocol::CustomerAction::Kind::Say:
            Q_EMIT customerSaid(action.text);
            break;
        case protocol::CustomerAction::Kind::Rate:
            Q_EMIT customerRated(action.rating);
            break;
        case protocol::CustomerAction::Kind::End:
            Q_EMIT customerLeft();
            break;
        case protocol::CustomerAction::Kind::GoSilent:
            Q_EMIT customerWentSilent();
            break;
        }
    }
    schedule();
    Q_EMIT stateChanged();
}

void ScenarioRehearsal::schedule()
{
    const qint64 next = nextAt();
    if (next == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(next - now(), 0, 24 * 3600 * 1000)));
}

} // namespace frontline::app
