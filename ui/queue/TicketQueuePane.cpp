#include "ui/queue/TicketQueuePane.h"

#include "app/commands/OperatorCommands.h"
#include "app/models/TicketQueueModel.h"
#include "app/store/LocalStore.h"
#include "ui/common/ShortcutTable.h"
#include "ui/common/UiSetup.h"
#include "ui/queue/TicketQueueColumns.h"
#include "ui/queue/TicketQueueDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>

namespace frontline::ui {

using app::TicketQueueColumn;
using app::TicketQueueModel;

TicketQueuePane::TicketQueuePane(app::LocalStore &store, app::OperatorCommands &commands,
                                 const QString &myId, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_commands(commands)
    , m_model(new TicketQueueModel(store, myId, this))
    , m_scope(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_queue(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ticketQueue"));
    buildFilters();
    buildTable();
    buildMessageAndActions();
    connectFilters();
    connectModel();
    retranslateUi();
}

void TicketQueuePane::buildFilters()
{
    m_scope->setObjectName(QStringLiteral("queueScope"));
    for (const auto scope :
         {app::TicketQueueFilter::Scope::All, app::TicketQueueFilter::Scope::Mine,
          app::TicketQueueFilter::Scope::Unassigned})
        m_scope->addItem(QString(), int(scope));
    m_channel->setObjectName(QStringLiteral("queueChannel"));
    m_channel->addItem(QString(), QString());
    for (const char *channel : {"chat", "email", "web_form", "phone", "social"}) {
        const QString code = QString::fromLatin1(channel);
        m_channel->addItem(TicketQueueDelegate::channelIcon(code), QString(), code);
    }
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->addItem(QString(), QString());
    for (const char *status : {"new", "open", "pending", "resolved", "closed"})
        m_status->addItem(QString(), QString::fromLatin1(status));
    m_status->addItem(QString(), QStringLiteral("any"));
    m_queue->setObjectName(QStringLiteral("queueQueue"));
    fillQueues();
    // As wide as their longest item in the current language (a switch to Russian included).
    for (QComboBox *box : {m_scope, m_channel, m_status, m_queue})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_scope);
    filters->addWidget(m_channel);
    filters->addWidget(m_status);
    filters->addWidget(m_queue);
    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(m_search);
}

void TicketQueuePane::buildTable()
{
    m_view->setObjectName(QStringLiteral("queueTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TicketQueueDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(int(TicketQueueColumn::Sla), Qt::AscendingOrder);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_columns = new TicketQueueColumns(m_view);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_search->installEventFilter(this);
    contentLayout()->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

void TicketQueuePane::buildMessageAndActions()
{
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    contentLayout()->addWidget(m_message);

    auto *claim = m_claimAction = new QAction(this);
    claim->setObjectName(QStringLiteral("claimAction"));
    claim->setShortcuts(ShortcutTable::keys(Shortcut::QueueClaim));
    claim->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(claim, &QAction::triggered, this, &TicketQueuePane::claimCurrent);
    addAction(claim);
    auto *search = m_searchAction = new QAction(this);
    search->setObjectName(QStringLiteral("queueSearchAction"));
    search->setShortcuts(ShortcutTable::keys(Shortcut::QueueSearch));
    search->setShortcutContext(Qt::WindowShortcut);
    connect(search, &QAction::triggered, this, &TicketQueuePane::focusSearch);
    addAction(search);
}

void TicketQueuePane::connectFilters()
{
    const auto filterChanged = [this] { applyFilter(); };
    connect(m_scope, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_queue, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, filterChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
}

void TicketQueuePane::connectModel()
{
    connect(m_view, &QAbstractItemView::activated, this, &TicketQueuePane::openCurrent);
    connect(m_model, &TicketQueueModel::errorOccurred, this, &TicketQueuePane::showMessage);

    // A live update keeps the first visible ticket where it was, so rows arriving above the
    // viewport do not push what the operator is reading.
    connect(m_model, &TicketQueueModel::liveUpdateAboutToStart, this,
            [this] { m_topId = m_model->ticketId(m_view->rowAt(0)); });
    connect(m_model, &TicketQueueModel::liveUpdateFinished, this, [this] {
        const int row = m_topId.isEmpty() ? -1 : m_model->rowOf(m_topId);
        if (row > 0 && m_view->rowAt(0) != row)
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
        m_topId.clear();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_queue->count() <= 1)
            fillQueues();
    });
}

void TicketQueuePane::retranslateUi()
{
    setTitle(tr("Ticket queue"));
    m_scope->setAccessibleName(tr("Show tickets"));
    m_scope->setItemText(0, tr("All"));
    m_scope->setItemText(1, tr("Mine"));
    m_scope->setItemText(2, tr("Unassigned"));
    m_channel->setAccessibleName(tr("Channel filter"));
    m_channel->setItemText(0, tr("Any channel"));
    for (int i = 1; i < m_channel->count(); ++i)
        m_channel->setItemText(i, TicketQueueModel::channelName(m_channel->itemData(i).toString()));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setItemText(0, tr("Active"));
    for (int i = 1; i + 1 < m_status->count(); ++i)
        m_status->setItemText(i, TicketQueueModel::statusName(m_status->itemData(i).toString()));
    m_status->setItemText(m_status->count() - 1, tr("Any status"));
    m_queue->setAccessibleName(tr("Queue filter"));
    m_queue->setItemText(0, tr("Any queue"));
    m_search->setAccessibleName(tr("Search tickets"));
    m_search->setPlaceholderText(tr("Search subject, customer or number (Ctrl+F)"));
    for (QToolButton *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the search"));
    // Qt 6.4's AT-SPI bridge names a combo box by its current item; the description and tooltip
    // carry what it filters.
    for (QComboBox *box : {m_scope, m_channel, m_status, m_queue}) {
        box->setAccessibleDescription(box->accessibleName());
        box->setToolTip(box->accessibleName());
        // A narrow queue shrinks the search field, never a filter below its longest item.
        box->setMinimumWidth(box->sizeHint().width());
    }
    m_view->setAccessibleName(tr("Tickets"));
    m_claimAction->setText(tr("Claim ticket"));
    m_searchAction->setText(tr("Search the queue"));
    m_message->hide(); // said in the old language
    retranslateModel(*m_model);
    m_columns->fit(); // headers and values have their new widths
}

QByteArray TicketQueuePane::saveColumns() const
{
    return m_columns->saveState();
}

void TicketQueuePane::restoreColumns(const QByteArray &state)
{
    m_columns->restoreState(state);
}

QString TicketQueuePane::currentTicketId() const
{
    return m_model->ticketId(m_view->currentIndex().row());
}

void TicketQueuePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TicketQueuePane::selectTicket(const QString &ticketId)
{
    const int row = m_model->rowOf(ticketId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, int(TicketQueueColumn::Number)));
}

void TicketQueuePane::claimCurrent()
{
    const app::TicketQueueRow *row = m_model->ticket(m_view->currentIndex().row());
    if (!row)
        return;
    if (!row->assigneeId.isEmpty())
        return showMessage(
            tr("Ticket #%1 is already assigned to %2.")
                .arg(row->number)
                .arg(row->assigneeName.isEmpty() ? row->assigneeId : row->assigneeName));
    // The claim's echo reloads the model: `row` goes with it.
    const qint64 number = row->number;
    const QString id = row->id;
    if (auto claimed = m_commands.claim(id); !claimed)
        return showMessage(
            tr("Could not claim ticket #%1: %2").arg(number).arg(claimed.error().message));
    m_claiming.insert(id, number);
    showMessage(tr("Claiming ticket #%1…").arg(number));
}

void TicketQueuePane::claimAccepted(const QString &ticketId)
{
    if (const qint64 number = m_claiming.take(ticketId))
        showMessage(tr("Ticket #%1 is yours.").arg(number));
}

bool TicketQueuePane::claimRefused(const QString &ticketId, const QString &why)
{
    const qint64 number = m_claiming.take(ticketId);
    if (!number)
        return false;
    showMessage(tr("Ticket #%1 was not assigned to you: %2").arg(number).arg(why));
    return true;
}

void TicketQueuePane::openCurrent()
{
    const QString id = currentTicketId();
    if (!id.isEmpty())
        Q_EMIT ticketActivated(id);
}

bool TicketQueuePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        // The operator reads the rows under the pointer: a live update does not move them.
        if (event->type() == QEvent::Enter)
            m_model->setOrderHeld(true);
        else if (event->type() == QEvent::Leave || event->type() == QEvent::Hide)
            m_model->setOrderHeld(false);
    } else if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier &&
            !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_view && filterViewEvent(event)) {
        return true;
    }
    return Pane::eventFilter(watched, event);
}

bool TicketQueuePane::filterViewEvent(QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    // A key acts on the rows as they are in the store: the held order goes first.
    m_model->applyHeldChanges();
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
        return false;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        openCurrent();
        return true;
    }
    if (key->key() == Qt::Key_Space) {
        claimCurrent();
        return true;
    }
    return false;
}

void TicketQueuePane::applyFilter()
{
    app::TicketQueueFilter filter;
    filter.scope = app::TicketQueueFilter::Scope(m_scope->currentData().toInt());
    filter.channel = m_channel->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.queue = m_queue->currentData().toString();
    filter.search = m_search->text();
    const QString selected = currentTicketId();
    m_model->setFilter(filter);
    if (!selected.isEmpty())
        selectTicket(selected);
    m_message->hide();
}

void TicketQueuePane::fillQueues()
{
    const QString current = m_queue->currentData().toString();
    const QSignalBlocker blocker(m_queue);
    m_queue->clear();
    m_queue->addItem(tr("Any queue"), QString());
    for (const QString &queue : m_model->queues())
        m_queue->addItem(queue, queue);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(current)));
    m_queue->setMinimumWidth(m_queue->sizeHint().width());
}

void TicketQueuePane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace frontline::ui
