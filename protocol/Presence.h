#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace frontline::protocol {

// Whether an operator is taking work. Man-hours on the line are the sum of `Online` intervals.
enum class PresenceStatus
{
    Online,
    Break,
    Offline
};

QString toString(PresenceStatus status);
std::optional<PresenceStatus> presenceStatusFromString(QStringView text);

// An operator's current presence, as `GET /presence` lists it and the change feed carries it.
struct Presence
{
    QString operatorId;
    QString name; // the operator's display name
    PresenceStatus status = PresenceStatus::Offline;
    QString reason;  // why (for a break, say); empty when none was given
    QDateTime since; // null for an operator who never set a status

    QJsonObject toJson() const;
    static Result<Presence> fromJson(const QJsonObject &object);

    friend bool operator==(const Presence &, const Presence &) = default;
};

} // namespace frontline::protocol
