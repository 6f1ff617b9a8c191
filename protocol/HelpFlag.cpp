#include "protocol/HelpFlag.h"

#include "protocol/Json.h"

namespace frontline::protocol {

QJsonObject HelpFlag::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("ticket_id"), ticketId},
        {QLatin1StringView("ticket_number"), ticketNumber},
        {QLatin1StringView("raised_by"), raisedBy},
        {QLatin1StringView("raised_by_name"), raisedByName},
        {QLatin1StringView("note"), note},
        {QLatin1StringView("raised_at"), json::timeOrNull(raisedAt)},
        {QLatin1StringView("status"),
         isRaised() ? QStringLiteral("raised") : QStringLiteral("lowered")},
        {QLatin1StringView("lowered_by"), json::stringOrNull(loweredBy)},
        {QLatin1StringView("lowered_by_name"), loweredByName},
        {QLatin1StringView("lowered_at"), json::timeOrNull(loweredAt)},
    };
}

Result<HelpFlag> HelpFlag::fromJson(const QJsonObject &object)
{
    HelpFlag flag;
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    flag.id = id.value();
    auto ticket = json::requireString(object, QLatin1StringView("ticket_id"));
    if (!ticket)
        return ticket.error();
    flag.ticketId = ticket.value();
    flag.ticketNumber = object.value(QLatin1StringView("ticket_number")).toInteger();
    flag.raisedBy = json::optionalString(object, QLatin1StringView("raised_by"));
    flag.raisedByName = json::optionalString(object, QLatin1StringView("raised_by_name"));
    flag.note = json::optionalString(object, QLatin1StringView("note"));
    flag.loweredBy = json::optionalString(object, QLatin1StringView("lowered_by"));
    flag.loweredByName = json::optionalString(object, QLatin1StringView("lowered_by_name"));
    for (const auto &[field, member] :
         {std::pair{QLatin1StringView("raised_at"), &HelpFlag::raisedAt},
          std::pair{QLatin1StringView("lowered_at"), &HelpFlag::loweredAt}}) {
        auto time = json::optionalTime(object, field);
        if (!time)
            return time.error();
        flag.*member = time.value();
    }
    return flag;
}

} // namespace frontline::protocol
