// The arithmetic of calibration results (issue 18, item 8), against numbers worked out by hand.
#include "protocol/Calibration.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace frontline::protocol;

namespace {

using L = QLatin1StringView;

// greeting (yes/no, 20), solution (1-5, 60, critical), tone (1-3, 20, N/A allowed).
Scorecard card()
{
    const auto criterion = [](const char *id, int weight, const char *scale, bool na,
                              bool critical) {
        return QJsonObject{{L("id"), L(id)},      {L("title"), L(id)},
                           {L("weight"), weight}, {L("scale"), L(scale)},
                           {L("na_allowed"), na}, {L("critical"), critical}};
    };
    auto parsed = scorecardFromRequest(
        {{L("name"), L("Chat")},
         {L("locale"), L("en")},
         {L("sections"),
          QJsonArray{QJsonObject{
              {L("title"), L("All")},
              {L("criteria"), QJsonArray{criterion("greeting", 20, "yes_no", false, false),
                                         criterion("solution", 60, "1_5", false, true),
                                         criterion("tone", 20, "1_3", true, false)}}}}}});
    EXPECT_TRUE(parsed.ok());
    return parsed.value();
}

CalibrationScore scored(const QString &ticket, const QString &reviewer, std::optional<int> greeting,
                        int solution, std::optional<int> tone)
{
    const QList<QaAnswer> answers{{QStringLiteral("greeting"), greeting, {}},
                                  {QStringLiteral("solution"), solution, {}},
                                  {QStringLiteral("tone"), tone, {}}};
    auto score = scoreReview(card(), answers);
    EXPECT_TRUE(score.ok());
    return {ticket, reviewer, reviewer, answers, score.value(), {}};
}

CalibrationSession session()
{
    CalibrationSession session;
    session.id = QStringLiteral("1");
    session.conversations = {{QStringLiteral("t1"), 101, std::nullopt},
                             {QStringLiteral("t2"), 102, std::nullopt}};
    session.reviewers = {{QStringLiteral("a"), QStringLiteral("a"), 0},
                         {QStringLiteral("b"), QStringLiteral("b"), 0},
                         {QStringLiteral("c"), QStringLiteral("c"), 0}};
    return session;
}

// Conversation t1: a yes/5/3 = 100; b yes/3/2 = 20 + 30 + 10 = 60; c no/4/N-A: tone's 20 goes
// to the other 80, greeting 25 → 0, solution 75 × 3/4 = 56.25, so 56.3. Median 60.
// Conversation t2 (c does not score it): a yes/4/2 = 20 + 45 + 10 = 75; b yes/5/3 = 100;
// median (75 + 100) / 2 = 87.5.
QList<CalibrationScore> scores()
{
    return {scored(QStringLiteral("t1"), QStringLiteral("c"), 0, 4, std::nullopt),
            scored(QStringLiteral("t1"), QStringLiteral("a"), 1, 5, 3),
            scored(QStringLiteral("t1"), QStringLiteral("b"), 1, 3, 2),
            scored(QStringLiteral("t2"), QStringLiteral("a"), 1, 4, 2),
            scored(QStringLiteral("t2"), QStringLiteral("b"), 1, 5, 3)};
}

TEST(CalibrationTest, MedianOfOddAndEvenCounts)
{
    EXPECT_FALSE(calibrationMedian({}).has_value());
    EXPECT_DOUBLE_EQ(*calibrationMedian({56.3, 100, 60}), 60.0);
    EXPECT_DOUBLE_EQ(*calibrationMedian({100, 75}), 87.5);
}

TEST(CalibrationTest, ScoresSideBySideWithSpreadsAndDeviationsFromTheMedian)
{
    const CalibrationResults results = calibrationResults(session(), card(), scores());
    ASSERT_EQ(results.conversations.size(), 2);
    const CalibrationConversationResult &one = results.conversations.at(0);
    ASSERT_EQ(one.scores.size(), 3);
    // In the session's order of reviewers, whatever order the scores came in.
    EXPECT_EQ(one.scores.at(0).reviewerId, u"a");
    EXPECT_DOUBLE_EQ(one.scores.at(2).score, 56.3);
    EXPECT_DOUBLE_EQ(*one.median, 60.0);
    EXPECT_DOUBLE_EQ(*one.reference, 60.0);
    EXPECT_DOUBLE_EQ(one.scores.at(0).deviation, 40.0);
    EXPECT_DOUBLE_EQ(one.scores.at(1).deviation, 0.0);
    EXPECT_DOUBLE_EQ(one.scores.at(2).deviation, -3.7);

    // greeting 20, 20, 0: mean 13.33, variance (6.67² × 2 + 13.33²) / 3 = 88.89, sd 9.43.
    ASSERT_EQ(one.criteria.size(), 3);
    EXPECT_DOUBLE_EQ(one.criteria.at(0).spread, 20.0);
    EXPECT_DOUBLE_EQ(one.criteria.at(0).standardDeviation, 9.43);
    // solution 60, 30, 56.25: mean 48.75, variance (126.56 + 351.56 + 56.25) / 3 = 178.125,
    // sd 13.35; the widest spread (30).
    EXPECT_DOUBLE_EQ(one.criteria.at(1).least, 30.0);
    EXPECT_DOUBLE_EQ(one.criteria.at(1).most, 60.0);
    EXPECT_DOUBLE_EQ(one.criteria.at(1).standardDeviation, 13.35);
    EXPECT_TRUE(one.criteria.at(1).widest);
    EXPECT_FALSE(one.criteria.at(0).widest);
    // tone 20, 10 and c's N/A left out: spread 10, sd 5.
    EXPECT_DOUBLE_EQ(one.criteria.at(2).spread, 10.0);
    EXPECT_DOUBLE_EQ(one.criteria.at(2).standardDeviation, 5.0);
    EXPECT_FALSE(one.criteria.at(2).points.at(2).has_value());

    EXPECT_DOUBLE_EQ(*results.conversations.at(1).median, 87.5);
    // Means of absolute deviations: a (40 + 12.5) / 2, b (0 + 12.5) / 2, c 3.7 over one.
    ASSERT_EQ(results.reviewers.size(), 3);
    EXPECT_DOUBLE_EQ(*results.reviewers.at(0).meanAbsoluteDeviation, 26.25);
    EXPECT_DOUBLE_EQ(*results.reviewers.at(1).meanAbsoluteDeviation, 6.25);
    EXPECT_DOUBLE_EQ(*results.reviewers.at(2).meanAbsoluteDeviation, 3.7);
    EXPECT_EQ(results.reviewers.at(2).scored, 1);

    // The JSON round trip keeps every figure.
    auto back = CalibrationResults::fromJson(results.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), results);
}

