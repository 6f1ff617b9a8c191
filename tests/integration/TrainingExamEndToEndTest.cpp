// Issue 19, the exam end to end: two trainees of one cohort take the same exam with their sandbox
// tokens, as their desktops would; olga opens the expected articles, answers with the right
// words, escalates and resolves as each scenario expects and answers the questions; ivan does
// nothing. Their records land in production's training_results with the totals and bands worked
// out here from the pack, and production's tickets, customers and figures do not move.
#include "tests/integration/ExamFixture.h"

using namespace frontline;
using namespace frontline::test;

namespace {

using L = QLatin1StringView;
const QString Exams = QStringLiteral("/api/v1/training/exams");

class ExamEndToEndTest : public ExamTest
{
protected:
    // At once: the articles found, the lost parcel handed to the 2nd line, the order cancelled,
    // the questions answered right; 75 s later the refund's right words, resolved as answered.
    void doItRight(HttpClient &olga, const QString &examId, const QJsonObject &exam,
                   const QDateTime &t0);
};

// What production holds that training must never touch.
QStringList productionFigures(BackOfficeProcess &backOffice, HttpClient &supervisor)
{
    QStringList figures;
    for (const char *table : {"tickets", "customers", "messages", "escalations", "csat_responses",
                              "ticket_assignments"}) {
        QVariant count;
        EXPECT_TRUE(
            backOffice.query(u"SELECT COUNT(*) FROM "_qs + QLatin1StringView(table), &count));
        figures.append(QLatin1StringView(table) + u'=' + count.toString());
    }
    figures.append(QString::fromUtf8(
        supervisor
            .get(QStringLiteral("/api/v1/metrics/operators?from=2026-01-01T00:00:00Z"
                                "&to=2027-12-31T00:00:00Z"))
            .body));
    return figures;
}

QVariant recordOf(BackOfficeProcess &backOffice, const QString &column, const QString &examId)
{
    QVariant value;
    EXPECT_TRUE(backOffice.query(u"SELECT "_qs + column +
                                     u" FROM training_results WHERE exam_id = '" + examId + u"'",
                                 &value));
    return value;
}

} // namespace

void ExamEndToEndTest::doItRight(HttpClient &olga, const QString &examId, const QJsonObject &exam,
                                 const QDateTime &t0)
{
    const QString refund = ticketOf(exam, QStringLiteral("refund"));
    const QString lost = ticketOf(exam, QStringLiteral("lost"));
    const QString cancel = ticketOf(exam, QStringLiteral("cancel"));
    const HttpReply found = report(olga, examId,
                                   {opened(refund, QStringLiteral("refund-timing"), t0),
                                    opened(lost, QStringLiteral("lost-parcel"), t0),
                                    opened(cancel, QStringLiteral("cancel-order"), t0),
                                    QJsonObject{{L("kind"), QStringLiteral("search")},
                                                {L("question_id"), QStringLiteral("refund-days")},
                                                {L("query"), QStringLiteral("refund")},
                                                {L("at"), t0.toString(Qt::ISODateWithMs)}}});
    ASSERT_EQ(found.status, 200) << found.body.toStdString();
    EXPECT_EQ(found.json().value(u"accepted").toInt(), 4);
    ASSERT_EQ(reply(olga, lost, QStringLiteral("I am passing this to our delivery team.")).status,
              201);
    ASSERT_EQ(escalate(olga, lost, 2, QStringLiteral("lost_shipment")).status, 201);
    ASSERT_EQ(reply(olga, cancel, QStringLiteral("Your order is cancelled.")).status, 201);
    ASSERT_TRUE(waitForMessage(olga, cancel, QStringLiteral("customer:Great, thank you.")));
    ASSERT_EQ(resolve(olga, cancel, QStringLiteral("cancelled")).status, 200);
    const QString at = t0.toString(Qt::ISODateWithMs);
    const QJsonObject single{{L("question_id"), QStringLiteral("refund-days")},
                             {L("shown_at"), at},
                             {L("answered_at"), at},
                             {L("chosen"), QJsonArray{1}}};
    const HttpReply answered = answer(olga, examId, single);
    ASSERT_EQ(answered.status, 200) << answered.body.toStdString();
    EXPECT_EQ(answer(olga, examId, single).status, 409); // one answer per question
    ASSERT_EQ(answer(olga, examId,
                     {{L("question_id"), QStringLiteral("cancel-when")},
                      {L("shown_at"), at},
                      {L("answered_at"), at},
                      {L("text"), QStringLiteral("Before shipping, always.")}})
                  .status,
              200);
    // 75 s later the refund: the right words, resolved as answered.
    advance(75 * 1000);
    ASSERT_EQ(reply(olga, refund, QStringLiteral("It takes ten business days.")).status, 201);
    ASSERT_EQ(resolve(olga, refund, QStringLiteral("answered")).status, 200);
}

