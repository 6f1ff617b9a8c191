#include "ui/kb/KnowledgeBasePane.h"

namespace frontline::ui {

KnowledgeBasePane::KnowledgeBasePane(app::OperatorDesk &desk, QWidget *parent)
    : Pane(parent)
{
    Q_UNUSED(desk)
    setObjectName(QStringLiteral("knowledgeBase"));
    setTitle(tr("Knowledge base"));
    addPlaceholder(tr("Search the knowledge base to insert an answer into your reply."));
}

void KnowledgeBasePane::setCurrentTicket(const QString &ticketId)
{
    Q_UNUSED(ticketId)
}

} // namespace frontline::ui
