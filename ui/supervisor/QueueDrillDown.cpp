#include "ui/supervisor/QueueDrillDown.h"

#include "app/board/DrillDownTicketsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace frontline::ui {

QueueDrillDown::QueueDrillDown(app::LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_waiting(new app::DrillDownTicketsModel(store, this))
    , m_summary(new QLabel)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("queueDrillDown"));
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("queueWaitingTickets"));
    m_view->setAccessibleName(tr("Waiting tickets, oldest first"));
    m_view->setModel(m_waiting);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(app::DrillDownTicketsModel::SubjectColumn,
                                                     QHeaderView::Stretch);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openTicketRequested(m_waiting->ticketIdAt(index.row()));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_waiting, &QAbstractItemModel::modelReset, this, &QueueDrillDown::updateSummary);
    // The waits and SLA clocks move with time, not only with the feed.
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    tick->start();
    resize(640, 420);
}

void QueueDrillDown::showQueue(const QString &queueId)
{
    m_queueId = queueId;
    m_waiting->show(app::DrillDownTicketsModel::Scope::QueueWaiting, queueId);
    setWindowTitle(tr("Queue %1").arg(queueId));
    m_view->setFocus();
    if (m_waiting->rowCount() > 0)
        m_view->selectRow(0);
}

void QueueDrillDown::updateSummary()
{
    const QString text =
        tr("%n ticket(s) waiting in %1", nullptr, m_waiting->rowCount()).arg(m_queueId);
    m_summary->setText(text);
    m_summary->setAccessibleName(text);
}

} // namespace frontline::ui
