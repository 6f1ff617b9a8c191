#include "app/models/OpenConversationsModel.h"

#include "app/store/LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <utility>

namespace frontline::app {

OpenConversationsModel::OpenConversationsModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &OpenConversationsModel::onStoreChanged);
}

OpenConversationsModel::Row OpenConversationsModel::readTicket(const QString &ticketId) const
{
    Row row;
    row.ticketId = ticketId;
    auto query = m_store.read(
        QStringLiteral("SELECT t.number, t.subject, t.status, c.name, t.server_json FROM tickets t "
                       "LEFT JOIN customers c ON c.id = t.customer_id WHERE t.id = ?"),
        {ticketId});
    if (!query || !query.value().next())
        return row;
    row.number = query->value(0).toLongLong();
    row.subject = query->value(1).toString();
    row.status = query->value(2).toString();
    row.customerName = query->value(3).toString();
    const QJsonObject server = QJsonDocument::fromJson(query->value(4).toByteArray()).object();
    const QDateTime lastCustomer = QDateTime::fromString(
        server.value(u"last_customer_message_at").toString(), Qt::ISODateWithMs);
    // The customer waits from their last message until an operator answers it.
    auto answered =
        m_store.read(QStringLiteral("SELECT MAX(created_at) FROM messages WHERE ticket_id = ? AND "
                                    "author_kind = 'operator' AND internal = 0"),
                     {ticketId});
    QDateTime lastAnswer;
    if (answered && answered.value().next())
        lastAnswer = QDateTime::fromString(answered->value(0).toString(), Qt::ISODateWithMs);
    const bool waiting =
        lastCustomer.isValid() && (!lastAnswer.isValid() || lastAnswer < lastCustomer);
    const bool closed = row.status == u"resolved" || row.status == u"closed";
    if (waiting && !closed)
        row.waitingSince = lastCustomer;
    return row;
}

int OpenConversationsModel::open(const QString &ticketId)
{
    if (const int existing = rowOf(ticketId); existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(readTicket(ticketId));
    endInsertRows();
    return row;
}

QString OpenConversationsModel::openAll(const QStringList &ticketIds)
{
    QString oldest;
    std::pair<qint64, qint64> oldestKey;
    for (const QString &ticketId : ticketIds) {
        const Row &row = m_rows.at(open(ticketId));
        // A customer not waiting sorts after every waiting one.
        const std::pair<qint64, qint64> key(row.waitingSince.isValid()
                                                ? row.waitingSince.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::max(),
                                            row.number);
        if (oldest.isEmpty() || key < oldestKey) {
            oldest = ticketId;
            oldestKey = key;
        }
    }
    return oldest;
}

void OpenConversationsModel::close(const QString &ticketId)
{
    const int row = rowOf(ticketId);
    if (row < 0)
        return;
    const bool hadUnread = m_rows.at(row).unread > 0;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (m_current == ticketId)
        m_current.clear();
    if (hadUnread)
        Q_EMIT unreadCountChanged(totalUnread());
}

int OpenConversationsModel::rowOf(const QString &ticketId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ticketId == ticketId)
            return i;
    }
    return -1;
}

QString OpenConversationsModel::ticketAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).ticketId : QString();
}

QStringList OpenConversationsModel::ticketIds() const
{
    QStringList ids;
    for (const Row &row : m_rows)
        ids.append(row.ticketId);
    return ids;
}

void OpenConversationsModel::setCurrent(const QString &ticketId)
{
    const int previous = rowOf(m_current);
    m_current = ticketId;
    if (previous >= 0)
        Q_EMIT dataChanged(index(previous), index(previous));
    const int row = rowOf(ticketId);
    if (row < 0)
        return;
    const bool hadUnread = m_rows.at(row).unread > 0;
    m_rows[row].unread = 0;
    Q_EMIT dataChanged(index(row), index(row));
    if (hadUnread)
        Q_EMIT unreadCountChanged(totalUnread());
}

int OpenConversationsModel::totalUnread() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += row.unread;
    return total;
}

int OpenConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OpenConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString who = row.customerName.isEmpty() ? row.subject : row.customerName;
        return row.unread > 0 ? tr("#%1 %2 (%3 new)").arg(row.number).arg(who).arg(row.unread)
                              : tr("#%1 %2").arg(row.number).arg(who);
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Ticket %1: %2, %3, %4 unread")
            .arg(row.number)
            .arg(row.subject, row.customerName)
            .arg(row.unread);
    case TicketIdRole:
        return row.ticketId;
    case NumberRole:
        return row.number;
    case SubjectRole:
        return row.subject;
    case CustomerNameRole:
        return row.customerName;
    case StatusRole:
        return row.status;
    case UnreadRole:
        return row.unread;
    case WaitingSinceRole:
        return row.waitingSince.isValid() ? QVariant(row.waitingSince) : QVariant();
    case CurrentRole:
        return row.ticketId == m_current;
    default:
        return {};
    }
}

QHash<int, QByteArray> OpenConversationsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{TicketIdRole, "ticketId"},
                  {NumberRole, "number"},
                  {SubjectRole, "subject"},
                  {CustomerNameRole, "customerName"},
                  {StatusRole, "status"},
                  {UnreadRole, "unread"},
                  {WaitingSinceRole, "waitingSince"},
                  {CurrentRole, "current"}});
    return names;
}

void OpenConversationsModel::onStoreChanged(const StoreChangeSet &changes)
{
    bool unreadChanged = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const auto added = changes.messagesAdded.constFind(row.ticketId);
        const bool ticketChanged = changes.tickets.contains(row.ticketId);
        if (added == changes.messagesAdded.constEnd() && !ticketChanged)
            continue;
        const int unread = row.unread;
        row = readTicket(row.ticketId);
        row.unread = unread;
        if (added != changes.messagesAdded.constEnd()) {
            for (const QString &messageId : *added) {
                auto query = m_store.read(
                    QStringLiteral("SELECT 1 FROM messages WHERE id = ? AND author_kind = "
                                   "'customer'"),
                    {messageId});
                if (!query || !query.value().next())
                    continue;
                if (row.ticketId != m_current) {
                    ++row.unread;
                    unreadChanged = true;
                }
            }
        }
        Q_EMIT dataChanged(index(i), index(i));
    }
    if (unreadChanged)
        Q_EMIT unreadCountChanged(totalUnread());
}

} // namespace frontline::app
