#include "app/models/ConversationModel.h"

#include "app/store/LocalStore.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcConversationModel, "frontline.models.conversation")

namespace frontline::app {

ConversationModel::ConversationModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &ConversationModel::onStoreChanged);
}

QList<ConversationModel::Row> ConversationModel::load(const QString &where,
                                                      const QVariantList &values, int limit) const
{
    // Newest first in SQL so LIMIT takes the newest page; reversed below.
    // A message without its author's name (an older back office) takes the cached colleague's.
    QString sql =
        QStringLiteral("SELECT m.seq, m.id, m.author_kind, COALESCE(NULLIF(m.author_name, "
                       "''), json_extract(o.json, '$.display_name'), ''), m.body, "
                       "m.internal, m.state, m.created_at, m.whisper FROM messages m LEFT JOIN "
                       "operators o ON o.id = m.author_id WHERE m.ticket_id = ? ") +
        where + QStringLiteral(" ORDER BY m.seq DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QVariantList args{m_ticketId};
    args += values;
    auto query = m_store.read(sql, args);
    QList<Row> rows;
    if (!query) {
        qCWarning(lcConversationModel) << query.error().message;
        return rows;
    }
    while (query.value().next()) {
        rows.append(Row{
            query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toString(), query->value(4).toString(), query->value(5).toBool(),
            query->value(6).toString(), query->value(7).toString(), query->value(8).toBool()});
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

void ConversationModel::setTicket(const QString &ticketId)
{
    beginResetModel();
    m_ticketId = ticketId;
    m_rows.clear();
    if (!m_ticketId.isEmpty()) {
        m_rows = load({}, {}, m_pageSize + 1);
        m_hasOlder = m_rows.size() > m_pageSize;
        if (m_hasOlder)
            m_rows.removeFirst();
    } else {
        m_hasOlder = false;
    }
    endResetModel();
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return row.body;
    case Qt::AccessibleTextRole:
        // A screen reader hears that a whisper is not for the customer before its words.
        if (row.whisper)
            return tr("Whisper from %1, the customer does not see this: %2")
                .arg(row.authorName, row.body);
        return QStringLiteral("%1: %2").arg(
            row.authorName.isEmpty() ? row.authorKind : row.authorName, row.body);
    case MessageIdRole:
        return row.id;
    case AuthorKindRole:
        return row.authorKind;
    case AuthorNameRole:
        return row.authorName;
    case InternalRole:
        return row.internal;
    case StateRole:
        return row.state;
    case CreatedAtRole:
        return row.createdAt;
    case StyleRole:
        return row.whisper    ? QStringLiteral("whisper")
               : row.internal ? QStringLiteral("note")
                              : row.authorKind;
    case WhisperRole:
        return row.whisper;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {AuthorKindRole, "authorKind"},
                  {AuthorNameRole, "authorName"},
                  {BodyRole, "body"},
                  {InternalRole, "internal"},
                  {StateRole, "state"},
                  {CreatedAtRole, "createdAt"},
                  {StyleRole, "style"},
                  {WhisperRole, "whisper"}});
    return names;
}

int ConversationModel::loadOlder()
{
    if (!m_hasOlder)
        return 0;
    const qint64 oldest =
        m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.first().seq;
    QList<Row> older = load(QStringLiteral("AND m.seq < ?"), {oldest}, m_pageSize + 1);
    m_hasOlder = older.size() > m_pageSize;
    if (m_hasOlder)
        older.removeFirst();
    if (older.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_rows = older + m_rows;
    endInsertRows();
    return int(older.size());
}

int ConversationModel::rowOf(const QString &messageId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == messageId)
            return i;
    }
    return -1;
}

void ConversationModel::onStoreChanged(const StoreChangeSet &changes)
{
    if (m_ticketId.isEmpty())
        return;
    const bool added = changes.messagesAdded.contains(m_ticketId);
    bool touched = false;
    for (const auto &[local, server] : changes.messageIdsReplaced)
        touched = touched || rowOf(local) >= 0;
    for (const QString &id : changes.messagesChanged)
        touched = touched || rowOf(id) >= 0;
    touched = touched || !changes.operators.isEmpty(); // a colleague's name arrived
    if (touched || (added && m_rows.isEmpty()))
        refreshFrom(m_rows.isEmpty() ? 0 : m_rows.first().seq);
    else if (added)
        appendNewer();
}

// Only new messages arrived: read what follows the newest loaded one, not the whole range again.
void ConversationModel::appendNewer()
{
    const QList<Row> fresh = load(QStringLiteral("AND m.seq > ?"), {m_rows.last().seq}, 0);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    m_rows += fresh;
    endInsertRows();
}

// Reads the loaded range again: rows that kept their seq are updated in place, new ones appended;
// anything else (an echo dropped because the feed brought the message first) resets.
void ConversationModel::refreshFrom(qint64 firstSeq)
{
    const QList<Row> fresh = load(QStringLiteral("AND m.seq >= ?"), {firstSeq}, 0);
    const qsizetype common = std::min(fresh.size(), m_rows.size());
    bool samePrefix = fresh.size() >= m_rows.size();
    for (qsizetype i = 0; samePrefix && i < common; ++i)
        samePrefix = fresh.at(i).seq == m_rows.at(i).seq;
    if (!samePrefix) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < common; ++i) {
        const Row &now = fresh.at(i);
        Row &was = m_rows[i];
        if (now.id != was.id || now.state != was.state || now.body != was.body ||
            now.createdAt != was.createdAt || now.authorName != was.authorName) {
            was = now;
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        m_rows += fresh.mid(m_rows.size());
        endInsertRows();
    }
}

} // namespace frontline::app
