#include "server/domain/EscalationService.h"
#include "protocol/Json.h"

#include "protocol/ApiError.h"
#include "server/domain/AssignmentRule.h"
#include "server/domain/MessageService.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace frontline::server {
namespace {

using protocol::EscalationStatus;

const QString EscalationColumns = QStringLiteral(
    "SELECT id, ticket_id, from_operator_id, target_line, target_team, reason_code, note, "
    "priority, status, handled_by, return_reason, resolution_note, version, created_at, "
    "updated_at FROM escalations ");

protocol::Escalation escalationFromRow(const QSqlQuery &row)
{
    protocol::Escalation e;
    e.id = QString::number(row.value(0).toLongLong());
    e.ticketId = QString::number(row.value(1).toLongLong());
    e.fromOperatorId = sql::idText(row.value(2));
    e.targetLine = row.value(3).toInt();
    e.targetTeam = row.value(4).toString();
    e.reasonCode = row.value(5).toString();
    e.note = row.value(6).toString();
    e.priority = row.value(7).toString();
    e.status = protocol::escalationStatusFromString(row.value(8).toString())
                   .value_or(EscalationStatus::Open);
    e.handledBy = sql::idText(row.value(9));
    e.returnReason = row.value(10).toString();
    e.resolutionNote = row.value(11).toString();
    e.version = row.value(12).toLongLong();
    e.createdAt = sql::time(row.value(13));
    e.updatedAt = sql::time(row.value(14));
    return e;
}

Result<QList<protocol::Escalation>> escalationRows(const Result<QSqlQuery *> &query)
{
    if (!query)
        return query.error();
    QList<protocol::Escalation> list;
    while (query.value()->next())
        list.append(escalationFromRow(*query.value()));
    query.value()->finish();
    return list;
}

Error conflict(const QString &why)
{
    return Error{QString(protocol::errors::Conflict), why};
}

bool active(EscalationStatus status)
{
    return status == EscalationStatus::Open || status == EscalationStatus::Accepted;
}

ChangeAudience audienceOf(const protocol::Ticket &ticket, int line, const QString &team)
{
    ChangeAudience audience;
    audience.scope = ChangeAudience::Scope::Ticket;
    audience.queueId = ticket.queue;
    audience.assigneeId = TicketService::parseId(ticket.assigneeId);
    audience.escalationLine = line;
    audience.escalationTeam = team;
    return audience;
}

} // namespace

const QList<EscalationReason> &escalationReasons()
{
    static const QList<EscalationReason> reasons{
        {QLatin1StringView("payment_dispute"), QLatin1StringView("Payment dispute"), true},
        {QLatin1StringView("technical_issue"), QLatin1StringView("Technical issue"), true},
        {QLatin1StringView("damaged_goods"), QLatin1StringView("Damaged goods over 50,000 RUB"),
         true},
        {QLatin1StringView("refund_approval"), QLatin1StringView("Refund or compensation approval"),
         true},
        {QLatin1StringView("courier_complaint"), QLatin1StringView("Courier complaint"), true},
        {QLatin1StringView("vip_customer"), QLatin1StringView("VIP customer"), false},
        {QLatin1StringView("legal_threat"), QLatin1StringView("Legal threat"), true},
        {QLatin1StringView("lost_shipment"), QLatin1StringView("Lost or stuck shipment"), true},
    };
    return reasons;
}

EscalationService::EscalationService(TicketService &tickets, MessageService &messages,
                                     ChangeLog &changes, Clock clock)
    : m_tickets(tickets)
    , m_messages(messages)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<protocol::Escalation> EscalationService::load(Store &store, qint64 id)
{
    auto query = store.run(EscalationColumns + u"WHERE id = ?", {id});
    if (!query)
        return query.error();
    if (!query.value()->next()) {
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No escalation %1").arg(id)};
    }
    protocol::Escalation escalation = escalationFromRow(*query.value());
    query.value()->finish();
    return escalation;
}

