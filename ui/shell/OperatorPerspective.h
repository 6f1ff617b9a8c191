#pragma once

#include <QWidget>

class QSplitter;

namespace frontline::ui {

class ConversationPane;
class Pane;
class TicketQueuePane;

// The operator's screen: queue | conversation | customer over knowledge base.
class OperatorPerspective : public QWidget
{
    Q_OBJECT
public:
    explicit OperatorPerspective(QWidget *parent = nullptr);

    TicketQueuePane *queuePane() const { return m_queue; }
    ConversationPane *conversationPane() const { return m_conversation; }
    Pane *customerPane() const { return m_customer; }
    Pane *knowledgeBasePane() const { return m_knowledgeBase; }

    // Splitter positions, kept across restarts by the shell.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

private:
    TicketQueuePane *m_queue;
    ConversationPane *m_conversation;
    Pane *m_customer;
    Pane *m_knowledgeBase;
    QSplitter *m_columns;
    QSplitter *m_side;
};

} // namespace frontline::ui
