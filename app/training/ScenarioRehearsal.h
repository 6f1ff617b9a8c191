#pragma once

#include "protocol/CustomerScript.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace frontline::app {

// The pack editor's preview of one scenario (issue 19, item 5): its scripted customer played
// against the trainer on the wall clock. What the customer says after a branch's delay, and a
// silence branch, come when their time comes; "skip the wait" moves the rehearsal's clock on to
// the next of them, so a trainer need not sit through 90 seconds of silence to see the branch.
class ScenarioRehearsal : public QObject
{
    Q_OBJECT
public:
    using Clock = protocol::CustomerScript::Clock;

    explicit ScenarioRehearsal(const protocol::PackScenario &scenario, QObject *parent = nullptr,
                               Clock wallClock = {});

    // Her opening, now.
    void start();
    // What the trainer did; what the customer answers comes at its time.
    void act(const protocol::TraineeAction &action);
    // Moves the clock on to the next thing the customer does; false when nothing waits on time.
    bool skipWait();
    // Does what is due by the clock now (the timer calls it when the next thing's time comes).
    void catchUp();

    // When the customer next does something (epoch ms on this clock); 0: nothing waits on time.
    qint64 nextAt() const;
    // Whether a message of hers is waiting for its delay ("typing").
    bool typing() const;
    QString turn() const { return m_script.turn(); }
    bool ended() const { return m_script.ended(); }
    bool silent() const { return m_script.silent(); }
    int rating() const { return m_script.rating(); }
    qint64 now() const;

Q_SIGNALS:
    void customerSaid(const QString &text);
    void customerRated(int rating);
    void customerLeft();
    void customerWentSilent();
    // The turn, the typing or the next wait changed.
    void stateChanged();

private:
    void take(const QList<protocol::CustomerAction> &actions);
    void schedule();

    Clock m_wall;
    qint64 m_skipped = 0; // how far "skip the wait" moved this clock past the wall's
    protocol::CustomerScript m_script;
    QList<protocol::CustomerAction> m_pending; // by time
    QTimer m_timer;
};

} // namespace frontline::app
