#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QListView;
class QPushButton;

namespace frontline::app {
class ConversationModel;
class LocalStore;
class SharedConversationModel;
} // namespace frontline::app

namespace frontline::protocol {
struct TicketFigures;
}

namespace frontline::ui {

class LinkGuard;

// A ticket's whole conversation, read-only (no reply box), in the chat pane's own message view
// and delegate. A supervisor reads it from the cache, which holds every ticket for her, follows it
// live as the feed brings its messages and may reassign the ticket. A store's client reads it
// from the back office (SharedConversationModel) when its contract shares conversations: no
// reassignment, no customer card, no internal notes; new messages are appended as the store's
// desk asks the model for them, without moving a reader who scrolled up.
class TicketReader : public QDialog
{
    Q_OBJECT
public:
    explicit TicketReader(app::LocalStore &store, QWidget *parent = nullptr);
    // The store's reader over `shared`, which it does not own.
    explicit TicketReader(app::SharedConversationModel *shared, QWidget *parent = nullptr);

    void showTicket(const QString &ticketId);
    // The store's: the ticket as its figures row describes it, its queue's name.
    void showSharedTicket(const protocol::TicketFigures &ticket, const QString &queueName);
    QString ticketId() const { return m_ticketId; }

    QListView *messageView() const { return m_messages; }
    // The supervisor's cache-backed conversation; none in the store's reader.
    app::ConversationModel *conversation() const { return m_model; }
    app::SharedConversationModel *sharedConversation() const { return m_shared; }
    QLabel *header() const { return m_header; }
    // Why the conversation is not shown (the store's reader); hidden while it is.
    QLabel *notice() const { return m_notice; }
    // None in the store's reader.
    QPushButton *reassignButton() const { return m_reassign; }
    // None in the store's reader.
    QPushButton *monitorButton() const { return m_monitor; }

Q_SIGNALS:
    // The supervisor wants this ticket given to someone else (the lead opens ReassignDialog).
    void reassignRequested(const QString &ticketId);
    // The supervisor wants to watch this chat live (the lead opens MonitorView).
    void monitorRequested(const QString &ticketId);

private:
    void buildView(QAbstractItemModel *model);
    void refreshHeader();
    void loadOlderAtTop(int value);
    void showSharedState();

    app::LocalStore *m_store = nullptr;
    app::ConversationModel *m_model = nullptr;
    app::SharedConversationModel *m_shared = nullptr;
    QString m_ticketId;
    QLabel *m_header;
    QLabel *m_notice;
    QListView *m_messages;
    QPushButton *m_reassign = nullptr;
    QPushButton *m_monitor = nullptr;
    LinkGuard *m_links;
    int m_keepFromBottom = -1; // the reader's place while older messages come in
    bool m_wasAtBottom = true; // before new messages came in
};

} // namespace frontline::ui
