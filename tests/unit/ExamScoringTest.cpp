// Issue 19, items 9 and 9a: an exam's scoring against a fixture computed by hand. Every number
// asserted below is worked out in the comment beside it from the pack's default rules:
//   weights  resolution 25, article 25, article_time 15, escalation 20, first_response 5,
//            handle_time 10 (sum 100)
//   marks    article_time 60/300 s, first_response 30/120 s, handle_time 300/900 s (full/zero)
//   question_weight 1, pass_mark 75, bands 90 Expert, 75 Proficient, 50 Developing, 0 Needs
//   training
#include "protocol/ExamScoring.h"
#include "protocol/ExamEvent.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace frontline::protocol;

namespace {

const QDateTime Start = QDateTime::fromString(QStringLiteral("2026-12-07T09:00:00Z"), Qt::ISODate);
const QDateTime Close = Start.addSecs(45 * 60); // 2700 s after the start

QDateTime at(int seconds)
{
    return Start.addSecs(seconds);
}

Message message(const char *ticket, AuthorKind kind, int seconds, bool internal = false)
{
    Message m;
    m.ticketId = QLatin1StringView(ticket);
    m.authorKind = kind;
    m.internal = internal;
    m.body = QStringLiteral("...");
    m.createdAt = at(seconds);
    return m;
}

ExamEvent event(ExamEventKind kind, const char *ticket, const char *text, int seconds)
{
    return {kind, QLatin1StringView(ticket), {}, QLatin1StringView(text), at(seconds)};
}

const ExamCriterionScore &line(const ExamScenarioScore &score, ExamCriterion criterion)
{
    for (const ExamCriterionScore &each : score.criteria) {
        if (each.criterion == criterion)
            return each;
    }
    static const ExamCriterionScore none;
    ADD_FAILURE() << "no line for " << toString(criterion).toStdString();
    return none;
}

// The events the desktop reported during the exam, for every ticket at once.
QList<ExamEvent> reportedEvents()
{
    return {
        event(ExamEventKind::Search, "1", "delivery", 90),
        event(ExamEventKind::ArticleOpened, "1", "shipping-costs", 120), // not the expected one
        event(ExamEventKind::ArticleOpened, "1", "delivery-times", 150),
        event(ExamEventKind::ArticleInserted, "1", "delivery-times", 170),
        // Ticket 3: found, but she never wrote to the customer before the close.
        event(ExamEventKind::ArticleOpened, "3", "cancellation", 2500),
    };
}

// Scenario 1, "late-delivery": question at 0 s, a note at 10 s (not a reply), the first reply
// at 20 s, "delivery-times" opened at 150 s, resolved "answered" at 420 s, no escalation.
ExamScenarioRecord lateDelivery()
{
    ExamTicketFacts facts;
    facts.scenarioId = QStringLiteral("late-delivery");
    facts.ticketId = QStringLiteral("1");
    facts.messages = {
        message("1", AuthorKind::Bot, -60),           message("1", AuthorKind::Customer, 0),
        message("1", AuthorKind::Operator, 10, true), message("1", AuthorKind::Operator, 20),
        message("1", AuthorKind::Customer, 60),       message("1", AuthorKind::Operator, 180)};
    facts.resolutionCode = QStringLiteral("answered");
    facts.resolvedAt = at(420);
    facts.examClosedAt = Close;
    return examRecordOf(facts, reportedEvents());
}

// Scenario 2, "order-status": question at 300 s, first reply at 348 s, a needless escalation to
// the 2nd line at 500 s; never resolved by her.
ExamScenarioRecord orderStatus()
{
    ExamTicketFacts facts;
    facts.scenarioId = QStringLiteral("order-status");
    facts.ticketId = QStringLiteral("2");
    facts.messages = {message("2", AuthorKind::Customer, 300),
                      message("2", AuthorKind::Operator, 348)};
    Escalation escalation;
    escalation.ticketId = facts.ticketId;
    escalation.targetLine = 2;
    escalation.reasonCode = QStringLiteral("complex_case");
    escalation.createdAt = at(500);
    facts.escalations = {escalation};
    facts.examClosedAt = Close;
    return examRecordOf(facts, reportedEvents());
}

// Scenario 3, "cancel-order": question at 2400 s, never answered before the close at 2700 s.
ExamScenarioRecord cancelOrder()
{
    ExamTicketFacts facts;
    facts.scenarioId = QStringLiteral("cancel-order");
    facts.ticketId = QStringLiteral("3");
    facts.messages = {message("3", AuthorKind::Customer, 2400)};
    facts.examClosedAt = Close;
    return examRecordOf(facts, reportedEvents());
}

ScenarioExpectation expectLateDelivery()
{
    return {{QStringLiteral("delivery-times")}, std::nullopt, QStringLiteral("answered")};
}

// No expected article: article and article_time are N/A.
ScenarioExpectation expectOrderStatus()
{
    return {{}, std::nullopt, QStringLiteral("answered")};
}

ScenarioExpectation expectCancelOrder()
{
    return {{QStringLiteral("cancellation")}, std::nullopt, QStringLiteral("order_cancelled")};
}

ExamQuestionAnswer answer(const char *id, int shown, int answered, QList<int> chosen,
                          const QString &text = {})
{
    return {QLatin1StringView(id), at(shown), at(answered), chosen, text, {}};
}

// Q1, single choice of three, the second (index 1) right.
ExamQuestion returnDays()
{
    return {QStringLiteral("return-days"),
            ExamQuestion::Kind::Single,
            QStringLiteral("How long may a customer return a parcel?"),
            {QStringLiteral("7 days"), QStringLiteral("14 days"), QStringLiteral("30 days")},
            {1},
            {},
            {QStringLiteral("returns-policy")},
            120};
}

// Q2, multiple choice, options 0 1 2 right of 0-4; limit 90 s.
ExamQuestion paymentMethods()
{
    return {QStringLiteral("payment-methods"),
            ExamQuestion::Kind::Multiple,
            QStringLiteral("Which payments are refunded to the card?"),
            {QStringLiteral("Card"), QStringLiteral("Apple Pay"), QStringLiteral("Google Pay"),
             QStringLiteral("Cash on delivery"), QStringLiteral("Gift card")},
            {0, 1, 2},
            {},
            {},
            90};
}

// Q3, a free answer in Russian: three expected words, the last two with their forms.
ExamQuestion returnConditions()
{
    return {QStringLiteral("return-conditions"),
            ExamQuestion::Kind::Free,
            QStringLiteral("На каких условиях возможен возврат?"),
            {},
            {},
            {QStringLiteral("14 дней"), QStringLiteral("чек|чека|чеком"),
             QStringLiteral("упаковка|упаковке|упаковку")},
            {QStringLiteral("returns-policy")},
            120};
}

} // namespace