TEST(CalibrationTest, TheAgreedScoreReplacesTheMedian)
{
    CalibrationSession agreed = session();
    agreed.conversations[0].agreed = 65.0;
    const CalibrationResults results = calibrationResults(agreed, card(), scores());
    const CalibrationConversationResult &one = results.conversations.at(0);
    EXPECT_DOUBLE_EQ(*one.median, 60.0);
    EXPECT_DOUBLE_EQ(*one.reference, 65.0);
    EXPECT_DOUBLE_EQ(one.scores.at(1).deviation, -5.0);
    // a (35 + 12.5) / 2 = 23.75, b (5 + 12.5) / 2 = 8.75, c 8.7.
    EXPECT_DOUBLE_EQ(*results.reviewers.at(0).meanAbsoluteDeviation, 23.75);
    EXPECT_DOUBLE_EQ(*results.reviewers.at(1).meanAbsoluteDeviation, 8.75);
    EXPECT_DOUBLE_EQ(*results.reviewers.at(2).meanAbsoluteDeviation, 8.7);
}

TEST(CalibrationTest, NobodyScoredMeansNoReferenceAndNoDeviation)
{
    const CalibrationResults results = calibrationResults(session(), card(), {});
    EXPECT_FALSE(results.conversations.at(0).reference.has_value());
    EXPECT_FALSE(results.reviewers.at(0).meanAbsoluteDeviation.has_value());
    for (const CalibrationCriterionSpread &line : results.conversations.at(0).criteria)
        EXPECT_FALSE(line.widest);
}

} // namespace