Result<QList<protocol::Escalation>> EscalationService::forTicket(const Caller &caller,
                                                                 const QString &ticketId)
{
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    auto query = caller.store->run(EscalationColumns + u"WHERE ticket_id = ? ORDER BY id",
                                   {TicketService::parseId(ticketId)});
    return escalationRows(query);
}

Result<QList<protocol::Escalation>> EscalationService::inbox(const Caller &caller,
                                                             const QString &status)
{
    QString where = QStringLiteral("WHERE 1 = 1 ");
    QVariantList args;
    if (!status.isEmpty()) {
        if (!protocol::escalationStatusFromString(status))
            return protocol::json::invalidField(
                QStringLiteral("status"),
                QStringLiteral("must be open, accepted, returned or resolved"));
        where += QStringLiteral("AND status = ? ");
        args << status;
    }
    if (!caller.isStaff()) {
        where +=
            QStringLiteral("AND ((target_line = ? AND target_line >= 2) OR "
                           "(target_team <> '' AND target_team = ?) OR from_operator_id = ?) ");
        args << caller.profile.line << caller.profile.team << caller.operatorId;
    }
    auto query = caller.store->run(EscalationColumns + where + u"ORDER BY id DESC LIMIT 500", args);
    return escalationRows(query);
}

// What an operator asks for when escalating (POST /tickets/{id}/escalations), checked.
Result<EscalationService::NewEscalation> EscalationService::parseNew(const QJsonObject &body)
{
    const QJsonValue lineValue = body.value(u"target_line");
    NewEscalation request;
    if (!lineValue.isUndefined() && !lineValue.isNull()) {
        request.line = lineValue.toInt(-1);
        if (!lineValue.isDouble() || request.line < 1 || request.line > 3)
            return protocol::json::invalidField(QStringLiteral("target_line"),
                                                QStringLiteral("must be 1, 2 or 3"));
    }
    request.team = body.value(u"target_team").toString().trimmed();
    if (request.line == 0 && request.team.isEmpty())
        return protocol::json::invalidField(QStringLiteral("target_line"),
                                            QStringLiteral("name a target line or a target team"));
    request.reasonCode = body.value(u"reason_code").toString();
    const auto reason =
        std::find_if(escalationReasons().begin(), escalationReasons().end(),
                     [&](const EscalationReason &r) { return r.code == request.reasonCode; });
    if (reason == escalationReasons().end())
        return protocol::json::invalidField(QStringLiteral("reason_code"),
                                            QStringLiteral("unknown reason"));
    request.note = body.value(u"note").toString().trimmed();
    if (reason->noteRequired && request.note.isEmpty())
        return protocol::json::invalidField(QStringLiteral("note"),
                                            QStringLiteral("is required for this reason"));
    if (request.note.size() > 4000)
        return protocol::json::invalidField(QStringLiteral("note"),
                                            QStringLiteral("at most 4000 characters"));
    request.priority = body.value(u"priority").toString(QStringLiteral("normal"));
    if (!protocol::priorityFromString(request.priority))
        return protocol::json::invalidField(QStringLiteral("priority"),
                                            QStringLiteral("must be low, normal, high or urgent"));
    return request;
}

// The ticket, if the caller may escalate it to that target now.
Result<protocol::Ticket> EscalationService::escalatable(const Caller &caller,
                                                        const QString &ticketId,
                                                        const NewEscalation &request)
{
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    if (ticket->status == protocol::TicketStatus::Closed ||
        ticket->status == protocol::TicketStatus::Resolved)
        return conflict(
            QStringLiteral("Ticket %1 is %2").arg(ticketId, protocol::toString(ticket->status)));
    if (ticket->escalationLine > 0 || !ticket->escalationTeam.isEmpty())
        return conflict(QStringLiteral("Ticket %1 is already escalated").arg(ticketId));
    if (auto allowed = checkTarget(caller, request.line, request.team); !allowed)
        return allowed.error();
    return ticket;
}

