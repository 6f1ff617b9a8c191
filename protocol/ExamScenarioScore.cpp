// A conversation of an exam scored against its scenario, and the exam's total (ExamScoring.h).
#include "protocol/ExamScoring.h"

#include "protocol/Json.h"

#include <QJsonArray>

#include <algorithm>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

bool applies(ExamCriterion criterion, const ScenarioExpectation &expected)
{
    switch (criterion) {
    case ExamCriterion::Resolution:
        return !expected.resolution.isEmpty();
    case ExamCriterion::Article:
    case ExamCriterion::ArticleTime:
        return !expected.articles.isEmpty();
    default:
        return true;
    }
}

double secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return std::max<qint64>(0, from.msecsTo(to)) / 1000.0;
}

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

QString quotedList(const QStringList &texts)
{
    QStringList each;
    for (const QString &text : texts)
        each.append(quoted(text));
    return each.join(QStringLiteral(", "));
}

// What a criterion's line says and earns before its points are put at the end ("...: 12 of 15").
struct Judgement
{
    double share = 0; // of the criterion's max
    QString why;
    std::optional<double> seconds;
    QString subject;
};

Judgement timed(const TimeThresholds &marks, double seconds, const QString &what)
{
    Judgement judgement{marks.share(seconds), {}, seconds, {}};
    const QString after = what + QStringLiteral(" after %1 s").arg(formatPoints(seconds));
    if (seconds <= marks.fullSeconds)
        judgement.why = after + QStringLiteral(", within %1 s").arg(marks.fullSeconds);
    else if (seconds >= marks.zeroSeconds)
        judgement.why = after + QStringLiteral(", over the %1 s mark").arg(marks.zeroSeconds);
    else
        judgement.why = after + QStringLiteral(" (full within %1 s, none from %2 s)")
                                    .arg(marks.fullSeconds)
                                    .arg(marks.zeroSeconds);
    return judgement;
}

// The first use of an expected article before her part in the conversation ended.
std::optional<ExamArticleUse> articleFound(const ScenarioExpectation &expected,
                                           const ExamScenarioRecord &record)
{
    const QDateTime ended = record.endedAt();
    std::optional<ExamArticleUse> first;
    for (const ExamArticleUse &use : record.articles) {
        if (!expected.articles.contains(use.slug) || (ended.isValid() && use.at > ended))
            continue;
        if (!first || use.at < first->at)
            first = use;
    }
    return first;
}

// Handing the customer on is how a scenario that needs the 2nd line is resolved by her: it
// counts as the resolution code "escalated", which such a scenario expects.
Judgement judgeResolution(const ScenarioExpectation &expected, const ExamScenarioRecord &record)
{
    Judgement judgement;
    switch (record.end()) {
    case ScenarioEnd::Resolved:
        judgement.subject = record.resolutionCode;
        break;
    case ScenarioEnd::Escalated:
        judgement.subject = QString(EscalatedResolution);
        break;
    case ScenarioEnd::ExamClosed:
        judgement.why = QStringLiteral("Not resolved before the exam closed (expected %1)")
                            .arg(quoted(expected.resolution));
        return judgement;
    }
    const QString done = record.end() == ScenarioEnd::Escalated
                             ? QStringLiteral("Handed on")
                             : QStringLiteral("Resolved as %1").arg(quoted(judgement.subject));
    judgement.share = judgement.subject == expected.resolution ? 1 : 0;
    judgement.why = judgement.share == 1
                        ? done
                        : done + QStringLiteral(", expected %1").arg(quoted(expected.resolution));
    return judgement;
}

Judgement judgeArticle(ExamCriterion criterion, const ScoringRules &rules,
                       const ScenarioExpectation &expected, const ExamScenarioRecord &record)
{
    const std::optional<ExamArticleUse> found = articleFound(expected, record);
    if (!found) {
        return {0, QStringLiteral("None of %1 opened").arg(quotedList(expected.articles)), {}, {}};
    }
    const double seconds = secondsBetween(record.questionAt, found->at);
    const QString what = QStringLiteral("Found %1").arg(quoted(found->slug));
    Judgement judgement =
        criterion == ExamCriterion::Article
            ? Judgement{1,
                        what + QStringLiteral(" after %1 s").arg(formatPoints(seconds)),
                        seconds,
                        {}}
            : timed(rules.articleTime, seconds, what);
    judgement.subject = found->slug;
    return judgement;
}

