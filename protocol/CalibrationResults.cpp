// The arithmetic of a calibration session's results (issue 18, item 8), and their JSON.
#include "protocol/Calibration.h"

#include "protocol/Json.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

double twoDecimals(double value)
{
    return std::round(value * 100.0) / 100.0;
}

std::optional<double> rounded(const std::optional<double> &value)
{
    return value ? std::optional<double>(twoDecimals(*value)) : std::nullopt;
}

// The points each score gave `criterionId` (none where it was N/A), and their spread.
CalibrationCriterionSpread spreadOf(const ScorecardCriterion &criterion,
                                    const QList<const CalibrationScore *> &scores)
{
    CalibrationCriterionSpread line;
    line.criterionId = criterion.id;
    line.title = criterion.title;
    QList<double> given;
    for (const CalibrationScore *score : scores) {
        std::optional<double> points;
        for (const QaCriterionScore &part : score->score.breakdown) {
            if (part.criterionId == criterion.id && part.value)
                points = part.points;
        }
        line.points.append(points);
        if (points)
            given.append(*points);
    }
    if (given.isEmpty())
        return line;
    const auto [least, most] = std::minmax_element(given.cbegin(), given.cend());
    line.least = *least;
    line.most = *most;
    line.spread = twoDecimals(*most - *least);
    double mean = 0;
    for (double value : given)
        mean += value;
    mean /= double(given.size());
    double squares = 0;
    for (double value : given)
        squares += (value - mean) * (value - mean);
    line.standardDeviation = twoDecimals(std::sqrt(squares / double(given.size())));
    return line;
}

QJsonArray pointsArray(const QList<std::optional<double>> &points)
{
    QJsonArray array;
    for (const std::optional<double> &value : points)
        array.append(json::numberOrNull(value));
    return array;
}

