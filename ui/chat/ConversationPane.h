#pragma once

#include "ui/chat/ConflictBanner.h"
#include "ui/chat/ConnectionBanner.h"
#include "ui/chat/OpenConversationsList.h"
#include "ui/chat/RefusalBanner.h"
#include "ui/chat/ReplyBox.h"
#include "ui/chat/SupervisionStrip.h"
#include "ui/chat/TicketActions.h"
#include "ui/chat/TypingIndicator.h"
#include "ui/common/ClientParts.h"
#include "ui/common/Pane.h"
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationStrip.h"

#include <QElapsedTimer>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QTimer;
class QToolButton;

namespace frontline::app {
class ChatAlerts;
class ConversationModel;
class ConversationQuery;
class MacroModel;
class OpenConversationsModel;
class LocalStore;
class OperatorCommands;
class RealtimeChannel;
class SyncEngine;
struct StoreChangeSet;
} // namespace frontline::app

namespace frontline::ui {

class EscalationDialog;
class EscalationInbox;
class HelpFlagStrip;
class LinkGuard;
class MacroPicker;
class ReplyComposer;

// The operator's chats: the open conversations (with unread counts and waiting times), the
// current one's messages, and the composer. Reads the cache through the app layer (item models,
// ConversationQuery) and acts through OperatorCommands, so everything shows at once, online or
// offline.
class ConversationPane : public Pane
{
    Q_OBJECT
public:
    explicit ConversationPane(const ClientParts &parts, QWidget *parent = nullptr);
    // Without a signed-in desk (the shell before sign-in): a placeholder only.
    explicit ConversationPane(QWidget *parent = nullptr);
    ~ConversationPane() override;

    // The pane's keyboard shortcuts, for the shell's shortcuts dialog.
    static QList<QPair<QKeySequence, QString>> shortcuts();

    QString currentTicket() const { return m_current; }

    // For tests and the shell's automation.
    app::OpenConversationsModel *conversationsModel() const { return m_conversationsModel; }
    app::ConversationModel *messagesModel() const { return m_messagesModel; }
    OpenConversationsList *conversationList() const { return m_conversationList; }
    QListView *messageView() const { return m_messageView; }
    LinkGuard *linkGuard() const { return m_linkGuard; }
    ReplyComposer *composer() const { return m_reply->composer(); }
    QToolButton *internalNoteToggle() const { return m_reply->internalNoteToggle(); }
    QPushButton *sendButton() const { return m_reply->sendButton(); }
    QToolButton *escalateButton() const { return m_actions->escalateButton(); }
    QToolButton *resolveButton() const { return m_actions->resolveButton(); }
    QLabel *headerLabel() const { return m_header; }
    EscalationStrip *escalationStrip() const { return m_escalationStrip; }
    HelpFlagStrip *helpFlagStrip() const { return m_helpFlag; }
    ConflictBanner *conflictBanner() const { return m_conflictBanner; }
    RefusalBanner *refusalBanner() const { return m_refusal; }
    SupervisionStrip *supervisionStrip() const { return m_supervision; }
    ConnectionBanner *offlineBanner() const { return m_offlineBanner; }
    TypingIndicator *typingIndicator() const { return m_typing; }
    QLabel *noticeLabel() const { return m_notice; }
    MacroPicker *macroPicker() const { return m_reply->macroPicker(); }
    // The slug of the canned response the open reply was made from (sent with it); empty: none.
    QString macroUsed() const { return m_reply->macroUsed(); }
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
    QWidget *buildConversation();
    void buildMessageView();
    void connectWidgets();
    void buildShortcuts();
    void connectDesk();
    app::ConversationQuery query() const;
    QString operatorName(const QString &operatorId) const;
    void showTicket(const QString &ticketId);
    void updateHeader();
    void updateEscalationStrip();
    void updateConflictBanner();
    void updateActions();
    void onStoreChanged(const app::StoreChangeSet &changes);
    // Opens chats newly assigned to me (the longest waiting becomes current when none is) and
    // tells the shell about them and about customers writing in mine.
    void noticeAlerts(const app::StoreChangeSet &changes);
    void onTyping(const QString &ticketId, const QString &operatorId, bool customer);
    void sendTyping();
    void onMessagesScrolled(int value);
    void showNotice(const QString &text);
    void scrollToNewest();
    bool changeStatus(const QString &status, const QString &code = {});

    std::unique_ptr<ClientParts> m_parts; // none: the placeholder before sign-in
    QString m_me;
    QString m_current;
    qint64 m_conflictId = 0;
    std::unique_ptr<app::ChatAlerts> m_alerts;
    QElapsedTimer m_lastTypingSent;

    app::OpenConversationsModel *m_conversationsModel = nullptr;
    app::ConversationModel *m_messagesModel = nullptr;
    app::MacroModel *m_macroModel = nullptr;

    EscalationInbox *m_inbox = nullptr;
    OpenConversationsList *m_conversationList = nullptr;
    QLabel *m_header = nullptr;
    TicketActions *m_actions = nullptr;
    EscalationStrip *m_escalationStrip = nullptr;
    HelpFlagStrip *m_helpFlag = nullptr;
    ConflictBanner *m_conflictBanner = nullptr;
    RefusalBanner *m_refusal = nullptr;
    SupervisionStrip *m_supervision = nullptr;
    ConnectionBanner *m_offlineBanner = nullptr;
    QLabel *m_placeholder = nullptr;
    QListView *m_messageView = nullptr;
    LinkGuard *m_linkGuard = nullptr;
    TypingIndicator *m_typing = nullptr;
    QLabel *m_notice = nullptr;
    ReplyBox *m_reply = nullptr;
    // Guarded: the dialog deletes itself on close, or goes with the pane.
    QPointer<EscalationDialog> m_dialog;
};

} // namespace frontline::ui
