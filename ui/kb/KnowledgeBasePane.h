#pragma once

#include "ui/shell/Pane.h"

namespace frontline::app {
class OperatorDesk;
}

namespace frontline::ui {

// Placeholder until the knowledge-base pane lands; the interface is the one the shell wires.
class KnowledgeBasePane : public Pane
{
    Q_OBJECT
public:
    explicit KnowledgeBasePane(app::OperatorDesk &desk, QWidget *parent = nullptr);

public Q_SLOTS:
    void setCurrentTicket(const QString &ticketId);

Q_SIGNALS:
    // Text for the reply; the pane records the article's use on the ticket itself.
    void insertRequested(const QString &text, const QString &articleId);
};

} // namespace frontline::ui
