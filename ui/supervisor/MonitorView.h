#pragma once

#include "app/monitoring/LiveMonitor.h"
#include "ui/common/ClientParts.h"

#include <QDialog>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace frontline::app {
class ConversationModel;
} // namespace frontline::app

namespace frontline::ui {

class LinkGuard;
class TypingIndicator;

// A supervisor watching one operator's chat live (issue 18, items 1-4): the whole conversation
// from the cache as the feed brings it, both sides' typing, and her controls: whisper to the
// operator (Ctrl+Shift+W), barge in to the customer (Ctrl+Shift+G, confirmed once), take the
// chat over (Ctrl+Shift+X; then she answers it here, through the outbox like any reply) and hand
// it back. Watching starts when a ticket is shown and stops when the view closes. A refusal is
// shown in the back office's words above the text box, which keeps what was not sent.
class MonitorView : public QDialog
{
    Q_OBJECT
public:
    explicit MonitorView(const ClientParts &parts, QWidget *parent = nullptr);

    void showTicket(const QString &ticketId);
    QString ticketId() const { return m_ticketId; }

    app::LiveMonitor *monitor() const { return m_monitor; }
    app::ConversationModel *conversation() const { return m_model; }
    QListView *messageView() const { return m_messages; }
    QLabel *header() const { return m_header; }
    // What happened last: watching, sent, or why not (the back office's words).
    QLabel *status() const { return m_status; }
    TypingIndicator *customerTyping() const { return m_customerTyping; }
    TypingIndicator *operatorTyping() const { return m_operatorTyping; }
    QPlainTextEdit *textBox() const { return m_text; }
    QPushButton *whisperButton() const { return m_whisper; }
    QPushButton *bargeButton() const { return m_barge; }
    QPushButton *takeOverButton() const { return m_takeOver; }
    QPushButton *handBackButton() const { return m_handBack; }
    QPushButton *replyButton() const { return m_reply; }

public Q_SLOTS:
    void whisper();
    // The first time asks to press again (she writes to the customer under her own name).
    void barge();
    void takeOver();
    void handBack();
    // Once she took the chat over: the text goes to the customer as her reply.
    void reply();

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    void buildView();
    void installShortcuts();
    void retranslateUi();
    void refreshHeader();
    // The chat is hers to answer: she took it over here, or the cache says it is assigned to her
    // (taken over in an earlier view).
    bool isMine() const;
    // The operator whose chat it is, by name, or words for her when the cache has no name.
    QString operatorWords() const;
    void updateControls();
    void onTyping(const QString &ticketId, const QString &operatorId, bool customer);
    void onMessagesAdded(int first, int last);
    void onDone(app::LiveMonitor::Action action);
    void onRefused(app::LiveMonitor::Action action, const QString &why);
    void clearSent();
    void showStatus(const QString &text, bool error);

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    QString m_me;
    app::LiveMonitor *m_monitor;
    app::ConversationModel *m_model;
    QString m_ticketId;
    QString m_assigneeName; // the operator whose chat it is, for the words of the controls
    bool m_assignedToMe = false;
    QLabel *m_header;
    QLabel *m_status;
    QListView *m_messages;
    TypingIndicator *m_customerTyping;
    TypingIndicator *m_operatorTyping;
    QPlainTextEdit *m_text;
    QPushButton *m_whisper;
    QPushButton *m_barge;
    QPushButton *m_takeOver;
    QPushButton *m_handBack;
    QPushButton *m_reply;
    QPushButton *m_close;
    LinkGuard *m_links;
    QString m_sent; // the text of the whisper or barge under way: cleared only if still there
    bool m_bargeConfirmed = false; // she was asked once in this view
    bool m_bargeArmed = false;     // asked; the next press sends
};

} // namespace frontline::ui
