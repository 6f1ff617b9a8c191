#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace frontline::app {
class DrillDownTicketsModel;
class LocalStore;
} // namespace frontline::app

namespace frontline::ui {

// A supervisor's look at one queue (a double-click on the board's queues table): its waiting
// tickets, oldest first, with how long each has waited and its SLA clock.
class QueueDrillDown : public QDialog
{
    Q_OBJECT
public:
    explicit QueueDrillDown(app::LocalStore &store, QWidget *parent = nullptr);

    void showQueue(const QString &queueId);
    QString queueId() const { return m_queueId; }
    QTableView *waitingView() const { return m_view; }
    app::DrillDownTicketsModel *waiting() const { return m_waiting; }

Q_SIGNALS:
    void openTicketRequested(const QString &ticketId);

private:
    void updateSummary();

    app::DrillDownTicketsModel *m_waiting;
    QString m_queueId;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace frontline::ui
