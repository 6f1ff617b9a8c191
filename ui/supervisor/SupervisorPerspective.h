#pragma once

#include "ui/common/ClientParts.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace frontline::app {
class LiveBoard;
class OperatorBoardModel;
class QueueBoardModel;
class StoreDirectory;
} // namespace frontline::app

namespace frontline::ui {

class BoardStorePicker;
class BoardWindowPicker;
class CustomerPane;
class KnowledgeBasePane;
class OperatorBoardPane;
class Pane;
class QueueBoardPane;
class TicketQueuePane;

// The supervisor's screen: the window picker and the board's freshness on top; the operators
// board over the queues board; beside them the alert list (filled by the shell) over the ticket
// queue of every queue, the customer panel and the knowledge base. The live board follows the
// events socket; a ticket activated in the queue shows its customer and KB suggestions. Beside the
// window she picks the whole center or one store; the boards, charts and exports follow it.
// A store's client gets the same boards, read-only (the Store audience): no alerts, no ticket
// queue, customer or knowledge base; beside the boards only the tabs the shell gives it (the
// charts, the store's tickets when its contract shares them). Its board is its project's: the
// back office scopes a client's figures.
class SupervisorPerspective : public QWidget
{
    Q_OBJECT
public:
    enum class Audience
    {
        Supervisor,
        Store
    };

    explicit SupervisorPerspective(const ClientParts &parts, QWidget *parent = nullptr);
    SupervisorPerspective(const ClientParts &parts, Audience audience, QWidget *parent = nullptr);
    ~SupervisorPerspective() override;

    app::LiveBoard *liveBoard() const { return m_board; }
    app::OperatorBoardModel *operatorsModel() const { return m_operatorsModel; }
    app::QueueBoardModel *queuesModel() const { return m_queuesModel; }
    OperatorBoardPane *operatorsPane() const { return m_operators; }
    QueueBoardPane *queuesPane() const { return m_queues; }
    BoardWindowPicker *windowPicker() const { return m_window; }
    // Whole center or one store, beside the window; none for a store's client (its scope is
    // fixed by the back office).
    BoardStorePicker *storePicker() const { return m_store; }
    QLabel *boardState() const { return m_state; }
    Audience audience() const { return m_audience; }
    bool isReadOnly() const { return m_audience == Audience::Store; }
    // None of these four for a store's client.
    Pane *alertPane() const { return m_alerts; }
    TicketQueuePane *ticketQueuePane() const { return m_ticketQueue; }
    CustomerPane *customerPane() const { return m_customer; }
    KnowledgeBasePane *knowledgeBasePane() const { return m_knowledgeBase; }
    // In focus order: operators, queues, alerts, ticket queue, customer, knowledge base, charts
    // (a store's: operators, queues, its tickets, charts).
    QList<QWidget *> panes() const;

    // Puts the alert list into its place (the perspective keeps it).
    void setAlertList(QWidget *list);
    // Puts the charts in a tab beside the ticket queue, customer and knowledge base.
    void setCharts(QWidget *charts);
    QWidget *charts() const { return m_charts; }
    // The store's tickets (read-only), in a tab before the charts.
    void setStoreTickets(QWidget *tickets);
    QWidget *storeTickets() const { return m_storeTickets; }

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

public Q_SLOTS:
    void focusPane(int index);
    void focusWidget(QWidget *pane);
    void focusNextPane(int step = 1);
    void focusFind();
    void focusWindowPicker();

Q_SIGNALS:
    // Enter or a double-click on a row of a board: for the drill-downs.
    void operatorActivated(const QString &operatorId);
    void queueActivated(const QString &queueId);
    // A ticket opened from the ticket queue or the customer's previous tickets.
    void ticketActivated(const QString &ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectPanes();
    void installShortcuts();
    void connectBoard();
    void showBoard();
    void showState();
    void retranslateUi();

    Audience m_audience;
    app::LiveBoard *m_board;
    app::OperatorBoardModel *m_operatorsModel;
    app::QueueBoardModel *m_queuesModel;
    BoardWindowPicker *m_window;
    app::StoreDirectory *m_stores = nullptr;
    BoardStorePicker *m_store = nullptr;
    QLabel *m_state;
    OperatorBoardPane *m_operators;
    QueueBoardPane *m_queues;
    Pane *m_alerts;
    QLabel *m_noAlerts;
    TicketQueuePane *m_ticketQueue;
    CustomerPane *m_customer;
    KnowledgeBasePane *m_knowledgeBase;
    QWidget *m_charts = nullptr;
    QWidget *m_storeTickets = nullptr;
    QTabWidget *m_tabs;
    QSplitter *m_boards;
    QSplitter *m_side;
    QSplitter *m_columns;
    QTimer *m_ticker;
};

} // namespace frontline::ui