TEST_P(ExamEndToEndTest, ATraineeWhoDoesItRightPassesAndOneWhoDoesNothingFails)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QStringList before = productionFigures(*backOffice, *sofia);
    const QDateTime t0 = freeze();

    const HttpReply started = start({{L("sandbox"), QStringLiteral("cohort-1")}});
    ASSERT_EQ(started.status, 201) << started.body.toStdString();
    QString olgasExam;
    QString ivansExam;
    for (const QJsonValue &exam : started.json().value(u"exams").toArray())
        (exam[u"operator_id"].toString() == olgaId ? olgasExam : ivansExam) =
            exam[u"id"].toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    auto ivan = signInTo(QStringLiteral("cohort-1"), QStringLiteral("ivan"));
    const HttpReply begunOlga = olga->send("POST", Exams + u"/" + olgasExam + u"/start", {},
                                           {{"Idempotency-Key", newKey()}});
    ASSERT_EQ(begunOlga.status, 200) << begunOlga.body.toStdString();
    ASSERT_EQ(ivan->send("POST", Exams + u"/" + ivansExam + u"/start", {}).status, 200);
    const QJsonObject exam = begunOlga.json();

    doItRight(*olga, olgasExam, exam, t0);
    ASSERT_FALSE(HasFatalFailure());

    // The close, and the grace for late reports.
    advance(45 * 60 * 1000);
    advance(60 * 1000 + 1);
    ASSERT_TRUE(waitUntil([&] {
        return !examOf(*tanya, olgasExam).value(u"result").isNull() &&
               !examOf(*tanya, ivansExam).value(u"result").isNull();
    }));

    // Worked out from the pack: refund earns everything but first response, answered after 75 s
    // (full at 30 s, none at 120 s): 5 × (120 − 75) / 90 = 2.5 of 5, so 97.5; lost and cancel
    // 100 each; both questions 100. (97.5 + 100 + 100 + 100 + 100) / 5 = 99.5: Expert.
    const QJsonObject olgas = examOf(*tanya, olgasExam).value(u"result").toObject();
    EXPECT_DOUBLE_EQ(olgas.value(u"total").toDouble(), 99.5)
        << QJsonDocument(olgas).toJson().toStdString();
    EXPECT_TRUE(olgas.value(u"passed").toBool());
    EXPECT_EQ(olgas.value(u"band").toString(), u"Expert");
    // Ivan's customers never got an answer, his questions none: 0, "Needs training".
    const QJsonObject ivans = examOf(*tanya, ivansExam).value(u"result").toObject();
    EXPECT_DOUBLE_EQ(ivans.value(u"total").toDouble(), 0);
    EXPECT_FALSE(ivans.value(u"passed").toBool());
    EXPECT_EQ(ivans.value(u"band").toString(), u"Needs training");

    // Production's records, the only production data training writes.
    EXPECT_DOUBLE_EQ(recordOf(*backOffice, QStringLiteral("total"), olgasExam).toDouble(), 99.5);
    EXPECT_EQ(recordOf(*backOffice, QStringLiteral("passed"), olgasExam).toInt(), 1);
    EXPECT_EQ(recordOf(*backOffice, QStringLiteral("band"), olgasExam).toString(), u"Expert");
    EXPECT_EQ(recordOf(*backOffice, QStringLiteral("state"), olgasExam).toString(), u"closed");
    EXPECT_EQ(recordOf(*backOffice, QStringLiteral("operator_id"), olgasExam).toString(), olgaId);
    EXPECT_DOUBLE_EQ(recordOf(*backOffice, QStringLiteral("total"), ivansExam).toDouble(), 0);
    EXPECT_EQ(recordOf(*backOffice, QStringLiteral("band"), ivansExam).toString(),
              u"Needs training");
    EXPECT_EQ(productionFigures(*backOffice, *sofia), before);

    // The record outlives the sandbox.
    ASSERT_EQ(
        tanya->send("DELETE", QStringLiteral("/api/v1/training/sandboxes/cohort-1"), {}).status,
        204);
    const HttpReply kept = tanya->get(Exams + u"/" + olgasExam);
    ASSERT_EQ(kept.status, 200) << kept.body.toStdString();
    EXPECT_DOUBLE_EQ(kept.json()[u"result"][u"total"].toDouble(), 99.5);
}

INSTANTIATE_TEST_SUITE_P(Backends, ExamEndToEndTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
