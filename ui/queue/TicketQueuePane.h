#pragma once

#include "ui/common/Pane.h"

#include <QHash>

class QComboBox;
class QLineEdit;
class QTableView;

class QAction;
namespace frontline::app {
class LocalStore;
class OperatorCommands;
class TicketQueueModel;
} // namespace frontline::app

namespace frontline::ui {

// The operator's ticket queue: filters over a table of tickets that pages from the local cache.
// Enter opens the selected ticket; Space (on an unassigned ticket) or Ctrl+Shift+C claims it.
// Rows keep their order while the pointer is over the list (see docs/decisions.md); a live
// update re-sorts them when it leaves or a key is pressed. Escape in the search clears it.
class TicketQueuePane : public Pane
{
    Q_OBJECT
public:
    explicit TicketQueuePane(app::LocalStore &store, app::OperatorCommands &commands,
                             const QString &myId, QWidget *parent = nullptr);

    app::TicketQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *queueFilter() const { return m_queue; }
    class TicketQueueColumns *columns() const { return m_columns; }
    QString currentTicketId() const;

    // The table's columns (order, widths, sort), kept across restarts by the shell.
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);

public Q_SLOTS:
    void focusSearch();
    void selectTicket(const QString &ticketId);
    // Claims the selected ticket; says why not in the pane when it cannot. It is said to be
    // hers only once the back office agrees (claimAccepted), or why not (claimRefused).
    void claimCurrent();
    void claimAccepted(const QString &ticketId);
    // False when the claim was not made here (someone else tells the operator).
    bool claimRefused(const QString &ticketId, const QString &why);
    void openCurrent();

Q_SIGNALS:
    void ticketActivated(const QString &ticketId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    void buildFilters();
    void buildTable();
    // The error line under the table and the claim and search shortcuts.
    void buildMessageAndActions();
    void connectFilters();
    void connectModel();
    void applyFilter();
    void fillQueues();
    void showMessage(const QString &text);
    bool filterViewEvent(QEvent *event);

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    app::TicketQueueModel *m_model;
    QComboBox *m_scope;
    QComboBox *m_channel;
    QComboBox *m_status;
    QComboBox *m_queue;
    QLineEdit *m_search;
    QTableView *m_view;
    class TicketQueueColumns *m_columns = nullptr;
    class QLabel *m_message;
    QAction *m_claimAction = nullptr;
    QAction *m_searchAction = nullptr;
    QString m_topId;                   // the first visible row's ticket during a live update
    QHash<QString, qint64> m_claiming; // ticket id -> number, claims on their way
};

} // namespace frontline::ui
