// Issue 19, items 7-10: exams started by the trainer for one trainee or the cohort, taken by the
// trainee in the sandbox, closed on the back office's clock, their records in production.
#include "tests/integration/ExamFixture.h"

using namespace frontline;
using namespace frontline::test;

namespace {

using L = QLatin1StringView;
const QString Exams = QStringLiteral("/api/v1/training/exams");
constexpr qint64 ExamGraceMs = 60 * 1000;

QStringList idsOf(const HttpReply &reply)
{
    QStringList ids;
    for (const QJsonValue &exam : reply.json().value(u"exams").toArray())
        ids.append(exam[u"id"].toString());
    return ids;
}

} // namespace

TEST_P(ExamTest, StartsForOneTraineeThenForTheCohort)
{
    const QJsonObject olgas = startFor(QStringLiteral("olga"));
    EXPECT_TRUE(olgas.value(u"id").toString().startsWith(u"ex-"));
    EXPECT_EQ(olgas.value(u"state").toString(), u"not_started");
    EXPECT_EQ(olgas.value(u"operator_id").toString(), olgaId);
    EXPECT_EQ(olgas.value(u"sandbox_title").toString(), u"Cohort 1");
    EXPECT_EQ(olgas.value(u"duration_minutes").toInt(), 45);
    EXPECT_EQ(olgas.value(u"seconds_left").toInt(), 45 * 60);
    EXPECT_EQ(olgas.value(u"scenario_count").toInt(), 3);
    EXPECT_EQ(olgas.value(u"questions").toArray().size(), 2);

    // The cohort includes olga, whose exam is not closed: nothing is started, ivan's neither.
    const HttpReply cohort = start({{L("sandbox"), QStringLiteral("cohort-1")}});
    EXPECT_EQ(cohort.status, 409) << cohort.body.toStdString();
    auto ivan = signInTo(QStringLiteral("cohort-1"), QStringLiteral("ivan"));
    EXPECT_TRUE(ivan->get(Exams + u"/mine").json().value(u"exams").toArray().isEmpty());

    const HttpReply ended =
        tanya->send("POST", Exams + u"/" + olgas[u"id"].toString() + u"/end", {});
    ASSERT_EQ(ended.status, 200) << ended.body.toStdString();
    EXPECT_EQ(ended.json().value(u"state").toString(), u"closed");
    const HttpReply again = start(
        {{L("sandbox"), QStringLiteral("cohort-1")}, {L("mode"), QStringLiteral("practice")}});
    ASSERT_EQ(again.status, 201) << again.body.toStdString();
    ASSERT_EQ(again.json().value(u"exams").toArray().size(), 2);
    for (const QJsonValue &exam : again.json().value(u"exams").toArray()) {
        EXPECT_EQ(exam[u"mode"].toString(), u"practice");
        EXPECT_TRUE(exam[u"duration_minutes"].isNull());
        EXPECT_EQ(exam[u"simultaneous"].toInt(), 1);
    }

    // Each trainee sees her own, without what only trainers see.
    const QJsonArray mine = ivan->get(Exams + u"/mine").json().value(u"exams").toArray();
    ASSERT_EQ(mine.size(), 1);
    EXPECT_FALSE(mine[0].toObject().contains(u"operator_id"));
    for (const QJsonValue &c : mine[0][u"conversations"].toArray())
        EXPECT_FALSE(c.toObject().contains(u"turn"));
    for (const QJsonValue &q : mine[0][u"questions"].toArray()) {
        EXPECT_FALSE(q.toObject().contains(u"correct"));
        EXPECT_FALSE(q.toObject().contains(u"expected_words"));
    }

    // The trainer lists them newest first; production keeps a record of each.
    const HttpReply list = tanya->get(Exams + u"?sandbox=cohort-1");
    ASSERT_EQ(list.status, 200) << list.body.toStdString();
    EXPECT_EQ(idsOf(list).size(), 3);
    EXPECT_EQ(idsOf(tanya->get(Exams + u"?mode=practice")).size(), 2);
    EXPECT_EQ(idsOf(tanya->get(Exams + u"?operator_id=" + olgaId)).size(), 2);
    QVariant records;
    ASSERT_TRUE(
        backOffice->query(QStringLiteral("SELECT COUNT(*) FROM training_results"), &records));
    EXPECT_EQ(records.toInt(), 3);
}

