#pragma once

#include "app/store/StoreChangeSet.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace frontline::app {

class LocalStore;

// The operators a supervisor may give a ticket to, from the cache: each with her presence and
// her open chats against her chat limit (the limit as the feed last told it; unknown until it
// has). The back office's assignment rule decides; this only helps choose.
class OperatorRosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PresenceColumn,
        ChatsColumn, // "2 of 3"
        ColumnCount
    };
    enum Role
    {
        OperatorIdRole = Qt::UserRole + 1,
        AtLimitRole, // true when her open chats reach her known limit
    };

    explicit OperatorRosterModel(LocalStore &store, QObject *parent = nullptr);

    // Leaves `operatorId` (the ticket's assignee) out of the list.
    void setExcluded(const QString &operatorId);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QString operatorIdAt(int row) const;
    int rowOf(const QString &operatorId) const;

    // What the cache knows of one operator's settings (her own `operator` changes).
    static std::optional<int> maxChatsOf(const LocalStore &store, const QString &operatorId);
    static QStringList queuesOf(const LocalStore &store, const QString &operatorId);
    // Every queue the cache has seen: of tickets and of operators.
    static QStringList knownQueues(const LocalStore &store);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        QString id;
        QString name;
        QString presence;
        int openChats = 0;
        std::optional<int> maxChats;
    };
    void onStoreChanged(const StoreChangeSet &changes);

    LocalStore &m_store;
    QString m_excluded;
    QList<Row> m_rows;
};

} // namespace frontline::app
