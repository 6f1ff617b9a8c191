#pragma once

#include "protocol/Result.h"
#include "server/clock/Clock.h"

#include <QObject>

class QTimer;

namespace frontline::server {

class ChangeLog;
class Store;
class Workspaces;

// Watches the SLA clocks: a timer on the main thread reads the tickets whose first-response or
// resolution due time has passed while their clock runs (an index holds exactly those), and
// records each breach once, in `sla_breaches` and as an `sla_breach` change in the feed.
class SlaMonitor : public QObject
{
    Q_OBJECT
public:
    SlaMonitor(Workspaces &workspaces, ChangeLog &changes, Clock clock, int scanIntervalMs,
               QObject *parent = nullptr);

    void start();
    // One scan inside its own transaction; the number of breaches recorded.
    Result<int> scan(Store &store);

    static constexpr int BatchSize = 500;

private:
    struct Overdue;
    Result<int> scanKind(Store &store, const QString &kind, qint64 now);
    Result<void> recordBreach(Store &store, const QString &kind, const Overdue &ticket, qint64 now);
    void scanWorkspaces();

    Workspaces &m_workspaces;
    ChangeLog &m_changes;
    Clock m_clock;
    int m_intervalMs;
    QTimer *m_timer = nullptr;
};

} // namespace frontline::server