TEST_P(ExamTest, RefusesWhatIsWrongNamingTheField)
{
    const struct
    {
        QJsonObject body;
        const char *field;
    } cases[] = {
        {{{L("mode"), QStringLiteral("exam")}}, "sandbox"},
        {{{L("sandbox"), QStringLiteral("nowhere")}}, "sandbox"},
        {{{L("sandbox"), QStringLiteral("cohort-1")}, {L("mode"), QStringLiteral("quiz")}}, "mode"},
        {{{L("sandbox"), QStringLiteral("cohort-1")}, {L("pack_id"), QStringLiteral("nope")}},
         "pack_id"},
        {{{L("sandbox"), QStringLiteral("cohort-1")}, {L("duration_minutes"), 3}},
         "duration_minutes"},
        {{{L("sandbox"), QStringLiteral("cohort-1")}, {L("simultaneous"), 6}}, "simultaneous"},
        {{{L("sandbox"), QStringLiteral("cohort-1")},
          {L("operator_ids"), QJsonArray{QStringLiteral("999")}}},
         "operator_ids"},
    };
    for (const auto &each : cases) {
        const HttpReply refused = start(each.body);
        EXPECT_EQ(refused.status, 422) << each.field << refused.body.toStdString();
        EXPECT_EQ(errorField(refused), QString::fromLatin1(each.field))
            << refused.body.toStdString();
    }
    // A list over its maximum is too_long.
    QJsonArray many;
    for (int i = 1; i <= 201; ++i)
        many.append(QString::number(i));
    const HttpReply tooMany =
        start({{L("sandbox"), QStringLiteral("cohort-1")}, {L("operator_ids"), many}});
    EXPECT_EQ(tooMany.status, 422);
    EXPECT_EQ(errorCode(tooMany), u"too_long");
    QVariant records;
    ASSERT_TRUE(
        backOffice->query(QStringLiteral("SELECT COUNT(*) FROM training_results"), &records));
    EXPECT_EQ(records.toInt(), 0);
}

