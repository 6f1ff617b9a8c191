#pragma once

#include "app/store/StoreChangeSet.h"
#include "protocol/HelpFlag.h"

#include <QAbstractTableModel>

#include <optional>

namespace frontline::app {

class LocalStore;

// The help flags raised now, newest first, from the cache (the `help_flag` feed kind): what the
// supervisor's board and alert list show. An operator's cache holds only her own.
class HelpFlagModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TicketColumn,
        OperatorColumn,
        NoteColumn,
        RaisedAtColumn,
        ColumnCount
    };
    enum Role
    {
        FlagIdRole = Qt::UserRole + 1,
        TicketIdRole,
        OperatorIdRole,
        RaisedAtRole, // QDateTime, UTC
    };

    explicit HelpFlagModel(LocalStore &store, QObject *parent = nullptr);

    void reload();
    protocol::HelpFlag flagAt(int row) const;
    int rowOf(const QString &flagId) const;
    const QList<protocol::HelpFlag> &flags() const { return m_rows; }

    // The raised flags in the cache, newest first (local echoes included).
    static QList<protocol::HelpFlag> raised(const LocalStore &store);
    // The newest flag of a ticket, raised or lowered; none when it never had one.
    static std::optional<protocol::HelpFlag> latestFor(const LocalStore &store,
                                                       const QString &ticketId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    LocalStore &m_store;
    QList<protocol::HelpFlag> m_rows;
};

} // namespace frontline::app