Judgement judgeEscalation(const ScenarioExpectation &expected, const ExamScenarioRecord &record)
{
    const std::optional<EscalationChoice> &made = record.escalation;
    Judgement judgement;
    judgement.subject = made ? made->describe() : QString();
    if (!expected.escalation && !made) {
        judgement = {1, QStringLiteral("Rightly not escalated"), {}, {}};
    } else if (!expected.escalation) {
        judgement.why = QStringLiteral("Needless escalation to %1").arg(made->describe());
    } else if (!made) {
        judgement.why =
            QStringLiteral("Not escalated (expected %1)").arg(expected.escalation->describe());
    } else if (made->matches(*expected.escalation)) {
        judgement.share = 1;
        judgement.why = QStringLiteral("Escalated to %1").arg(made->describe());
    } else {
        judgement.why = QStringLiteral("Escalated to %1, expected %2")
                            .arg(made->describe(), expected.escalation->describe());
    }
    return judgement;
}

Judgement judge(ExamCriterion criterion, const ScoringRules &rules,
                const ScenarioExpectation &expected, const ExamScenarioRecord &record)
{
    switch (criterion) {
    case ExamCriterion::Resolution:
        return judgeResolution(expected, record);
    case ExamCriterion::Article:
    case ExamCriterion::ArticleTime:
        return judgeArticle(criterion, rules, expected, record);
    case ExamCriterion::Escalation:
        return judgeEscalation(expected, record);
    case ExamCriterion::FirstResponse:
        if (!record.firstReplyAt.isValid())
            return {0, QStringLiteral("No reply to the customer"), {}, {}};
        return timed(rules.firstResponse, secondsBetween(record.questionAt, record.firstReplyAt),
                     QStringLiteral("First reply"));
    case ExamCriterion::HandleTime:
        if (record.end() == ScenarioEnd::ExamClosed)
            return {0, QStringLiteral("Still open when the exam closed"), {}, {}};
        return timed(rules.handleTime, secondsBetween(record.questionAt, record.endedAt()),
                     record.end() == ScenarioEnd::Resolved ? QStringLiteral("Resolved")
                                                           : QStringLiteral("Handed on"));
    }
    return {};
}

} // namespace

ScenarioEnd ExamScenarioRecord::end() const
{
    const auto inTime = [this](const QDateTime &at) {
        return at.isValid() && (!examClosedAt.isValid() || at <= examClosedAt);
    };
    const bool resolved = inTime(resolvedAt);
    const bool escalated = inTime(escalatedAt);
    if (resolved && (!escalated || resolvedAt <= escalatedAt))
        return ScenarioEnd::Resolved;
    return escalated ? ScenarioEnd::Escalated : ScenarioEnd::ExamClosed;
}

QDateTime ExamScenarioRecord::endedAt() const
{
    switch (end()) {
    case ScenarioEnd::Resolved:
        return resolvedAt;
    case ScenarioEnd::Escalated:
        return escalatedAt;
    case ScenarioEnd::ExamClosed:
        break;
    }
    return examClosedAt;
}

bool ExamScenarioRecord::answered() const
{
    if (!questionAt.isValid())
        return false;
    const bool replied =
        firstReplyAt.isValid() && (!examClosedAt.isValid() || firstReplyAt <= examClosedAt);
    return replied || end() != ScenarioEnd::ExamClosed;
}

ExamScenarioScore scoreScenario(const ScoringRules &rules, const ScenarioExpectation &expected,
                                const ExamScenarioRecord &record)
{
    ExamScenarioScore score;
    score.scenarioId = record.scenarioId;
    score.ticketId = record.ticketId;
    score.answered = record.answered();
    int applicableWeight = 0;
    for (int i = 0; i < ExamCriteriaCount; ++i) {
        if (applies(ExamCriterion(i), expected))
            applicableWeight += rules.weight(ExamCriterion(i));
    }
    double total = 0;
    for (int i = 0; i < ExamCriteriaCount; ++i) {
        const auto criterion = ExamCriterion(i);
        ExamCriterionScore line;
        line.criterion = criterion;
        line.weight = rules.weight(criterion);
        line.applicable = applies(criterion, expected);
        if (!line.applicable) {
            line.explanation = QStringLiteral("N/A: the scenario expects none");
            score.criteria.append(line);
            continue;
        }
        // The pack's 100 shared over the criteria that apply, in proportion to their weights.
        const double max = applicableWeight > 0 ? line.weight * 100.0 / applicableWeight : 0;
        Judgement judgement;
        if (!score.answered)
            judgement.why = record.questionAt.isValid()
                                ? QStringLiteral("Not answered before the exam closed")
                                : QStringLiteral("Not reached before the exam closed");
        else
            judgement = judge(criterion, rules, expected, record);
        const double points = max * judgement.share;
        total += points;
        line.max = roundScore(max);
        line.points = roundScore(points);
        line.seconds = judgement.seconds;
        line.subject = judgement.subject;
        line.explanation =
            judgement.why +
            QStringLiteral(": %1 of %2").arg(formatPoints(points), formatPoints(max));
        score.criteria.append(line);
    }
    score.score = roundScore(total);
    return score;
}

