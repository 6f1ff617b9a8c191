#include "ui/customer/CustomerPane.h"

namespace frontline::ui {

CustomerPane::CustomerPane(app::OperatorDesk &desk, QWidget *parent)
    : Pane(parent)
{
    Q_UNUSED(desk)
    setObjectName(QStringLiteral("customer"));
    setTitle(tr("Customer"));
    addPlaceholder(tr("The customer's profile, orders and previous tickets appear here."));
}

void CustomerPane::showTicket(const QString &ticketId)
{
    Q_UNUSED(ticketId)
}

} // namespace frontline::ui