TEST_P(ExamTest, OnlyItsTraineeTakesItAndOnlyItsTrainerSeesIt)
{
    const QString id = startFor(QStringLiteral("olga")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    auto ivan = signInTo(QStringLiteral("cohort-1"), QStringLiteral("ivan"));
    auto olgaInProduction = signIn(QStringLiteral("olga"));
    auto tomas = signIn(QStringLiteral("tomas"));
    auto tanyaInSandbox = signInTo(QStringLiteral("cohort-1"), QStringLiteral("tanya"));

    EXPECT_EQ(ivan->send("POST", Exams + u"/" + id + u"/start", {}).status, 403);
    EXPECT_EQ(ivan->get(Exams + u"/" + id).status, 404);
    EXPECT_EQ(olgaInProduction->send("POST", Exams + u"/" + id + u"/start", {}).status, 404);
    EXPECT_TRUE(olgaInProduction->get(Exams + u"/mine").json().value(u"exams").toArray().isEmpty());
    EXPECT_EQ(tomas->get(Exams + u"/" + id).status, 404);
    EXPECT_TRUE(idsOf(tomas->get(Exams)).isEmpty());
    EXPECT_EQ(tomas->send("POST", Exams + u"/" + id + u"/end", {}).status, 404);
    EXPECT_EQ(idsOf(admin->get(Exams)), QStringList{id});
    // Exams are started and listed from production; the sandbox's own trainer reads them there.
    EXPECT_EQ(tanyaInSandbox->get(Exams).status, 403);
    EXPECT_EQ(
        tanyaInSandbox->send("POST", Exams, json({{L("sandbox"), QStringLiteral("cohort-1")}}))
            .status,
        403);
    EXPECT_EQ(tanyaInSandbox->get(Exams + u"/" + id).json().value(u"operator_id").toString(),
              olgaId);
    // The trainee ends practice, never an exam.
    EXPECT_EQ(olga->send("POST", Exams + u"/" + id + u"/end", {}).status, 403);

    const HttpReply begun = olga->send("POST", Exams + u"/" + id + u"/start", {});
    ASSERT_EQ(begun.status, 200) << begun.body.toStdString();
    EXPECT_EQ(begun.json().value(u"state").toString(), u"running");
    EXPECT_EQ(olga->send("POST", Exams + u"/" + id + u"/start", {}).status, 409);
}

TEST_P(ExamTest, ClosesAtTheClosingMillisecondWithAGraceForReportedEvents)
{
    freeze();
    const QString id = startFor(QStringLiteral("olga")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    const QJsonObject early =
        answer(*olga, id,
               {{L("question_id"), QStringLiteral("refund-days")}, {L("chosen"), QJsonArray{1}}})
            .json();
    EXPECT_EQ(early[u"error"][u"code"].toString(), u"exam_not_started");
    const HttpReply begun = olga->send("POST", Exams + u"/" + id + u"/start", {});
    ASSERT_EQ(begun.status, 200) << begun.body.toStdString();
    const QString ticket = ticketOf(begun.json(), QStringLiteral("refund"));
    ASSERT_FALSE(ticket.isEmpty()) << begun.body.toStdString();
    const QDateTime closesAt =
        QDateTime::fromString(begun.json().value(u"closes_at").toString(), Qt::ISODateWithMs);

    // One millisecond before the close everything is taken; at the close nothing is.
    const QDateTime last = advance(45 * 60 * 1000 - 1);
    EXPECT_EQ(last.msecsTo(closesAt), 1);
    EXPECT_EQ(reply(*olga, ticket, QStringLiteral("One moment")).status, 201);
    advance(1);
    const HttpReply late = reply(*olga, ticket, QStringLiteral("Ten business days"));
    EXPECT_EQ(late.status, 409);
    EXPECT_EQ(errorCode(late), u"exam_closed");
    EXPECT_EQ(errorCode(answer(*olga, id,
                               {{L("question_id"), QStringLiteral("refund-days")},
                                {L("chosen"), QJsonArray{1}}})),
              u"exam_closed");
    EXPECT_EQ(errorCode(escalate(*olga, ticket, 2, QStringLiteral("lost_shipment"))),
              u"exam_closed");
    EXPECT_EQ(errorCode(resolve(*olga, ticket, QStringLiteral("answered"))), u"exam_closed");
    EXPECT_FALSE(conversation(*olga, ticket).contains(u"operator:Ten business days"_qs));

    // Events from before the close are still taken for a minute; later ones are not.
    const HttpReply inGrace =
        report(*olga, id,
               {opened(ticket, QStringLiteral("refund-timing"), closesAt.addMSecs(-1)),
                opened(ticket, QStringLiteral("lost-parcel"), closesAt.addMSecs(1))});
    ASSERT_EQ(inGrace.status, 200) << inGrace.body.toStdString();
    EXPECT_EQ(inGrace.json().value(u"accepted").toInt(), 1);
    EXPECT_TRUE(examOf(*olga, id).value(u"result").isNull());
    advance(60 * 1000);
    const HttpReply afterGrace =
        report(*olga, id, {opened(ticket, QStringLiteral("refund-timing"), closesAt)});
    EXPECT_EQ(afterGrace.status, 409);
    EXPECT_EQ(errorCode(afterGrace), u"exam_closed");
    const QJsonObject closed = examOf(*olga, id);
    EXPECT_EQ(closed.value(u"state").toString(), u"closed");
    // The trainee sees the verdict only; the trainer everything.
    EXPECT_EQ(
        closed.value(u"result").toObject().keys(),
        (QStringList{QStringLiteral("band"), QStringLiteral("passed"), QStringLiteral("total")}));
    const QJsonObject full = examOf(*tanya, id).value(u"result").toObject();
    EXPECT_TRUE(full.contains(u"timeline"));
    EXPECT_EQ(full.value(u"transcripts").toArray().size(), 3);
    bool found = false;
    for (const QJsonValue &line : full.value(u"timeline").toArray())
        found = found || (line[u"kind"].toString() == u"article_opened" &&
                          line[u"text"].toString() == u"refund-timing");
    EXPECT_TRUE(found);
}

TEST_P(ExamTest, TheFeedCarriesAnExamToItsTraineeAndItsTrainer)
{
    const QString id = startFor(QStringLiteral("olga")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    auto ivan = signInTo(QStringLiteral("cohort-1"), QStringLiteral("ivan"));
    auto tanyaInSandbox = signInTo(QStringLiteral("cohort-1"), QStringLiteral("tanya"));
    ASSERT_EQ(olga->send("POST", Exams + u"/" + id + u"/start", {}).status, 200);
    const auto examsIn = [](HttpClient &client) {
        QList<QJsonObject> exams;
        const HttpReply page = client.get(QStringLiteral("/api/v1/changes?limit=5000"));
        EXPECT_EQ(page.status, 200) << page.body.toStdString();
        for (const QJsonValue &change : page.json().value(u"changes").toArray()) {
            if (change[u"entity"].toString() == u"exam")
                exams.append(change[u"data"].toObject());
        }
        return exams;
    };
    const QList<QJsonObject> hers = examsIn(*olga);
    ASSERT_FALSE(hers.isEmpty());
    for (const QJsonObject &exam : hers) {
        EXPECT_EQ(exam.value(u"id").toString(), id);
        EXPECT_FALSE(exam.contains(u"operator_id")); // her view
    }
    EXPECT_EQ(hers.last().value(u"state").toString(), u"running");
    EXPECT_TRUE(examsIn(*ivan).isEmpty());
    const QList<QJsonObject> trainers = examsIn(*tanyaInSandbox);
    ASSERT_EQ(trainers.size(), hers.size());
    EXPECT_EQ(trainers.last().value(u"operator_id").toString(), olgaId);
    // Production's feed carries no exam, to anyone.
    for (const QString &user : {QStringLiteral("tanya"), QStringLiteral("admin"),
                                QStringLiteral("sofia"), QStringLiteral("olga")})
        EXPECT_TRUE(examsIn(*signIn(user)).isEmpty()) << user.toStdString();
}

TEST_P(ExamTest, TrainingIsManagedFromProductionAndAPackInUseStays)
{
    // Courses and operators' figures are production's: a sandbox's token gets 403 (decision 5c).
    auto tanyaInSandbox = signInTo(QStringLiteral("cohort-1"), QStringLiteral("tanya"));
    EXPECT_EQ(tanyaInSandbox->get(QStringLiteral("/api/v1/training/courses")).status, 403);
    EXPECT_EQ(tanyaInSandbox
                  ->send("POST", QStringLiteral("/api/v1/training/courses"),
                         json({{L("operator_id"), olgaId},
                               {L("pack_id"), QStringLiteral("exam-pack")},
                               {L("scenario_ids"), QJsonArray{QStringLiteral("refund")}},
                               {L("reason"), QStringLiteral("Practice refunds")}}))
                  .status,
              403);
    EXPECT_EQ(tanyaInSandbox->get(u"/api/v1/training/operators/" + olgaId + u"/figures").status,
              403);
    // From production a course names the pack's scenarios.
    const HttpReply course =
        tanya->send("POST", QStringLiteral("/api/v1/training/courses"),
                    json({{L("operator_id"), olgaId},
                          {L("pack_id"), QStringLiteral("exam-pack")},
                          {L("scenario_ids"), QJsonArray{QStringLiteral("refund")}},
                          {L("reason"), QStringLiteral("Practice refunds")}}));
    EXPECT_EQ(course.status, 201) << course.body.toStdString();

    // The pack stays while an exam on it is not closed and scored (decision 5b).
    const QString id = startFor(QStringLiteral("olga")).value(u"id").toString();
    const QString pack = QStringLiteral("/api/v1/training/packs/exam-pack");
    const HttpReply refused = tanya->send("DELETE", pack, {});
    EXPECT_EQ(refused.status, 409) << refused.body.toStdString();
    EXPECT_TRUE(refused.json()[u"error"][u"message"].toString().contains(id));
    ASSERT_EQ(tanya->send("POST", Exams + u"/" + id + u"/end", {}).status, 200);
    EXPECT_EQ(tanya->send("DELETE", pack, {}).status, 409); // closed, not scored yet
    advance(ExamGraceMs + 1);
    EXPECT_TRUE(waitUntil([&] { return !examOf(*tanya, id).value(u"result").isNull(); }));
    EXPECT_EQ(tanya->send("DELETE", pack, {}).status, 204);
}

INSTANTIATE_TEST_SUITE_P(Backends, ExamTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
