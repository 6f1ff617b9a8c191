#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace frontline::protocol {

// An operator's call for a supervisor on one conversation ("customer asks for a refund over the
// limit"): raised with an optional note, lowered by a supervisor (or withdrawn by her).
struct HelpFlag
{
    QString id;
    QString ticketId;
    qint64 ticketNumber = 0;
    QString raisedBy; // operator id
    QString raisedByName;
    QString note;
    QDateTime raisedAt;
    QString loweredBy; // empty while raised
    QString loweredByName;
    QDateTime loweredAt;

    bool isRaised() const { return loweredAt.isNull(); }
    QJsonObject toJson() const;
    static Result<HelpFlag> fromJson(const QJsonObject &object);
    friend bool operator==(const HelpFlag &, const HelpFlag &) = default;
};

} // namespace frontline::protocol
