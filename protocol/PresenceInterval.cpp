#include "protocol/PresenceInterval.h"

#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {

QJsonObject PresenceInterval::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("status"), toString(status)},
        {QLatin1StringView("reason"), reason},
        {QLatin1StringView("started_at"), json::timeOrNull(startedAt)},
        {QLatin1StringView("ended_at"), json::timeOrNull(endedAt)},
        {QLatin1StringView("open"), open},
    };
}

Result<PresenceInterval> PresenceInterval::fromJson(const QJsonObject &object)
{
    PresenceInterval interval;
    auto statusText = json::requireString(object, QLatin1StringView("status"));
    if (!statusText)
        return statusText.error();
    const auto status = presenceStatusFromString(statusText.value());
    if (!status)
        return json::invalidField(QStringLiteral("status"),
                                  QStringLiteral("must be online, break or offline"));
    interval.status = *status;
    interval.reason = json::optionalString(object, QLatin1StringView("reason"));
    auto started = json::optionalTime(object, QLatin1StringView("started_at"));
    if (!started)
        return started.error();
    auto ended = json::optionalTime(object, QLatin1StringView("ended_at"));
    if (!ended)
        return ended.error();
    if (!started->isValid() || !ended->isValid())
        return json::invalidField(QStringLiteral("started_at"),
                                  QStringLiteral("an interval needs its start and end"));
    interval.startedAt = started.value();
    interval.endedAt = ended.value();
    interval.open = object.value(QLatin1StringView("open")).toBool();
    return interval;
}

QJsonObject PresenceTimeline::toJson() const
{
    QJsonArray list;
    for (const PresenceInterval &interval : intervals)
        list.append(interval.toJson());
    return QJsonObject{
        {QLatin1StringView("operator_id"), operatorId},
        {QLatin1StringView("from"), json::timeOrNull(from)},
        {QLatin1StringView("to"), json::timeOrNull(to)},
        {QLatin1StringView("intervals"), list},
    };
}

Result<PresenceTimeline> PresenceTimeline::fromJson(const QJsonObject &object)
{
    PresenceTimeline timeline;
    auto id = json::requireString(object, QLatin1StringView("operator_id"));
    if (!id)
        return id.error();
    timeline.operatorId = id.value();
    auto from = json::optionalTime(object, QLatin1StringView("from"));
    if (!from)
        return from.error();
    auto to = json::optionalTime(object, QLatin1StringView("to"));
    if (!to)
        return to.error();
    timeline.from = from.value();
    timeline.to = to.value();
    for (const QJsonValue &item : object.value(QLatin1StringView("intervals")).toArray()) {
        auto interval = PresenceInterval::fromJson(item.toObject());
        if (!interval)
            return interval.error();
        timeline.intervals.append(interval.value());
    }
    return timeline;
}

} // namespace frontline::protocol
