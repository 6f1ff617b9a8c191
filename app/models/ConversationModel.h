#pragma once

#include "app/store/StoreChangeSet.h"

#include <QAbstractListModel>

namespace frontline::app {

class LocalStore;

// The messages of one ticket, oldest first, read from the LocalStore a page at a time: the newest
// page on setTicket(), older ones on fetchMore() (the view asks when scrolled to the top). New,
// echoed and delivered messages update rows in place from the store's change signals.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        AuthorKindRole, // customer, bot, operator, system
        AuthorNameRole,
        BodyRole,
        InternalRole,
        StateRole, // synced, pending, failed
        CreatedAtRole,
        // Who wrote it, as the delegate styles it: customer, bot, operator, system, note or
        // whisper.
        StyleRole,
        // A supervisor's whisper to the operator (issue 18): internal, never for the customer.
        WhisperRole,
    };

    explicit ConversationModel(LocalStore &store, QObject *parent = nullptr);

    void setTicket(const QString &ticketId);
    QString ticketId() const { return m_ticketId; }
    void setPageSize(int messages) { m_pageSize = messages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Older messages are loaded at the top, a page at a time, when the view is scrolled there.
    // Not canFetchMore()/fetchMore(): views call those at the bottom.
    bool hasOlder() const { return m_hasOlder; }
    int loadOlder();

    int rowOf(const QString &messageId) const;

private:
    struct Row
    {
        qint64 seq = 0;
        QString id;
        QString authorKind;
        QString authorName;
        QString body;
        bool internal = false;
        QString state;
        QString createdAt;
        bool whisper = false;
    };

    QList<Row> load(const QString &where, const QVariantList &values, int limit) const;
    void onStoreChanged(const StoreChangeSet &changes);
    void refreshFrom(qint64 firstSeq);
    void appendNewer();

    LocalStore &m_store;
    QString m_ticketId;
    QList<Row> m_rows;
    int m_pageSize = 50;
    bool m_hasOlder = false;
};

} // namespace frontline::app
