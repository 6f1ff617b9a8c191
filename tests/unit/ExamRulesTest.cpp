// Issue 19, items 9 and 9a: a pack's "scoring" object, its exam questions and the events the
// desktop reports, read with every problem named by its JSON path.
#include "protocol/ExamEvent.h"
#include "protocol/ExamScoring.h"
#include "protocol/FieldLimits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline::protocol;

namespace {

QJsonObject parsed(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The contract's example "scoring" object, which is the defaults written out.
const char *ContractScoring = R"({
  "weights": {"resolution": 25, "article": 25, "article_time": 15, "escalation": 20,
              "first_response": 5, "handle_time": 10},
  "thresholds": {"article_time": {"full": 60, "zero": 300},
                 "first_response": {"full": 30, "zero": 120},
                 "handle_time": {"full": 300, "zero": 900}},
  "question_weight": 1,
  "pass_mark": 75,
  "bands": [{"min": 90, "label": "Expert"}, {"min": 75, "label": "Proficient"},
            {"min": 50, "label": "Developing"}, {"min": 0, "label": "Needs training"}]
})";

// The field an error names when `change` is applied to the contract's object.
QString problemWith(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject scoring = parsed(ContractScoring);
    change(scoring);
    auto rules = ScoringRules::fromJson(scoring);
    return rules ? QStringLiteral("(accepted)") : rules.error().field;
}

template<typename T>
QJsonObject with(QJsonObject object, const QString &key, const T &value)
{
    object.insert(key, value);
    return object;
}

} // namespace

TEST(ScoringRules, AbsentIsTheDefaultsAndTheContractsExampleIsToo)
{
    auto absent = ScoringRules::fromJson(QJsonValue::Undefined);
    ASSERT_TRUE(absent);
    EXPECT_EQ(absent.value(), ScoringRules{});
    auto written = ScoringRules::fromJson(parsed(ContractScoring));
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), ScoringRules{});
    EXPECT_EQ(ScoringRules{}.toJson(), parsed(ContractScoring));
}

TEST(ScoringRules, APacksOwnRulesRoundTrip)
{
    auto rules = ScoringRules::fromJson(parsed(R"({
        "weights": {"resolution": 20, "article": 30, "article_time": 20, "escalation": 10,
                    "first_response": 0, "handle_time": 20},
        "thresholds": {"handle_time": {"full": 240, "zero": 600}},
        "question_weight": 2, "pass_mark": 80,
        "bands": [{"min": 80, "label": "Сдал"}, {"min": 0, "label": "Не сдал"}]})"));
    ASSERT_TRUE(rules) << rules.error().message.toStdString();
    EXPECT_EQ(rules->weight(ExamCriterion::Article), 30);
    EXPECT_EQ(rules->handleTime, (TimeThresholds{240, 600}));
    EXPECT_EQ(rules->articleTime, (TimeThresholds{60, 300})); // left out: the default
    EXPECT_EQ(rules->band(79.99), u"Не сдал");
    auto back = ScoringRules::fromJson(rules->toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value(), rules.value());
}

