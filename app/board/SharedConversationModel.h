#pragma once

#include "app/models/ConversationModel.h"
#include "protocol/Message.h"

#include <QAbstractListModel>

namespace frontline::app {

class BackOfficeClient;
class RefreshPacer;
struct ApiReply;

// A ticket's conversation as a store's client reads it when its contract shares conversations:
// fetched from GET /tickets/{id}/messages (the back office leaves internal notes out and writes
// "Customer" for the customer's name), never kept in the cache. The newest page first; older
// pages on loadOlder(). Its rows answer ConversationModel's roles, so the chat's own delegate
// draws them. While open it follows the conversation: followNewer() (on the events socket's board
// event) fetches the messages after the newest shown and appends them, one request at a time and
// at most once per FollowIntervalMs however often it is asked.
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
    // A request is out, or newer messages wait their turn (the pace, the request under way).
    bool isCatchingUp() const;
    // Requests sent for this model so far (tests count them).
    int fetchCount() const { return m_fetches; }
    // Why the conversation cannot be read (the store's contract does not share it, ...); empty
    // while it can.
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int PageSize = 100;
    static constexpr int FollowIntervalMs = 2000;

public Q_SLOTS:
    // The ticket may have new messages: they are fetched (paced) and appended at the bottom.
    void followNewer();

Q_SIGNALS:
    // A page arrived (or failed: errorText() says why).
    void loaded();

private:
    enum class Page
    {
        Latest,
        Older,
        Newer
    };
    void fetch(Page page);
    void fetchNewer();
    void take(const ApiReply &reply, Page page);

    BackOfficeClient &m_client;
    RefreshPacer *m_pacer;
    QString m_ticketId;
    QList<protocol::Message> m_rows;
    QString m_error;
    quint64 m_generation = 0; // an answer for an earlier ticket is dropped
    int m_fetches = 0;
    bool m_hasOlder = false;
    bool m_loading = false;    // one request in flight, whichever page
    bool m_newerAsked = false; // newer messages were asked for while it was
};

} // namespace frontline::app
