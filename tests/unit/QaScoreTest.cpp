#include "protocol/QaScore.h"
#include "protocol/Scorecard.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace frontline::protocol;

namespace {

QJsonObject criterion(const char *id, int weight, const char *scale, bool na = false,
                      bool critical = false)
{
    return {
        {QStringLiteral("id"), QLatin1StringView(id)},
        {QStringLiteral("title"), QString(QStringLiteral("Criterion ") + QLatin1StringView(id))},
        {QStringLiteral("weight"), weight},
        {QStringLiteral("scale"), QLatin1StringView(scale)},
        {QStringLiteral("na_allowed"), na},
        {QStringLiteral("critical"), critical}};
}

QJsonObject cardBody(const QJsonArray &sections)
{
    return {{QStringLiteral("name"), QStringLiteral("Chat quality")},
            {QStringLiteral("channel"), QStringLiteral("chat")},
            {QStringLiteral("locale"), QStringLiteral("en")},
            {QStringLiteral("sections"), sections}};
}

// The fixture: weights 10 + 10 + 40 + 20 + 20 = 100.
//   opening:  greeting (yes/no, 10), identify (yes/no, 10, N/A allowed)
//   solution: correct_answer (1-5, 40, critical), policy (yes/no, 20, critical),
//             empathy (1-3, 20, N/A allowed)
Scorecard fixture()
{
    const QJsonArray sections{
        QJsonObject{
            {QStringLiteral("title"), QStringLiteral("Opening")},
            {QStringLiteral("criteria"), QJsonArray{criterion("greeting", 10, "yes_no"),
                                                    criterion("identify", 10, "yes_no", true)}}},
        QJsonObject{{QStringLiteral("title"), QStringLiteral("Solution")},
                    {QStringLiteral("criteria"),
                     QJsonArray{criterion("correct_answer", 40, "1_5", false, true),
                                criterion("policy", 20, "yes_no", false, true),
                                criterion("empathy", 20, "1_3", true)}}}};
    auto card = scorecardFromRequest(cardBody(sections));
    EXPECT_TRUE(card) << card.error().message.toStdString();
    return card.value();
}

// Answers in the fixture's order: greeting, identify, correct_answer, policy, empathy.
QList<QaAnswer> answers(std::initializer_list<std::optional<int>> values)
{
    const QStringList ids{QStringLiteral("greeting"), QStringLiteral("identify"),
                          QStringLiteral("correct_answer"), QStringLiteral("policy"),
                          QStringLiteral("empathy")};
    QList<QaAnswer> list;
    qsizetype i = 0;
    for (const std::optional<int> &value : values)
        list.append(QaAnswer{ids.at(i++), value, {}});
    return list;
}

const QaCriterionScore &line(const QaScore &score, const char *id)
{
    for (const QaCriterionScore &each : score.breakdown) {
        if (each.criterionId == QLatin1StringView(id))
            return each;
    }
    static const QaCriterionScore none;
    ADD_FAILURE() << "no line for " << id;
    return none;
}

} // namespace

TEST(QaScore, PlainWeights)
{
    // greeting yes: 10 × 1 = 10; identify no: 0; correct_answer 4 of 1-5: 40 × (4-1)/(5-1) = 30;
    // policy yes: 20; empathy 2 of 1-3: 20 × (2-1)/(3-1) = 10. Total 10 + 0 + 30 + 20 + 10 = 70.
    const auto score = scoreReview(fixture(), answers({1, 0, 4, 1, 2}));
    ASSERT_TRUE(score) << score.error().message.toStdString();
    EXPECT_DOUBLE_EQ(score->percent, 70.0);
    EXPECT_FALSE(score->criticalMissed);
    ASSERT_EQ(score->breakdown.size(), 5);
    EXPECT_DOUBLE_EQ(line(*score, "correct_answer").effectiveWeight, 40.0);
    EXPECT_DOUBLE_EQ(line(*score, "correct_answer").points, 30.0);
    EXPECT_DOUBLE_EQ(line(*score, "empathy").points, 10.0);
    EXPECT_DOUBLE_EQ(line(*score, "identify").points, 0.0);
}

