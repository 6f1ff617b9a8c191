#pragma once

#include "ui/common/ClientParts.h"

#include <QWidget>

class QSplitter;

namespace frontline::app {
class LocalStore;
}

namespace frontline::ui {

class ConversationPane;
class CustomerPane;
class KnowledgeBasePane;
class Pane;
class TicketQueuePane;

// The operator's screen: queue | conversation | customer over knowledge base, and the wiring
// between the panes (a ticket activated anywhere opens in the conversation, whose current ticket
// the customer and KB panes follow; KB text goes into the reply).
class OperatorPerspective : public QWidget
{
    Q_OBJECT
public:
    explicit OperatorPerspective(const ClientParts &parts, QWidget *parent = nullptr);

    TicketQueuePane *queuePane() const { return m_queue; }
    ConversationPane *conversationPane() const { return m_conversation; }
    CustomerPane *customerPane() const { return m_customer; }
    KnowledgeBasePane *knowledgeBasePane() const { return m_knowledgeBase; }
    // In focus order: queue, conversation, customer, knowledge base.
    QList<Pane *> panes() const;

    // Splitter positions, kept across restarts by the shell.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

public Q_SLOTS:
    void focusPane(int index);
    // Ctrl+2: the reply box of the open conversation (the list of open conversations when none
    // is open), so what the operator types next lands in the reply.
    void focusReply();
    void focusConversationList();
    // F6 / Shift+F6: the next or previous pane after the one holding the focus.
    void focusNextPane(int step = 1);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    app::LocalStore &m_store;
    TicketQueuePane *m_queue;
    ConversationPane *m_conversation;
    CustomerPane *m_customer;
    KnowledgeBasePane *m_knowledgeBase;
    QSplitter *m_columns;
    QSplitter *m_side;
};

} // namespace frontline::ui
