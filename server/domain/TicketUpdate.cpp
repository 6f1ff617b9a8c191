#include "server/domain/TicketUpdate.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/domain/AssignmentRule.h"
#include "server/domain/TicketService.h"
#include "server/identity/Caller.h"
#include "server/sla/SlaPolicy.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

namespace frontline::server {

TicketUpdate::TicketUpdate(Store &store, const Caller &caller, const protocol::Ticket &before,
                           const SlaPolicy *sla, qint64 now)
    : m_store(store)
    , m_caller(caller)
    , m_before(before)
    , m_sla(sla)
    , m_now(now)
    , m_status(before.status)
{}

Result<void> TicketUpdate::parse(const QJsonObject &fields)
{
    static const QStringList known{QStringLiteral("status"),
                                   QStringLiteral("priority"),
                                   QStringLiteral("queue"),
                                   QStringLiteral("subject"),
                                   QStringLiteral("assignee_id"),
                                   QStringLiteral("resolution_code"),
                                   QStringLiteral("assignment_reason")};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!known.contains(it.key()))
            return protocol::json::invalidField(it.key(), QStringLiteral("cannot be changed"));
    }
    if (fields.isEmpty())
        return protocol::json::invalidField(QStringLiteral("body"),
                                            QStringLiteral("names no field to change"));
    m_fields = fields;
    for (auto step :
         {&TicketUpdate::parseStatus, &TicketUpdate::parseResolutionCode,
          &TicketUpdate::parsePriority, &TicketUpdate::parseSubject, &TicketUpdate::parseQueue,
          &TicketUpdate::parseAssignee, &TicketUpdate::parseAssignmentReason}) {
        if (auto parsed = (this->*step)(); !parsed)
            return parsed;
    }
    return {};
}

