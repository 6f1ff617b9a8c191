#pragma once

#include "protocol/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace frontline::app {

class LocalStore;
struct StoreChangeSet;

// A customer's other tickets in the cache, newest first (at most 50): number, subject, status,
// date. Follows the cache live.
class PreviousTicketsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        StatusColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
    };

    explicit PreviousTicketsModel(LocalStore &store, QObject *parent = nullptr);

    // The customer's tickets other than `currentTicketId`.
    Result<void> setCustomer(const QString &customerId, const QString &currentTicketId = {});
    QString ticketId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        qint64 number = 0;
        QString subject;
        QString status;
        QDateTime createdAt;

        bool operator==(const Row &) const = default;
    };

    Result<void> reload();
    void onStoreChanged(const StoreChangeSet &changes);
    bool concernsCustomer(const StoreChangeSet &changes) const;

    LocalStore &m_store;
    QString m_customerId;
    QString m_currentTicketId;
    QList<Row> m_rows;
};

} // namespace frontline::app
