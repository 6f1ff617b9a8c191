#pragma once

#include "app/sync/SyncEngine.h"

#include <QWidget>

class QLabel;

namespace frontline::ui {

// The status bar's word on syncing: connection state, commands waiting in the outbox, conflicts.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void watch(const app::SyncEngine *engine);

    QLabel *connectionLabel() const { return m_connection; }
    QLabel *pendingLabel() const { return m_pending; }
    QLabel *conflictsLabel() const { return m_conflicts; }

private:
    void showState(app::SyncEngine::State state);
    void showPending(int pending);
    void showConflicts(int conflicts);

    const app::SyncEngine *m_engine = nullptr;
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_conflicts;
};

} // namespace frontline::ui
