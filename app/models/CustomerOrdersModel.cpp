#include "app/models/CustomerOrdersModel.h"

#include "app/store/LocalStore.h"

#include <QJsonDocument>

#include <algorithm>

namespace frontline::app {

CustomerOrdersModel::CustomerOrdersModel(LocalStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &CustomerOrdersModel::onStoreChanged);
}

Result<void> CustomerOrdersModel::setCustomer(const QString &customerId)
{
    m_customerId = customerId;
    return reload();
}

Result<void> CustomerOrdersModel::reload()
{
    QList<protocol::Order> orders;
    if (!m_customerId.isEmpty()) {
        auto query = m_store.read(QStringLiteral("SELECT json FROM orders WHERE customer_id = ?"),
                                  {m_customerId});
        if (!query)
            return query.error();
        while (query.value().next()) {
            orders.append(protocol::Order::fromJson(
                QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object()));
        }
        std::sort(orders.begin(), orders.end(), [](const auto &a, const auto &b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
        });
    }
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
    return {};
}

void CustomerOrdersModel::onStoreChanged(const StoreChangeSet &changes)
{
    // A customer's orders are a handful of rows: re-reading them is cheaper than diffing.
    if (!m_customerId.isEmpty() && changes.customers.contains(m_customerId))
        (void)reload();
}

QModelIndex CustomerOrdersModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, OrderRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CustomerOrdersModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == OrderRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, OrderRow);
}

int CustomerOrdersModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_orders.size());
    if (parent.internalId() != OrderRow || parent.column() != 0)
        return 0;
    return int(m_orders.at(parent.row()).history.size());
}

int CustomerOrdersModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CustomerOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool step = index.internalId() != OrderRow;
    const protocol::Order &order = m_orders.at(step ? int(index.internalId() - 1) : index.row());
    if (role == OrderIdRole)
        return order.id;
    if (role == IsHistoryStepRole)
        return step;
    if (role == Qt::TextAlignmentRole && index.column() == TotalColumn && !step)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (step) {
        const protocol::OrderEvent &event = order.history.at(index.row());
        switch (index.column()) {
        // The step's time of day under the order's number and its day under the order's date:
        // the panel is narrow, and each column stays one kind of thing.
        case NumberColumn:
            return role == Qt::DisplayRole ? QVariant(event.at.toLocalTime().time()) : QVariant();
        case DateColumn: // views write the typed values in the locale's formats
            return role == Qt::DisplayRole ? QVariant(event.at.toLocalTime().date()) : QVariant();
        case StatusColumn:
            return statusName(event.status);
        case TotalColumn:
            return event.note;
        }
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return order.number;
    case DateColumn:
        return role == Qt::DisplayRole ? QVariant(order.createdAt.toLocalTime().date())
                                       : QVariant();
    case StatusColumn:
        return statusName(order.status);
    case TotalColumn:
        return money(order.totalCents, order.currency);
    }
    return {};
}

QString CustomerOrdersModel::money(qint64 cents, const QString &currency)
{
    const QLocale locale;
    const QString symbol = currency == u"RUB" ? QStringLiteral("₽") : currency;
    return locale.toCurrencyString(double(cents) / 100.0, symbol, cents % 100 == 0 ? 0 : 2);
}

QString CustomerOrdersModel::statusName(const QString &status)
{
    if (status == u"created")
        return tr("Created");
    if (status == u"paid")
        return tr("Paid");
    if (status == u"assembling")
        return tr("Assembling");
    if (status == u"handed_to_courier")
        return tr("Handed to courier");
    if (status == u"in_transit")
        return tr("In transit");
    if (status == u"at_pickup_point")
        return tr("At the pickup point");
    if (status == u"delivered")
        return tr("Delivered");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"returned")
        return tr("Returned");
    QString words = status;
    return words.replace(u'_', u' ');
}

QVariant CustomerOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}

} // namespace frontline::app
