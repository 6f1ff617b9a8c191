#include "app/models/TicketQueueQuery.h"

#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"

#include <QHash>

#include <algorithm>

namespace frontline::app {
namespace {

// Generated columns over the display status and the server's times (cache migration 4), each
// with an index per sort direction that orderClause() follows term by term.
const QString SlaDue = QStringLiteral("t.sla_due");
const QString WaitingSince = QStringLiteral("t.waiting_since");
// A customer message newer than both the operator's read mark and the last operator reply.
const QString Unread = QStringLiteral(
    "(t.status IN ('new', 'open', 'pending') AND EXISTS (SELECT 1 FROM messages m WHERE "
    "m.ticket_id = t.id AND m.author_kind = 'customer' AND m.seq > COALESCE((SELECT "
    "r.last_read_seq FROM ticket_reads r WHERE r.ticket_id = t.id), 0) AND m.seq > "
    "COALESCE((SELECT MAX(a.seq) FROM messages a WHERE a.ticket_id = t.id AND a.author_kind = "
    "'operator'), 0)))");
const QString AssigneeName = QStringLiteral("COALESCE(json_extract(o.json, '$.display_name'), '')");

QString selectRows()
{
    return u"SELECT t.id, t.number, t.channel, COALESCE(c.name, ''), t.subject, t.status, "
           u"t.priority, t.queue, COALESCE(t.assignee_id, ''), " +
           AssigneeName + u", " + WaitingSince +
           u", json_extract(t.server_json, '$.created_at'), " + SlaDue +
           u", t.first_response_at IS NULL, " + Unread +
           u", t.local_pending FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
           u"LEFT JOIN operators o ON o.id = t.assignee_id";
}

QDateTime time(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

TicketQueueRow rowFrom(const QSqlQuery &query)
{
    TicketQueueRow row;
    row.id = query.value(0).toString();
    row.number = query.value(1).toLongLong();
    row.channel = query.value(2).toString();
    row.customerName = query.value(3).toString();
    row.subject = query.value(4).toString();
    row.status = query.value(5).toString();
    row.priority = query.value(6).toString();
    row.queue = query.value(7).toString();
    row.assigneeId = query.value(8).toString();
    row.assigneeName = query.value(9).toString();
    row.waitingSince = time(query.value(10));
    row.slaStarted = time(query.value(11));
    row.slaDue = time(query.value(12));
    row.firstResponse = query.value(13).toBool();
    row.unread = query.value(14).toBool();
    row.localPending = query.value(15).toBool();
    return row;
}

QString escapeLike(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

} // namespace

TicketQueueQuery::TicketQueueQuery(const LocalStore &store, const QString &myId)
    : m_store(store)
    , m_myId(myId)
{}

void TicketQueueQuery::setSort(TicketQueueColumn column, bool ascending)
{
    m_sortColumn = column;
    m_ascending = ascending;
}

QString TicketQueueQuery::whereClause(QVariantList &values) const
{
    QStringList conditions;
    switch (m_filter.scope) {
    case TicketQueueFilter::Scope::All:
        break;
    case TicketQueueFilter::Scope::Mine:
        // The unary + keeps SQLite on the sort order's index (read until a page is full)
        // instead of collecting all my tickets through tickets_assignee and sorting them.
        conditions << QStringLiteral("+t.assignee_id = ?");
        values << m_myId;
        break;
    case TicketQueueFilter::Scope::Unassigned:
        conditions << QStringLiteral("COALESCE(t.assignee_id, '') = ''");
        break;
    }
    if (!m_filter.channel.isEmpty()) {
        conditions << QStringLiteral("t.channel = ?");
        values << m_filter.channel;
    }
    if (m_filter.status.isEmpty()) {
        conditions << QStringLiteral("t.status IN ('new', 'open', 'pending')");
    } else if (m_filter.status != u"any") {
        conditions << QStringLiteral("t.status = ?");
        values << m_filter.status;
    }
    if (!m_filter.queue.isEmpty()) {
        conditions << QStringLiteral("+t.queue = ?"); // as for "mine": not tickets_queue_name
        values << m_filter.queue;
    }
    // Every word must appear in the subject or the customer's name; a number finds its ticket.
    const QStringList words = m_filter.search.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString bare = word;
        if (bare.startsWith(u'#'))
            bare.remove(0, 1);
        bool isNumber = false;
        const qlonglong number = bare.toLongLong(&isNumber);
        const QString pattern = u'%' + escapeLike(word) + u'%';
        // The customers' names are matched once per word, not once per ticket.
        conditions << QStringLiteral("(t.subject LIKE ? ESCAPE '\\' OR t.customer_id IN (SELECT "
                                     "id FROM customers WHERE name LIKE ? ESCAPE '\\') OR "
                                     "t.number = ?)");
        values << pattern << pattern << (isNumber ? number : -1);
    }
    return conditions.isEmpty() ? QString() : u" WHERE " + conditions.join(u" AND ");
}

QString TicketQueueQuery::orderClause() const
{
    QString key;
    bool ascending = m_ascending;
    switch (m_sortColumn) {
    case TicketQueueColumn::Number:
    case TicketQueueColumn::Count:
        key = QStringLiteral("t.number");
        break;
    case TicketQueueColumn::Channel:
        key = QStringLiteral("t.channel");
        break;
    case TicketQueueColumn::Customer:
        key = QStringLiteral("c.name COLLATE NOCASE");
        break;
    case TicketQueueColumn::Subject:
        key = QStringLiteral("t.subject COLLATE NOCASE");
        break;
    case TicketQueueColumn::Status:
        key = QStringLiteral("CASE t.status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' "
                             "THEN 2 WHEN 'resolved' THEN 3 ELSE 4 END");
        break;
    case TicketQueueColumn::Priority:
        // Ascending means the most urgent first.
        key = QStringLiteral("CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN "
                             "'normal' THEN 2 ELSE 3 END");
        break;
    case TicketQueueColumn::Assignee:
        key = AssigneeName + u" COLLATE NOCASE";
        break;
    case TicketQueueColumn::Waiting:
        // Ascending means the shortest wait first, i.e. the latest message first.
        key = WaitingSince;
        ascending = !ascending;
        break;
    case TicketQueueColumn::Sla:
        key = SlaDue;
        break;
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Rows without a value (no clock, nobody waiting) go last either way; ties by number.
    return u" ORDER BY " + key + u" IS NULL, " + key + direction + u", t.number DESC, t.id";
}

QString TicketQueueQuery::idsSql(QVariantList &values) const
{
    // Only the sort by customer or assignee reads another table; every other sort and filter is
    // answered from one of the queue's indexes (cache migration 4).
    QString sql = QStringLiteral("SELECT t.id FROM tickets t");
    if (m_sortColumn == TicketQueueColumn::Customer)
        sql += QStringLiteral(" LEFT JOIN customers c ON c.id = t.customer_id");
    if (m_sortColumn == TicketQueueColumn::Assignee)
        sql += QStringLiteral(" LEFT JOIN operators o ON o.id = t.assignee_id");
    return sql + whereClause(values) + orderClause();
}

Result<QStringList> TicketQueueQuery::idsFrom(int offset, int limit) const
{
    QVariantList values;
    const QString sql =
        idsSql(values) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    auto query = m_store.read(sql, values);
    if (!query)
        return query.error();
    QStringList list;
    while (query.value().next())
        list.append(query->value(0).toString());
    return list;
}

Result<QList<TicketQueueRow>> TicketQueueQuery::fetch(const QStringList &ids, bool filtered) const
{
    QList<TicketQueueRow> list;
    // A few hundred ids per statement, well under SQLite's limit of bound values.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QStringList chunk = ids.mid(from, Chunk);
        QVariantList values;
        QString where = filtered ? whereClause(values) : QString();
        where += (where.isEmpty() ? u" WHERE t.id IN (" : u" AND t.id IN (") +
                 QStringList(chunk.size(), QStringLiteral("?")).join(u", ") + u')';
        for (const QString &id : chunk)
            values << id;
        auto query = m_store.read(selectRows() + where, values);
        if (!query)
            return query.error();
        while (query.value().next())
            list.append(rowFrom(query.value()));
    }
    return list;
}

Result<QList<TicketQueueRow>> TicketQueueQuery::page(int offset, int limit) const
{
    // First the page's ids in order, from an index; then the display columns (the unread
    // marker's subqueries, the names) for those rows only.
    auto ids = idsFrom(offset, limit);
    if (!ids)
        return ids.error();
    auto fetched = fetch(ids.value(), false);
    if (!fetched)
        return fetched.error();
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < ids->size(); ++i)
        position.insert(ids->at(i), i);
    QList<TicketQueueRow> list = std::move(fetched.value());
    std::sort(list.begin(), list.end(), [&position](const auto &a, const auto &b) {
        return position.value(a.id) < position.value(b.id);
    });
    return list;
}

Result<QStringList> TicketQueueQuery::ids(int limit) const
{
    return idsFrom(0, limit);
}

Result<QList<TicketQueueRow>> TicketQueueQuery::rows(const QStringList &ids) const
{
    return fetch(ids, true);
}

Result<QStringList> TicketQueueQuery::queryPlan() const
{
    QVariantList values;
    auto query = m_store.read(u"EXPLAIN QUERY PLAN " + idsSql(values) + u" LIMIT 200", values);
    if (!query)
        return query.error();
    QStringList plan;
    while (query.value().next())
        plan.append(query->value(3).toString());
    return plan;
}

Result<QStringList> TicketQueueQuery::queues() const
{
    // One index step per queue (tickets_queue_name) rather than reading every ticket.
    auto query = m_store.read(QStringLiteral(
        "WITH RECURSIVE q (name) AS (SELECT MIN(queue) FROM tickets WHERE queue > '' UNION ALL "
        "SELECT (SELECT MIN(queue) FROM tickets WHERE queue > q.name) FROM q WHERE q.name IS "
        "NOT NULL) SELECT name FROM q WHERE name IS NOT NULL"));
    if (!query)
        return query.error();
    QStringList list;
    while (query.value().next())
        list.append(query->value(0).toString());
    return list;
}

Result<void> TicketQueueQuery::markRead(LocalStore &store, const QString &ticketId)
{
    SqlTransaction transaction(store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto written = store.write(
        QStringLiteral("INSERT INTO ticket_reads (ticket_id, last_read_seq) SELECT ?, "
                       "COALESCE(MAX(seq), 0) FROM messages WHERE ticket_id = ? "
                       "ON CONFLICT (ticket_id) DO UPDATE SET last_read_seq = "
                       "excluded.last_read_seq WHERE excluded.last_read_seq > last_read_seq"),
        {ticketId, ticketId});
    if (!written)
        return written.error();
    store.pendingChanges().tickets.insert(ticketId);
    return transaction.commit();
}

namespace {
// Active and assigned to the operator (the one bound value) as the back office last said.
const QString ServerAssignedActive = QStringLiteral(
    "json_extract(server_json, '$.assignee_id') = ? AND json_extract(server_json, '$.status') IN "
    "('new', 'open', 'pending')");
} // namespace

Result<QSet<QString>> TicketQueueQuery::activeAssignedTo(const LocalStore &store,
                                                         const QString &operatorId)
{
    QSet<QString> ids;
    if (operatorId.isEmpty())
        return ids;
    auto query = store.read(u"SELECT id FROM tickets WHERE " + ServerAssignedActive, {operatorId});
    if (!query)
        return query.error();
    while (query.value().next())
        ids.insert(query->value(0).toString());
    return ids;
}

Result<QStringList> TicketQueueQuery::activeChatsAssignedTo(const LocalStore &store,
                                                            const QString &operatorId)
{
    QStringList ids;
    if (operatorId.isEmpty())
        return ids;
    auto query = store.read(u"SELECT id FROM tickets WHERE channel = 'chat' AND " +
                                ServerAssignedActive + u" ORDER BY number",
                            {operatorId});
    if (!query)
        return query.error();
    while (query.value().next())
        ids.append(query->value(0).toString());
    return ids;
}

Result<QSet<QString>> TicketQueueQuery::activeAssignedTo(const LocalStore &store,
                                                         const QString &operatorId,
                                                         const QSet<QString> &ticketIds)
{
    QSet<QString> ids;
    if (operatorId.isEmpty() || ticketIds.isEmpty())
        return ids;
    QStringList marks;
    QVariantList values{operatorId};
    for (const QString &id : ticketIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    auto query = store.read(u"SELECT id FROM tickets WHERE " + ServerAssignedActive +
                                u" AND id IN (" + marks.join(u',') + u')',
                            values);
    if (!query)
        return query.error();
    while (query.value().next())
        ids.insert(query->value(0).toString());
    return ids;
}

Result<QString> TicketQueueQuery::customerMessageText(const LocalStore &store,
                                                      const QString &messageId)
{
    auto query = store.read(
        QStringLiteral("SELECT body FROM messages WHERE id = ? AND author_kind = 'customer'"),
        {messageId});
    if (!query)
        return query.error();
    return query.value().next() ? query->value(0).toString() : QString();
}

} // namespace frontline::app
