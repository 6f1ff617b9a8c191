#pragma once

#include "app/board/AlertEvaluator.h"
#include "app/store/StoreChangeSet.h"

#include <QObject>
#include <QTimer>

namespace frontline::app {

class LocalStore;

// Feeds a supervisor's AlertEvaluator from the cache (the raised help flags, the SLA breaches of
// the last day with whether their ticket is settled since) whenever the feed changes them, and
// re-evaluates on a timer so conditions that only need time (an idle operator, an ageing wait)
// fire and clear. The live board comes from the LiveBoard (AlertEvaluator::setBoard), the rules
// from the AlertRuleBook (AlertEvaluator::setRules).
class SupervisorAlerts : public QObject
{
    Q_OBJECT
public:
    SupervisorAlerts(LocalStore &store, AlertEvaluator &evaluator, QObject *parent = nullptr);

    // How often time alone re-evaluates (5 s); 0 stops the timer (tests drive evaluate()).
    void setTickInterval(int milliseconds);
    // Reads the flags and breaches from the cache again and hands them to the evaluator.
    void reload();

    static QList<SlaBreachRecord> recentBreaches(const LocalStore &store, const QDateTime &since);

private:
    void onStoreChanged(const StoreChangeSet &changes);

    LocalStore &m_store;
    AlertEvaluator &m_evaluator;
    QTimer m_tick;
};

} // namespace frontline::app
