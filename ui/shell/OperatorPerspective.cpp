#include "ui/shell/OperatorPerspective.h"

#include "ui/chat/ConversationPane.h"
#include "ui/customer/CustomerPane.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/queue/TicketQueuePane.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QIODevice>
#include <QSplitter>

namespace frontline::ui {

OperatorPerspective::OperatorPerspective(QWidget *parent)
    : QWidget(parent)
    , m_queue(new TicketQueuePane)
    , m_conversation(new ConversationPane)
    , m_customer(new Pane)
    , m_knowledgeBase(new Pane)
    , m_columns(new QSplitter(Qt::Horizontal))
    , m_side(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("operatorPerspective"));
    setAccessibleName(tr("Operator workspace"));

    // The real customer and KB panes need a signed-in OperatorDesk, which this window does not
    // have yet; the shell's rewrite of this file constructs them. Until then, titled stand-ins.
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setTitle(CustomerPane::tr("Customer"));
    m_knowledgeBase->setObjectName(QStringLiteral("knowledgeBase"));
    m_knowledgeBase->setTitle(KnowledgeBasePane::tr("Knowledge base"));

    m_side->addWidget(m_customer);
    m_side->addWidget(m_knowledgeBase);
    m_side->setStretchFactor(0, 1);
    m_side->setStretchFactor(1, 1);

    m_columns->addWidget(m_queue);
    m_columns->addWidget(m_conversation);
    m_columns->addWidget(m_side);
    m_columns->setStretchFactor(0, 3);
    m_columns->setStretchFactor(1, 4);
    m_columns->setStretchFactor(2, 3);
    m_columns->setChildrenCollapsible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_columns);
}

QByteArray OperatorPerspective::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_columns->saveState() << m_side->saveState();
    return state;
}

void OperatorPerspective::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray columns, side;
    stream >> columns >> side;
    if (stream.status() != QDataStream::Ok)
        return;
    m_columns->restoreState(columns);
    m_side->restoreState(side);
}

} // namespace frontline::ui
