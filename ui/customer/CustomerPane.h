#pragma once

#include "ui/shell/Pane.h"

namespace frontline::app {
class OperatorDesk;
}

namespace frontline::ui {

// Placeholder until the customer pane lands; the interface is the one the shell wires.
class CustomerPane : public Pane
{
    Q_OBJECT
public:
    explicit CustomerPane(app::OperatorDesk &desk, QWidget *parent = nullptr);

public Q_SLOTS:
    void showTicket(const QString &ticketId);

Q_SIGNALS:
    // The operator opened one of the customer's previous tickets.
    void ticketActivated(const QString &ticketId);
};

} // namespace frontline::ui
