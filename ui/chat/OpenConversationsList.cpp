#include "ui/chat/OpenConversationsList.h"

#include "app/models/OpenConversationsModel.h"
#include "ui/chat/ConversationListDelegate.h"

#include <QTimer>

namespace frontline::ui {

namespace {
constexpr int WaitingTimesRepaintMs = 30000;
}

OpenConversationsList::OpenConversationsList(app::OpenConversationsModel &model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("conversationList"));
    setModel(&model);
    setItemDelegate(new ConversationListDelegate(this));
    setMinimumWidth(170); // the ticket number, some of the name and the waiting time
    setWordWrap(true);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT ticketChosen(m_model.ticketAt(current.row()));
            });
    // Waiting times move on by themselves.
    m_clock->setInterval(WaitingTimesRepaintMs);
    connect(m_clock, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_clock->start();
}

QString OpenConversationsList::ticketBeside(const QString &ticketId, int step) const
{
    const int count = m_model.rowCount();
    if (count == 0)
        return {};
    const int row = m_model.rowOf(ticketId);
    return m_model.ticketAt(((row + step) % count + count) % count);
}

void OpenConversationsList::retranslateUi()
{
    setAccessibleName(tr("Open conversations"));
}

} // namespace frontline::ui
