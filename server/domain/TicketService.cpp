#include "server/domain/TicketService.h"
#include "protocol/Json.h"

#include "protocol/ApiError.h"
#include "server/audit/AuditLog.h"
#include "server/domain/Assignment.h"
#include "server/domain/MessageService.h"
#include "server/domain/TicketUpdate.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/sla/SlaPolicy.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

namespace frontline::server {
namespace {

const QString TicketColumnList = QStringLiteral(
    "id, number, channel, status, priority, queue_id, subject, customer_id, assignee_id, "
    "first_response_due, resolution_due, first_response_at, last_customer_message_at, "
    "resolution_code, version, created_at, updated_at, escalation_line, escalation_team");
const QString TicketColumns = u"SELECT " + TicketColumnList + u" FROM tickets ";

protocol::Ticket ticketFromRow(const QSqlQuery &row)
{
    protocol::Ticket t;
    t.id = QString::number(row.value(0).toLongLong());
    t.number = row.value(1).toLongLong();
    t.channel =
        protocol::channelFromString(row.value(2).toString()).value_or(protocol::Channel::Chat);
    t.status = protocol::ticketStatusFromString(row.value(3).toString())
                   .value_or(protocol::TicketStatus::New);
    t.priority =
        protocol::priorityFromString(row.value(4).toString()).value_or(protocol::Priority::Normal);
    t.queue = row.value(5).toString();
    t.subject = row.value(6).toString();
    t.customerId = sql::idText(row.value(7));
    t.assigneeId = sql::idText(row.value(8));
    t.firstResponseDue = sql::time(row.value(9));
    t.resolutionDue = sql::time(row.value(10));
    t.firstResponseAt = sql::time(row.value(11));
    t.lastCustomerMessageAt = sql::time(row.value(12));
    t.resolutionCode = row.value(13).toString();
    t.version = row.value(14).toLongLong();
    t.createdAt = sql::time(row.value(15));
    t.updatedAt = sql::time(row.value(16));
    t.escalationLine = row.value(17).toInt();
    t.escalationTeam = row.value(18).toString();
    return t;
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound), QStringLiteral("No ticket %1").arg(id)};
}

// The one ticket row a query by id gives, or not_found.
Result<protocol::Ticket> onlyTicket(const Result<QSqlQuery *> &query, qint64 id)
{
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(QString::number(id));
    protocol::Ticket ticket = ticketFromRow(*query.value());
    query.value()->finish();
    return ticket;
}

// A list's conditions, joined with AND, and their arguments.
struct SqlWhere
{
    QStringList clauses;
    QVariantList args;

    void add(const QString &clause, const QVariantList &values = {})
    {
        clauses << clause;
        args << values;
    }
};

Result<void> whereStatusQueueChannel(const Store &store, const TicketFilter &filter,
                                     SqlWhere &where)
{
    if (!filter.statuses.isEmpty()) {
        for (const QString &status : filter.statuses) {
            if (!protocol::ticketStatusFromString(status))
                return protocol::json::invalidField(QStringLiteral("status"),
                                                    QStringLiteral("unknown status ") + status);
        }
        where.add(store.inList(QStringLiteral("status")), {Store::listParameter(filter.statuses)});
    }
    if (!filter.queueId.isEmpty())
        where.add(QStringLiteral("queue_id = ?"), {filter.queueId});
    if (!filter.channel.isEmpty()) {
        if (!protocol::channelFromString(filter.channel))
            return protocol::json::invalidField(QStringLiteral("channel"),
                                                QStringLiteral("unknown channel"));
        where.add(QStringLiteral("channel = ?"), {filter.channel});
    }
    return {};
}

Result<void> whereAssigneeCustomer(const Caller &caller, const TicketFilter &filter,
                                   SqlWhere &where)
{
    if (filter.assignee == u"me") {
        where.add(QStringLiteral("assignee_id = ?"), {caller.operatorId});
    } else if (filter.assignee == u"none") {
        where.add(QStringLiteral("assignee_id IS NULL"));
    } else if (!filter.assignee.isEmpty()) {
        const qint64 assignee = TicketService::parseId(filter.assignee);
        if (assignee == 0)
            return protocol::json::invalidField(QStringLiteral("assignee"),
                                                QStringLiteral("me, none or an id"));
        where.add(QStringLiteral("assignee_id = ?"), {assignee});
    }
    if (!filter.customerId.isEmpty()) {
        const qint64 customer = TicketService::parseId(filter.customerId);
        if (customer == 0)
            return protocol::json::invalidField(QStringLiteral("customer_id"),
                                                QStringLiteral("must be a customer id"));
        where.add(QStringLiteral("customer_id = ?"), {customer});
    }
    return {};
}

