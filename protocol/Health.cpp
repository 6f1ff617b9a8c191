#include "protocol/Health.h"

#include "protocol/Json.h"

namespace frontline::protocol {

QJsonObject Health::toJson() const
{
    return QJsonObject{{QLatin1StringView("status"), status},
                       {QLatin1StringView("version"), version}};
}

Result<Health> Health::fromJson(const QJsonObject &object)
{
    auto status = json::requireString(object, QLatin1StringView("status"));
    if (!status)
        return status.error();
    auto version = json::requireString(object, QLatin1StringView("version"));
    if (!version)
        return version.error();
    return Health{status.value(), version.value()};
}

} // namespace frontline::protocol
