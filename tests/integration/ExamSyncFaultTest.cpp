// The exam's two outbox commands under every network fault (issue 19): a trainee's answers
// (answer_exam_question) and KB reports (report_exam_events) queued while the i-th request fails,
// is lost, hangs or is slow arrive once each, nothing is left failed or pending, and the result's
// timeline holds each reported search once.
#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/store/Outbox.h"
#include "app/training/ExamActivity.h"
#include "app/training/ExamSession.h"
#include "tests/integration/SyncFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <gtest/gtest.h>

namespace frontline::test {
namespace {

using L = QLatin1StringView;

// A pack of its own knowledge base, one scenario and three questions.
QJsonObject examPack()
{
    QJsonObject pack = QJsonDocument::fromJson(R"({
      "format": "frontline-scenario-pack", "format_version": 1, "id": "refunds", "version": 1,
      "title": "Refunds", "language": "en", "knowledge_base": {"articles": [
        {"slug": "refund-timing", "title": "Refund timing", "body": "Ten business days."}]},
      "customers": [{"id": "ann", "name": "Ann Green"}],
      "scenarios": [{"id": "when-money", "title": "When is my money back?",
        "persona": {"name": "Ann"}, "channel": "chat", "customer": "ann",
        "opening": "I cancelled yesterday. When do I get my money?",
        "turns": [{"id": "asks", "branches": [
          {"when": {"kind": "otherwise"}, "say": "Thanks!", "then": "end"}]}],
        "expected": {"articles": ["refund-timing"], "escalation": null,
                     "resolution": "answered"}}]})")
                           .object();
    QJsonArray questions;
    for (int i = 1; i <= 3; ++i)
        questions.append(
            QJsonObject{{L("id"), QStringLiteral("q%1").arg(i)},
                        {L("kind"), QStringLiteral("single")},
                        {L("text"), QStringLiteral("Question %1?").arg(i)},
                        {L("options"), QJsonArray{QStringLiteral("no"), QStringLiteral("yes")}},
                        {L("correct"), QJsonArray{1}},
                        {L("articles"), QJsonArray{QStringLiteral("refund-timing")}}});
    pack.insert(L("exam"), QJsonObject{{L("scenarios"), 1},
                                       {L("simultaneous"), 1},
                                       {L("duration_minutes"), 45},
                                       {L("questions"), questions}});
    return pack;
}

class ExamFaultTest : public SyncTest, public ::testing::WithParamInterface<FaultyNetwork::Fault>
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SyncTest::SetUp());
        ASSERT_TRUE(backOffice->addUser(QStringLiteral("tanya"), QStringLiteral("trainer")));
    }

    // tanya imports the pack, makes the sandbox with olga in it and starts olga's exam.
    void startExamForOlga()
    {
        tanya = signIn(QStringLiteral("tanya"));
        const QString olgaId = signIn(QStringLiteral("olga"))
                                   ->get(QStringLiteral("/api/v1/me"))
                                   .json()
                                   .value(u"id")
                                   .toString();
        const HttpReply imported =
            tanya->send("POST", QStringLiteral("/api/v1/training/packs"), json(examPack()));
        ASSERT_EQ(imported.status, 201) << imported.body.toStdString();
        ASSERT_EQ(tanya
                      ->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                             json({{L("name"), QStringLiteral("faults")},
                                   {L("title"), QStringLiteral("Faults")},
                                   {L("pack_id"), QStringLiteral("refunds")}}))
                      .status,
                  201);
        ASSERT_EQ(tanya
                      ->send("PUT",
                             QStringLiteral("/api/v1/training/sandboxes/faults/trainees/") + olgaId,
                             {})
                      .status,
                  200);
        const HttpReply started = tanya->send("POST", QStringLiteral("/api/v1/training/exams"),
                                              json({{L("sandbox"), QStringLiteral("faults")},
                                                    {L("mode"), QStringLiteral("exam")},
                                                    {L("operator_ids"), QJsonArray{olgaId}}}));
        ASSERT_EQ(started.status, 201) << started.body.toStdString();
        examId = started.json().value(u"exams")[0][u"id"].toString();
    }

    std::unique_ptr<HttpClient> tanya;
    QString examId;
};

} // namespace

TEST_P(ExamFaultTest, AnswersAndReportsQueuedUnderAFaultArriveOnce)
{
    ASSERT_NO_FATAL_FAILURE(startExamForOlga());
    auto olga = connect(QStringLiteral("olga"), {}, QStringLiteral("faults"));
    ASSERT_TRUE(olga);
    app::ExamSession *session = olga->core->exam();
    ASSERT_NE(session, nullptr);
    ASSERT_TRUE(syncUntilIdle(*olga));
    ASSERT_EQ(session->examId(), examId);
    session->begin();
    ASSERT_TRUE(waitUntil([&] { return session->phase() == app::ExamSession::Phase::Running; }));
    ASSERT_TRUE(syncUntilIdle(*olga));
    QString ticketId;
    ASSERT_TRUE(waitUntil([&] {
        runCycle(*olga);
        session->refresh();
        for (const QJsonValue &conversation :
             session->exam().exam.value(u"conversations").toArray())
            ticketId = conversation[u"ticket_id"].toString();
        return !ticketId.isEmpty();
    }));

    olga->client->setTimeout(300);
    for (int i = 1; i <= 3; ++i) {
        SCOPED_TRACE(i);
        olga->network->injectFault(i, GetParam(), 100);
        ASSERT_TRUE(session->answer(QStringLiteral("q%1").arg(i), {1}, {}).ok());
        session->activity().articleOpened(QStringLiteral("refund-timing-%1").arg(i), ticketId);
        ASSERT_TRUE(syncUntilIdle(*olga));
        EXPECT_EQ(app::Outbox(*olga->store).failedCount().value(), 0);
        EXPECT_EQ(app::Outbox(*olga->store).pendingCount().value(), 0);
        const QJsonArray questions = tanya->get(QStringLiteral("/api/v1/training/exams/") + examId)
                                         .json()
                                         .value(u"questions")
                                         .toArray();
        ASSERT_EQ(questions.size(), 3);
        for (int q = 0; q < 3; ++q)
            EXPECT_EQ(questions[q][u"answered"].toBool(), q < i) << q;
    }

    // The close and the grace minute: each article opened is in the timeline once.
    ASSERT_EQ(
        tanya->send("POST", QStringLiteral("/api/v1/training/exams/%1/end").arg(examId), {}).status,
        200);
    ASSERT_EQ(
        tanya->send("POST", QStringLiteral("/api/v1/test/clock"), json({{L("advance_ms"), 61000}}))
            .status,
        200);
    QJsonObject closed;
    ASSERT_TRUE(waitUntil([&] {
        closed = tanya->get(QStringLiteral("/api/v1/training/exams/") + examId).json();
        return closed.value(u"result").isObject();
    }));
    QMap<QString, int> opened;
    int answers = 0;
    for (const QJsonValue &entry : closed.value(u"result")[u"timeline"].toArray()) {
        if (entry[u"kind"].toString() == u"article_opened")
            ++opened[entry[u"text"].toString()];
        answers += entry[u"kind"].toString() == u"answer" ? 1 : 0;
    }
    EXPECT_EQ(answers, 3);
    ASSERT_EQ(opened.size(), 3) << QJsonDocument(closed).toJson().toStdString();
    for (auto it = opened.cbegin(); it != opened.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Faults, ExamFaultTest, everyNetworkFault(), faultName);

} // namespace frontline::test
