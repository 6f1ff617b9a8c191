#include "ui/supervisor/SupervisorPerspective.h"

#include "app/board/LiveBoard.h"
#include "app/board/OperatorBoardModel.h"
#include "app/board/QueueBoardModel.h"
#include "app/board/StoreDirectory.h"
#include "app/session/SignedInUser.h"
#include "ui/common/Pane.h"
#include "ui/common/ShortcutTable.h"
#include "ui/customer/CustomerPane.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/supervisor/BoardStorePicker.h"
#include "ui/supervisor/BoardTableView.h"
#include "ui/supervisor/BoardWindowPicker.h"
#include "ui/supervisor/OperatorBoardPane.h"
#include "ui/supervisor/QueueBoardPane.h"

#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QLayout>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace frontline::ui {

SupervisorPerspective::SupervisorPerspective(const ClientParts &parts, QWidget *parent)
    : SupervisorPerspective(parts, Audience::Supervisor, parent)
{}

SupervisorPerspective::SupervisorPerspective(const ClientParts &parts, Audience audience,
                                             QWidget *parent)
    : QWidget(parent)
    , m_audience(audience)
    , m_board(new app::LiveBoard(parts.client, this))
    , m_operatorsModel(new app::OperatorBoardModel(this))
    , m_queuesModel(new app::QueueBoardModel(this))
    , m_window(new BoardWindowPicker(this))
    , m_state(new QLabel(this))
    , m_operators(new OperatorBoardPane(m_operatorsModel, this))
    , m_queues(new QueueBoardPane(m_queuesModel, this))
    , m_alerts(nullptr)
    , m_noAlerts(nullptr)
    , m_ticketQueue(nullptr)
    , m_customer(nullptr)
    , m_knowledgeBase(nullptr)
    , m_tabs(new QTabWidget(this))
    , m_boards(new QSplitter(Qt::Vertical))
    , m_side(new QSplitter(Qt::Vertical))
    , m_columns(new QSplitter(Qt::Horizontal))
    , m_ticker(new QTimer(this))
{
    // A store's client reads its project's figures and nothing of the center's work.
    if (audience == Audience::Supervisor) {
        m_alerts = new Pane(this);
        m_noAlerts = new QLabel(m_alerts);
        m_ticketQueue = new TicketQueuePane(parts.store, parts.commands, parts.user.id);
        m_customer = new CustomerPane(parts.store);
        m_knowledgeBase = new KnowledgeBasePane(parts.store, parts.commands);
        m_alerts->setObjectName(QStringLiteral("alertPane"));
        m_noAlerts->setTextFormat(Qt::PlainText);
        m_noAlerts->setAlignment(Qt::AlignCenter);
        m_alerts->layout()->addWidget(m_noAlerts);
        m_stores = new app::StoreDirectory(parts.client, this);
        m_store = new BoardStorePicker(m_stores, this);
    }
    setObjectName(audience == Audience::Store ? QStringLiteral("storePerspective")
                                              : QStringLiteral("supervisorPerspective"));
    m_state->setObjectName(QStringLiteral("boardState"));
    m_state->setTextFormat(Qt::PlainText);
    m_tabs->setObjectName(QStringLiteral("supervisorSideTabs"));
    buildLayout();
    retranslateUi();
    installShortcuts();
    connectBoard();
    connectPanes();

    m_board->attachRealtime(parts.realtime);
    m_board->start();
    if (m_stores)
        m_stores->load();
}

void SupervisorPerspective::connectPanes()
{
    if (m_audience == Audience::Store)
        return; // no drill-down, no ticket queue: the boards are read as they are
    connect(m_ticketQueue, &TicketQueuePane::ticketActivated, this,
            &SupervisorPerspective::ticketActivated);
    connect(m_customer, &CustomerPane::ticketActivated, this,
            &SupervisorPerspective::ticketActivated);
    connect(this, &SupervisorPerspective::ticketActivated, m_customer, &CustomerPane::showTicket);
    connect(this, &SupervisorPerspective::ticketActivated, m_knowledgeBase,
            &KnowledgeBasePane::setCurrentTicket);
    connect(m_operators, &OperatorBoardPane::operatorActivated, this,
            &SupervisorPerspective::operatorActivated);
    connect(m_queues, &QueueBoardPane::queueActivated, this,
            &SupervisorPerspective::queueActivated);
}

SupervisorPerspective::~SupervisorPerspective() = default;

