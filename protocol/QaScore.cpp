#include "protocol/QaScore.h"

#include "protocol/FieldLimits.h"
#include "protocol/Json.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace frontline::protocol {
namespace {

QJsonValue valueOrNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<int> optionalValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isDouble())
        return value.toInt();
    return std::nullopt;
}

double oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

// The answer to `criterion` checked against its scale; `path` names it in an error.
Result<void> checkAnswer(const ScorecardCriterion &criterion, const QaAnswer &answer,
                         const QString &path)
{
    if (!answer.value) {
        if (!criterion.naAllowed)
            return json::invalidField(path + u".value",
                                      QStringLiteral("this criterion cannot be N/A"));
        return {};
    }
    const auto [least, most] = qaScaleRange(criterion.scale);
    if (*answer.value < least || *answer.value > most) {
        return json::invalidField(path + u".value",
                                  QStringLiteral("must be from %1 to %2").arg(least).arg(most));
    }
    return {};
}

} // namespace

QJsonObject QaAnswer::toJson() const
{
    QJsonObject object{{QLatin1StringView("criterion_id"), criterionId},
                       {QLatin1StringView("value"), valueOrNull(value)}};
    if (!comment.isEmpty())
        object.insert(QLatin1StringView("comment"), comment);
    return object;
}

Result<QaAnswer> QaAnswer::fromJson(const QJsonObject &object)
{
    QaAnswer answer;
    auto id = json::requireString(object, QLatin1StringView("criterion_id"));
    if (!id)
        return id.error();
    answer.criterionId = id.value();
    const QJsonValue value = object.value(u"value");
    if (!value.isUndefined() && !value.isNull() && !value.isBool() &&
        (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))) {
        return json::invalidField(QStringLiteral("value"),
                                  QStringLiteral("must be a whole number, a boolean or null"));
    }
    answer.value = optionalValue(value);
    answer.comment = object.value(u"comment").toString().trimmed();
    return answer;
}

QJsonObject QaCriterionScore::toJson() const
{
    return {
        {QLatin1StringView("criterion_id"), criterionId},
        {QLatin1StringView("weight"), weight},
        {QLatin1StringView("effective_weight"), effectiveWeight},
        {QLatin1StringView("value"), valueOrNull(value)},
        {QLatin1StringView("points"), points},
        {QLatin1StringView("critical_missed"), criticalMissed},
    };
}

QaCriterionScore QaCriterionScore::fromJson(const QJsonObject &object)
{
    QaCriterionScore score;
    score.criterionId = object.value(u"criterion_id").toString();
    score.weight = object.value(u"weight").toInt();
    score.effectiveWeight = object.value(u"effective_weight").toDouble();
    score.value = optionalValue(object.value(u"value"));
    score.points = object.value(u"points").toDouble();
    score.criticalMissed = object.value(u"critical_missed").toBool();
    return score;
}

QJsonObject QaScore::toJson() const
{
    QJsonArray array;
    for (const QaCriterionScore &criterion : breakdown)
        array.append(criterion.toJson());
    return {{QLatin1StringView("score"), percent},
            {QLatin1StringView("critical_missed"), criticalMissed},
            {QLatin1StringView("breakdown"), array}};
}

QaScore QaScore::fromJson(const QJsonObject &object)
{
    QaScore score;
    score.percent = object.value(u"score").toDouble();
    score.criticalMissed = object.value(u"critical_missed").toBool();
    for (const QJsonValue &item : object.value(u"breakdown").toArray())
        score.breakdown.append(QaCriterionScore::fromJson(item.toObject()));
    return score;
}

Result<QList<QaAnswer>> qaAnswersFromRequest(const QJsonValue &answers)
{
    if (!answers.isArray())
        return json::invalidField(QStringLiteral("answers"), QStringLiteral("must be a list"));
    const QJsonArray items = answers.toArray();
    if (items.size() > limits::QaAnswers)
        return limits::tooLong(QStringLiteral("answers"), limits::QaAnswers, true);
    QList<QaAnswer> list;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("answers[%1]").arg(i);
        auto answer = QaAnswer::fromJson(items.at(i).toObject());
        if (!answer) {
            // "value: must be ..." becomes "answers[2].value: must be ...".
            const Error &error = answer.error();
            return json::invalidField(path + u'.' + error.field,
                                      error.message.mid(error.field.size() + 2));
        }
        if (answer->comment.size() > limits::Note)
            return limits::tooLong(path + u".comment", limits::Note, false);
        list.append(answer.value());
    }
    return list;
}

Result<QaScore> scoreReview(const Scorecard &card, const QList<QaAnswer> &answers)
{
    QHash<QString, qsizetype> given; // criterion id -> index in `answers`
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString path = QStringLiteral("answers[%1]").arg(i);
        const ScorecardCriterion *criterion = card.criterion(answers.at(i).criterionId);
        if (!criterion)
            return json::invalidField(path + u".criterion_id",
                                      QStringLiteral("no such criterion on the scorecard"));
        if (given.contains(criterion->id))
            return json::invalidField(path + u".criterion_id",
                                      QStringLiteral("this criterion is answered twice"));
        if (auto checked = checkAnswer(*criterion, answers.at(i), path); !checked)
            return checked.error();
        given.insert(criterion->id, i);
    }
    const QList<ScorecardCriterion> criteria = card.criteria();
    int answeredWeight = 0; // the weights of the criteria not N/A
    for (const ScorecardCriterion &criterion : criteria) {
        if (!given.contains(criterion.id))
            return json::invalidField(
                QStringLiteral("answers"),
                QStringLiteral("criterion %1 is not answered").arg(criterion.id));
        if (answers.at(given.value(criterion.id)).value)
            answeredWeight += criterion.weight;
    }
    if (answeredWeight == 0)
        return json::invalidField(QStringLiteral("answers"),
                                  QStringLiteral("every criterion is N/A: nothing to score"));

    QaScore score;
    double total = 0;
    for (const ScorecardCriterion &criterion : criteria) {
        const QaAnswer &answer = answers.at(given.value(criterion.id));
        QaCriterionScore line;
        line.criterionId = criterion.id;
        line.weight = criterion.weight;
        line.value = answer.value;
        if (answer.value) {
            // The card's 100 shared over the answered criteria in proportion to their weights.
            line.effectiveWeight = criterion.weight * 100.0 / answeredWeight;
            const auto [least, most] = qaScaleRange(criterion.scale);
            line.points = line.effectiveWeight * (*answer.value - least) / (most - least);
            line.criticalMissed = criterion.critical && *answer.value == least;
        }
        score.criticalMissed = score.criticalMissed || line.criticalMissed;
        total += line.points;
        line.effectiveWeight = std::round(line.effectiveWeight * 100.0) / 100.0;
        line.points = std::round(line.points * 100.0) / 100.0;
        score.breakdown.append(line);
    }
    score.percent = score.criticalMissed ? 0.0 : oneDecimal(total);
    return score;
}

} // namespace frontline::protocol
