#include "ui/client/StoreTicketsPane.h"

#include "app/board/StoreTicketsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

StoreTicketsPane::StoreTicketsPane(app::StoreTicketsModel *model, QWidget *parent)
    : Pane(parent)
    , m_model(model)
    , m_state(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("storeTicketsPane"));
    m_view->setObjectName(QStringLiteral("storeTickets"));
    m_state->setObjectName(QStringLiteral("storeTicketsState"));
    m_state->setTextFormat(Qt::PlainText);
    m_view->setModel(model);
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
    contentLayout()->addWidget(m_state);
    contentLayout()->addWidget(m_view, 1);
    setFocusProxy(m_view);
    retranslateUi();
    // QAbstractItemView says activated() for Enter and for a double-click.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(app::StoreTicketsModel::TicketIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT ticketActivated(id);
    });
    connect(model, &app::StoreTicketsModel::loading, this, &StoreTicketsPane::showState);
    connect(model, &app::StoreTicketsModel::loaded, this, &StoreTicketsPane::showState);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
}

void StoreTicketsPane::showState()
{
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("The tickets could not be read: %1").arg(m_model->lastError());
    else if (m_model->isLoading())
        text = tr("Reading the tickets…");
    else if (m_model->isCut())
        text = tr("The newest %1 tickets of the window; Enter opens the conversation.")
                   .arg(QLocale().toString(m_model->rowCount()));
    else if (m_model->rowCount() == 0)
        text = tr("No ticket was resolved in this window.");
    else
        text = tr("%n ticket(s) resolved in the window; Enter opens the conversation.", "",
                  m_model->rowCount());
    m_state->setText(text);
    m_state->setAccessibleName(text);
}

void StoreTicketsPane::retranslateUi()
{
    setTitle(tr("Tickets"));
    m_view->setAccessibleName(tr("The store's tickets"));
    m_view->setAccessibleDescription(
        tr("The tickets of the board's window with their figures. Enter opens the conversation, "
           "read-only."));
    showState();
}

} // namespace frontline::ui