// A supervisor's or admin's move of a ticket to an operator is accounted for in the audit log,
// in the move's transaction; routing's own assignments and an operator's are not.
Result<void> auditReassignment(Store &store, const Caller &caller, const protocol::Ticket &before,
                               const protocol::Ticket &after, const QString &reason, qint64 now)
{
    const AuditLog::Record row{protocol::AuditAction::Reassign, TicketService::parseId(after.id),
                               TicketService::parseId(after.assigneeId),
                               QJsonObject{{QLatin1StringView("reason"), reason},
                                           {QLatin1StringView("from_operator_id"),
                                            protocol::json::stringOrNull(before.assigneeId)}}};
    if (auto audited = AuditLog::record(store, caller, row, now); !audited)
        return audited.error();
    return {};
}

} // namespace

TicketService::TicketService(ChangeLog &changes, Clock clock)
    : m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<qint64> TicketService::nextNumber(Store &store)
{
    auto number = store.scalar(QStringLiteral(
        "UPDATE counters SET value = value + 1 WHERE name = 'ticket_number' RETURNING value"));
    if (!number)
        return number.error();
    return number.value().toLongLong();
}

qint64 TicketService::parseId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

bool TicketService::canSee(const Caller &caller, const protocol::Ticket &ticket)
{
    if (caller.isStaff())
        return true;
    if (caller.role() != protocol::Role::Operator)
        return false;
    return ticket.assigneeId == QString::number(caller.operatorId) ||
           caller.profile.queues.contains(ticket.queue) ||
           (ticket.escalationLine >= 2 && ticket.escalationLine == caller.profile.line) ||
           (!ticket.escalationTeam.isEmpty() && ticket.escalationTeam == caller.profile.team);
}

Result<protocol::Ticket> TicketService::get(Store &store, qint64 id)
{
    return onlyTicket(store.run(TicketColumns + u"WHERE id = ?", {id}), id);
}

Result<protocol::Ticket> TicketService::getFor(const Caller &caller, const QString &id)
{
    const qint64 ticketId = parseId(id);
    if (ticketId == 0)
        return notFound(id);
    auto ticket = get(*caller.store, ticketId);
    if (!ticket)
        return ticket.error();
    if (!canSee(caller, ticket.value()))
        return notFound(id);
    return ticket;
}

Result<TicketPage> TicketService::list(const Caller &caller, const TicketFilter &filter)
{
    SqlWhere where;
    if (!caller.isStaff()) {
        where.add(QStringLiteral("(assignee_id = ? OR queue_id IN "
                                 "(SELECT queue_id FROM operator_queues WHERE operator_id = ?) "
                                 "OR (escalation_line >= 2 AND escalation_line = ?) "
                                 "OR (escalation_team <> '' AND escalation_team = ?))"),
                  {caller.operatorId, caller.operatorId, caller.profile.line, caller.profile.team});
    }
    if (auto added = whereStatusQueueChannel(*caller.store, filter, where); !added)
        return added.error();
    if (auto added = whereAssigneeCustomer(caller, filter, where); !added)
        return added.error();
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text.toLower();
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        where.add(QStringLiteral("LOWER(subject) LIKE ? ESCAPE '\\'"),
                  {QString(u'%' + pattern + u'%')});
    }
    if (filter.beforeId > 0)
        where.add(QStringLiteral("id < ?"), {filter.beforeId});
    if (filter.limit < 1 || filter.limit > 200)
        return protocol::json::invalidField(QStringLiteral("limit"),
                                            QStringLiteral("must be 1-200"));
    QVariantList args = where.args;
    args << filter.limit + 1;

    const QString sql =
        TicketColumns +
        (where.clauses.isEmpty() ? QString() : u"WHERE " + where.clauses.join(u" AND ")) +
        u" ORDER BY id DESC LIMIT ?";
    auto query = caller.store->run(sql, args);
    if (!query)
        return query.error();
    TicketPage page;
    while (query.value()->next()) {
        if (page.tickets.size() == filter.limit) {
            page.nextCursor = page.tickets.constLast().id;
            break;
        }
        page.tickets.append(ticketFromRow(*query.value()));
    }
    query.value()->finish();
    return page;
}