TEST(ExamScoring, TheFoldReadsTheQuestionTheFirstReplyTheEscalationAndTheEvents)
{
    const ExamScenarioRecord one = lateDelivery();
    EXPECT_EQ(one.questionAt, at(0));    // the bot's turn at -60 s is not the question
    EXPECT_EQ(one.firstReplyAt, at(20)); // the internal note at 10 s is not a reply
    ASSERT_EQ(one.searches.size(), 1);
    EXPECT_EQ(one.searches.at(0), (ExamSearch{QStringLiteral("delivery"), at(90)}));
    ASSERT_EQ(one.articles.size(), 3); // ticket 3's article is not ticket 1's
    EXPECT_TRUE(one.articles.at(2).inserted);
    EXPECT_EQ(one.end(), ScenarioEnd::Resolved);
    EXPECT_EQ(one.endedAt(), at(420));

    const ExamScenarioRecord two = orderStatus();
    ASSERT_TRUE(two.escalation);
    EXPECT_EQ(two.escalation->target, u"2");
    EXPECT_EQ(two.end(), ScenarioEnd::Escalated);
    EXPECT_EQ(two.endedAt(), at(500));

    const ExamScenarioRecord three = cancelOrder();
    EXPECT_FALSE(three.answered());
    EXPECT_EQ(three.end(), ScenarioEnd::ExamClosed);
    EXPECT_EQ(three.endedAt(), Close);
}

