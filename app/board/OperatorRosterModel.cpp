#include "app/board/OperatorRosterModel.h"

#include "app/store/LocalStore.h"

#include <QCoreApplication>

namespace frontline::app {
namespace {

QString presenceText(const QString &status)
{
    if (status == u"online")
        return QCoreApplication::translate("OperatorRosterModel", "Online");
    if (status == u"break")
        return QCoreApplication::translate("OperatorRosterModel", "On break");
    return QCoreApplication::translate("OperatorRosterModel", "Offline");
}

} // namespace

OperatorRosterModel::OperatorRosterModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &OperatorRosterModel::onStoreChanged);
    reload();
}

void OperatorRosterModel::setExcluded(const QString &operatorId)
{
    m_excluded = operatorId;
    reload();
}

void OperatorRosterModel::onStoreChanged(const StoreChangeSet &changes)
{
    if (!changes.operators.isEmpty() || !changes.presence.isEmpty() || !changes.tickets.isEmpty())
        reload();
}

void OperatorRosterModel::reload()
{
    QList<Row> rows;
    // Counted as the back office's assignment rule counts: active chats.
    auto query = m_store.read(
        QStringLiteral(
            "SELECT o.id, COALESCE(json_extract(o.json, '$.display_name'), o.id), "
            "COALESCE(p.status, 'offline'), (SELECT COUNT(*) FROM tickets t WHERE t.assignee_id = "
            "o.id AND t.channel = 'chat' AND t.status IN ('new', 'open', 'pending')), "
            "json_extract(o.json, '$.max_chats') FROM operators o LEFT JOIN presence p ON "
            "p.operator_id = o.id WHERE json_extract(o.json, '$.role') = 'operator' AND o.id <> ? "
            "ORDER BY 2, o.id"),
        {m_excluded.isNull() ? QStringLiteral("") : m_excluded}); // a null QString binds NULL
    if (!query) {
        Q_EMIT loadFailed(query.error().message);
    } else {
        while (query.value().next()) {
            const QSqlQuery &row = query.value();
            Row entry{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                      row.value(3).toInt(), std::nullopt};
            if (!row.value(4).isNull())
                entry.maxChats = row.value(4).toInt();
            rows.append(entry);
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OperatorRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperatorRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorRosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == OperatorIdRole)
        return row.id;
    if (role == AtLimitRole)
        return row.maxChats.has_value() && row.openChats >= *row.maxChats;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return row.name;
    case PresenceColumn:
        return presenceText(row.presence);
    case ChatsColumn:
        return row.maxChats ? QCoreApplication::translate("OperatorRosterModel", "%1 of %2")
                                  .arg(row.openChats)
                                  .arg(*row.maxChats)
                            : QString::number(row.openChats);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OperatorRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return QCoreApplication::translate("OperatorRosterModel", "Operator");
    case PresenceColumn:
        return QCoreApplication::translate("OperatorRosterModel", "Presence");
    case ChatsColumn:
        return QCoreApplication::translate("OperatorRosterModel", "Open chats");
    case ColumnCount:
        break;
    }
    return {};
}

QString OperatorRosterModel::operatorIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int OperatorRosterModel::rowOf(const QString &operatorId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == operatorId)
            return i;
    }
    return -1;
}

std::optional<int> OperatorRosterModel::maxChatsOf(const LocalStore &store,
                                                   const QString &operatorId)
{
    auto query = store.read(
        QStringLiteral("SELECT json_extract(json, '$.max_chats') FROM operators WHERE id = ?"),
        {operatorId});
    if (!query || !query.value().next() || query->value(0).isNull())
        return std::nullopt;
    return query->value(0).toInt();
}

QStringList OperatorRosterModel::queuesOf(const LocalStore &store, const QString &operatorId)
{
    QStringList queues;
    auto query = store.read(QStringLiteral("SELECT q.value FROM operators o, json_each(o.json, "
                                           "'$.queues') q WHERE o.id = ? ORDER BY q.value"),
                            {operatorId});
    if (!query)
        return queues;
    while (query.value().next())
        queues.append(query->value(0).toString());
    return queues;
}

QStringList OperatorRosterModel::knownQueues(const LocalStore &store)
{
    QStringList queues;
    auto query = store.read(QStringLiteral(
        "SELECT queue FROM tickets WHERE queue IS NOT NULL AND queue <> '' UNION SELECT q.value "
        "FROM operators o, json_each(o.json, '$.queues') q ORDER BY 1"));
    if (!query)
        return queues;
    while (query.value().next())
        queues.append(query->value(0).toString());
    return queues;
}

} // namespace frontline::app
