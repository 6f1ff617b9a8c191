#include "protocol/Presence.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

constexpr auto statusNames =
    enumNames<PresenceStatus>(std::pair{PresenceStatus::Online, QLatin1StringView("online")},
                              std::pair{PresenceStatus::Break, QLatin1StringView("break")},
                              std::pair{PresenceStatus::Offline, QLatin1StringView("offline")});

} // namespace

QString toString(PresenceStatus status)
{
    return statusNames.name(status);
}

std::optional<PresenceStatus> presenceStatusFromString(QStringView text)
{
    return statusNames.value(text);
}

QJsonObject Presence::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("operator_id"), operatorId},
        {QLatin1StringView("name"), name},
        {QLatin1StringView("status"), toString(status)},
        {QLatin1StringView("reason"), reason},
        {QLatin1StringView("since"), json::timeOrNull(since)},
    };
}

Result<Presence> Presence::fromJson(const QJsonObject &object)
{
    Presence presence;
    auto id = json::requireString(object, QLatin1StringView("operator_id"));
    if (!id)
        return id.error();
    presence.operatorId = id.value();
    presence.name = json::optionalString(object, QLatin1StringView("name"));
    auto statusText = json::requireString(object, QLatin1StringView("status"));
    if (!statusText)
        return statusText.error();
    const auto status = presenceStatusFromString(statusText.value());
    if (!status) {
        return json::invalidField(QLatin1StringView("status"),
                                  QStringLiteral("must be online, break or offline"));
    }
    presence.status = *status;
    presence.reason = json::optionalString(object, QLatin1StringView("reason"));
    auto since = json::optionalTime(object, QLatin1StringView("since"));
    if (!since)
        return since.error();
    presence.since = since.value();
    return presence;
}

} // namespace frontline::protocol