TEST(ExamScoring, ALinearArticleTimeAndAFullConversation)
{
    const ExamScenarioScore score =
        scoreScenario(ScoringRules{}, expectLateDelivery(), lateDelivery());
    // resolution "answered" as expected:                       25
    // "delivery-times" found (opened at 150 s):                25
    // article_time 150 s: 15 × (300 − 150) / (300 − 60) = 15 × 0.625 = 9.375 → 9.38 shown
    // escalation rightly none:                                 20
    // first_response 20 s ≤ 30 s:                               5
    // handle_time 420 s: 10 × (900 − 420) / (900 − 300) = 10 × 0.8 = 8
    // total 25 + 25 + 9.375 + 20 + 5 + 8 = 92.375 → 92.38
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Resolution).points, 25);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Article).points, 25);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::ArticleTime).points, 9.38);
    EXPECT_EQ(line(score, ExamCriterion::ArticleTime).seconds, 150);
    EXPECT_EQ(line(score, ExamCriterion::ArticleTime).subject, u"delivery-times");
    EXPECT_EQ(line(score, ExamCriterion::ArticleTime).explanation,
              u"Found 'delivery-times' after 150 s (full within 60 s, none from 300 s): "
              u"9.38 of 15");
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Escalation).points, 20);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::FirstResponse).points, 5);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::HandleTime).points, 8);
    EXPECT_DOUBLE_EQ(score.score, 92.38);
    EXPECT_TRUE(score.answered);
}

TEST(ExamScoring, ANeedlessEscalationWithTheArticleNotApplicableSpreadOverTheRest)
{
    const ExamScenarioScore score =
        scoreScenario(ScoringRules{}, expectOrderStatus(), orderStatus());
    // No expected article: article (25) and article_time (15) are N/A, so the other criteria
    // share the 100 in proportion to their weights, 25 + 20 + 5 + 10 = 60:
    //   resolution 25 × 100 / 60 = 41.667, escalation 33.333, first_response 8.333,
    //   handle_time 16.667.
    // resolution: handed on, never resolved:                   0
    // escalation: needless (none was expected):                0
    // first_response 48 s: 8.333 × (120 − 48) / (120 − 30) = 8.333 × 0.8 = 6.667
    // handle_time: handed on at 500 − 300 = 200 s ≤ 300 s:     16.667
    // total 6.667 + 16.667 = 23.333 → 23.33
    const ExamCriterionScore &article = line(score, ExamCriterion::Article);
    EXPECT_FALSE(article.applicable);
    EXPECT_DOUBLE_EQ(article.max, 0);
    EXPECT_FALSE(line(score, ExamCriterion::ArticleTime).applicable);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Resolution).max, 41.67);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Resolution).points, 0);
    EXPECT_EQ(line(score, ExamCriterion::Resolution).explanation,
              u"Handed on, expected 'answered': 0 of 41.67");
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Escalation).max, 33.33);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Escalation).points, 0);
    EXPECT_EQ(line(score, ExamCriterion::Escalation).explanation,
              u"Needless escalation to 2 / complex_case: 0 of 33.33");
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::FirstResponse).max, 8.33);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::FirstResponse).points, 6.67);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::HandleTime).points, 16.67);
    EXPECT_DOUBLE_EQ(score.score, 23.33);
}

TEST(ExamScoring, AConversationNeverAnsweredBeforeTheCloseScoresNothing)
{
    const ExamScenarioScore score =
        scoreScenario(ScoringRules{}, expectCancelOrder(), cancelOrder());
    // The article was opened at 2500 s, and no escalation was expected, but the customer got no
    // word before the close at 2700 s: every criterion 0, so an untouched conversation cannot
    // earn the escalation's 20 for doing nothing.
    EXPECT_FALSE(score.answered);
    EXPECT_DOUBLE_EQ(score.score, 0);
    for (const ExamCriterionScore &each : score.criteria) {
        EXPECT_DOUBLE_EQ(each.points, 0) << toString(each.criterion).toStdString();
        EXPECT_TRUE(each.explanation.startsWith(u"Not answered before the exam closed"));
    }
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Escalation).max, 20);
}

