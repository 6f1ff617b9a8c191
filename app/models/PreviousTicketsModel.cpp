#include "app/models/PreviousTicketsModel.h"

#include "app/models/TicketQueueModel.h"
#include "app/store/LocalStore.h"

namespace frontline::app {

namespace {
constexpr int MaxTickets = 50;
}

PreviousTicketsModel::PreviousTicketsModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &PreviousTicketsModel::onStoreChanged);
}

Result<void> PreviousTicketsModel::setCustomer(const QString &customerId,
                                               const QString &currentTicketId)
{
    m_customerId = customerId;
    m_currentTicketId = currentTicketId;
    return reload();
}

QString PreviousTicketsModel::ticketId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

Result<void> PreviousTicketsModel::reload()
{
    QList<Row> rows;
    if (!m_customerId.isEmpty()) {
        auto query = m_store.read(
            QStringLiteral("SELECT id, number, subject, status, "
                           "COALESCE(json_extract(server_json, '$.created_at'), updated_at) AS "
                           "created FROM tickets WHERE customer_id = ? AND id <> ? "
                           "ORDER BY created DESC, number DESC LIMIT ?"),
            {m_customerId, m_currentTicketId.isNull() ? QStringLiteral("") : m_currentTicketId,
             MaxTickets});
        if (!query)
            return query.error();
        while (query.value().next()) {
            rows.append(Row{query->value(0).toString(), query->value(1).toLongLong(),
                            query->value(2).toString(), query->value(3).toString(),
                            QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs)});
        }
    }
    // The same tickets in the same order (a status changed, or nothing did): rows are updated in
    // place, so the view keeps its selection and does not lay everything out again.
    bool sameTickets = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameTickets && i < rows.size(); ++i)
        sameTickets = rows.at(i).id == m_rows.at(i).id;
    if (!sameTickets) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return {};
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    return {};
}

bool PreviousTicketsModel::concernsCustomer(const StoreChangeSet &changes) const
{
    if (m_customerId.isEmpty() || changes.tickets.isEmpty())
        return false;
    for (const Row &row : m_rows) {
        if (changes.tickets.contains(row.id))
            return true;
    }
    // A new ticket of this customer: look the changed ids up by primary key, not the table. The
    // current ticket is never listed, so its changes (one with every message) are not looked up.
    QStringList marks;
    QVariantList values{m_customerId};
    for (const QString &id : changes.tickets) {
        if (id == m_currentTicketId)
            continue;
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    if (marks.isEmpty())
        return false;
    auto query = m_store.read(u"SELECT 1 FROM tickets WHERE customer_id = ? AND id IN (" +
                                  marks.join(u',') + u") LIMIT 1",
                              values);
    return !query || query.value().next();
}

void PreviousTicketsModel::onStoreChanged(const StoreChangeSet &changes)
{
    if (concernsCustomer(changes))
        (void)reload();
}

int PreviousTicketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviousTicketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviousTicketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == TicketIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return QStringLiteral("#%1").arg(row.number);
    case SubjectColumn:
        return row.subject;
    case StatusColumn:
        return TicketQueueModel::statusName(row.status);
    case DateColumn: // a QDate: views format dates (ui/common/DateText.h)
        return row.createdAt.toLocalTime().date();
    }
    return {};
}

QVariant PreviousTicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

} // namespace frontline::app
