#pragma once

#include "ui/shell/Pane.h"

namespace frontline::ui {

class TicketQueuePane : public Pane
{
    Q_OBJECT
public:
    explicit TicketQueuePane(QWidget *parent = nullptr);
};

} // namespace frontline::ui
