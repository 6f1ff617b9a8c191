#pragma once

#include "protocol/ExamQuestion.h"
#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

// How an exam is scored (issue 19, items 9 and 9a): the pack's scoring rules, what happened in
// each conversation, and the scores a results screen shows with how each was computed.
// docs/training.md, "Scoring", states the formula in words.
namespace frontline::protocol {

// What a conversation of an exam is scored on, in the order a results screen lists them.
enum class ExamCriterion
{
    Resolution,
    Article,
    ArticleTime,
    Escalation,
    FirstResponse,
    HandleTime
};
inline constexpr int ExamCriteriaCount = 6;

QString toString(ExamCriterion criterion); // "resolution", "article", "article_time", ...
std::optional<ExamCriterion> examCriterionFromString(QStringView text);

// A time criterion's two marks: full points at or under `fullSeconds`, none at or over
// `zeroSeconds`, linear between.
struct TimeThresholds
{
    int fullSeconds = 0;
    int zeroSeconds = 0;

    // The share of the criterion's points earned after `seconds`: 1, 0 or linear between.
    double share(double seconds) const;
    friend bool operator==(const TimeThresholds &, const TimeThresholds &) = default;
};

// A proficiency band: totals from `min` up to the next band's min are `label`.
struct ScoringBand
{
    double min = 0;
    QString label; // in the pack's language

    friend bool operator==(const ScoringBand &, const ScoringBand &) = default;
};

// A pack's "scoring" object: the criteria's weights (summing to 100), the time thresholds, how
// many conversations' worth a question weighs, the pass mark and the bands; whole numbers all,
// as the pack's JSON Schema states them.
struct ScoringRules
{
    std::array<int, ExamCriteriaCount> weights{25, 25, 15, 20, 5, 10}; // by ExamCriterion
    TimeThresholds articleTime{60, 300};
    TimeThresholds firstResponse{30, 120};
    TimeThresholds handleTime{300, 900};
    double questionWeight = 1;
    double passMark = 75;
    QList<ScoringBand> bands = defaultBands(); // by min, descending; the last min is 0

    static QList<ScoringBand> defaultBands();

    int weight(ExamCriterion criterion) const;
    // The thresholds of a time criterion; none for the others.
    std::optional<TimeThresholds> thresholds(ExamCriterion criterion) const;
    // The band's label of `total` (0-100).
    QString band(double total) const;
    bool passes(double total) const { return total >= passMark; }

    QJsonObject toJson() const;
    // `scoring` absent or null: the defaults. Any field left out of the object keeps its default;
    // a field given must be whole ("weights" names all six criteria). Every problem is an
    // invalid_field error naming its JSON path under `path` ("scoring.weights.article").
    static Result<ScoringRules> fromJson(const QJsonValue &scoring,
                                         const QString &path = QStringLiteral("scoring"));
    friend bool operator==(const ScoringRules &, const ScoringRules &) = default;
};

// An escalation as a scenario expects it or a trainee made it: a line ("2") or a team, and the
// reason code.
struct EscalationChoice
{
    QString target;
    QString reason;

    // Same target (case-insensitive, so "Billing" is the team "billing") and the same reason.
    bool matches(const EscalationChoice &other) const;
    QString describe() const; // "2 / damaged_goods"
    friend bool operator==(const EscalationChoice &, const EscalationChoice &) = default;
};

// The resolution a conversation she handed on (escalated) counts as, and the one a scenario
// that needs another line expects (the pack's "expected": {"resolution": "escalated"}).
inline constexpr QLatin1StringView EscalatedResolution{"escalated"};

// What a scenario expects of the trainee (the pack's "expected").
struct ScenarioExpectation
{
    QStringList articles;                       // KB slugs, any one will do; empty: N/A
    std::optional<EscalationChoice> escalation; // none: the right choice is not to escalate
    QString resolution; // the resolution code, or EscalatedResolution; empty: N/A
};

struct ExamSearch
{
    QString query;
    QDateTime at;
    friend bool operator==(const ExamSearch &, const ExamSearch &) = default;
};

struct ExamArticleUse
{
    QString slug;
    QDateTime at;
    bool inserted = false; // inserted into a reply, or only opened