void SupervisorPerspective::buildLayout()
{
    m_boards->setObjectName(QStringLiteral("boardSplitter"));
    m_boards->addWidget(m_operators);
    m_boards->addWidget(m_queues);
    m_boards->setStretchFactor(0, 3);
    m_boards->setStretchFactor(1, 1);
    m_boards->setChildrenCollapsible(false);

    if (m_audience == Audience::Supervisor) {
        m_tabs->addTab(m_ticketQueue, QString());
        m_tabs->addTab(m_customer, QString());
        m_tabs->addTab(m_knowledgeBase, QString());
    }
    m_side->setObjectName(QStringLiteral("supervisorSideSplitter"));
    if (m_alerts)
        m_side->addWidget(m_alerts);
    m_side->addWidget(m_tabs);
    m_side->setStretchFactor(0, 1);
    m_side->setStretchFactor(1, 3);
    m_side->setChildrenCollapsible(false);

    m_columns->setObjectName(QStringLiteral("supervisorColumnSplitter"));
    m_columns->addWidget(m_boards);
    m_columns->addWidget(m_side);
    m_columns->setStretchFactor(0, 3);
    m_columns->setStretchFactor(1, 2);
    m_columns->setChildrenCollapsible(false);
    m_columns->setSizes({1100, 600});

    auto *top = new QHBoxLayout;
    top->addWidget(m_window);
    if (m_store)
        top->addWidget(m_store);
    top->addStretch(1);
    top->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_columns, 1);
}

void SupervisorPerspective::installShortcuts()
{
    const auto window = Qt::WindowShortcut;
    // The store's tickets answer the key of the supervisor's tickets of every queue.
    const auto focus = [this](Shortcut id, const std::function<QWidget *()> &pane) {
        ShortcutTable::install(id, this, Qt::WindowShortcut, [this, pane] { focusWidget(pane()); });
    };
    focus(Shortcut::FocusOperatorsBoard, [this] { return m_operators; });
    focus(Shortcut::FocusQueuesBoard, [this] { return m_queues; });
    focus(Shortcut::FocusAlerts, [this] { return m_alerts; });
    focus(Shortcut::FocusAllTickets,
          [this]() -> QWidget * { return m_ticketQueue ? m_ticketQueue : m_storeTickets; });
    focus(Shortcut::FocusSupervisorCustomer, [this] { return m_customer; });
    focus(Shortcut::FocusSupervisorKnowledgeBase, [this] { return m_knowledgeBase; });
    focus(Shortcut::FocusCharts, [this] { return m_charts; });
    ShortcutTable::install(Shortcut::FindOperator, this, window, [this] { focusFind(); });
    ShortcutTable::install(Shortcut::BoardWindow, this, window, [this] { focusWindowPicker(); });
    ShortcutTable::install(Shortcut::NextPane, this, window, [this] { focusNextPane(1); });
    ShortcutTable::install(Shortcut::PreviousPane, this, window, [this] { focusNextPane(-1); });
}

void SupervisorPerspective::connectBoard()
{
    connect(m_board, &app::LiveBoard::updated, this, &SupervisorPerspective::showBoard);
    connect(m_board, &app::LiveBoard::reachableChanged, this, &SupervisorPerspective::showState);
    connect(m_window, &BoardWindowPicker::windowChosen, m_board, &app::LiveBoard::setWindow);
    if (m_store)
        connect(m_store, &BoardStorePicker::storeChosen, m_board, &app::LiveBoard::setProjectId);
    connect(m_operators, &OperatorBoardPane::queueFilterChanged, m_queuesModel,
            &app::QueueBoardModel::setQueueFilter);
    // The time in each status moves every second between two boards.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, m_operatorsModel, &app::OperatorBoardModel::tick);
    m_ticker->start();
}

void SupervisorPerspective::showBoard()
{
    // The rows were written out where the board was decoded: the models swap them in.
    const app::PreparedBoard &board = m_board->prepared();
    m_operatorsModel->setBoard(board);
    m_queuesModel->setBoard(board);
    m_operators->updateChoices(m_queuesModel->queues());
    m_operators->view()->fitColumnsOnce();
    m_queues->view()->fitColumnsOnce();
    showState();
}

void SupervisorPerspective::showState()
{
    const QString stale = m_board->staleText();
    if (!stale.isEmpty()) {
        m_state->setText(stale);
        m_state->setToolTip(m_board->lastError());
    } else if (m_board->hasBoard()) {
        m_state->setText(
            tr("Live, as of %1").arg(m_board->lastSuccess().toString(QStringLiteral("HH:mm:ss"))));
        m_state->setToolTip({});
    } else {
        m_state->setText(tr("Reading the board…"));
    }
    m_state->setAccessibleName(m_state->text());
}

void SupervisorPerspective::setAlertList(QWidget *list)
{
    if (!m_alerts)
        return;
    m_noAlerts->hide();
    m_alerts->layout()->addWidget(list);
}

