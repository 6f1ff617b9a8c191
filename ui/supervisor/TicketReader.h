#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;

namespace frontline::app {
class ConversationModel;
class LocalStore;
} // namespace frontline::app

namespace frontline::ui {

class LinkGuard;

// A supervisor reads a ticket's whole conversation, read-only (no reply box): the chat pane's
// own message view and delegate over the cache, which holds every ticket for a supervisor.
// Follows the ticket live as the feed brings its messages.
class TicketReader : public QDialog
{
    Q_OBJECT
public:
    explicit TicketReader(app::LocalStore &store, QWidget *parent = nullptr);

    void showTicket(const QString &ticketId);
    QString ticketId() const { return m_ticketId; }

    QListView *messageView() const { return m_messages; }
    app::ConversationModel *conversation() const { return m_model; }
    QLabel *header() const { return m_header; }
    QPushButton *reassignButton() const { return m_reassign; }

Q_SIGNALS:
    // The supervisor wants this ticket given to someone else (the lead opens ReassignDialog).
    void reassignRequested(const QString &ticketId);

private:
    void refreshHeader();
    void loadOlderAtTop(int value);

    app::LocalStore &m_store;
    app::ConversationModel *m_model;
    QString m_ticketId;
    QLabel *m_header;
    QListView *m_messages;
    QPushButton *m_reassign;
    LinkGuard *m_links;
};

} // namespace frontline::ui
