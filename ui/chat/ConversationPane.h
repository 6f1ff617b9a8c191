#pragma once

#include "ui/shell/Pane.h"

namespace frontline::ui {

class ConversationPane : public Pane
{
    Q_OBJECT
public:
    explicit ConversationPane(QWidget *parent = nullptr);
};

} // namespace frontline::ui
