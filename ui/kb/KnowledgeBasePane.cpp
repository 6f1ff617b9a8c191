#include "ui/kb/KnowledgeBasePane.h"

namespace frontline::ui {

KnowledgeBasePane::KnowledgeBasePane(QWidget *parent)
    : Pane(parent)
{
    setObjectName(QStringLiteral("knowledgeBase"));
    setTitle(tr("Knowledge base"));
    addPlaceholder(tr("Search the knowledge base to insert an answer into your reply."));
}

} // namespace frontline::ui
