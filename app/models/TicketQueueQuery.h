#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

namespace frontline::app {

class LocalStore;

// What the operator narrows the queue to; every part is applied in SQL.
struct TicketQueueFilter
{
    enum class Scope
    {
        All,
        Mine,
        Unassigned
    };
    Scope scope = Scope::All;
    QString channel; // empty: every channel
    QString status;  // empty: the active ones (new, open, pending); "any": every status
    QString queue;   // empty: every queue
    QString search;  // words in the subject or the customer's name, or a ticket number

    friend bool operator==(const TicketQueueFilter &, const TicketQueueFilter &) = default;
};

// The queue's columns, in display order.
enum class TicketQueueColumn
{
    Number,
    Channel,
    Customer,
    Subject,
    Status,
    Priority,
    Assignee,
    Waiting,
    Sla,
    Count
};

struct TicketQueueRow
{
    QString id;
    qint64 number = 0;
    QString channel;
    QString customerName;
    QString subject;
    QString status;
    QString priority;
    QString queue;
    QString assigneeId;
    QString assigneeName;
    QDateTime waitingSince; // the customer's last message while the ticket is active
    QDateTime slaStarted;
    QDateTime slaDue;          // first response due until answered, then resolution due
    bool firstResponse = true; // which of the two slaDue is
    bool unread = false;       // a customer message the operator has not opened
    bool localPending = false;

    friend bool operator==(const TicketQueueRow &, const TicketQueueRow &) = default;
};

// The SQL behind the ticket queue: filtering, sorting and paging over the LocalStore's tickets,
// and the read marks behind the unread markers (table `ticket_reads`, schema version 3). Sorting
// by SLA or waiting time walks an index of cache migration 4 (see queryPlan()).
class TicketQueueQuery
{
public:
    // `myId`: the signed-in operator, whose tickets the "mine" scope shows.
    TicketQueueQuery(const LocalStore &store, const QString &myId);

    void setFilter(const TicketQueueFilter &filter) { m_filter = filter; }
    const TicketQueueFilter &filter() const { return m_filter; }
    void setSort(TicketQueueColumn column, bool ascending);
    TicketQueueColumn sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }

    Result<QList<TicketQueueRow>> page(int offset, int limit) const;
    // The first `limit` matching ids in order: what a live update compares the loaded rows with.
    Result<QStringList> ids(int limit) const;
    // The rows of `ids` that match the filter (any order).
    Result<QList<TicketQueueRow>> rows(const QStringList &ids) const;
    // The queues the cached tickets belong to, for the filter.
    Result<QStringList> queues() const;
    // How SQLite runs the query behind page() and ids() (EXPLAIN QUERY PLAN, one line a step):
    // what a test checks to keep the queue on its indexes.
    Result<QStringList> queryPlan() const;

    // The operator opened the ticket: its customer messages so far are read.
    static Result<void> markRead(LocalStore &store, const QString &ticketId);
    // The active tickets (new, open, pending) the back office has assigned to `operatorId`: its
    // word, not a claim still waiting in the outbox (which it may refuse).
    static Result<QSet<QString>> activeAssignedTo(const LocalStore &store,
                                                  const QString &operatorId);
    // The active chats the back office has assigned to `operatorId`, lowest number first.
    static Result<QStringList> activeChatsAssignedTo(const LocalStore &store,
                                                     const QString &operatorId);
    // Which of `ticketIds` are active and assigned to `operatorId` by the back office.
    static Result<QSet<QString>> activeAssignedTo(const LocalStore &store,
                                                  const QString &operatorId,
                                                  const QSet<QString> &ticketIds);
    // The text of a customer's message; empty when the message is not the customer's.
    static Result<QString> customerMessageText(const LocalStore &store, const QString &messageId);

private:
    QString whereClause(QVariantList &values) const;
    QString orderClause() const;
    QString idsSql(QVariantList &values) const;
    Result<QStringList> idsFrom(int offset, int limit) const;
    // The rows of `ids` (any order), optionally only those the filter lets through.
    Result<QList<TicketQueueRow>> fetch(const QStringList &ids, bool filtered) const;

    const LocalStore &m_store;
    QString m_myId;
    TicketQueueFilter m_filter;
    TicketQueueColumn m_sortColumn = TicketQueueColumn::Sla;
    bool m_ascending = true;
};

} // namespace frontline::app
