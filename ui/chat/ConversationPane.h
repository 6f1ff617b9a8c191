#pragma once

#include "ui/common/Pane.h"

#include <QElapsedTimer>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QSet>

class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QTimer;
class QToolButton;

namespace frontline::app {
class ConversationModel;
class MacroModel;
class OpenConversationsModel;
class OperatorDesk;
struct StoreChangeSet;
} // namespace frontline::app

namespace frontline::ui {

class EscalationDialog;
class EscalationInbox;
class MacroPicker;
class ReplyComposer;

// The operator's chats: the open conversations (with unread counts and waiting times), the
// current one's messages, and the composer. Reads the LocalStore through item models and acts
// through OperatorCommands, so everything shows at once, online or offline.
class ConversationPane : public Pane
{
    Q_OBJECT
public:
    explicit ConversationPane(app::OperatorDesk &desk, QWidget *parent = nullptr);
    // Without a signed-in desk (the shell before sign-in): a placeholder only.
    explicit ConversationPane(QWidget *parent = nullptr);
    ~ConversationPane() override;

    // The pane's keyboard shortcuts, for the shell's shortcuts dialog.
    static QList<QPair<QKeySequence, QString>> shortcuts();
    // Resolution codes offered by Resolve: (code, title).
    static QList<QPair<QString, QString>> resolutionCodes();

    QString currentTicket() const { return m_current; }

    // For tests and the shell's automation.
    app::OpenConversationsModel *conversationsModel() const { return m_conversationsModel; }
    app::ConversationModel *messagesModel() const { return m_messagesModel; }
    QListView *conversationList() const { return m_conversationList; }
    QListView *messageView() const { return m_messageView; }
    ReplyComposer *composer() const { return m_composer; }
    QToolButton *internalNoteToggle() const { return m_noteToggle; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *escalateButton() const { return m_escalate; }
    QToolButton *resolveButton() const { return m_resolve; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *escalationStrip() const { return m_escalationStrip; }
    QFrame *conflictBanner() const { return m_conflictBanner; }
    QFrame *offlineBanner() const { return m_offlineBanner; }
    QLabel *typingIndicator() const { return m_typing; }
    QLabel *noticeLabel() const { return m_notice; }
    MacroPicker *macroPicker() const { return m_picker; }
    EscalationInbox *escalationInbox() const { return m_inbox; }
    EscalationDialog *escalationDialog() const { return m_dialog; }

public Q_SLOTS:
    void openTicket(const QString &ticketId);
    void insertIntoReply(const QString &text);
    void closeTicket(const QString &ticketId);
    // Sends the composer's text as a reply, or as an internal note in note mode.
    bool send();
    void setInternalNote(bool internal);
    // Opens the escalation dialog for the current ticket (window-modal, not blocking).
    void escalate();
    bool resolve(const QString &resolutionCode);
    bool setPending();
    bool reopen();
    void keepMine();
    void takeTheirs();
    // Sends a failed message again, or a waiting one right now.
    void retry(const QModelIndex &message);
    void nextConversation();
    void previousConversation();

Q_SIGNALS:
    void currentTicketChanged(const QString &ticketId);
    void unreadCountChanged(int count);
    void attentionNeeded(const QString &ticketId, const QString &summary);

protected:
    void retranslateUi() override;

private:
    void buildWidgets();
    void buildShortcuts();
    void connectDesk();
    void showTicket(const QString &ticketId);
    void saveDraft();
    void loadDraft();
    void updateHeader();
    void updateEscalationStrip();
    void updateConflictBanner();
    void updateOfflineBanner();
    void updateActions();
    void onStoreChanged(const app::StoreChangeSet &changes);
    void onTyping(const QString &ticketId, const QString &operatorId, bool customer);
    void onComposerEdited();
    void onMessagesScrolled(int value);
    void showNotice(const QString &text);
    void openMacroPicker();
    void scrollToNewest();
    bool changeStatus(const QString &status, const QString &code = {});
    QSet<QString> ticketsAssignedToMe() const;

    app::OperatorDesk *m_desk = nullptr;
    QString m_me;
    QString m_current;
    qint64 m_conflictId = 0;
    QSet<QString> m_assignedToMe;
    bool m_loadingDraft = false;
    QElapsedTimer m_lastTypingSent;

    app::OpenConversationsModel *m_conversationsModel = nullptr;
    app::ConversationModel *m_messagesModel = nullptr;
    app::MacroModel *m_macroModel = nullptr;

    EscalationInbox *m_inbox = nullptr;
    QListView *m_conversationList = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_escalationStrip = nullptr;
    QFrame *m_conflictBanner = nullptr;
    QLabel *m_conflictText = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QLabel *m_placeholder = nullptr;
    QFrame *m_offlineBanner = nullptr;
    QLabel *m_offlineText = nullptr;
    // The banner shows the offline text (with the waiting count), not a sync error.
    bool m_bannerSaysOffline = false;
    QListView *m_messageView = nullptr;
    QLabel *m_typing = nullptr;
    QLabel *m_notice = nullptr;
    ReplyComposer *m_composer = nullptr;
    QToolButton *m_noteToggle = nullptr;
    QPushButton *m_send = nullptr;
    QToolButton *m_escalate = nullptr;
    QToolButton *m_resolve = nullptr;
    QToolButton *m_pending = nullptr;
    QToolButton *m_reopen = nullptr;
    QToolButton *m_close = nullptr;
    MacroPicker *m_picker = nullptr;
    EscalationDialog *m_dialog = nullptr;
    QTimer *m_typingTimer = nullptr;
    QTimer *m_draftTimer = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace frontline::ui