    friend bool operator==(const ExamArticleUse &, const ExamArticleUse &) = default;
};

// How a conversation of an exam ended for the trainee.
enum class ScenarioEnd
{
    Resolved,
    Escalated, // handed on to another line or team: her part ended there
    ExamClosed // still hers when the exam closed
};

// What happened in one conversation of an exam, as the back office saw it (ExamEvent.h folds
// the desktop's reports and the ticket into it).
struct ExamScenarioRecord
{
    QString scenarioId;
    QString ticketId;
    QDateTime questionAt;   // the customer's question arrived; null: never reached
    QDateTime firstReplyAt; // the trainee's first reply the customer saw; null: none
    QList<ExamSearch> searches;
    QList<ExamArticleUse> articles;             // in time order
    std::optional<EscalationChoice> escalation; // the first one she made
    QDateTime escalatedAt;
    QString resolutionCode;
    QDateTime resolvedAt;
    QDateTime examClosedAt;

    ScenarioEnd end() const;
    // When her part ended: resolved, escalated or, at the latest, the exam's close.
    QDateTime endedAt() const;
    // She replied, escalated or resolved before the exam closed.
    bool answered() const;
};

// How one criterion counted in one conversation.
struct ExamCriterionScore
{
    ExamCriterion criterion = ExamCriterion::Resolution;
    int weight = 0;         // on the pack
    double max = 0;         // its weight after the N/A criteria's weight was spread; 0 when N/A
    double points = 0;      // out of `max`
    bool applicable = true; // false: N/A for this scenario
    std::optional<double> seconds; // the time measured, for the time criteria
    QString subject;               // the slug found, the escalation made, the resolution code
    QString explanation;           // "Found 'returns-policy' after 95 s: 12.08 of 15"

    QJsonObject toJson() const;
    static Result<ExamCriterionScore> fromJson(const QJsonObject &object);
    friend bool operator==(const ExamCriterionScore &, const ExamCriterionScore &) = default;
};

// One conversation's score, 0-100 (two decimals), with each criterion's points.
struct ExamScenarioScore
{
    QString scenarioId;
    QString ticketId;
    double score = 0;
    bool answered = false;
    QList<ExamCriterionScore> criteria;

    QJsonObject toJson() const;
    static Result<ExamScenarioScore> fromJson(const QJsonObject &object);
    friend bool operator==(const ExamScenarioScore &, const ExamScenarioScore &) = default;
};

// The exam's result: the total 0-100 (two decimals), the pass and the band, and every part.
struct ExamResult
{
    double total = 0;
    bool passed = false;
    QString band;
    QList<ExamScenarioScore> scenarios;
    QList<ExamQuestionScore> questions;

    QJsonObject toJson() const;
    static Result<ExamResult> fromJson(const QJsonObject &object);
    friend bool operator==(const ExamResult &, const ExamResult &) = default;
};

// One conversation scored against what its scenario expects.
ExamScenarioScore scoreScenario(const ScoringRules &rules, const ScenarioExpectation &expected,
                                const ExamScenarioRecord &record);

// The total: the mean of the conversations' scores and the questions', each question counting
// `questionWeight` conversations' worth; then the pass mark and the band.
ExamResult scoreExam(const ScoringRules &rules, const QList<ExamScenarioScore> &scenarios,
                     const QList<ExamQuestionScore> &questions);

// A score as a results screen writes it: at most two decimals, no trailing zeros ("12.08", "15").
QString formatPoints(double points);
// Rounded to two decimals, as every score is kept.
double roundScore(double value);

} // namespace frontline::protocol
