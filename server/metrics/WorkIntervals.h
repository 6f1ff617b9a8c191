#pragma once

#include "protocol/FieldLimits.h"
#include "protocol/Result.h"

#include <QJsonArray>
#include <QList>

namespace frontline::server {

class Store;

// The stretches a ticket was open in front of an operator, as her desktop reports them
// (`POST /tickets/{id}/work-intervals`) and the traffic simulator's operators do: what handle
// time is made of for email, forms and social, and the after-contact work of every channel.
namespace work_intervals {

// A request carries at most this many; the desktop sends one or two.
inline constexpr qsizetype MostPerRequest = protocol::limits::WorkIntervalsPerRequest;
// The desktop closes a stretch at least every five minutes; anything longer is not one.
inline constexpr qint64 LongestMs = 60 * 60 * 1000;
// How far ahead of the back office's clock a desktop's clock may run.
inline constexpr qint64 ClockSkewMs = 60 * 1000;

struct Interval
{
    qint64 startedAt = 0;
    qint64 endedAt = 0;
};

// The request's "intervals": 1-MostPerRequest objects {started_at, ended_at} (RFC 3339), each
// ending after it starts, at most LongestMs long and not after `now` + ClockSkewMs; invalid_field
// naming the first bad one otherwise.
Result<QList<Interval>> parse(const QJsonArray &intervals, qint64 now);

// Stores them for the operator on the ticket; one already stored (the same start) is kept once.
// Answers how many were new.
Result<int> record(Store &store, qint64 ticketId, qint64 operatorId,
                   const QList<Interval> &intervals);

} // namespace work_intervals
} // namespace frontline::server
