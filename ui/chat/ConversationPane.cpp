#include "ui/chat/ConversationPane.h"

namespace frontline::ui {

ConversationPane::ConversationPane(app::OperatorDesk &desk, QWidget *parent)
    : Pane(parent)
{
    Q_UNUSED(desk)
    setObjectName(QStringLiteral("conversation"));
    setTitle(tr("Conversation"));
    addPlaceholder(tr("Select a ticket to open its conversation."));
}

void ConversationPane::openTicket(const QString &ticketId)
{
    Q_EMIT currentTicketChanged(ticketId);
}

void ConversationPane::insertIntoReply(const QString &text)
{
    Q_UNUSED(text)
}

} // namespace frontline::ui
