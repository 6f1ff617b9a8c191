#pragma once

#include "protocol/Reports.h"
#include "protocol/Result.h"
#include "server/metrics/KpiScope.h"

namespace frontline::server {

class Store;

// The figures of a window [from, to) bucket by bucket, for one queue or all (of a project: all of
// its queues): contacts arrived and handled, AHT, service level and CSAT (docs/kpis.md, "Over
// time"). A handful of grouped queries whatever the window holds; buckets start at `from` and
// stop at min(to, now).
class KpiSeriesReport
{
public:
    KpiSeriesReport(Store &store, qint64 from, qint64 to, qint64 now, qint64 bucketMs,
                    QString queueId, KpiScope scope = {});

    Result<QList<protocol::KpiSeriesPoint>> points();

private:
    struct Bucket
    {
        qint64 arrived = 0;
        qint64 chatsDue = 0; // chats whose first response was due in the bucket
        qint64 chatsInTime = 0;
        qint64 handled = 0;
        qint64 timed = 0; // of those, the ones an operator handled (with a handle time)
        qint64 handleMs = 0;
        qint64 votes = 0;
        qint64 satisfied = 0;
    };
    Result<void> addArrivals(QList<Bucket> &buckets);
    Result<void> addHandled(QList<Bucket> &buckets);
    Result<void> addCsat(QList<Bucket> &buckets);
    // " AND t.queue_id = ?" when the series is of one queue, and the project's queues.
    QString queueFilter() const;
    QVariantList withQueue(QVariantList args) const;
    qsizetype bucketOf(qint64 time) const { return qsizetype((time - m_from) / m_bucketMs); }

    Store &m_store;
    qint64 m_from;
    qint64 m_to; // already capped at `now`
    qint64 m_now;
    qint64 m_bucketMs;
    QString m_queueId;
    KpiScope m_scope;
};

} // namespace frontline::server
