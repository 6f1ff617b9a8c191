#pragma once

#include "ui/shell/Pane.h"

namespace frontline::ui {

class CustomerPane : public Pane
{
    Q_OBJECT
public:
    explicit CustomerPane(QWidget *parent = nullptr);
};

} // namespace frontline::ui