Result<protocol::Escalation> EscalationService::createInTransaction(const Caller &caller,
                                                                    const QString &ticketId,
                                                                    const QJsonObject &body)
{
    Store &store = *caller.store;
    auto request = parseNew(body);
    if (!request)
        return request.error();
    auto ticket = escalatable(caller, ticketId, request.value());
    if (!ticket)
        return ticket.error();
    const int line = request->line;
    const QString &team = request->team;
    const qint64 now = m_clock();
    const qint64 id = TicketService::parseId(ticketId);
    auto escalationId = store.insert(
        QStringLiteral("INSERT INTO escalations (ticket_id, from_operator_id, target_line, "
                       "target_team, reason_code, note, priority, status, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id"),
        {id, caller.operatorId, sql::nullableId(line), team, request->reasonCode, request->note,
         request->priority, now, now});
    if (!escalationId)
        return escalationId.error();
    auto updated =
        m_tickets.touch(store, id, QStringLiteral("escalation_line = ?, escalation_team = ?"),
                        {sql::nullableId(line), team});
    if (!updated)
        return updated.error();
    if (auto seq =
            m_tickets.recordChange(store, updated.value(), QStringLiteral("update"), updated->queue,
                                   TicketService::parseId(updated->assigneeId));
        !seq)
        return seq.error();
    // The conversation is the escalation's context: the helpers get what was said before, and
    // the customer's previous tickets.
    const ChangeAudience helpers = ChangeAudience::escalationTarget(line, team);
    if (auto shared = m_messages.shareConversation(store, id, helpers, now); !shared)
        return shared.error();
    if (auto shared = m_tickets.shareCustomerHistory(store, updated.value(), helpers, now); !shared)
        return shared.error();
    auto escalation = load(store, escalationId.value());
    if (!escalation)
        return escalation.error();
    const ChangeAudience audience = audienceOf(updated.value(), line, team);
    auto seq = m_changes.append(store, QStringLiteral("escalation"), escalation->id,
                                QStringLiteral("create"), escalation->toJson(), audience, now);
    if (!seq)
        return seq.error();
    store.afterCommit([this, workspace = store.workspace(), seq = seq.value(), audience] {
        m_changes.announce(workspace, seq, audience);
    });
    return escalation;
}

Result<protocol::Escalation>
EscalationService::create(const Caller &caller, const QString &ticketId, const QJsonObject &body)
{
    Transaction transaction(*caller.store);
    if (!transaction.started())
        return transaction.started().error();
    auto escalation = createInTransaction(caller, ticketId, body);
    if (!escalation)
        return escalation.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return escalation;
}

// The escalation `id` and its ticket, if the caller is the line or team it addresses (or staff).
Result<protocol::Escalation>
EscalationService::loadAddressed(const Caller &caller, const QString &id, protocol::Ticket *ticket)
{
    const qint64 escalationId = TicketService::parseId(id);
    auto current =
        escalationId
            ? load(*caller.store, escalationId)
            : Result<protocol::Escalation>(Error{QString(protocol::errors::NotFound),
                                                 QStringLiteral("No escalation %1").arg(id)});
    if (!current)
        return current.error();
    auto seen = m_tickets.getFor(caller, current->ticketId);
    if (!seen) {
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No escalation %1").arg(id)};
    }
    const bool addressed =
        (current->targetLine >= 2 && current->targetLine == caller.profile.line) ||
        (!current->targetTeam.isEmpty() && current->targetTeam == caller.profile.team);
    if (!caller.isStaff() && !addressed) {
        return Error{QString(protocol::errors::Forbidden),
                     QStringLiteral("Only the line or team addressed may handle this escalation")};
    }
    // Whether an escalation was right is judged by someone else: never by who escalated.
    if (!caller.isStaff() && current->fromOperatorId == QString::number(caller.operatorId)) {
        return Error{QString(protocol::errors::Forbidden),
                     QStringLiteral("A colleague of the line or team addressed handles your "
                                    "escalation, not you")};
    }
    *ticket = seen.value();
    return current;
}

