#pragma once

#include "protocol/Customer.h"
#include "protocol/Result.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace frontline::app {

class LocalStore;
struct StoreChangeSet;

// A customer's orders, newest first: one row each (number, date, current status, total), with its
// status timeline as child rows (oldest step first; time, day, status, note). Reloads when the
// cache says the customer changed.
class CustomerOrdersModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // An order status code ("handed_to_courier") in the operator's words.
    static QString statusName(const QString &status);
    // An order's total in its currency ("1 299 ₽"), kopecks only when there are any.
    static QString money(qint64 cents, const QString &currency);
    enum Column
    {
        NumberColumn,
        DateColumn, // the order's day; a history step's day
        StatusColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role
    {
        OrderIdRole = Qt::UserRole + 1,
        IsHistoryStepRole,
    };

    explicit CustomerOrdersModel(LocalStore &store, QObject *parent = nullptr);

    Result<void> setCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }
    const QList<protocol::Order> &orders() const { return m_orders; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Result<void> reload();
    void onStoreChanged(const StoreChangeSet &changes);

    // Top-level rows carry this internal id; a history step carries its order's row + 1.
    static constexpr quintptr OrderRow = 0;

    LocalStore &m_store;
    QString m_customerId;
    QList<protocol::Order> m_orders;
};

} // namespace frontline::app