TEST(ScoringRules, EveryProblemIsNamedByItsPath)
{
    EXPECT_EQ(problemWith([](QJsonObject &s) { s.insert(QStringLiteral("pass_mrk"), 70); }),
              u"scoring.pass_mrk");
    EXPECT_EQ(problemWith([](QJsonObject &s) {
                  s[QStringLiteral("weights")] =
                      with(s[QStringLiteral("weights")].toObject(), QStringLiteral("article"), 20);
              }),
              u"scoring.weights"); // sums to 95
    EXPECT_EQ(problemWith([](QJsonObject &s) {
                  QJsonObject weights = s[QStringLiteral("weights")].toObject();
                  weights.remove(QStringLiteral("handle_time"));
                  s[QStringLiteral("weights")] = weights;
              }),
              u"scoring.weights.handle_time");
    EXPECT_EQ(problemWith([](QJsonObject &s) {
                  s[QStringLiteral("weights")] = with(s[QStringLiteral("weights")].toObject(),
                                                      QStringLiteral("article"), 24.5);
              }),
              u"scoring.weights.article");
    EXPECT_EQ(problemWith([](QJsonObject &s) {
                  QJsonObject marks = s[QStringLiteral("thresholds")].toObject();
                  marks[QStringLiteral("first_response")] =
                      QJsonObject{{QStringLiteral("full"), 120}, {QStringLiteral("zero"), 30}};
                  s[QStringLiteral("thresholds")] = marks;
              }),
              u"scoring.thresholds.first_response");
    EXPECT_EQ(problemWith([](QJsonObject &s) {
                  s[QStringLiteral("bands")] =
                      QJsonArray{QJsonObject{{QStringLiteral("min"), 50},
                                             {QStringLiteral("label"), QStringLiteral("B")}},
                                 QJsonObject{{QStringLiteral("min"), 75},
                                             {QStringLiteral("label"), QStringLiteral("A")}}};
              }),
              u"scoring.bands[1].min"); // not descending
    EXPECT_EQ(problemWith([](QJsonObject &s) {
                  s[QStringLiteral("bands")] = QJsonArray{QJsonObject{
                      {QStringLiteral("min"), 50}, {QStringLiteral("label"), QStringLiteral("B")}}};
              }),
              u"scoring.bands[0].min"); // the last does not start at 0
    EXPECT_EQ(problemWith([](QJsonObject &s) { s[QStringLiteral("pass_mark")] = 101; }),
              u"scoring.pass_mark");
    EXPECT_EQ(problemWith([](QJsonObject &s) { s[QStringLiteral("question_weight")] = 11; }),
              u"scoring.question_weight");
    EXPECT_EQ(problemWith([](QJsonObject &s) { s[QStringLiteral("pass_mark")] = 74.5; }),
              u"scoring.pass_mark"); // whole numbers, as the pack's JSON Schema states
    EXPECT_EQ(problemWith([](QJsonObject &s) { s[QStringLiteral("question_weight")] = 0; }),
              u"(accepted)"); // questions asked, counted for nothing
    auto longLabel = ScoringRules::fromJson(
        with(parsed(ContractScoring), QStringLiteral("bands"),
             QJsonArray{QJsonObject{{QStringLiteral("min"), 0},
                                    {QStringLiteral("label"), QString(41, u'x')}}}));
    ASSERT_FALSE(longLabel);
    EXPECT_EQ(longLabel.error().code, u"too_long");
    EXPECT_EQ(longLabel.error().field, u"scoring.bands[0].label");
}

TEST(ExamQuestion, MultipleChoiceCreditAndTheTimeLimit)
{
    ExamQuestion question;
    question.id = QStringLiteral("q");
    question.kind = ExamQuestion::Kind::Multiple;
    question.options = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                        QStringLiteral("D")};
    question.correct = {0, 1};
    question.timeLimitSeconds = 60;
    const QDateTime shown =
        QDateTime::fromString(QStringLiteral("2026-12-07T09:00:00Z"), Qt::ISODate);
    const auto scoreOf = [&](QList<int> chosen, int seconds) {
        return scoreQuestion(
            question,
            ExamQuestionAnswer{QStringLiteral("q"), shown, shown.addSecs(seconds), chosen, {}, {}});
    };
    EXPECT_DOUBLE_EQ(scoreOf({0, 1}, 30).score, 100);     // all right, none wrong
    EXPECT_DOUBLE_EQ(scoreOf({1, 0, 1}, 30).score, 100);  // an option named twice counts once
    EXPECT_DOUBLE_EQ(scoreOf({0}, 30).score, 50);         // 1/2 − 0/2
    EXPECT_DOUBLE_EQ(scoreOf({0, 2}, 30).score, 0);       // 1/2 − 1/2
    EXPECT_DOUBLE_EQ(scoreOf({0, 1, 2, 3}, 30).score, 0); // everything ticked: 1 − 1
    EXPECT_DOUBLE_EQ(scoreOf({}, 30).score, 0);
    EXPECT_DOUBLE_EQ(scoreOf({0, 1, 9}, 30).score, 100); // no option 9: nothing chosen there
    EXPECT_DOUBLE_EQ(scoreOf({0, 1}, 60).score, 100);    // at the limit: in time
    const ExamQuestionScore late = scoreOf({0, 1}, 61);
    EXPECT_TRUE(late.late);
    EXPECT_DOUBLE_EQ(late.score, 0);
    EXPECT_DOUBLE_EQ(late.credit, 1);
    EXPECT_DOUBLE_EQ(scoreQuestion(question, std::nullopt).score, 0);

    question.kind = ExamQuestion::Kind::Single;
    question.correct = {2};
    EXPECT_DOUBLE_EQ(scoreOf({2}, 30).score, 100);
    EXPECT_DOUBLE_EQ(scoreOf({2, 3}, 30).score, 0); // two ticked on a single choice
    EXPECT_EQ(scoreOf({1}, 30).explanation,
              u"Not the right option (C), answered after 30 s: 0 of 100");
}

