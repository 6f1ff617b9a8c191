#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QTabWidget;
class QTableView;

namespace frontline::app {
class DrillDownTicketsModel;
class LocalStore;
class PresenceTimelineModel;
} // namespace frontline::app

namespace frontline::ui {

// A supervisor's look at one operator (a double-click on the board's operators table): her open
// conversations, the tickets she handled today, and her presence over the day. Opening a ticket,
// or her queues and chat limit, is the workspace's to do with the signals below.
class OperatorDrillDown : public QDialog
{
    Q_OBJECT
public:
    // Her tickets come from `store`; her presence from `presence`, which the drill-down keeps.
    OperatorDrillDown(app::LocalStore &store, app::PresenceTimelineModel *presence,
                      QWidget *parent = nullptr);

    // Shows `operatorId` from the start of today (local time) until now.
    void showOperator(const QString &operatorId);
    QString operatorId() const { return m_operatorId; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *openView() const { return m_openView; }
    QTableView *handledView() const { return m_handledView; }
    QListView *presenceList() const { return m_presenceList; }
    // Says why Ctrl+Shift+M opened nothing (no conversation chosen among several, or none open).
    QLabel *monitorHint() const { return m_monitorHint; }
    app::DrillDownTicketsModel *openTickets() const { return m_open; }
    app::DrillDownTicketsModel *handledTickets() const { return m_handled; }
    app::PresenceTimelineModel *presence() const { return m_presence; }

Q_SIGNALS:
    void openTicketRequested(const QString &ticketId);
    // Watch the selected open conversation live (Ctrl+Shift+M).
    void monitorRequested(const QString &ticketId);
    void settingsRequested(const QString &operatorId);

private:
    QTableView *ticketView(app::DrillDownTicketsModel *model, const QString &name,
                           const QString &accessibleName);
    void updateSummary();
    void monitorSelected();

    app::LocalStore &m_store;
    app::DrillDownTicketsModel *m_open;
    app::DrillDownTicketsModel *m_handled;
    app::PresenceTimelineModel *m_presence;
    QString m_operatorId;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_openView;
    QTableView *m_handledView;
    QListView *m_presenceList;
    QLabel *m_presenceStatus;
    QLabel *m_monitorHint;
};

} // namespace frontline::ui
