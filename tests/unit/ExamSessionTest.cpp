// The trainee's exam in her cache (issue 19, items 7-9): the feed's `exam` changes fill desktop
// cache 14, the session knows the current exam and its countdown on an injected clock, answers
// and KB reports are queued in the outbox (one declaration each), and a search counts only once
// its results stayed on screen or an article was opened from them. The shapes are the exam
// contract's; the back office's side is covered by the exam UI tests.
#include "app/training/ExamSession.h"
#include "app/commands/OperatorCommands.h"
#include "app/net/BackOfficeClient.h"
#include "app/session/SignedInUser.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/ExamCache.h"
#include "app/store/LocalStore.h"
#include "app/store/Outbox.h"
#include "app/training/CohortSummary.h"
#include "app/training/ExamActivity.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using Phase = app::ExamSession::Phase;

namespace {

const QDateTime Start = QDateTime::fromString(u"2026-12-07T10:00:00.000Z"_qs, Qt::ISODateWithMs);

QJsonObject examJson(const QString &id, const QString &state, qint64 version,
                     const QString &mode = u"exam"_qs)
{
    QJsonObject exam{
        {u"id"_qs, id},
        {u"sandbox"_qs, u"cohort-12"_qs},
        {u"mode"_qs, mode},
        {u"operator_name"_qs, u"Olga Ivanova"_qs},
        {u"pack_id"_qs, u"demo-en"_qs},
        {u"state"_qs, state},
        {u"duration_minutes"_qs, mode == u"exam" ? QJsonValue(45) : QJsonValue()},
        {u"simultaneous"_qs, 3},
        {u"scenario_count"_qs, 6},
        {u"conversations"_qs, QJsonArray{QJsonObject{{u"scenario_id"_qs, u"late-delivery"_qs},
                                                     {u"title"_qs, u"Late delivery"_qs},
                                                     {u"ticket_id"_qs, u"41"_qs},
                                                     {u"state"_qs, u"active"_qs}}}},
        {u"questions"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"q1"_qs},
                                                 {u"kind"_qs, u"single"_qs},
                                                 {u"text"_qs, u"How many days to return?"_qs},
                                                 {u"options"_qs, QJsonArray{u"7"_qs, u"14"_qs}},
                                                 {u"time_limit_seconds"_qs, 120},
                                                 {u"answered"_qs, false}},
                                     QJsonObject{{u"id"_qs, u"q2"_qs},
                                                 {u"kind"_qs, u"free"_qs},
                                                 {u"text"_qs, u"What proves the purchase?"_qs},
                                                 {u"options"_qs, QJsonArray{}},
                                                 {u"time_limit_seconds"_qs, 120},
                                                 {u"answered"_qs, false}}}},
        {u"created_at"_qs, u"2026-12-07T09:50:00.000Z"_qs},
        {u"version"_qs, version},
        {u"result"_qs, QJsonValue()}};
    if (state != u"not_started") {
        exam.insert(u"started_at"_qs, Start.toString(Qt::ISODateWithMs));
        if (mode == u"exam")
            exam.insert(u"closes_at"_qs, Start.addSecs(45 * 60).toString(Qt::ISODateWithMs));
    }
    return exam;
}

class ExamSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(directory.isValid());
        ASSERT_TRUE(store.open(directory.filePath(u"cache.sqlite"_qs)).ok());
        user.id = u"7"_qs;
        user.workspace = u"cohort-12"_qs;
        client.setBaseUrl(QUrl(u"http://127.0.0.1:9"_qs));
        session = std::make_unique<app::ExamSession>(store, commands, client);
        session->setClock([this] { return now; });
    }

    void feed(const QJsonObject &exam)
    {
        const QJsonArray changes{QJsonObject{{u"entity"_qs, u"exam"_qs},
                                             {u"id"_qs, exam.value(u"id")},
                                             {u"op"_qs, u"upsert"_qs},
                                             {u"data"_qs, exam}}};
        ASSERT_TRUE(app::ChangeFeedApplier(store)
                        .applyPage({{u"changes"_qs, changes}, {u"next"_qs, ++next}})
                        .ok());
    }

    struct Queued
    {
        QString targetId;
        QJsonObject payload;
    };
    QList<Queued> queued(app::outbox::Kind kind)
    {
        QList<Queued> entries;
        auto query =
            store.read(u"SELECT target_id, payload FROM outbox WHERE command = ? ORDER BY id"_qs,
                       {app::outbox::nameOf(kind)});
        EXPECT_TRUE(query.ok());
        while (query && query.value().next())
            entries.append(
                {query.value().value(0).toString(),
                 QJsonDocument::fromJson(query.value().value(1).toByteArray()).object()});
        return entries;
    }

    QTemporaryDir directory;
    app::LocalStore store;
    app::SignedInUser user;
    QNetworkAccessManager network;
    app::BackOfficeClient client{&network};
    app::OperatorCommands commands{store, user};
    std::unique_ptr<app::ExamSession> session; // made once the cache is open
    QDateTime now = Start.addSecs(-600);
    qint64 next = 0;
};

} // namespace

TEST_F(ExamSessionTest, TheFeedBringsHerExamAndItsCountdownFollowsTheClock)
{
    QSignalSpy changed(session.get(), &app::ExamSession::changed);
    EXPECT_EQ(session->phase(), Phase::None);
    feed(examJson(u"ex-1"_qs, u"not_started"_qs, 1));
    EXPECT_EQ(session->examId(), u"ex-1");
    EXPECT_EQ(session->phase(), Phase::NotStarted);
    EXPECT_FALSE(session->secondsLeft().has_value());
    EXPECT_GE(changed.count(), 1);

    now = Start.addSecs(8 * 60 + 48); // 36:12 left
    feed(examJson(u"ex-1"_qs, u"running"_qs, 2));
    EXPECT_EQ(session->phase(), Phase::Running);
    EXPECT_EQ(session->secondsLeft(), 36 * 60 + 12);
    EXPECT_TRUE(session->isExamTicket(u"41"_qs));
    EXPECT_FALSE(session->isExamTicket(u"42"_qs));
    // An older version from the feed does not undo the start.
    feed(examJson(u"ex-1"_qs, u"not_started"_qs, 1));
    EXPECT_EQ(session->phase(), Phase::Running);

    now = Start.addSecs(45 * 60);
    EXPECT_EQ(session->secondsLeft(), 0);
    EXPECT_EQ(session->phase(), Phase::Over); // the clock ran out; the back office closes it
    QJsonObject closed = examJson(u"ex-1"_qs, u"closed"_qs, 3);
    closed.insert(
        u"result"_qs,
        QJsonObject{{u"total"_qs, 82.5}, {u"passed"_qs, true}, {u"band"_qs, u"Proficient"_qs}});
    feed(closed);
    EXPECT_EQ(session->phase(), Phase::Over);
    EXPECT_EQ(session->exam().exam.value(u"result")[u"band"].toString(), u"Proficient");
}

TEST_F(ExamSessionTest, ARunningExamIsCurrentBeforeOneNotStartedOrClosed)
{
    feed(examJson(u"ex-old"_qs, u"closed"_qs, 3));
    EXPECT_EQ(session->examId(), u"ex-old");
    feed(examJson(u"ex-new"_qs, u"not_started"_qs, 1));
    EXPECT_EQ(session->examId(), u"ex-new");
    auto current = app::ExamCache(store).current();
    ASSERT_TRUE(current.ok());
    ASSERT_TRUE(current.value().has_value());
    EXPECT_EQ(current.value()->id(), u"ex-new");
}