TEST(ExamScoring, TheQuestionsOfTheFixture)
{
    // Q1: "14 days" (index 1) chosen, right, after 40 s of 120:                  100
    const ExamQuestionScore one =
        scoreQuestion(returnDays(), answer("return-days", 1000, 1040, {1}));
    EXPECT_DOUBLE_EQ(one.score, 100);
    EXPECT_EQ(one.seconds, 40);
    // Q2: 0 1 3 chosen of right 0 1 2 and wrong 3 4: 2/3 − 1/2 = 1/6 → 16.67, after 60 s of 90
    const ExamQuestionScore two =
        scoreQuestion(paymentMethods(), answer("payment-methods", 1100, 1160, {0, 1, 3}));
    EXPECT_DOUBLE_EQ(two.score, 16.67);
    EXPECT_EQ(two.explanation,
              u"2 of 3 right options, 1 of 2 wrong, answered after 60 s: 16.67 of 100");
    // Q3: "14 ДНЕЙ" and "ЧЕКА" held, no form of "упаковка": 2/3 → 66.67, after 100 s of 120
    const ExamQuestionScore three =
        scoreQuestion(returnConditions(),
                      answer("return-conditions", 1200, 1300, {},
                             QStringLiteral("Вернуть можно в течение 14 ДНЕЙ, при наличии ЧЕКА.")));
    EXPECT_DOUBLE_EQ(three.score, 66.67);
    EXPECT_EQ(three.explanation, u"Holds 2 of 3 expected words (missing "
                                 u"'упаковка|упаковке|упаковку'), answered after 100 s: "
                                 u"66.67 of 100");
}

TEST(ExamScoring, TheExamsTotalBandAndPass)
{
    const ScoringRules rules;
    const QList<ExamScenarioScore> scenarios{
        scoreScenario(rules, expectLateDelivery(), lateDelivery()),
        scoreScenario(rules, expectOrderStatus(), orderStatus()),
        scoreScenario(rules, expectCancelOrder(), cancelOrder())};
    const QList<ExamQuestionScore> questions{
        scoreQuestion(returnDays(), answer("return-days", 1000, 1040, {1})),
        scoreQuestion(paymentMethods(), answer("payment-methods", 1100, 1160, {0, 1, 3})),
        scoreQuestion(
            returnConditions(),
            answer("return-conditions", 1200, 1300, {},
                   QStringLiteral("Вернуть можно в течение 14 ДНЕЙ, при наличии ЧЕКА.")))};
    // (92.38 + 23.33 + 0 + 1 × (100 + 16.67 + 66.67)) / (3 + 1 × 3) = 299.05 / 6 = 49.8417
    //   → 49.84: under 50, "Needs training", failed.
    const ExamResult result = scoreExam(rules, scenarios, questions);
    EXPECT_DOUBLE_EQ(result.total, 49.84);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.band, u"Needs training");

    // A question worth two conversations: (115.71 + 2 × 183.34) / (3 + 2 × 3) = 482.39 / 9
    //   = 53.599 → 53.6: "Developing".
    ScoringRules doubled = rules;
    doubled.questionWeight = 2;
    const ExamResult weighted = scoreExam(doubled, scenarios, questions);
    EXPECT_DOUBLE_EQ(weighted.total, 53.6);
    EXPECT_EQ(weighted.band, u"Developing");

    auto back = ExamResult::fromJson(result.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value(), result);
}

TEST(ExamScoring, ThePassMarkAndTheBandsAtTheirBoundaries)
{
    const ScoringRules rules;
    const auto totalOf = [&](double score) {
        ExamScenarioScore scenario;
        scenario.score = score;
        return scoreExam(rules, {scenario}, {});
    };
    EXPECT_FALSE(totalOf(74.99).passed);
    EXPECT_EQ(totalOf(74.99).band, u"Developing");
    EXPECT_TRUE(totalOf(75).passed);
    EXPECT_EQ(totalOf(75).band, u"Proficient");
    EXPECT_EQ(totalOf(89.99).band, u"Proficient");
    EXPECT_EQ(totalOf(90).band, u"Expert");
    EXPECT_EQ(totalOf(49.99).band, u"Needs training");
    EXPECT_EQ(totalOf(50).band, u"Developing");
    EXPECT_EQ(totalOf(0).band, u"Needs training");
    // An exam with nothing in it scores 0 rather than dividing by nothing.
    EXPECT_DOUBLE_EQ(scoreExam(rules, {}, {}).total, 0);
}