Result<protocol::Escalation> EscalationService::transition(const Caller &caller, const QString &id,
                                                           qint64 expectedVersion,
                                                           const QJsonObject &body)
{
    Store &store = *caller.store;
    const auto target = protocol::escalationStatusFromString(body.value(u"status").toString());
    if (!target || *target == EscalationStatus::Open)
        return protocol::json::invalidField(
            QStringLiteral("status"), QStringLiteral("must be accepted, returned or resolved"));
    const QString returnReason = body.value(u"return_reason").toString().trimmed();
    const QString resolutionNote = body.value(u"resolution_note").toString().trimmed();
    if (*target == EscalationStatus::Returned && returnReason.isEmpty())
        return protocol::json::invalidField(QStringLiteral("return_reason"),
                                            QStringLiteral("is required to return an escalation"));

    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    protocol::Ticket ticket;
    auto current = loadAddressed(caller, id, &ticket);
    if (!current)
        return current.error();
    if (expectedVersion != 0 && expectedVersion != current->version) {
        return Error{
            QString(protocol::errors::VersionMismatch),
            QStringLiteral("Escalation %1 is at version %2").arg(id).arg(current->version)};
    }
    const bool allowed =
        (*target == EscalationStatus::Accepted && current->status == EscalationStatus::Open) ||
        (*target != EscalationStatus::Accepted && active(current->status));
    if (!allowed) {
        return conflict(
            QStringLiteral("Escalation %1 is %2 and cannot become %3")
                .arg(id, protocol::toString(current->status), protocol::toString(*target)));
    }
    const qint64 now = m_clock();
    const qint64 escalationId = TicketService::parseId(id);
    auto updated = store.update(
        QStringLiteral("UPDATE escalations SET status = ?, handled_by = ?, return_reason = ?, "
                       "resolution_note = ?, version = version + 1, updated_at = ? WHERE id = ? "
                       "AND version = ?"),
        {protocol::toString(*target), caller.operatorId,
         *target == EscalationStatus::Returned ? returnReason : current->returnReason,
         *target == EscalationStatus::Resolved ? resolutionNote : current->resolutionNote, now,
         escalationId, current->version});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return Error{QString(protocol::errors::VersionMismatch),
                     QStringLiteral("Escalation %1 changed meanwhile").arg(id)};

    // Those who saw the escalation learn its outcome, even when the ticket now leaves their view.
    const ChangeAudience before = audienceOf(ticket, current->targetLine, current->targetTeam);
    if (!active(*target)) {
        if (auto cleared = clearTarget(store, ticket); !cleared)
            return cleared.error();
    }
    auto after = load(store, escalationId);
    if (!after)
        return after.error();
    return commitWithChange(store, transaction, after.value(), QStringLiteral("update"), before,
                            now);
}

// An escalation handled for good: the ticket no longer carries its target.
Result<void> EscalationService::clearTarget(Store &store, const protocol::Ticket &ticket)
{
    auto cleared = m_tickets.touch(store, TicketService::parseId(ticket.id),
                                   QStringLiteral("escalation_line = NULL, escalation_team = ''"));
    if (!cleared)
        return cleared.error();
    if (auto seq =
            m_tickets.recordChange(store, cleared.value(), QStringLiteral("update"), cleared->queue,
                                   TicketService::parseId(cleared->assigneeId));
        !seq)
        return seq.error();
    return {};
}

