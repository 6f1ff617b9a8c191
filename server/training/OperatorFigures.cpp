#include "server/training/OperatorFigures.h"

#include "protocol/ApiError.h"
#include "server/metrics/KpiReport.h"
#include "server/metrics/KpiRounding.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {
namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// One bucket: the board's sums of her for [start, end), turned into figures by the board's own
// formulas (fillFigures), so the rounding is the board's too.
Result<protocol::OperatorFiguresBucket> bucketOf(Store &store, qint64 operatorId, qint64 start,
                                                 qint64 end, qint64 now)
{
    KpiReport report(store, start, end, now);
    auto handled = report.handledByOperator();
    if (!handled)
        return handled.error();
    auto escalations = report.escalationsByOperator();
    if (!escalations)
        return escalations.error();
    OperatorSums sums;
    if (auto found = handled->find(operatorId); found != handled->end()) {
        sums.handled = found->second.handled;
        sums.chats = found->second.chats;
        sums.handleMs = found->second.handleMs;
        sums.firstContact = found->second.firstContact;
        sums.reviews = found->second.reviews;
        sums.reviewScores = found->second.reviewScores;
    }
    if (auto found = escalations->find(operatorId); found != escalations->end())
        std::tie(sums.escalations, sums.escalationsReturned) = found->second;
    protocol::BoardOperatorRow row;
    fillFigures(&row, sums);
    protocol::OperatorFiguresBucket bucket;
    bucket.start = utc(start);
    bucket.end = utc(end);
    bucket.handled = row.handled;
    bucket.ahtSeconds = row.ahtSeconds;
    bucket.fcr = row.fcr;
    bucket.escalations = row.escalations;
    bucket.escalationsReturned = row.escalationsReturned;
    bucket.returnedRate = kpi::ratio(sums.escalationsReturned, sums.escalations);
    bucket.qaReviews = sums.reviews;
    bucket.qaScore = row.qaScore;
    return bucket;
}

} // namespace

Result<protocol::OperatorFigures> OperatorFigures::of(Store &store, qint64 operatorId, qint64 from,
                                                      qint64 to, qint64 now, qint64 bucketMs)
{
    auto query = store.run(
        QStringLiteral("SELECT display_name FROM operators WHERE id = ? AND role = 'operator'"),
        {operatorId});
    if (!query)
        return query.error();
    if (!query.value()->next()) {
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No operator %1").arg(operatorId)};
    }
    protocol::OperatorFigures figures;
    figures.operatorId = QString::number(operatorId);
    figures.name = query.value()->value(0).toString();
    query.value()->finish();
    figures.from = utc(from);
    figures.to = utc(to);
    figures.bucket = bucketMs == Day ? QStringLiteral("day") : QStringLiteral("week");
    const qint64 last = std::min(to, now);
    for (qint64 start = from; start < last; start += bucketMs) {
        auto bucket = bucketOf(store, operatorId, start, std::min(start + bucketMs, to), now);
        if (!bucket)
            return bucket.error();
        figures.buckets.append(bucket.value());
    }
    return figures;
}

} // namespace frontline::server