TEST_F(ExamSessionTest, AnAnswerIsQueuedOnceWithWhenTheQuestionWasFirstShown)
{
    now = Start.addSecs(60);
    feed(examJson(u"ex-1"_qs, u"running"_qs, 2));
    ASSERT_TRUE(session->questionShown(u"q1"_qs).ok());
    now = now.addSecs(30);
    ASSERT_TRUE(session->questionShown(u"q1"_qs).ok()); // the first time is kept
    now = now.addSecs(15);
    ASSERT_TRUE(session->answer(u"q1"_qs, {1}, {}).ok());
    EXPECT_TRUE(session->exam().isAnswered(u"q1"_qs));
    EXPECT_FALSE(session->answer(u"q1"_qs, {0}, {}).ok()); // once per question
    ASSERT_TRUE(session->answer(u"q2"_qs, {}, u"  the receipt "_qs).ok());

    const auto answers = queued(app::outbox::Kind::AnswerExamQuestion);
    ASSERT_EQ(answers.size(), 2);
    EXPECT_EQ(answers[0].targetId, u"ex-1");
    EXPECT_EQ(answers[0].payload.value(u"question_id").toString(), u"q1");
    EXPECT_EQ(answers[0].payload.value(u"shown_at").toString(),
              Start.addSecs(60).toString(Qt::ISODateWithMs));
    EXPECT_EQ(answers[0].payload.value(u"answered_at").toString(),
              Start.addSecs(105).toString(Qt::ISODateWithMs));
    EXPECT_EQ(answers[0].payload.value(u"chosen").toArray(), QJsonArray{1});
    EXPECT_EQ(answers[1].payload.value(u"text").toString(), u"the receipt");
    EXPECT_FALSE(answers[1].payload.contains(u"chosen"));
    EXPECT_EQ(app::outbox::pathFor(app::outbox::declaration(app::outbox::Kind::AnswerExamQuestion),
                                   u"ex-1"_qs),
              u"/training/exams/ex-1/answers");

    // After the close nothing more is taken.
    now = Start.addSecs(45 * 60 + 1);
    const auto late = session->answer(u"q3"_qs, {0}, {});
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, u"exam_closed");
}

TEST_F(ExamSessionTest, ASearchCountsOnceItsResultsStayedOrAnArticleWasOpenedFromThem)
{
    app::ExamActivity &activity = session->activity();
    activity.setSettleInterval(50);
    QSignalSpy reported(&activity, &app::ExamActivity::reported);
    // No exam running: nothing is reported.
    activity.articleOpened(u"returns-policy"_qs, u"41"_qs);
    feed(examJson(u"ex-1"_qs, u"not_started"_qs, 1));
    activity.articleOpened(u"returns-policy"_qs, u"41"_qs);
    EXPECT_EQ(reported.count(), 0);

    now = Start.addSecs(120);
    feed(examJson(u"ex-1"_qs, u"running"_qs, 2));
    // Typing: each pause shows results, only the settled words count.
    activity.resultsShown(u"ret"_qs, u"41"_qs);
    activity.resultsShown(u"retur"_qs, u"41"_qs);
    activity.resultsShown(u"return policy"_qs, u"41"_qs);
    ASSERT_TRUE(test::waitUntil([&] { return reported.count() == 1; }, std::chrono::seconds(5)));
    auto events = reported.at(0).at(0).value<QList<protocol::ExamEvent>>();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, protocol::ExamEventKind::Search);
    EXPECT_EQ(events[0].text, u"return policy");
    EXPECT_EQ(events[0].ticketId, u"41");
    // The same results shown again (a reload) are not a second search.
    activity.resultsShown(u"return policy"_qs, u"41"_qs);
    // A new search, then an article opened at once: both, in one report.
    activity.setSettleInterval(60000);
    activity.resultsShown(u"refund"_qs, u"41"_qs);
    activity.articleOpened(u"refunds"_qs, u"41"_qs);
    ASSERT_EQ(reported.count(), 2);
    events = reported.at(1).at(0).value<QList<protocol::ExamEvent>>();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].text, u"refund");
    EXPECT_EQ(events[1].kind, protocol::ExamEventKind::ArticleOpened);
    EXPECT_EQ(events[1].text, u"refunds");
    // With the questions panel in use, the question is named; a ticket outside the exam is not.
    activity.setQuestionOnScreen(u"q2"_qs);
    activity.articleInserted(u"receipts"_qs, u"41"_qs);
    activity.setQuestionOnScreen({});
    activity.articleInserted(u"receipts"_qs, u"99"_qs);
    ASSERT_EQ(reported.count(), 3);
    events = reported.at(2).at(0).value<QList<protocol::ExamEvent>>();
    EXPECT_EQ(events[0].kind, protocol::ExamEventKind::ArticleInserted);
    EXPECT_EQ(events[0].questionId, u"q2");
    EXPECT_TRUE(events[0].ticketId.isEmpty());

    const auto reports = queued(app::outbox::Kind::ReportExamEvents);
    ASSERT_EQ(reports.size(), 3);
    EXPECT_EQ(reports[1].payload.value(u"events").toArray().size(), 2);
    EXPECT_EQ(reports[1].payload.value(u"events")[0][u"query"].toString(), u"refund");
    EXPECT_EQ(app::outbox::declaration(app::outbox::Kind::ReportExamEvents).guard,
              app::outbox::Guard::IdempotencyKey);
}

