#include "ui/queue/TicketQueuePane.h"

namespace frontline::ui {

TicketQueuePane::TicketQueuePane(QWidget *parent)
    : Pane(parent)
{
    setObjectName(QStringLiteral("ticketQueue"));
    setTitle(tr("Ticket queue"));
    addPlaceholder(tr("No tickets yet. New chats and emails for your queues appear here."));
}

} // namespace frontline::ui