Result<void> TicketUpdate::write(const QString &id, qint64 expectedVersion)
{
    QVariantList args = m_args;
    args << m_now << TicketService::parseId(id) << expectedVersion;
    auto updated =
        m_store.update(u"UPDATE tickets SET " + m_sets.join(u", ") +
                           u", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                       args);
    if (!updated)
        return updated.error();
    if (updated.value() != 1) {
        return Error{QString(protocol::errors::VersionMismatch),
                     QStringLiteral("Ticket %1 changed meanwhile; fetch it and retry").arg(id)};
    }
    return {};
}

Result<QString> TicketUpdate::text(const QString &name) const
{
    const QJsonValue value = m_fields.value(name);
    if (!value.isString())
        return protocol::json::invalidField(name, QStringLiteral("must be a string"));
    return value.toString();
}

void TicketUpdate::set(const QString &clause, const QVariantList &values)
{
    m_sets << clause;
    m_args << values;
}

Result<void> TicketUpdate::parseStatus()
{
    if (!m_fields.contains(u"status"))
        return {};
    auto text = this->text(QStringLiteral("status"));
    if (!text)
        return text.error();
    const auto parsed = protocol::ticketStatusFromString(text.value());
    if (!parsed)
        return protocol::json::invalidField(
            QStringLiteral("status"),
            QStringLiteral("must be new, open, pending, resolved or closed"));
    const protocol::TicketStatus before = m_before.status;
    m_status = *parsed;
    set(QStringLiteral("status = ?"), {text.value()});
    if (m_status == protocol::TicketStatus::Pending && before != m_status) {
        set(QStringLiteral("pending_since = ?"), {m_now});
    } else if (before == protocol::TicketStatus::Pending && m_status != before) {
        // The SLA clocks stood still while the ticket waited on the customer: their due times
        // move out by the wait.
        set(QStringLiteral(
                "sla_paused_ms = sla_paused_ms + (? - COALESCE(pending_since, ?)), "
                "first_response_due = first_response_due + (? - COALESCE(pending_since, ?)), "
                "resolution_due = resolution_due + (? - COALESCE(pending_since, ?)), "
                "pending_since = NULL"),
            {m_now, m_now, m_now, m_now, m_now, m_now});
    }
    if (m_status == protocol::TicketStatus::Resolved && before != m_status)
        set(QStringLiteral("resolved_at = ?"), {m_now});
    else if (m_status == protocol::TicketStatus::Closed)
        set(QStringLiteral("resolved_at = COALESCE(resolved_at, ?)"), {m_now}); // the clock stops
    else if (m_status == protocol::TicketStatus::Open || m_status == protocol::TicketStatus::New)
        set(QStringLiteral("resolved_at = NULL"));
    return {};
}

Result<void> TicketUpdate::parseResolutionCode()
{
    if (m_fields.contains(u"resolution_code")) {
        auto code = text(QStringLiteral("resolution_code"));
        if (!code)
            return code.error();
        set(QStringLiteral("resolution_code = ?"), {code.value()});
    }
    if (m_status == protocol::TicketStatus::Resolved && m_before.status != m_status &&
        m_fields.value(u"resolution_code").toString().isEmpty()) {
        return protocol::json::invalidField(QStringLiteral("resolution_code"),
                                            QStringLiteral("is required to resolve a ticket"));
    }
    return {};
}

Result<void> TicketUpdate::parsePriority()
{
    if (!m_fields.contains(u"priority"))
        return {};
    auto text = this->text(QStringLiteral("priority"));
    if (!text)
        return text.error();
    const auto priority = protocol::priorityFromString(text.value());
    if (!priority)
        return protocol::json::invalidField(QStringLiteral("priority"),
                                            QStringLiteral("must be low, normal, high or urgent"));
    set(QStringLiteral("priority = ?"), {text.value()});
    if (m_sla && *priority != m_before.priority) {
        // The targets of the new priority, counted from creation plus the paused time.
        const SlaPolicy::Targets sla = m_sla->targets(m_before.channel, *priority);
        set(QStringLiteral("first_response_due = created_at + sla_paused_ms + ?, "
                           "resolution_due = created_at + sla_paused_ms + ?"),
            {sla.firstResponseMs, sla.resolutionMs});
    }
    return {};
}

Result<void> TicketUpdate::parseSubject()
{
    if (!m_fields.contains(u"subject"))
        return {};
    auto text = this->text(QStringLiteral("subject"));
    if (!text)
        return text.error();
    set(QStringLiteral("subject = ?"), {text.value()});
    return {};
}

Result<void> TicketUpdate::parseQueue()
{
    if (!m_fields.contains(u"queue"))
        return {};
    auto text = this->text(QStringLiteral("queue"));
    if (!text)
        return text.error();
    auto exists =
        m_store.scalar(QStringLiteral("SELECT id FROM queues WHERE id = ?"), {text.value()});
    if (!exists)
        return exists.error();
    if (exists.value().isNull())
        return protocol::json::invalidField(QStringLiteral("queue"),
                                            QStringLiteral("no such queue"));
    set(QStringLiteral("queue_id = ?"), {text.value()});
    return {};
}

// Who may assign whom is the assignment rule's, the same as claim's and routing's.
Result<void> TicketUpdate::parseAssignee()
{
    if (!m_fields.contains(u"assignee_id"))
        return {};
    const QJsonValue value = m_fields.value(u"assignee_id");
    qint64 assignee = 0;
    if (!value.isNull()) {
        assignee = value.isString() ? TicketService::parseId(value.toString()) : 0;
        if (assignee == 0)
            return protocol::json::invalidField(QStringLiteral("assignee_id"),
                                                QStringLiteral("must be an operator id or null"));
    }
    if (auto allowed = AssignmentRule::check(m_store, m_caller, m_before, assignee, m_status);
        !allowed)
        return allowed;
    set(QStringLiteral("assignee_id = ?"), {sql::nullableId(assignee)});
    return {};
}

} // namespace frontline::server

namespace frontline::server {

// A reason says why this assignment was made, so it comes with an assignee, never alone.
Result<void> TicketUpdate::parseAssignmentReason()
{
    if (!m_fields.contains(u"assignment_reason"))
        return {};
    auto text = this->text(QStringLiteral("assignment_reason"));
    if (!text)
        return text.error();
    const QString reason = text->trimmed();
    if (reason.size() > protocol::limits::AssignmentReason)
        return protocol::limits::tooLong(QStringLiteral("assignment_reason"),
                                         protocol::limits::AssignmentReason, false);
    if (!m_fields.contains(u"assignee_id") || m_fields.value(u"assignee_id").isNull())
        return protocol::json::invalidField(QStringLiteral("assignment_reason"),
                                            QStringLiteral("goes with an assignee_id"));
    m_assignmentReason = reason;
    return {};
}

} // namespace frontline::server
