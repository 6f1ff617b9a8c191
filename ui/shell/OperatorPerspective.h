#pragma once

#include "app/outbox/OutboxCommand.h"
#include "ui/common/ClientParts.h"

#include <QWidget>

class QSplitter;

namespace frontline::app {
class ExamSession;
class LocalStore;
class WorkIntervalRecorder;
} // namespace frontline::app

namespace frontline::ui {

class ConversationPane;
class CustomerPane;
class KnowledgeBasePane;
class Pane;
class TicketQueuePane;

// The operator's screen: queue | conversation | customer over knowledge base, and the wiring
// between the panes (a ticket activated anywhere opens in the conversation, whose current ticket
// the customer and KB panes follow; KB text goes into the reply). What the back office answers to
// a command is said where it was given: a claim in the queue, a reply, status change or
// escalation in its conversation, an escalation action in the inbox; the rest in the status bar.
class OperatorPerspective : public QWidget
{
    Q_OBJECT
public:
    explicit OperatorPerspective(const ClientParts &parts, QWidget *parent = nullptr);

    TicketQueuePane *queuePane() const { return m_queue; }
    ConversationPane *conversationPane() const { return m_conversation; }
    CustomerPane *customerPane() const { return m_customer; }
    KnowledgeBasePane *knowledgeBasePane() const { return m_knowledgeBase; }
    app::WorkIntervalRecorder *workIntervals() const { return m_workIntervals; }
    // In focus order: queue, conversation, customer, knowledge base.
    QList<Pane *> panes() const;

    // Splitter positions and the queue's columns, kept across restarts by the shell.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

public Q_SLOTS:
    void focusPane(int index);
    // Ctrl+2: the reply box of the open conversation (the list of open conversations when none
    // is open), so what the operator types next lands in the reply.
    void focusReply();
    void focusConversationList();
    void showRefusal(frontline::app::outbox::Kind command, const QString &targetId,
                     const QString &why);
    void noteDelivered(frontline::app::outbox::Kind command, const QString &targetId);
    // The chats the back office has given me open in my conversations (the longest-waiting one
    // shown), as newly routed ones do: at sign-in some may be waiting for an answer.
    void openMyChats();
    // F6 / Shift+F6: the next or previous pane after the one holding the focus.
    void focusNextPane(int step = 1);

Q_SIGNALS:
    // A refusal no pane can show (a presence change, or a ticket no longer open): for the shell.
    void refusalNotShown(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void followPresence();

    app::LocalStore &m_store;
    QString m_me;
    app::ExamSession *m_exam = nullptr; // a trainee's exam in her sandbox
    TicketQueuePane *m_queue;
    ConversationPane *m_conversation;
    CustomerPane *m_customer;
    KnowledgeBasePane *m_knowledgeBase;
    QSplitter *m_columns;
    QSplitter *m_side;
    app::WorkIntervalRecorder *m_workIntervals;
};

} // namespace frontline::ui
