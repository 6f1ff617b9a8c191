#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace frontline::protocol {

enum class EscalationStatus
{
    Open,
    Accepted,
    Returned, // sent back by the 2nd line: counts as an inappropriate escalation
    Resolved
};

QString toString(EscalationStatus status);
std::optional<EscalationStatus> escalationStatusFromString(QStringView text);

// A request for help on a ticket, addressed to a support line or a team, with a reason.
struct Escalation
{
    QString id;
    QString ticketId;
    QString fromOperatorId;
    int targetLine = 0; // 0 when addressed to a team
    QString targetTeam;
    QString reasonCode;
    QString note;
    QString priority = QStringLiteral("normal");
    EscalationStatus status = EscalationStatus::Open;
    QString handledBy;
    QString returnReason;
    QString resolutionNote;
    qint64 version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Escalation> fromJson(const QJsonObject &object);

    friend bool operator==(const Escalation &, const Escalation &) = default;
};

} // namespace frontline::protocol
