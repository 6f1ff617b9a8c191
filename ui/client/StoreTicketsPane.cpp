#include "ui/client/StoreTicketsPane.h"

#include "app/board/StoreTicketsModel.h"
#include "app/models/TicketQueueModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace frontline::ui {

using Model = app::StoreTicketsModel;

StoreTicketsPane::StoreTicketsPane(app::StoreTicketsModel *model, QWidget *parent)
    : Pane(parent)
    , m_model(model)
    , m_state(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_find(new QLineEdit(this))
    , m_sortBy(new QComboBox(this))
    , m_descending(new QToolButton(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("storeTicketsPane"));
    m_view->setObjectName(QStringLiteral("storeTickets"));
    m_state->setObjectName(QStringLiteral("storeTicketsState"));
    m_status->setObjectName(QStringLiteral("storeTicketsStatus"));
    m_find->setObjectName(QStringLiteral("storeTicketsFind"));
    m_sortBy->setObjectName(QStringLiteral("storeTicketsSortBy"));
    m_descending->setObjectName(QStringLiteral("storeTicketsDescending"));
    m_state->setTextFormat(Qt::PlainText);
    m_find->setClearButtonEnabled(true);
    m_find->setMaxLength(40);
    m_descending->setCheckable(true);
    m_status->addItem(QString(), QString());
    for (int column = 0; column < Model::ColumnCount; ++column)
        m_sortBy->addItem(QString(), column);
    buildView();
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_status);
    tools->addWidget(m_find, 1);
    tools->addWidget(m_sortBy);
    tools->addWidget(m_descending);
    contentLayout()->addLayout(tools);
    contentLayout()->addWidget(m_state);
    contentLayout()->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_status, m_find);
    setTabOrder(m_find, m_sortBy);
    setTabOrder(m_sortBy, m_descending);
    setTabOrder(m_descending, m_view);
    retranslateUi();
    connectControls();
    showSort();
}

void StoreTicketsPane::buildView()
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: a week of a store's tickets is thousands of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A click on a header sorts by it; the sort choice beside the find does it by keyboard.
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
}

void StoreTicketsPane::connectControls()
{
    // QAbstractItemView says activated() for Enter and for a double-click.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(Model::TicketIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT ticketActivated(id);
    });
    connect(m_model, &Model::loading, this, &StoreTicketsPane::showState);
    connect(m_model, &Model::loaded, this, &StoreTicketsPane::showState);
    connect(m_model, &Model::loaded, this, &StoreTicketsPane::offerStatuses);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        showState();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_status->currentData().toString()); });
    connect(m_find, &QLineEdit::textChanged, m_model, &Model::setFindText);
    connect(m_sortBy, &QComboBox::activated, this, &StoreTicketsPane::sortAsChosen);
    connect(m_descending, &QToolButton::toggled, this, &StoreTicketsPane::sortAsChosen);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &StoreTicketsPane::showSort);
}

void StoreTicketsPane::sortAsChosen()
{
    m_view->sortByColumn(m_sortBy->currentData().toInt(),
                         m_descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void StoreTicketsPane::showSort()
{
    const QSignalBlocker quietChoice(m_sortBy);
    const QSignalBlocker quietOrder(m_descending);
    m_sortBy->setCurrentIndex(m_sortBy->findData(m_model->sortColumn()));
    m_descending->setChecked(m_model->sortOrder() == Qt::DescendingOrder);
}

// The statuses the window's tickets have; the chosen one stays while it is among them.
void StoreTicketsPane::offerStatuses()
{
    const QString chosen = m_status->currentData().toString();
    const QSignalBlocker quiet(m_status);
    while (m_status->count() > 1)
        m_status->removeItem(1);
    for (const QString &status : m_model->statuses())
        m_status->addItem(app::TicketQueueModel::statusName(status), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(chosen)));
    m_model->setStatusFilter(m_status->currentData().toString());
}

void StoreTicketsPane::showState()
{
    QString text;
    const int shown = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        text = tr("The tickets could not be read: %1").arg(m_model->lastError());
    else if (m_model->isLoading())
        text = tr("Reading the tickets…");
    else if (m_model->ticketCount() == 0)
        text = tr("No ticket was resolved in this window.");
    else if (m_model->isFiltered())
        text = tr("%n ticket(s) of %1 match; Enter opens the conversation.", "", shown)
                   .arg(QLocale().toString(m_model->ticketCount()));
    else if (m_model->isCut())
        text =
            tr("The newest %n ticket(s) of the window; Enter opens the conversation.", "", shown);
    else
        text = tr("%n ticket(s) resolved in the window; Enter opens the conversation.", "", shown);
    m_state->setText(text);
    m_state->setAccessibleName(text);
}

void StoreTicketsPane::retranslateUi()
{
    setTitle(tr("Tickets"));
    m_view->setAccessibleName(tr("The store's tickets"));
    m_view->setAccessibleDescription(
        tr("The tickets of the board's window with their figures. Enter opens the conversation, "
           "read-only; a click on a column's header sorts by it."));
    m_status->setItemText(0, tr("All statuses"));
    m_status->setAccessibleName(tr("Tickets of status"));
    m_find->setPlaceholderText(tr("Find a ticket number, queue or operator"));
    m_find->setAccessibleName(tr("Find a ticket"));
    for (int i = 0; i < m_sortBy->count(); ++i)
        m_sortBy->setItemText(
            i, m_model->headerData(m_sortBy->itemData(i).toInt(), Qt::Horizontal).toString());
    m_sortBy->setAccessibleName(tr("Sort the tickets by"));
    m_descending->setText(tr("Descending"));
    m_descending->setAccessibleName(tr("Sort descending"));
    m_descending->setToolTip(tr("The largest or newest first"));
    showState();
}

} // namespace frontline::ui