TEST(QaScore, NotApplicableWeightIsSpreadInProportion)
{
    // identify N/A: its 10 goes to the other 90 in proportion, each weight × 100/90.
    // greeting 10 → 11.11 (yes: 11.11); correct_answer 40 → 44.44 (4 of 5: × 3/4 = 33.33);
    // policy 20 → 22.22 (yes: 22.22); empathy 20 → 22.22 (2 of 3: × 1/2 = 11.11).
    // Total 11.11 + 33.33 + 22.22 + 11.11 = 77.78 → 77.8.
    const auto score = scoreReview(fixture(), answers({1, std::nullopt, 4, 1, 2}));
    ASSERT_TRUE(score) << score.error().message.toStdString();
    EXPECT_DOUBLE_EQ(score->percent, 77.8);
    EXPECT_DOUBLE_EQ(line(*score, "identify").effectiveWeight, 0.0);
    EXPECT_FALSE(line(*score, "identify").value.has_value());
    EXPECT_DOUBLE_EQ(line(*score, "greeting").effectiveWeight, 11.11);
    EXPECT_DOUBLE_EQ(line(*score, "correct_answer").effectiveWeight, 44.44);
    EXPECT_DOUBLE_EQ(line(*score, "correct_answer").points, 33.33);
    EXPECT_DOUBLE_EQ(line(*score, "empathy").points, 11.11);
}

TEST(QaScore, TwoNotApplicable)
{
    // identify and empathy N/A: 70 left, each weight × 100/70.
    // greeting 10 → 14.29 (no: 0); correct_answer 40 → 57.14 (3 of 5: × 2/4 = 28.57);
    // policy 20 → 28.57 (yes: 28.57). Total 0 + 28.571 + 28.571 = 57.14 → 57.1.
    const auto score = scoreReview(fixture(), answers({0, std::nullopt, 3, 1, std::nullopt}));
    ASSERT_TRUE(score) << score.error().message.toStdString();
    EXPECT_DOUBLE_EQ(score->percent, 57.1);
    EXPECT_DOUBLE_EQ(line(*score, "greeting").effectiveWeight, 14.29);
    EXPECT_DOUBLE_EQ(line(*score, "policy").effectiveWeight, 28.57);
    EXPECT_DOUBLE_EQ(line(*score, "correct_answer").points, 28.57);
}

TEST(QaScore, CriticalMissMakesItZero)
{
    // correct_answer 1 of 5 is its scale's minimum and it is critical: 0, though the rest earn
    // 10 + 10 + 0 + 20 + 20 = 60 points (shown in the breakdown).
    const auto minimum = scoreReview(fixture(), answers({1, 1, 1, 1, 3}));
    ASSERT_TRUE(minimum);
    EXPECT_DOUBLE_EQ(minimum->percent, 0.0);
    EXPECT_TRUE(minimum->criticalMissed);
    EXPECT_TRUE(line(*minimum, "correct_answer").criticalMissed);
    EXPECT_DOUBLE_EQ(line(*minimum, "empathy").points, 20.0);
    // policy (critical, yes/no) answered no: 0 as well.
    const auto no = scoreReview(fixture(), answers({1, 1, 5, 0, 3}));
    ASSERT_TRUE(no);
    EXPECT_DOUBLE_EQ(no->percent, 0.0);
    EXPECT_TRUE(line(*no, "policy").criticalMissed);
    // A non-critical criterion at its minimum costs only its points: 100 - 10 = 90.
    const auto greeting = scoreReview(fixture(), answers({0, 1, 5, 1, 3}));
    ASSERT_TRUE(greeting);
    EXPECT_DOUBLE_EQ(greeting->percent, 90.0);
    EXPECT_FALSE(greeting->criticalMissed);
}

TEST(QaScore, ThreeAndFivePointScales)
{
    // tone (1-3, 50) and accuracy (1-5, 50).
    const QJsonArray sections{
        QJsonObject{{QStringLiteral("title"), QStringLiteral("All")},
                    {QStringLiteral("criteria"),
                     QJsonArray{criterion("tone", 50, "1_3"), criterion("accuracy", 50, "1_5")}}}};
    const auto card = scorecardFromRequest(cardBody(sections));
    ASSERT_TRUE(card);
    const auto score = [&card](int tone, int accuracy) {
        return scoreReview(*card, {QaAnswer{QStringLiteral("tone"), tone, {}},
                                   QaAnswer{QStringLiteral("accuracy"), accuracy, {}}});
    };
    // 3 of 1-3: 50 × 2/2 = 50; 2 of 1-5: 50 × 1/4 = 12.5. Total 62.5.
    EXPECT_DOUBLE_EQ(score(3, 2)->percent, 62.5);
    // 2 of 1-3: 50 × 1/2 = 25; 4 of 1-5: 50 × 3/4 = 37.5. Total 62.5.
    EXPECT_DOUBLE_EQ(score(2, 4)->percent, 62.5);
    // 1 of 1-3: 0; 5 of 1-5: 50. Total 50.
    EXPECT_DOUBLE_EQ(score(1, 5)->percent, 50.0);
    // 4 is off the 1-3 scale, 0 off the 1-5 one: each named.
    EXPECT_EQ(score(4, 3).error().field, QStringLiteral("answers[0].value"));
    EXPECT_EQ(score(2, 0).error().field, QStringLiteral("answers[1].value"));
}