Result<protocol::Escalation>
EscalationService::commitWithChange(Store &store, Transaction &transaction,
                                    const protocol::Escalation &escalation, const QString &op,
                                    const ChangeAudience &audience, qint64 nowMs)
{
    auto seq = m_changes.append(store, QStringLiteral("escalation"), escalation.id, op,
                                escalation.toJson(), audience, nowMs);
    if (!seq)
        return seq.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_changes.announce(store.workspace(), seq.value(), audience);
    return escalation;
}

Result<EscalationService::Catalogue> EscalationService::catalogueFor(const Caller &caller)
{
    Store &store = *caller.store;
    // Staff escalate to any line above the 1st and any team; an operator only upwards or across.
    const int aboveLine = caller.isStaff() ? 1 : caller.profile.line;
    const QString ownTeam = caller.isStaff() ? QString() : caller.profile.team;
    const QString assignable = AssignmentRule::assignableO();
    Catalogue catalogue;
    auto lines = store.run(u"SELECT DISTINCT o.line FROM operators o WHERE " + assignable +
                               u" AND o.line > ? ORDER BY o.line",
                           {aboveLine});
    if (!lines)
        return lines.error();
    while (lines.value()->next())
        catalogue.lines.append(lines.value()->value(0).toInt());
    lines.value()->finish();
    auto teams = store.run(u"SELECT DISTINCT o.team FROM operators o WHERE " + assignable +
                               u" AND o.team <> '' AND o.team <> COALESCE(?, '') ORDER BY o.team",
                           {ownTeam});
    if (!teams)
        return teams.error();
    while (teams.value()->next())
        catalogue.teams.append(teams.value()->value(0).toString());
    teams.value()->finish();
    return catalogue;
}

// A target outside the caller's catalogue: 403 when it is their own line or team (or below),
// 422 when nobody works it.
Result<void> EscalationService::checkTarget(const Caller &caller, int line, const QString &team)
{
    auto catalogue = catalogueFor(caller);
    if (!catalogue)
        return catalogue.error();
    const bool allowed =
        team.isEmpty() ? catalogue->lines.contains(line) : catalogue->teams.contains(team);
    if (allowed)
        return {};
    const QString field =
        team.isEmpty() ? QStringLiteral("target_line") : QStringLiteral("target_team");
    const QString byTarget = team.isEmpty() ? QStringLiteral(" AND o.line = ? LIMIT 1")
                                            : QStringLiteral(" AND o.team = ? LIMIT 1");
    auto worked = caller.store->scalar(u"SELECT o.id FROM operators o WHERE " +
                                           AssignmentRule::assignableO() + byTarget,
                                       {team.isEmpty() ? QVariant(line) : QVariant(team)});
    if (!worked)
        return worked.error();
    if (worked.value().isNull()) {
        return protocol::json::invalidField(
            field, team.isEmpty() ? QStringLiteral("no operator works this line")
                                  : QStringLiteral("no such team"));
    }
    Error refused{QString(protocol::errors::Forbidden),
                  team.isEmpty()
                      ? QStringLiteral("Escalate to a line above yours or to another team")
                      : QStringLiteral("Escalate to another team than your own"),
                  field};
    return refused;
}

Result<QJsonObject> EscalationService::targets(const Caller &caller)
{
    auto catalogue = catalogueFor(caller);
    if (!catalogue)
        return catalogue.error();
    QJsonArray lines;
    for (int line : std::as_const(catalogue->lines))
        lines.append(line);
    QJsonArray teams;
    for (const QString &team : std::as_const(catalogue->teams))
        teams.append(team);
    QJsonArray reasons;
    for (const EscalationReason &reason : escalationReasons()) {
        reasons.append(QJsonObject{{QLatin1StringView("code"), QString(reason.code)},
                                   {QLatin1StringView("title"), QString(reason.title)},
                                   {QLatin1StringView("note_required"), reason.noteRequired}});
    }
    return QJsonObject{{QLatin1StringView("lines"), lines},
                       {QLatin1StringView("teams"), teams},
                       {QLatin1StringView("reasons"), reasons}};
}

} // namespace frontline::server