void SupervisorPerspective::setCharts(QWidget *charts)
{
    m_charts = charts;
    m_tabs->addTab(charts, tr("Charts"));
}

void SupervisorPerspective::setStoreTickets(QWidget *tickets)
{
    m_storeTickets = tickets;
    m_tabs->insertTab(0, tickets, tr("Tickets"));
    m_tabs->setCurrentIndex(0);
}

QList<QWidget *> SupervisorPerspective::panes() const
{
    QList<QWidget *> all;
    for (QWidget *pane : {static_cast<QWidget *>(m_operators), static_cast<QWidget *>(m_queues),
                          static_cast<QWidget *>(m_alerts), static_cast<QWidget *>(m_ticketQueue),
                          static_cast<QWidget *>(m_customer),
                          static_cast<QWidget *>(m_knowledgeBase), m_storeTickets, m_charts})
        if (pane)
            all.append(pane);
    return all;
}

void SupervisorPerspective::focusPane(int index)
{
    const QList<QWidget *> all = panes();
    if (index >= 0 && index < all.size())
        focusWidget(all.at(index));
}

void SupervisorPerspective::focusWidget(QWidget *pane)
{
    if (!pane)
        return;
    if (m_tabs->indexOf(pane) >= 0)
        m_tabs->setCurrentWidget(pane);
    if (!pane->focusProxy() && pane->focusPolicy() == Qt::NoFocus)
        pane->setFocusPolicy(Qt::StrongFocus);
    pane->setFocus(Qt::ShortcutFocusReason);
}

void SupervisorPerspective::focusNextPane(int step)
{
    const QList<QWidget *> all = panes();
    int current = -1;
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < all.size(); ++i)
        if (focus && (focus == all.at(i) || all.at(i)->isAncestorOf(focus)))
            current = i;
    const int count = int(all.size());
    const int next = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
    focusPane(next);
}

void SupervisorPerspective::focusFind()
{
    m_operators->focusFind();
}

void SupervisorPerspective::focusWindowPicker()
{
    m_window->periodChoice()->setFocus(Qt::ShortcutFocusReason);
}

void SupervisorPerspective::retranslateUi()
{
    if (m_audience == Audience::Store) {
        setAccessibleName(tr("The store's board"));
        m_tabs->setAccessibleName(tr("Tickets and charts"));
    } else {
        setAccessibleName(tr("Supervisor workspace"));
        m_alerts->setTitle(tr("Alerts"));
        m_noAlerts->setText(tr("No alerts."));
        m_tabs->setAccessibleName(tr("Tickets, customer and knowledge base"));
    }
    const auto name = [this](QWidget *tab, const QString &text) {
        if (const int at = tab ? m_tabs->indexOf(tab) : -1; at >= 0)
            m_tabs->setTabText(at, text);
    };
    name(m_ticketQueue, tr("All tickets"));
    name(m_customer, tr("Customer"));
    name(m_knowledgeBase, tr("Knowledge base"));
    name(m_storeTickets, tr("Tickets"));
    name(m_charts, tr("Charts"));
    m_state->setToolTip(tr("How fresh the board's figures are"));
    showState();
}

void SupervisorPerspective::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QByteArray SupervisorPerspective::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_columns->saveState() << m_boards->saveState() << m_side->saveState()
           << m_operators->view()->saveColumns() << m_queues->view()->saveColumns()
           << (m_ticketQueue ? m_ticketQueue->saveColumns() : QByteArray())
           << qint32(m_window->window().period) << m_board->projectId();
    return state;
}

void SupervisorPerspective::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray columns, boards, side, operators, queues, tickets;
    qint32 period = 0;
    stream >> columns >> boards >> side >> operators >> queues >> tickets >> period;
    if (stream.status() != QDataStream::Ok)
        return;
    m_columns->restoreState(columns);
    m_boards->restoreState(boards);
    m_side->restoreState(side);
    m_operators->view()->restoreColumns(operators);
    m_queues->view()->restoreColumns(queues);
    if (m_ticketQueue)
        m_ticketQueue->restoreColumns(tickets);
    // A fixed From-to is not kept: the next day it would show yesterday as if live.
    if (period >= 0 && period < int(app::BoardWindow::Period::Range)) {
        const auto window = app::BoardWindow::of(app::BoardWindow::Period(period));
        m_window->setWindow(window);
        m_board->setWindow(window);
    }
    // The store came later: an older layout ends before it and keeps the whole center.
    QString store;
    stream >> store;
    if (stream.status() == QDataStream::Ok && m_store)
        m_store->setProjectId(store);
}

} // namespace frontline::ui
