#include "server/metrics/WorkIntervals.h"

#include "protocol/Json.h"
#include "server/storage/Store.h"

#include <QJsonObject>

namespace frontline::server::work_intervals {
namespace {

Result<qint64> timeOf(const QJsonObject &interval, QLatin1StringView field, const QString &path)
{
    auto time = protocol::json::optionalTime(interval, field);
    if (!time || !time->isValid())
        return protocol::json::invalidField(path + field,
                                            QStringLiteral("must be an RFC 3339 time"));
    return time->toMSecsSinceEpoch();
}

} // namespace

Result<QList<Interval>> parse(const QJsonArray &intervals, qint64 now)
{
    if (intervals.isEmpty() || intervals.size() > MostPerRequest) {
        return protocol::json::invalidField(
            QStringLiteral("intervals"),
            QStringLiteral("must hold 1 to %1 intervals").arg(MostPerRequest));
    }
    QList<Interval> list;
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const QString path = QStringLiteral("intervals[%1].").arg(i);
        if (!intervals.at(i).isObject())
            return protocol::json::invalidField(path.chopped(1),
                                                QStringLiteral("must be an object"));
        const QJsonObject interval = intervals.at(i).toObject();
        for (auto it = interval.begin(); it != interval.end(); ++it) {
            if (it.key() != u"started_at" && it.key() != u"ended_at")
                return protocol::json::invalidField(
                    path + it.key(), QStringLiteral("is not a field of an interval"));
        }
        auto started = timeOf(interval, QLatin1StringView("started_at"), path);
        if (!started)
            return started.error();
        auto ended = timeOf(interval, QLatin1StringView("ended_at"), path);
        if (!ended)
            return ended.error();
        if (ended.value() <= started.value())
            return protocol::json::invalidField(path + u"ended_at",
                                                QStringLiteral("must be after started_at"));
        if (ended.value() - started.value() > LongestMs)
            return protocol::json::invalidField(
                path + u"ended_at",
                QStringLiteral("an interval lasts at most %1 minutes").arg(LongestMs / 60000));
        if (ended.value() > now + ClockSkewMs)
            return protocol::json::invalidField(path + u"ended_at",
                                                QStringLiteral("must not be in the future"));
        list.append({started.value(), ended.value()});
    }
    return list;
}

Result<int> record(Store &store, qint64 ticketId, qint64 operatorId,
                   const QList<Interval> &intervals)
{
    int added = 0;
    for (const Interval &interval : intervals) {
        auto stored = store.update(
            QStringLiteral("INSERT INTO work_intervals (ticket_id, operator_id, started_at, "
                           "ended_at) VALUES (?, ?, ?, ?) ON CONFLICT (ticket_id, operator_id, "
                           "started_at) DO NOTHING"),
            {ticketId, operatorId, interval.startedAt, interval.endedAt});
        if (!stored)
            return stored.error();
        added += stored.value();
    }
    return added;
}

} // namespace frontline::server::work_intervals
