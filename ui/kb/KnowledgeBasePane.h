#pragma once

#include "ui/shell/Pane.h"

namespace frontline::ui {

class KnowledgeBasePane : public Pane
{
    Q_OBJECT
public:
    explicit KnowledgeBasePane(QWidget *parent = nullptr);
};

} // namespace frontline::ui
