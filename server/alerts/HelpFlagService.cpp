#include "server/alerts/HelpFlagService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/audit/AuditLog.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

namespace frontline::server {
namespace {

const QString FlagColumns = QStringLiteral(
    "SELECT f.id, f.ticket_id, t.number, f.raised_by, r.display_name, f.note, f.raised_at, "
    "f.lowered_by, l.display_name, f.lowered_at FROM help_flags f JOIN tickets t ON t.id = "
    "f.ticket_id JOIN operators r ON r.id = f.raised_by LEFT JOIN operators l ON l.id = "
    "f.lowered_by ");

protocol::HelpFlag flagFromRow(const QSqlQuery &row)
{
    protocol::HelpFlag flag;
    flag.id = QString::number(row.value(0).toLongLong());
    flag.ticketId = QString::number(row.value(1).toLongLong());
    flag.ticketNumber = row.value(2).toLongLong();
    flag.raisedBy = sql::idText(row.value(3));
    flag.raisedByName = row.value(4).toString();
    flag.note = row.value(5).toString();
    flag.raisedAt = sql::time(row.value(6));
    flag.loweredBy = sql::idText(row.value(7));
    flag.loweredByName = row.value(8).toString();
    flag.loweredAt = sql::time(row.value(9));
    return flag;
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound), QStringLiteral("No help flag %1").arg(id)};
}

} // namespace

HelpFlagService::HelpFlagService(TicketService &tickets, ChangeLog &changes, Clock clock)
    : m_tickets(tickets)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<protocol::HelpFlag> HelpFlagService::load(Store &store, qint64 id)
{
    auto query = store.run(FlagColumns + u"WHERE f.id = ?", {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(QString::number(id));
    protocol::HelpFlag flag = flagFromRow(*query.value());
    query.value()->finish();
    return flag;
}

// The flag's change reaches staff and the operator who raised it (FeedReach::Own).
Result<qint64> HelpFlagService::announce(Store &store, const protocol::HelpFlag &flag,
                                         const QString &op, qint64 nowMs)
{
    const ChangeAudience audience = ChangeAudience::onlyOperator(flag.raisedBy.toLongLong());
    auto seq = m_changes.append(store, QStringLiteral("help_flag"), flag.id, op, flag.toJson(),
                                audience, nowMs);
    if (!seq)
        return seq.error();
    store.afterCommit([this, workspace = store.workspace(), seq = seq.value(), audience] {
        m_changes.announce(workspace, seq, QStringLiteral("help_flag"), audience);
    });
    return seq;
}

Result<protocol::HelpFlag> HelpFlagService::raiseInTransaction(const Caller &caller,
                                                               const QString &ticketId,
                                                               const QJsonObject &body)
{
    Store &store = *caller.store;
    const QJsonValue noteValue = body.value(u"note");
    if (!noteValue.isUndefined() && !noteValue.isNull() && !noteValue.isString())
        return protocol::json::invalidField(QStringLiteral("note"),
                                            QStringLiteral("must be a string"));
    const QString note = noteValue.toString().trimmed();
    if (note.size() > protocol::limits::HelpFlagNote)
        return protocol::limits::tooLong(QStringLiteral("note"), protocol::limits::HelpFlagNote,
                                         false);
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    const qint64 id = TicketService::parseId(ticketId);
    auto raised = store.scalar(
        QStringLiteral("SELECT id FROM help_flags WHERE ticket_id = ? AND lowered_at IS NULL"),
        {id});
    if (!raised)
        return raised.error();
    if (!raised.value().isNull()) {
        return Error{
            QString(protocol::errors::Conflict),
            QStringLiteral("Ticket %1 already has a raised help flag").arg(ticket->number)};
    }
    const qint64 now = m_clock();
    auto flagId = store.insert(QStringLiteral("INSERT INTO help_flags (ticket_id, raised_by, note, "
                                              "raised_at) VALUES (?, ?, ?, ?) RETURNING id"),
                               {id, caller.operatorId, note, now});
    if (!flagId)
        return flagId.error();
    auto flag = load(store, flagId.value());
    if (!flag)
        return flag.error();
    if (auto seq = announce(store, flag.value(), QStringLiteral("create"), now); !seq)
        return seq.error();
    return flag;
}

Result<protocol::HelpFlag> HelpFlagService::raise(const Caller &caller, const QString &ticketId,
                                                  const QJsonObject &body)
{
    Transaction transaction(*caller.store);
    if (!transaction.started())
        return transaction.started().error();
    auto flag = raiseInTransaction(caller, ticketId, body);
    if (!flag)
        return flag.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return flag;
}

Result<protocol::HelpFlag> HelpFlagService::lower(const Caller &caller, const QString &id,
                                                  const QJsonObject &body)
{
    if (body.value(u"status").toString() != u"lowered")
        return protocol::json::invalidField(QStringLiteral("status"),
                                            QStringLiteral("must be lowered"));
    Store &store = *caller.store;
    const qint64 flagId = TicketService::parseId(id);
    if (flagId <= 0)
        return notFound(id);
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto current = load(store, flagId);
    if (!current)
        return current.error();
    // An operator sees only her own flags; another's is as if it did not exist.
    if (!caller.isStaff() && current->raisedBy != QString::number(caller.operatorId))
        return notFound(id);
    if (!current->isRaised())
        return current;
    const qint64 now = m_clock();
    auto updated = store.update(QStringLiteral("UPDATE help_flags SET lowered_by = ?, lowered_at "
                                               "= ? WHERE id = ? AND lowered_at IS NULL"),
                                {caller.operatorId, now, flagId});
    if (!updated)
        return updated.error();
    auto after = load(store, flagId);
    if (!after)
        return after.error();
    if (auto seq = announce(store, after.value(), QStringLiteral("update"), now); !seq)
        return seq.error();
    // A supervisor's answer is accounted for; an operator withdrawing her own flag is not.
    if (caller.isStaff()) {
        const AuditLog::Record row{protocol::AuditAction::HelpFlagLowered,
                                   TicketService::parseId(after->ticketId),
                                   TicketService::parseId(after->raisedBy),
                                   {{QLatin1StringView("help_flag_id"), after->id}}};
        if (auto audited = AuditLog::record(store, caller, row, now); !audited)
            return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

Result<QList<protocol::HelpFlag>> HelpFlagService::list(const Caller &caller, const QString &status)
{
    QString where;
    QVariantList args;
    if (status.isEmpty() || status == u"raised") {
        where = QStringLiteral("WHERE f.lowered_at IS NULL ");
    } else if (status == u"lowered") {
        where = QStringLiteral("WHERE f.lowered_at IS NOT NULL ");
    } else if (status == u"all") {
        where = QStringLiteral("WHERE 1 = 1 ");
    } else {
        return protocol::json::invalidField(QStringLiteral("status"),
                                            QStringLiteral("must be raised, lowered or all"));
    }
    if (!caller.isStaff()) {
        where += QStringLiteral("AND f.raised_by = ? ");
        args << caller.operatorId;
    }
    auto query = caller.store->run(
        FlagColumns + where + u"ORDER BY f.raised_at DESC, f.id DESC LIMIT 500", args);
    if (!query)
        return query.error();
    QList<protocol::HelpFlag> flags;
    while (query.value()->next())
        flags.append(flagFromRow(*query.value()));
    query.value()->finish();
    return flags;
}

} // namespace frontline::server
