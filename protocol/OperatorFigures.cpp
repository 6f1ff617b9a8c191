#include "protocol/OperatorFigures.h"

#include "protocol/Json.h"

namespace frontline::protocol {
namespace {
using L = QLatin1StringView;
} // namespace

QJsonObject OperatorFiguresBucket::toJson() const
{
    return QJsonObject{
        {L("start"), json::timeOrNull(start)},
        {L("end"), json::timeOrNull(end)},
        {L("handled"), handled},
        {L("aht_seconds"), json::numberOrNull(ahtSeconds)},
        {L("fcr"), json::numberOrNull(fcr)},
        {L("escalations"), escalations},
        {L("escalations_returned"), escalationsReturned},
        {L("returned_rate"), json::numberOrNull(returnedRate)},
        {L("qa_reviews"), qaReviews},
        {L("qa_score"), json::numberOrNull(qaScore)},
    };
}

Result<OperatorFiguresBucket> OperatorFiguresBucket::fromJson(const QJsonObject &object)
{
    OperatorFiguresBucket bucket;
    auto window = json::optionalWindow(object, L("start"), L("end"));
    if (!window)
        return window.error();
    if (window->from.isNull() || window->to.isNull())
        return json::invalidField(QStringLiteral("start"), QStringLiteral("is missing"));
    bucket.start = window->from;
    bucket.end = window->to;
    bucket.handled = json::countOf(object, L("handled"));
    bucket.ahtSeconds = json::optionalNumber(object, L("aht_seconds"));
    bucket.fcr = json::optionalNumber(object, L("fcr"));
    bucket.escalations = json::countOf(object, L("escalations"));
    bucket.escalationsReturned = json::countOf(object, L("escalations_returned"));
    bucket.returnedRate = json::optionalNumber(object, L("returned_rate"));
    bucket.qaReviews = json::countOf(object, L("qa_reviews"));
    bucket.qaScore = json::optionalNumber(object, L("qa_score"));
    return bucket;
}

QJsonObject OperatorFigures::toJson() const
{
    return QJsonObject{
        {L("operator_id"), operatorId},
        {L("name"), name},
        {L("from"), json::timeOrNull(from)},
        {L("to"), json::timeOrNull(to)},
        {L("bucket"), bucket},
        {L("buckets"), json::arrayOf(buckets)},
    };
}

Result<OperatorFigures> OperatorFigures::fromJson(const QJsonObject &object)
{
    OperatorFigures figures;
    auto id = json::requireString(object, L("operator_id"));
    if (!id)
        return id.error();
    figures.operatorId = id.value();
    figures.name = json::optionalString(object, L("name"));
    auto window = json::optionalWindow(object, L("from"), L("to"));
    if (!window)
        return window.error();
    figures.from = window->from;
    figures.to = window->to;
    figures.bucket = json::optionalString(object, L("bucket"));
    if (figures.bucket != u"week" && figures.bucket != u"day")
        return json::invalidField(QStringLiteral("bucket"), QStringLiteral("must be week or day"));
    auto buckets = json::rowsOf<OperatorFiguresBucket>(object, L("buckets"));
    if (!buckets)
        return buckets.error();
    figures.buckets = buckets.value();
    return figures;
}

} // namespace frontline::protocol
