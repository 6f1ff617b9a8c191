#include "ui/chat/ConversationPane.h"

namespace frontline::ui {

ConversationPane::ConversationPane(QWidget *parent)
    : Pane(parent)
{
    setObjectName(QStringLiteral("conversation"));
    setTitle(tr("Conversation"));
    addPlaceholder(tr("Select a ticket to open its conversation."));
}

} // namespace frontline::ui