TEST(CohortSummary, CountsTheClosedExamsByBandAndWritesTheirCsv)
{
    const auto exam = [](const QString &id, const QString &name, double total, const QString &band,
                         bool passed, const QString &mode = u"exam"_qs,
                         const QString &state = u"closed"_qs) {
        return QJsonObject{
            {u"id"_qs, id},
            {u"operator_id"_qs, id.right(1)},
            {u"operator_name"_qs, name},
            {u"mode"_qs, mode},
            {u"state"_qs, state},
            {u"closed_at"_qs, u"2026-12-07T10:45:00.000Z"_qs},
            {u"result"_qs,
             QJsonObject{{u"total"_qs, total}, {u"band"_qs, band}, {u"passed"_qs, passed}}}};
    };
    const app::CohortSummary summary = app::CohortSummary::of(
        {exam(u"ex-1"_qs, u"Olga"_qs, 82.5, u"Proficient"_qs, true),
         exam(u"ex-2"_qs, u"=Maxim"_qs, 49.84, u"Needs training"_qs, false),
         exam(u"ex-3"_qs, u"Pavel"_qs, 91, u"Expert"_qs, true),
         exam(u"ex-4"_qs, u"Ivan"_qs, 60, u"Developing"_qs, false, u"practice"_qs),
         exam(u"ex-5"_qs, u"Nina"_qs, 0, u""_qs, false, u"exam"_qs, u"running"_qs)});
    EXPECT_EQ(summary.taken, 3);
    EXPECT_EQ(summary.passed, 2);
    EXPECT_NEAR(summary.passRate(), 66.67, 0.01);
    EXPECT_DOUBLE_EQ(summary.mean, 74.45);
    ASSERT_EQ(summary.bands.size(), 3);
    EXPECT_EQ(summary.bands[0].label, u"Expert");
    EXPECT_EQ(summary.bands[2].label, u"Needs training");
    ASSERT_EQ(summary.trainees.size(), 3);
    EXPECT_EQ(summary.trainees[0].name, u"Pavel");
    const QList<QByteArray> lines = summary.toCsv().split('\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines[0], "trainee,operator_id,exam_id,total,band,passed,closed_at\r");
    EXPECT_EQ(lines[1], "Pavel,3,ex-3,91,Expert,yes,2026-12-07T10:45:00.000Z\r");
    EXPECT_TRUE(lines[3].startsWith("'=Maxim,")); // a formula stays text
}
