#include "ui/supervisor/QueueBoardPane.h"

#include "app/board/QueueBoardModel.h"
#include "ui/supervisor/BoardTableView.h"

#include <QVBoxLayout>

namespace frontline::ui {

QueueBoardPane::QueueBoardPane(app::QueueBoardModel *model, QWidget *parent)
    : Pane(parent)
    , m_model(model)
    , m_view(new BoardTableView(model, this))
{
    setObjectName(QStringLiteral("queueBoardPane"));
    m_view->setObjectName(QStringLiteral("queueBoard"));
    contentLayout()->addWidget(m_view, 1);
    setFocusProxy(m_view);
    retranslateUi();
    connect(m_view, &BoardTableView::rowActivated, this, &QueueBoardPane::queueActivated);
}

void QueueBoardPane::retranslateUi()
{
    setTitle(tr("Queues"));
    m_view->setAccessibleName(tr("Queues board"));
    m_view->setAccessibleDescription(
        tr("Each queue's waiting tickets, backlog age and service level over the board's window; "
           "the last row is the totals. Enter opens the queue's waiting tickets."));
    m_model->retranslate();
}

} // namespace frontline::ui
