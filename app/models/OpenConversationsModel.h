#pragma once

#include "app/store/StoreChangeSet.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace frontline::app {

class LocalStore;

// The conversations the operator has open at once (the chat pane's list), with an unread count
// per conversation and the customer's waiting time. Unread counts customer messages that arrived
// while the conversation was not the current one; they live for the session only.
class OpenConversationsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        NumberRole,
        SubjectRole,
        CustomerNameRole,
        StatusRole,
        UnreadRole,
        // When the customer's last message arrived (what the waiting time counts from); invalid
        // when the customer is not waiting for us.
        WaitingSinceRole,
        CurrentRole,
    };

    explicit OpenConversationsModel(LocalStore &store, QObject *parent = nullptr);

    // Adds the ticket if it is not open yet; returns its row.
    int open(const QString &ticketId);
    // Opens each of them (chats routed to the operator); returns the one whose customer has
    // waited longest (the lowest number when none is waiting), empty for none.
    QString openAll(const QStringList &ticketIds);
    void close(const QString &ticketId);
    int rowOf(const QString &ticketId) const;
    QString ticketAt(int row) const;
    QStringList ticketIds() const;

    void setCurrent(const QString &ticketId);
    QString current() const { return m_current; }
    int totalUnread() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void unreadCountChanged(int total);

private:
    struct Row
    {
        QString ticketId;
        qint64 number = 0;
        QString subject;
        QString customerName;
        QString status;
        QDateTime waitingSince;
        int unread = 0;
    };

    Row readTicket(const QString &ticketId) const;
    void onStoreChanged(const StoreChangeSet &changes);

    LocalStore &m_store;
    QList<Row> m_rows;
    QString m_current;
};

} // namespace frontline::app
