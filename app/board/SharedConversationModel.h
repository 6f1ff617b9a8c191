#pragma once

#include "app/models/ConversationModel.h"
#include "protocol/Message.h"

#include <QAbstractListModel>

namespace frontline::app {

class BackOfficeClient;

// A ticket's conversation as a store's client reads it when its contract shares conversations:
// fetched from GET /tickets/{id}/messages (the back office leaves internal notes out and writes
// "Customer" for the customer's name), never kept in the cache. The newest page first; older
// pages on loadOlder(). Its rows answer ConversationModel's roles, so the chat's own delegate
// draws them.
class SharedConversationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using Role = ConversationModel::Role;

    explicit SharedConversationModel(BackOfficeClient &client, QObject *parent = nullptr);

    void setTicket(const QString &ticketId);
    QString ticketId() const { return m_ticketId; }
    bool isLoading() const { return m_loading; }
    bool hasOlder() const { return m_hasOlder; }
    // Asks for the page before the oldest message shown; rows arrive at the top.
    void loadOlder();
    // Why the conversation cannot be read (the store's contract does not share it, ...); empty
    // while it can.
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int PageSize = 100;

Q_SIGNALS:
    // A page arrived (or failed: errorText() says why).
    void loaded();

private:
    void fetch(const QString &beforeId);

    BackOfficeClient &m_client;
    QString m_ticketId;
    QList<protocol::Message> m_rows;
    QString m_error;
    quint64 m_generation = 0; // an answer for an earlier ticket is dropped
    bool m_hasOlder = false;
    bool m_loading = false;
};

} // namespace frontline::app