TEST(ExamQuestion, FreeAnswersMatchWholeWordsWhateverTheirCase)
{
    EXPECT_EQ(answerWords(QStringLiteral("Ёлка, 14 ДНЕЙ!")),
              (QStringList{QStringLiteral("елка"), QStringLiteral("14"), QStringLiteral("дней")}));
    ExamQuestion question;
    question.id = QStringLiteral("q");
    question.kind = ExamQuestion::Kind::Free;
    question.expectedWords = {QStringLiteral("чек"), QStringLiteral("ёлка"),
                              QStringLiteral("Refund")};
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-12-07T09:00:00Z"), Qt::ISODate);
    const auto scoreOf = [&](const QString &text) {
        return scoreQuestion(question,
                             ExamQuestionAnswer{QStringLiteral("q"), now, now, {}, text, {}})
            .score;
    };
    EXPECT_DOUBLE_EQ(scoreOf(QStringLiteral("ЧЕК, елка и REFUND")), 100);
    // "чековая" holds the letters of "чек" but not the word; "refunded" is another word.
    EXPECT_DOUBLE_EQ(scoreOf(QStringLiteral("чековая лента, refunded")), 0);
    EXPECT_DOUBLE_EQ(scoreOf(QStringLiteral("Ёлка")), 33.33);
}

TEST(ExamQuestion, AnAnswerRoundTripsAndRefusesWhatItCannotUse)
{
    const ExamQuestionAnswer answer{
        QStringLiteral("return-days"),
        QDateTime::fromString(QStringLiteral("2026-12-07T09:00:00.000Z"), Qt::ISODateWithMs),
        QDateTime::fromString(QStringLiteral("2026-12-07T09:00:40.500Z"), Qt::ISODateWithMs),
        {1},
        {},
        {QStringLiteral("returns-policy")}};
    auto back = ExamQuestionAnswer::fromJson(answer.toJson());
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), answer);
    const auto problem = [&](const QString &key, const QJsonValue &value) {
        auto read = ExamQuestionAnswer::fromJson(with(answer.toJson(), key, value));
        return read ? QStringLiteral("(accepted)") : read.error().code + u' ' + read.error().field;
    };
    EXPECT_EQ(problem(QStringLiteral("question_id"), QStringLiteral(" ")),
              u"invalid_field question_id");
    EXPECT_EQ(problem(QStringLiteral("chosen"), QJsonArray{QStringLiteral("b")}),
              u"invalid_field chosen");
    EXPECT_EQ(problem(QStringLiteral("chosen"), QJsonArray{-1}), u"invalid_field chosen");
    EXPECT_EQ(problem(QStringLiteral("text"), QString(2001, u'ж')), u"too_long text");
    EXPECT_EQ(problem(QStringLiteral("answered_at"), QStringLiteral("yesterday")),
              u"invalid_field answered_at");
}

