#pragma once

#include "protocol/Result.h"
#include "protocol/Scorecard.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

// A reviewer's answer to one criterion: its value on the criterion's scale, or none for N/A.
struct QaAnswer
{
    QString criterionId;
    std::optional<int> value;
    QString comment;

    QJsonObject toJson() const;
    static Result<QaAnswer> fromJson(const QJsonObject &object);
    friend bool operator==(const QaAnswer &, const QaAnswer &) = default;
};

// How one criterion counted: its weight on the card, its weight after the N/A criteria's weight
// was spread over the rest, and the points it earned out of that effective weight.
struct QaCriterionScore
{
    QString criterionId;
    int weight = 0;
    double effectiveWeight = 0;
    std::optional<int> value; // none: N/A
    double points = 0;
    bool criticalMissed = false;

    QJsonObject toJson() const;
    static QaCriterionScore fromJson(const QJsonObject &object);
    friend bool operator==(const QaCriterionScore &, const QaCriterionScore &) = default;
};

// A review's score in percent (one decimal), 0 when a critical criterion was missed, with how it
// was computed.
struct QaScore
{
    double percent = 0;
    bool criticalMissed = false;
    QList<QaCriterionScore> breakdown;

    QJsonObject toJson() const;
    static QaScore fromJson(const QJsonObject &object);
    friend bool operator==(const QaScore &, const QaScore &) = default;
};

// The answers as a list for a review's body ("answers"): each criterion once, its value on its
// scale or null where N/A is allowed. invalid_field (422) names the bad answer.
Result<QList<QaAnswer>> qaAnswersFromRequest(const QJsonValue &answers);

// The score of `answers` against `card`: each answered criterion earns its effective weight ×
// (value − min) / (max − min); an N/A criterion's weight goes to the card's other answered
// criteria in proportion to their weights; any critical criterion missed makes it 0. Every
// criterion of the card must be answered exactly once, within its scale (invalid_field names
// the answer otherwise), and at least one not N/A.
Result<QaScore> scoreReview(const Scorecard &card, const QList<QaAnswer> &answers);

} // namespace frontline::protocol
