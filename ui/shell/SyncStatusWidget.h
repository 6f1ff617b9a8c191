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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showConnection(app::SyncEngine::Connection connection);
    void showPending(int pending);
    void showConflicts(int conflicts);

    const app::SyncEngine *m_engine = nullptr;
    int m_pendingCount = 0;
    int m_conflictCount = 0;
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_conflicts;
};

} // namespace frontline::ui