Result<qint64> TicketService::recordChange(Store &store, const protocol::Ticket &ticket,
                                           const QString &op, const QString &previousQueueId,
                                           qint64 previousAssigneeId)
{
    ChangeAudience audience;
    audience.scope = ChangeAudience::Scope::Ticket;
    audience.queueId = ticket.queue;
    audience.previousQueueId = previousQueueId == ticket.queue ? QString() : previousQueueId;
    audience.assigneeId = parseId(ticket.assigneeId);
    audience.previousAssigneeId = previousAssigneeId;
    audience.escalationLine = ticket.escalationLine;
    audience.escalationTeam = ticket.escalationTeam;
    auto seq = m_changes.append(store, QStringLiteral("ticket"), ticket.id, op, ticket.toJson(),
                                audience, m_clock());
    if (!seq)
        return seq.error();
    m_changes.announce(store.workspace(), seq.value(), QStringLiteral("ticket"), audience);
    return seq;
}

Result<int> TicketService::shareCustomerHistory(Store &store, const protocol::Ticket &ticket,
                                                const ChangeAudience &audience, qint64 nowMs)
{
    const qint64 customer = parseId(ticket.customerId);
    if (customer == 0)
        return 0;
    auto query = store.run(TicketColumns + u"WHERE customer_id = ? AND id <> ? "
                                           u"ORDER BY id DESC LIMIT 50",
                           {customer, parseId(ticket.id)});
    if (!query)
        return query.error();
    QList<protocol::Ticket> history;
    while (query.value()->next())
        history.append(ticketFromRow(*query.value()));
    query.value()->finish();
    for (const protocol::Ticket &previous : std::as_const(history)) {
        auto seq = m_changes.append(store, QStringLiteral("ticket"), previous.id,
                                    QStringLiteral("update"), previous.toJson(), audience, nowMs);
        if (!seq)
            return seq.error();
    }
    return int(history.size());
}

Result<protocol::Ticket> TicketService::touch(Store &store, qint64 id, const QString &extraSet,
                                              const QVariantList &extraArgs)
{
    QVariantList args{m_clock()};
    args << extraArgs << id;
    const QString update =
        QStringLiteral("UPDATE tickets SET updated_at = ?, version = version + 1") +
        (extraSet.isEmpty() ? QString() : u", " + extraSet) + u" WHERE id = ?";
    // This is on every message's path. PostgreSQL: RETURNING saves a round trip. SQLite buffers
    // RETURNING rows in a temporary b-tree per execution, dearer than reading the row again from
    // the page the UPDATE just wrote.
    if (store.isPostgresql())
        return onlyTicket(store.run(update + u" RETURNING " + TicketColumnList, args), id);
    auto updated = store.update(update, args);
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return notFound(QString::number(id));
    return get(store, id);
}

