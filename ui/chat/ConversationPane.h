#pragma once

#include "ui/shell/Pane.h"

namespace frontline::app {
class OperatorDesk;
}

namespace frontline::ui {

// Placeholder until the chat pane lands (branch ui-chat); the interface is the one the shell wires.
class ConversationPane : public Pane
{
    Q_OBJECT
public:
    explicit ConversationPane(app::OperatorDesk &desk, QWidget *parent = nullptr);

public Q_SLOTS:
    void openTicket(const QString &ticketId);
    void insertIntoReply(const QString &text);

Q_SIGNALS:
    // The ticket shown now; empty when none.
    void currentTicketChanged(const QString &ticketId);
    void unreadCountChanged(int unread);
    // A newly assigned chat or a customer's reply: the shell notifies while the window is inactive.
    void attentionNeeded(const QString &ticketId, const QString &summary);
};

} // namespace frontline::ui
