#pragma once

#include "protocol/Presence.h"
#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace frontline::protocol {

// One stretch of an operator's day in one presence state, clipped to the window asked for.
struct PresenceInterval
{
    PresenceStatus status = PresenceStatus::Offline;
    QString reason;
    QDateTime startedAt;
    QDateTime endedAt; // the window's end or now for the state she is still in
    bool open = false; // she is still in this state

    QJsonObject toJson() const;
    static Result<PresenceInterval> fromJson(const QJsonObject &object);
    friend bool operator==(const PresenceInterval &, const PresenceInterval &) = default;
};

// `GET /api/v1/operators/{id}/presence-intervals?from=&to=`: her intervals in [from, to), oldest
// first. Time before her first interval is not listed (she had never set a status).
struct PresenceTimeline
{
    QString operatorId;
    QDateTime from;
    QDateTime to;
    QList<PresenceInterval> intervals;

    // The most a window may span: a month, the longest a supervisor's charts look back.
    static constexpr qint64 MaxWindowDays = 31;

    QJsonObject toJson() const;
    static Result<PresenceTimeline> fromJson(const QJsonObject &object);
    friend bool operator==(const PresenceTimeline &, const PresenceTimeline &) = default;
};

} // namespace frontline::protocol