TEST(QaScore, WeightsMustSumToAHundred)
{
    // 10 + 10 + 40 + 20 + 19 = 99.
    QJsonArray criteria{criterion("a", 10, "yes_no"), criterion("b", 10, "yes_no"),
                        criterion("c", 40, "1_5"), criterion("d", 20, "yes_no"),
                        criterion("e", 19, "1_3")};
    const auto body = [](const QJsonArray &list) {
        return cardBody(QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("All")},
                                               {QStringLiteral("criteria"), list}}});
    };
    const auto short99 = scorecardFromRequest(body(criteria));
    ASSERT_FALSE(short99);
    EXPECT_EQ(short99.error().code, QStringLiteral("invalid_field"));
    EXPECT_EQ(short99.error().field, QStringLiteral("sections"));
    EXPECT_TRUE(short99.error().message.contains(u"99"));
    // A weight of 0 or a fraction is refused where it stands.
    criteria[4] = criterion("e", 0, "1_3");
    EXPECT_EQ(scorecardFromRequest(body(criteria)).error().field,
              QStringLiteral("sections[0].criteria[4].weight"));
    QJsonObject half = criterion("e", 20, "1_3");
    half.insert(QStringLiteral("weight"), 19.5);
    criteria[4] = half;
    EXPECT_EQ(scorecardFromRequest(body(criteria)).error().field,
              QStringLiteral("sections[0].criteria[4].weight"));
    // Two criteria with one id, and an unknown scale.
    criteria[4] = criterion("a", 20, "1_3");
    EXPECT_EQ(scorecardFromRequest(body(criteria)).error().field,
              QStringLiteral("sections[0].criteria[4].id"));
    criteria[4] = criterion("e", 20, "1_10");
    EXPECT_EQ(scorecardFromRequest(body(criteria)).error().field,
              QStringLiteral("sections[0].criteria[4].scale"));
    criteria[4] = criterion("e", 20, "1_3");
    EXPECT_TRUE(scorecardFromRequest(body(criteria)));
}

TEST(QaScore, AnswersMustCoverTheCardWithinItsRules)
{
    const Scorecard card = fixture();
    // N/A where the card does not allow it (greeting).
    EXPECT_EQ(scoreReview(card, answers({std::nullopt, 1, 4, 1, 2})).error().field,
              QStringLiteral("answers[0].value"));
    // A criterion left out.
    auto missing = answers({1, 1, 4, 1, 2});
    missing.removeLast();
    EXPECT_EQ(scoreReview(card, missing).error().field, QStringLiteral("answers"));
    // A criterion twice, and one the card does not have.
    auto twice = answers({1, 1, 4, 1, 2});
    twice[4].criterionId = QStringLiteral("greeting");
    EXPECT_EQ(scoreReview(card, twice).error().field, QStringLiteral("answers[4].criterion_id"));
    twice[4].criterionId = QStringLiteral("smile");
    EXPECT_EQ(scoreReview(card, twice).error().field, QStringLiteral("answers[4].criterion_id"));
    // Answers from JSON: a value that is neither a number, a boolean nor null is named.
    const auto parsed = qaAnswersFromRequest(
        QJsonArray{QJsonObject{{QStringLiteral("criterion_id"), QStringLiteral("greeting")},
                               {QStringLiteral("value"), true}},
                   QJsonObject{{QStringLiteral("criterion_id"), QStringLiteral("identify")},
                               {QStringLiteral("value"), QStringLiteral("yes")}}});
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().field, QStringLiteral("answers[1].value"));
}