ExamResult scoreExam(const ScoringRules &rules, const QList<ExamScenarioScore> &scenarios,
                     const QList<ExamQuestionScore> &questions)
{
    ExamResult result;
    result.scenarios = scenarios;
    result.questions = questions;
    double sum = 0;
    for (const ExamScenarioScore &scenario : scenarios)
        sum += scenario.score;
    double questionSum = 0;
    for (const ExamQuestionScore &question : questions)
        questionSum += question.score;
    const double parts = scenarios.size() + rules.questionWeight * questions.size();
    result.total = parts > 0 ? roundScore((sum + rules.questionWeight * questionSum) / parts) : 0;
    result.passed = rules.passes(result.total);
    result.band = rules.band(result.total);
    return result;
}

QJsonObject ExamCriterionScore::toJson() const
{
    return {{L("criterion"), toString(criterion)},
            {L("weight"), weight},
            {L("max"), max},
            {L("points"), points},
            {L("applicable"), applicable},
            {L("seconds"), json::numberOrNull(seconds)},
            {L("subject"), subject},
            {L("explanation"), explanation}};
}

Result<ExamCriterionScore> ExamCriterionScore::fromJson(const QJsonObject &object)
{
    ExamCriterionScore score;
    const auto criterion = examCriterionFromString(object.value(u"criterion").toString());
    if (!criterion)
        return json::invalidField(QStringLiteral("criterion"), QStringLiteral("unknown"));
    score.criterion = *criterion;
    score.weight = object.value(u"weight").toInt();
    score.max = object.value(u"max").toDouble();
    score.points = object.value(u"points").toDouble();
    score.applicable = object.value(u"applicable").toBool(true);
    score.seconds = json::optionalNumber(object, L("seconds"));
    score.subject = object.value(u"subject").toString();
    score.explanation = object.value(u"explanation").toString();
    return score;
}

QJsonObject ExamScenarioScore::toJson() const
{
    return {{L("scenario_id"), scenarioId},
            {L("ticket_id"), json::stringOrNull(ticketId)},
            {L("score"), score},
            {L("answered"), answered},
            {L("criteria"), json::arrayOf(criteria)}};
}

Result<ExamScenarioScore> ExamScenarioScore::fromJson(const QJsonObject &object)
{
    ExamScenarioScore score;
    score.scenarioId = object.value(u"scenario_id").toString();
    score.ticketId = object.value(u"ticket_id").toString();
    score.score = object.value(u"score").toDouble();
    score.answered = object.value(u"answered").toBool();
    auto criteria = json::rowsOf<ExamCriterionScore>(object, L("criteria"));
    if (!criteria)
        return criteria.error();
    score.criteria = criteria.value();
    return score;
}

QJsonObject ExamResult::toJson() const
{
    return {{L("total"), total},
            {L("passed"), passed},
            {L("band"), band},
            {L("scenarios"), json::arrayOf(scenarios)},
            {L("questions"), json::arrayOf(questions)}};
}

Result<ExamResult> ExamResult::fromJson(const QJsonObject &object)
{
    ExamResult result;
    result.total = object.value(u"total").toDouble();
    result.passed = object.value(u"passed").toBool();
    result.band = object.value(u"band").toString();
    auto scenarios = json::rowsOf<ExamScenarioScore>(object, L("scenarios"));
    if (!scenarios)
        return scenarios.error();
    result.scenarios = scenarios.value();
    auto questions = json::rowsOf<ExamQuestionScore>(object, L("questions"));
    if (!questions)
        return questions.error();
    result.questions = questions.value();
    return result;
}

} // namespace frontline::protocol