TEST(ExamScoring, AnArticleFoundAfterTheZeroMarkCountsAsFoundButNotInTime)
{
    ExamScenarioRecord record = lateDelivery();
    record.articles = {{QStringLiteral("delivery-times"), at(320), false}};
    const ExamScenarioScore score = scoreScenario(ScoringRules{}, expectLateDelivery(), record);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Article).points, 25);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::ArticleTime).points, 0);
    EXPECT_EQ(line(score, ExamCriterion::ArticleTime).explanation,
              u"Found 'delivery-times' after 320 s, over the 300 s mark: 0 of 15");
    // Opened only after the conversation was resolved (420 s): not found at all.
    record.articles = {{QStringLiteral("delivery-times"), at(430), false}};
    const ExamScenarioScore late = scoreScenario(ScoringRules{}, expectLateDelivery(), record);
    EXPECT_DOUBLE_EQ(line(late, ExamCriterion::Article).points, 0);
    EXPECT_EQ(line(late, ExamCriterion::Article).explanation,
              u"None of 'delivery-times' opened: 0 of 25");
}

TEST(ExamScoring, AnsweredButStillOpenAtTheClose)
{
    ExamScenarioRecord record = lateDelivery();
    record.resolvedAt = {};
    record.resolutionCode.clear();
    const ExamScenarioScore score = scoreScenario(ScoringRules{}, expectLateDelivery(), record);
    EXPECT_TRUE(score.answered);
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::Resolution).points, 0);
    EXPECT_EQ(line(score, ExamCriterion::HandleTime).explanation,
              u"Still open when the exam closed: 0 of 10");
    EXPECT_DOUBLE_EQ(line(score, ExamCriterion::FirstResponse).points, 5);
    // 25 + 9.375 + 20 + 5 = 59.375 → 59.38
    EXPECT_DOUBLE_EQ(score.score, 59.38);
}

TEST(ExamScoring, TheRightEscalationAndTheWrongOnes)
{
    ExamScenarioRecord record = orderStatus();
    ScenarioExpectation expected = expectOrderStatus();
    expected.resolution.clear(); // handed on: the resolution is N/A too
    expected.escalation = EscalationChoice{QStringLiteral("2"), QStringLiteral("complex_case")};
    // Applicable: escalation 20, first_response 5, handle_time 10 = 35.
    const ExamScenarioScore right = scoreScenario(ScoringRules{}, expected, record);
    // 20 × 100 / 35 = 57.14 + first_response (5 × 100 / 35 = 14.286) × 0.8 = 11.43 + 28.57
    EXPECT_DOUBLE_EQ(line(right, ExamCriterion::Escalation).points, 57.14);
    EXPECT_DOUBLE_EQ(right.score, 97.14);

    // The pack's way: a scenario for the 2nd line expects the resolution "escalated", which
    // handing the customer on is. Applicable again: 25 + 20 + 5 + 10 = 60, as in the fixture:
    // 41.667 + 33.333 + 8.333 × 0.8 + 16.667 = 98.333 → 98.33
    expected.resolution = QString(EscalatedResolution);
    const ExamScenarioScore handedOn = scoreScenario(ScoringRules{}, expected, record);
    EXPECT_EQ(line(handedOn, ExamCriterion::Resolution).explanation, u"Handed on: 41.67 of 41.67");
    EXPECT_EQ(line(handedOn, ExamCriterion::Resolution).subject, u"escalated");
    EXPECT_DOUBLE_EQ(handedOn.score, 98.33);
    // Resolving it herself instead is the wrong resolution.
    ExamScenarioRecord resolvedInstead = record;
    resolvedInstead.escalation.reset();
    resolvedInstead.escalatedAt = {};
    resolvedInstead.resolutionCode = QStringLiteral("answered");
    resolvedInstead.resolvedAt = at(500);
    EXPECT_EQ(
        line(scoreScenario(ScoringRules{}, expected, resolvedInstead), ExamCriterion::Resolution)
            .explanation,
        u"Resolved as 'answered', expected 'escalated': 0 of 41.67");

    expected.resolution.clear();
    expected.escalation->reason = QStringLiteral("refund_over_limit");
    const ExamScenarioScore wrongReason = scoreScenario(ScoringRules{}, expected, record);
    EXPECT_DOUBLE_EQ(line(wrongReason, ExamCriterion::Escalation).points, 0);
    EXPECT_EQ(line(wrongReason, ExamCriterion::Escalation).explanation,
              u"Escalated to 2 / complex_case, expected 2 / refund_over_limit: 0 of 57.14");

    record.escalation.reset();
    record.escalatedAt = {};
    const ExamScenarioScore missing = scoreScenario(ScoringRules{}, expected, record);
    EXPECT_EQ(line(missing, ExamCriterion::Escalation).explanation,
              u"Not escalated (expected 2 / refund_over_limit): 0 of 57.14");
}