TEST(ExamEvent, RoundTripsAndRefusesWhatItCannotUse)
{
    const ExamEvent search{
        ExamEventKind::Search,
        QStringLiteral("12"),
        {},
        QStringLiteral("возврат"),
        QDateTime::fromString(QStringLiteral("2026-12-07T09:01:02.345Z"), Qt::ISODateWithMs)};
    EXPECT_EQ(search.toJson().value(u"query").toString(), u"возврат");
    auto back = ExamEvent::fromJson(search.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value(), search);

    ExamEvent opened = search;
    opened.kind = ExamEventKind::ArticleOpened;
    opened.ticketId.clear();
    opened.questionId = QStringLiteral("return-days");
    opened.text = QStringLiteral("returns-policy");
    EXPECT_EQ(opened.toJson().value(u"slug").toString(), u"returns-policy");
    auto openedBack = ExamEvent::fromJson(opened.toJson());
    ASSERT_TRUE(openedBack);
    EXPECT_EQ(openedBack.value(), opened);
    EXPECT_EQ(articlesOpenedFor(QStringLiteral("return-days"), {search, opened, opened}),
              QStringList{QStringLiteral("returns-policy")});

    const auto problem = [&](const QJsonObject &json) {
        auto read = ExamEvent::fromJson(json);
        return read ? QStringLiteral("(accepted)") : read.error().code + u' ' + read.error().field;
    };
    const QJsonObject good = search.toJson();
    EXPECT_EQ(problem(with(good, QStringLiteral("kind"), QStringLiteral("copy"))),
              u"invalid_field kind");
    EXPECT_EQ(problem(with(good, QStringLiteral("question_id"), QStringLiteral("q"))),
              u"invalid_field ticket_id");
    EXPECT_EQ(problem(with(good, QStringLiteral("ticket_id"), QStringLiteral("twelve"))),
              u"invalid_field ticket_id");
    EXPECT_EQ(problem(with(good, QStringLiteral("query"), QString(201, u'я'))), u"too_long query");
    EXPECT_EQ(problem(with(good, QStringLiteral("query"), QString(200, u'я'))), u"(accepted)");
    EXPECT_EQ(problem(with(good, QStringLiteral("query"), QStringLiteral("  "))),
              u"invalid_field query");
    QJsonObject noTime = good;
    noTime.remove(QStringLiteral("at"));
    EXPECT_EQ(problem(noTime), u"invalid_field at");
    EXPECT_EQ(problem(with(good, QStringLiteral("kind"), QStringLiteral("article_inserted"))),
              u"invalid_field slug"); // an article is named by its slug, not a query
}

TEST(ExamEvent, TheRoutesLimitsAreTheCodecs)
{
    // The back office checks a body against protocol/FieldLimits before the codec reads it: a
    // slug of 200 characters must pass both (the knowledge base's own slug limit is lower).
    const QLatin1StringView route{"POST /api/v1/training/exams/{id}/events"};
    EXPECT_EQ(limits::maximumOf(QString(route), u"query", false), limits::ExamEventText);
    EXPECT_EQ(limits::maximumOf(QString(route), u"slug", false), limits::ExamEventText);
    const QJsonObject longest{{QStringLiteral("kind"), QStringLiteral("article_opened")},
                              {QStringLiteral("ticket_id"), QStringLiteral("12")},
                              {QStringLiteral("slug"), QString(200, u'x')},
                              {QStringLiteral("at"), QStringLiteral("2026-12-07T09:00:00.000Z")}};
    EXPECT_TRUE(limits::checkBody(QString(route), longest));
    EXPECT_TRUE(ExamEvent::fromJson(longest));
    QJsonObject over = longest;
    over.insert(QStringLiteral("slug"), QString(201, u'x'));
    auto refused = limits::checkBody(QString(route), over);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, u"slug");
}