Result<protocol::Ticket> TicketService::create(const Caller &caller, const NewTicket &request)
{
    Store &store = *caller.store;
    if (request.queueId.isEmpty())
        return protocol::json::invalidField(QStringLiteral("queue"), QStringLiteral("is required"));
    if (request.subject.size() > 500)
        return protocol::json::invalidField(QStringLiteral("subject"),
                                            QStringLiteral("at most 500 characters"));
    const qint64 now = m_clock();
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto queue =
        store.scalar(QStringLiteral("SELECT id FROM queues WHERE id = ?"), {request.queueId});
    if (!queue)
        return queue.error();
    if (queue.value().isNull())
        return protocol::json::invalidField(QStringLiteral("queue"),
                                            QStringLiteral("no such queue"));
    if (request.customerId != 0) {
        auto customer = store.scalar(QStringLiteral("SELECT id FROM customers WHERE id = ?"),
                                     {request.customerId});
        if (!customer)
            return customer.error();
        if (customer.value().isNull())
            return protocol::json::invalidField(QStringLiteral("customer_id"),
                                                QStringLiteral("no such customer"));
    }
    auto number = nextNumber(store);
    if (!number)
        return number.error();
    const SlaPolicy::Targets sla =
        (m_sla ? *m_sla : SlaPolicy()).targets(request.channel, request.priority);
    auto id = store.insert(
        QStringLiteral("INSERT INTO tickets (number, channel, status, priority, queue_id, subject, "
                       "customer_id, first_response_due, resolution_due, queued_at, created_at, "
                       "updated_at) VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {number.value(), protocol::toString(request.channel), protocol::toString(request.priority),
         request.queueId, request.subject, sql::nullableId(request.customerId),
         now + sla.firstResponseMs, now + sla.resolutionMs, now, now, now});
    if (!id)
        return id.error();
    auto ticket = get(store, id.value());
    if (!ticket)
        return ticket.error();
    if (auto seq = recordChange(store, ticket.value(), QStringLiteral("create"), {}, 0); !seq)
        return seq.error();
    if (m_assignment && request.channel == protocol::Channel::Chat) {
        auto routed = m_assignment->routeChat(store, id.value(), 0);
        if (!routed)
            return routed.error();
        if (routed.value() != 0) {
            ticket = get(store, id.value());
            if (!ticket)
                return ticket.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return ticket;
}

Result<protocol::Ticket> TicketService::update(const Caller &caller, const QString &id,
                                               qint64 expectedVersion, const QJsonObject &fields)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto current = getFor(caller, id);
    if (!current)
        return current.error();
    const protocol::Ticket before = current.value();
    if (before.version != expectedVersion) {
        return Error{QString(protocol::errors::VersionMismatch),
                     QStringLiteral("Ticket %1 is at version %2, not %3; fetch it and retry")
                         .arg(id)
                         .arg(before.version)
                         .arg(expectedVersion)};
    }

    if (before.status == protocol::TicketStatus::Closed) {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("Ticket %1 is closed; open a new ticket instead").arg(id)};
    }
    TicketUpdate change(store, caller, before, m_sla, m_clock());
    if (auto parsed = change.parse(fields); !parsed)
        return parsed.error();
    if (auto written = change.write(id, expectedVersion); !written)
        return written.error();
    auto after = get(store, parseId(id));
    if (!after)
        return after.error();
    if (auto seq = recordChange(store, after.value(), QStringLiteral("update"), before.queue,
                                parseId(before.assigneeId));
        !seq)
        return seq.error();
    if (m_assignment) {
        auto routed = m_assignment->ticketChanged(store, before, after.value());
        if (!routed)
            return routed.error();
        if (routed.value())
            after = get(store, parseId(id));
        if (!after)
            return after.error();
    }
    if (!change.assignmentReason().isEmpty() && !after->assigneeId.isEmpty() &&
        after->assigneeId != before.assigneeId) {
        if (auto kept =
                keepAssignmentReason(store, caller, after.value(), change.assignmentReason());
            !kept)
            return kept.error();
        after = get(store, parseId(id));
        if (!after)
            return after.error();
    }
    if (caller.isStaff() && fields.contains(u"assignee_id") && !after->assigneeId.isEmpty() &&
        after->assigneeId != before.assigneeId) {
        if (auto audited = auditReassignment(store, caller, before, after.value(),
                                             change.assignmentReason(), m_clock());
            !audited)
            return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

Result<void> TicketService::keepAssignmentReason(Store &store, const Caller &caller,
                                                 const protocol::Ticket &ticket,
                                                 const QString &reason)
{
    const qint64 ticketId = parseId(ticket.id);
    auto kept = store.run(QStringLiteral("UPDATE ticket_assignments SET note = ?, assigned_by = ? "
                                         "WHERE ticket_id = ? AND ended_at IS NULL"),
                          {reason, caller.operatorId, ticketId});
    if (!kept)
        return kept.error();
    if (!m_messages)
        return {};
    auto name = store.scalar(QStringLiteral("SELECT display_name FROM operators WHERE id = ?"),
                             {parseId(ticket.assigneeId)});
    if (!name)
        return name.error();
    NewMessage note;
    note.authorKind = protocol::AuthorKind::Operator;
    note.authorId = caller.operatorId;
    note.authorName = caller.profile.displayName;
    note.internal = true;
    note.body = QStringLiteral("Reassigned to %1: %2").arg(name.value().toString(), reason);
    auto written = m_messages->appendInTransaction(store, ticketId, note);
    if (!written)
        return written.error();
    return {};
}

} // namespace frontline::server
