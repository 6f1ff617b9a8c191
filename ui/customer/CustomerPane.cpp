#include "ui/customer/CustomerPane.h"

namespace frontline::ui {

CustomerPane::CustomerPane(QWidget *parent)
    : Pane(parent)
{
    setObjectName(QStringLiteral("customer"));
    setTitle(tr("Customer"));
    addPlaceholder(tr("The customer's profile, orders and previous tickets appear here."));
}

} // namespace frontline::ui