std::optional<double> numberOrNone(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

std::optional<double> calibrationMedian(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

CalibrationResults calibrationResults(const CalibrationSession &session, const Scorecard &card,
                                      const QList<CalibrationScore> &scores)
{
    CalibrationResults results;
    results.sessionId = session.id;
    QHash<QString, qsizetype> reviewerIndex; // reviewer id -> position in the session
    for (const CalibrationReviewer &reviewer : session.reviewers) {
        reviewerIndex.insert(reviewer.id, results.reviewers.size());
        results.reviewers.append({reviewer.id, reviewer.name, 0, std::nullopt});
    }
    QList<double> absoluteSums(results.reviewers.size(), 0.0);
    const QList<ScorecardCriterion> criteria = card.criteria();
    for (const CalibrationConversation &conversation : session.conversations) {
        CalibrationConversationResult result;
        result.ticketId = conversation.ticketId;
        result.ticketNumber = conversation.ticketNumber;
        result.agreed = conversation.agreed;
        // The reviewers' scores of this conversation, in the session's order of reviewers.
        QList<const CalibrationScore *> mine;
        for (const CalibrationReviewer &reviewer : session.reviewers) {
            for (const CalibrationScore &score : scores) {
                if (score.ticketId == conversation.ticketId && score.reviewerId == reviewer.id)
                    mine.append(&score);
            }
        }
        QList<double> totals;
        for (const CalibrationScore *score : mine)
            totals.append(score->score.percent);
        result.median = rounded(calibrationMedian(totals));
        result.reference = result.agreed ? result.agreed : result.median;
        for (const CalibrationScore *score : mine) {
            const double deviation =
                result.reference ? twoDecimals(score->score.percent - *result.reference) : 0.0;
            result.scores.append({score->reviewerId, score->reviewerName, score->score.percent,
                                  score->score.criticalMissed, deviation});
            const qsizetype index = reviewerIndex.value(score->reviewerId, -1);
            if (index >= 0) {
                ++results.reviewers[index].scored;
                absoluteSums[index] += std::abs(deviation);
            }
        }
        double widest = 0;
        for (const ScorecardCriterion &criterion : criteria) {
            result.criteria.append(spreadOf(criterion, mine));
            widest = std::max(widest, result.criteria.constLast().spread);
        }
        for (CalibrationCriterionSpread &line : result.criteria)
            line.widest = widest > 0 && line.spread == widest;
        results.conversations.append(result);
    }
    for (qsizetype i = 0; i < results.reviewers.size(); ++i) {
        CalibrationReviewerDeviation &reviewer = results.reviewers[i];
        if (reviewer.scored > 0)
            reviewer.meanAbsoluteDeviation = twoDecimals(absoluteSums.at(i) / reviewer.scored);
    }
    return results;
}

QJsonObject CalibrationCriterionSpread::toJson() const
{
    return {{L("criterion_id"), criterionId},
            {L("title"), title},
            {L("points"), pointsArray(points)},
            {L("least"), least},
            {L("most"), most},
            {L("spread"), spread},
            {L("standard_deviation"), standardDeviation},
            {L("widest"), widest}};
}

CalibrationCriterionSpread CalibrationCriterionSpread::fromJson(const QJsonObject &object)
{
    CalibrationCriterionSpread line;
    line.criterionId = object.value(u"criterion_id").toString();
    line.title = object.value(u"title").toString();
    for (const QJsonValue &value : object.value(u"points").toArray())
        line.points.append(numberOrNone(value));
    line.least = object.value(u"least").toDouble();
    line.most = object.value(u"most").toDouble();
    line.spread = object.value(u"spread").toDouble();
    line.standardDeviation = object.value(u"standard_deviation").toDouble();
    line.widest = object.value(u"widest").toBool();
    return line;
}

QJsonObject CalibrationReviewerScore::toJson() const
{
    return {{L("reviewer_id"), reviewerId},
            {L("reviewer_name"), reviewerName},
            {L("score"), score},
            {L("critical_missed"), criticalMissed},
            {L("deviation"), deviation}};
}

CalibrationReviewerScore CalibrationReviewerScore::fromJson(const QJsonObject &object)
{
    return {object.value(u"reviewer_id").toString(), object.value(u"reviewer_name").toString(),
            object.value(u"score").toDouble(), object.value(u"critical_missed").toBool(),
            object.value(u"deviation").toDouble()};
}

QJsonObject CalibrationConversationResult::toJson() const
{
    QJsonArray scoreArray;
    for (const CalibrationReviewerScore &score : scores)
        scoreArray.append(score.toJson());
    QJsonArray criteriaArray;
    for (const CalibrationCriterionSpread &line : criteria)
        criteriaArray.append(line.toJson());
    return {{L("ticket_id"), ticketId},
            {L("ticket_number"), ticketNumber},
            {L("scores"), scoreArray},
            {L("criteria"), criteriaArray},
            {L("median"), json::numberOrNull(median)},
            {L("agreed"), json::numberOrNull(agreed)},
            {L("reference"), json::numberOrNull(reference)}};
}

CalibrationConversationResult CalibrationConversationResult::fromJson(const QJsonObject &object)
{
    CalibrationConversationResult result;
    result.ticketId = object.value(u"ticket_id").toString();
    result.ticketNumber = object.value(u"ticket_number").toInteger();
    for (const QJsonValue &value : object.value(u"scores").toArray())
        result.scores.append(CalibrationReviewerScore::fromJson(value.toObject()));
    for (const QJsonValue &value : object.value(u"criteria").toArray())
        result.criteria.append(CalibrationCriterionSpread::fromJson(value.toObject()));
    result.median = numberOrNone(object.value(u"median"));
    result.agreed = numberOrNone(object.value(u"agreed"));
    result.reference = numberOrNone(object.value(u"reference"));
    return result;
}

QJsonObject CalibrationReviewerDeviation::toJson() const
{
    return {{L("reviewer_id"), reviewerId},
            {L("reviewer_name"), reviewerName},
            {L("scored"), scored},
            {L("mean_absolute_deviation"), json::numberOrNull(meanAbsoluteDeviation)}};
}

CalibrationReviewerDeviation CalibrationReviewerDeviation::fromJson(const QJsonObject &object)
{
    return {object.value(u"reviewer_id").toString(), object.value(u"reviewer_name").toString(),
            object.value(u"scored").toInt(),
            numberOrNone(object.value(u"mean_absolute_deviation"))};
}

QJsonObject CalibrationResults::toJson() const
{
    QJsonArray conversationArray;
    for (const CalibrationConversationResult &conversation : conversations)
        conversationArray.append(conversation.toJson());
    QJsonArray reviewerArray;
    for (const CalibrationReviewerDeviation &reviewer : reviewers)
        reviewerArray.append(reviewer.toJson());
    return {{L("session_id"), sessionId},
            {L("conversations"), conversationArray},
            {L("reviewers"), reviewerArray}};
}

Result<CalibrationResults> CalibrationResults::fromJson(const QJsonObject &object)
{
    CalibrationResults results;
    auto id = json::requireString(object, L("session_id"));
    if (!id)
        return id.error();
    results.sessionId = id.value();
    for (const QJsonValue &value : object.value(u"conversations").toArray())
        results.conversations.append(CalibrationConversationResult::fromJson(value.toObject()));
    for (const QJsonValue &value : object.value(u"reviewers").toArray())
        results.reviewers.append(CalibrationReviewerDeviation::fromJson(value.toObject()));
    return results;
}

} // namespace frontline::protocol
