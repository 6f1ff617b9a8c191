#include "protocol/Audit.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

constexpr auto actionNames = enumNames<AuditAction>(
    std::pair{AuditAction::MonitorStart, QLatin1StringView("monitor_start")},
    std::pair{AuditAction::MonitorStop, QLatin1StringView("monitor_stop")},
    std::pair{AuditAction::Whisper, QLatin1StringView("whisper")},
    std::pair{AuditAction::Barge, QLatin1StringView("barge")},
    std::pair{AuditAction::TakeOver, QLatin1StringView("take_over")},
    std::pair{AuditAction::HandBack, QLatin1StringView("hand_back")},
    std::pair{AuditAction::Reassign, QLatin1StringView("reassign")},
    std::pair{AuditAction::HelpFlagLowered, QLatin1StringView("help_flag_lowered")},
    std::pair{AuditAction::SandboxCreate, QLatin1StringView("sandbox_create")},
    std::pair{AuditAction::SandboxReset, QLatin1StringView("sandbox_reset")},
    std::pair{AuditAction::SandboxDelete, QLatin1StringView("sandbox_delete")},
    std::pair{AuditAction::TraineeAdd, QLatin1StringView("trainee_add")},
    std::pair{AuditAction::TraineeRemove, QLatin1StringView("trainee_remove")},
    std::pair{AuditAction::CourseAssigned, QLatin1StringView("course_assigned")},
    std::pair{AuditAction::CourseCancelled, QLatin1StringView("course_cancelled")});

} // namespace

QString toString(AuditAction action)
{
    return actionNames.name(action);
}

std::optional<AuditAction> auditActionFromString(QStringView text)
{
    return actionNames.value(text);
}

QList<AuditAction> allAuditActions()
{
    QList<AuditAction> actions;
    for (const auto &entry : actionNames.entries)
        actions.append(entry.first);
    return actions;
}

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("at"), json::timeOrNull(at)},
        {QLatin1StringView("actor_id"), actorId},
        {QLatin1StringView("actor_name"), actorName},
        {QLatin1StringView("actor_role"), actorRole},
        {QLatin1StringView("action"), toString(action)},
        {QLatin1StringView("ticket_id"), json::stringOrNull(ticketId)},
        {QLatin1StringView("ticket_number"), ticketNumber},
        {QLatin1StringView("subject_id"), json::stringOrNull(subjectId)},
        {QLatin1StringView("subject_name"), subjectName},
        {QLatin1StringView("details"), details},
    };
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    entry.id = id.value();
    const QString actionName = json::optionalString(object, QLatin1StringView("action"));
    const auto action = auditActionFromString(actionName);
    if (!action)
        return Error{QStringLiteral("malformed_json"),
                     QStringLiteral("unknown audit action \"%1\"").arg(actionName)};
    entry.action = *action;
    auto at = json::optionalTime(object, QLatin1StringView("at"));
    if (!at)
        return at.error();
    entry.at = at.value();
    entry.actorId = json::optionalString(object, QLatin1StringView("actor_id"));
    entry.actorName = json::optionalString(object, QLatin1StringView("actor_name"));
    entry.actorRole = json::optionalString(object, QLatin1StringView("actor_role"));
    entry.ticketId = json::optionalString(object, QLatin1StringView("ticket_id"));
    entry.ticketNumber = object.value(QLatin1StringView("ticket_number")).toInteger();
    entry.subjectId = json::optionalString(object, QLatin1StringView("subject_id"));
    entry.subjectName = json::optionalString(object, QLatin1StringView("subject_name"));
    entry.details = object.value(QLatin1StringView("details")).toObject();
    return entry;
}

} // namespace frontline::protocol
