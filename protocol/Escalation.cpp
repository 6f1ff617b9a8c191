#include "protocol/Escalation.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

constexpr auto statusNames = enumNames<EscalationStatus>(
    std::pair{EscalationStatus::Open, QLatin1StringView("open")},
    std::pair{EscalationStatus::Accepted, QLatin1StringView("accepted")},
    std::pair{EscalationStatus::Returned, QLatin1StringView("returned")},
    std::pair{EscalationStatus::Resolved, QLatin1StringView("resolved")});

} // namespace

QString toString(EscalationStatus status)
{
    return statusNames.name(status);
}

std::optional<EscalationStatus> escalationStatusFromString(QStringView text)
{
    return statusNames.value(text);
}

QJsonObject Escalation::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("ticket_id"), ticketId},
        {QLatin1StringView("from_operator_id"), json::stringOrNull(fromOperatorId)},
        {QLatin1StringView("target_line"),
         targetLine > 0 ? QJsonValue(targetLine) : QJsonValue(QJsonValue::Null)},
        {QLatin1StringView("target_team"), targetTeam},
        {QLatin1StringView("reason_code"), reasonCode},
        {QLatin1StringView("note"), note},
        {QLatin1StringView("priority"), priority},
        {QLatin1StringView("status"), toString(status)},
        {QLatin1StringView("handled_by"), json::stringOrNull(handledBy)},
        {QLatin1StringView("return_reason"), returnReason},
        {QLatin1StringView("resolution_note"), resolutionNote},
        {QLatin1StringView("version"), version},
        {QLatin1StringView("created_at"), json::timeOrNull(createdAt)},
        {QLatin1StringView("updated_at"), json::timeOrNull(updatedAt)},
    };
}

Result<Escalation> Escalation::fromJson(const QJsonObject &object)
{
    Escalation e;
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    e.id = id.value();
    auto ticket = json::requireString(object, QLatin1StringView("ticket_id"));
    if (!ticket)
        return ticket.error();
    e.ticketId = ticket.value();
    e.fromOperatorId = json::optionalString(object, QLatin1StringView("from_operator_id"));
    e.targetLine = object.value(QLatin1StringView("target_line")).toInt();
    e.targetTeam = json::optionalString(object, QLatin1StringView("target_team"));
    e.reasonCode = json::optionalString(object, QLatin1StringView("reason_code"));
    e.note = json::optionalString(object, QLatin1StringView("note"));
    e.priority = object.value(QLatin1StringView("priority")).toString(QStringLiteral("normal"));
    const auto status =
        escalationStatusFromString(json::optionalString(object, QLatin1StringView("status")));
    if (!status) {
        return json::invalidField(QLatin1StringView("status"),
                                  QStringLiteral("must be open, accepted, returned or resolved"));
    }
    e.status = *status;
    e.handledBy = json::optionalString(object, QLatin1StringView("handled_by"));
    e.returnReason = json::optionalString(object, QLatin1StringView("return_reason"));
    e.resolutionNote = json::optionalString(object, QLatin1StringView("resolution_note"));
    e.version = object.value(QLatin1StringView("version")).toInteger(1);
    for (const auto &[field, member] :
         {std::pair{QLatin1StringView("created_at"), &Escalation::createdAt},
          std::pair{QLatin1StringView("updated_at"), &Escalation::updatedAt}}) {
        auto time = json::optionalTime(object, field);
        if (!time)
            return time.error();
        e.*member = time.value();
    }
    return e;
}

} // namespace frontline::protocol
