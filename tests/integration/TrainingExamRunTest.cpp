// Issue 19, items 5-7: the exam's simulated customers in the sandbox (they write at once, answer
// the trainee as their scripts say, the next comes when one ends), practice's hint, an exam that
// runs on across a restart, and the end-to-end exam: a trainee who does it right passes, one who
// does nothing fails, both recorded in production, which is otherwise untouched.
#include "tests/integration/EventStream.h"
#include "tests/integration/ExamFixture.h"

#include <QSet>

#include <algorithm>

using namespace frontline;
using namespace frontline::test;

namespace {

using L = QLatin1StringView;
const QString Exams = QStringLiteral("/api/v1/training/exams");

using ExamRunTest = ExamTest;

} // namespace

TEST_P(ExamRunTest, ThreeCustomersWriteAtOnceAndAnswerAsTheirScriptsSay)
{
    freeze();
    const QString id = startFor(QStringLiteral("olga")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    auto ivan = signInTo(QStringLiteral("cohort-1"), QStringLiteral("ivan"));
    const QJsonObject exam = begin(*olga, id);
    const QString refund = ticketOf(exam, QStringLiteral("refund"));
    const QString lost = ticketOf(exam, QStringLiteral("lost"));
    const QString cancel = ticketOf(exam, QStringLiteral("cancel"));
    ASSERT_EQ((QSet<QString>{refund, lost, cancel}).size(), 3)
        << QJsonDocument(exam).toJson().toStdString();
    EXPECT_FALSE(refund.isEmpty());
    EXPECT_EQ(conversation(*olga, refund),
              QStringList{u"customer:I cancelled yesterday. When do I get my money?"_qs});
    EXPECT_EQ(conversation(*olga, lost), QStringList{u"customer:My parcel is lost."_qs});
    // Hers only: assigned to her, seen by nobody else in the cohort.
    const HttpReply ticket = olga->get(u"/api/v1/tickets/" + cancel);
    EXPECT_EQ(ticket.json().value(u"assignee_id").toString(), idOf(*olga));
    EXPECT_EQ(ivan->get(u"/api/v1/tickets/" + cancel).status, 404);
    EXPECT_TRUE(
        ivan->get(QStringLiteral("/api/v1/tickets")).json().value(u"tickets").toArray().isEmpty());

    // A reply that matches a branch gets its answer after the branch's delay, not before; she
    // is seen typing for the last seconds of it.
    EventStream events(backOffice->baseUrl(), olga->token());
    ASSERT_TRUE(events.opened());
    ASSERT_EQ(reply(*olga, refund, QStringLiteral("It takes ten business days.")).status, 201);
    advance(9000);
    const QJsonObject typing = events.nextOfType(u"typing"_qs);
    EXPECT_EQ(typing.value(u"ticket_id").toString(), refund);
    EXPECT_TRUE(typing.value(u"customer").toBool());
    EXPECT_FALSE(conversation(*olga, refund).contains(u"customer:Thanks!"_qs));
    advance(1000);
    EXPECT_TRUE(waitForMessage(*olga, refund, QStringLiteral("customer:Thanks!")));
    // Another reply takes the otherwise branch at once.
    ASSERT_EQ(reply(*olga, lost, QStringLiteral("Let me look.")).status, 201);
    EXPECT_TRUE(waitForMessage(*olga, lost, QStringLiteral("customer:Please find it.")));
    // The trainer sees where each script is.
    const QJsonObject live = examOf(*tanya, id);
    for (const QJsonValue &c : live.value(u"conversations").toArray()) {
        if (c[u"scenario_id"].toString() == u"refund") {
            EXPECT_EQ(c[u"turn"].toString(), u"thanked");
        }
    }
}

// The reply records the canned response it was made from, and the customer's macro_used branch
// takes it; the same words written by hand are just another reply.
TEST_P(ExamRunTest, AReplyMadeFromACannedResponseTakesTheMacroBranch)
{
    const QString id = startFor(QStringLiteral("olga")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    const QJsonObject exam = begin(*olga, id);
    const QString cancel = ticketOf(examOf(*olga, id), QStringLiteral("cancel"));
    ASSERT_FALSE(cancel.isEmpty());
    const QString path = u"/api/v1/tickets/" + cancel + u"/messages";
    const auto post = [&](const QJsonObject &body) {
        return olga->send("POST", path, json(body),
                          {{"Content-Type", "application/json"}, {"Idempotency-Key", newKey()}});
    };
    const QString text = QStringLiteral("Done: your order will not ship.");

    const HttpReply bad = post({{L("body"), text}, {L("macro"), u"Not a slug!"_qs}});
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(errorField(bad), u"macro");
    const HttpReply byHand = post({{L("body"), text}});
    ASSERT_EQ(byHand.status, 201) << byHand.body.toStdString();
    EXPECT_TRUE(byHand.json().value(u"macro").isNull());
    EXPECT_TRUE(waitForMessage(*olga, cancel, QStringLiteral("customer:Can you cancel it?")));

    const HttpReply made = post({{L("body"), text}, {L("macro"), u"cancel-confirmed"_qs}});
    ASSERT_EQ(made.status, 201) << made.body.toStdString();
    EXPECT_EQ(made.json().value(u"macro").toString(), u"cancel-confirmed");
    EXPECT_TRUE(waitForMessage(*olga, cancel, QStringLiteral("customer:Perfect, thanks!")));
    const QJsonArray listed = olga->get(path).json().value(u"messages").toArray();
    ASSERT_FALSE(listed.isEmpty());
    EXPECT_TRUE(std::any_of(listed.begin(), listed.end(), [](const QJsonValue &m) {
        return m[u"macro"].toString() == u"cancel-confirmed";
    }));
    EXPECT_FALSE(exam.isEmpty());
}

TEST_P(ExamRunTest, SilenceAsksAgainAndTheNextScenarioComesWhenOneEnds)
{
    freeze();
    const QString id =
        startFor(QStringLiteral("olga"), {{L("simultaneous"), 2}}).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    QJsonObject exam = begin(*olga, id);
    QStringList started;
    QString waiting;
    for (const QJsonValue &c : exam.value(u"conversations").toArray()) {
        if (c[u"state"].toString() == u"active")
            started.append(c[u"scenario_id"].toString());
        else
            waiting = c[u"scenario_id"].toString();
    }
    ASSERT_EQ(started.size(), 2);
    ASSERT_FALSE(waiting.isEmpty());

    if (started.contains(u"refund"_qs)) {
        // Nobody answered for 90 s: she asks again.
        advance(90 * 1000);
        EXPECT_TRUE(waitForMessage(*olga, ticketOf(exam, QStringLiteral("refund")),
                                   QStringLiteral("customer:Hello? Anyone there?")));
    }
    // One ends (resolved); the next customer writes 5 s later, not before.
    const QString first = started.first();
    ASSERT_EQ(resolve(*olga, ticketOf(exam, first), QStringLiteral("answered")).status, 200);
    const auto stateOf = [&](const QString &scenario) {
        for (const QJsonValue &c : examOf(*olga, id).value(u"conversations").toArray()) {
            if (c[u"scenario_id"].toString() == scenario)
                return c[u"state"].toString();
        }
        return QString();
    };
    ASSERT_TRUE(waitUntil([&] { return stateOf(first) == u"ended"; }));
    advance(4000);
    EXPECT_TRUE(ticketOf(examOf(*olga, id), waiting).isEmpty());
    advance(1000);
    EXPECT_TRUE(waitUntil([&] { return !ticketOf(examOf(*olga, id), waiting).isEmpty(); }));
}

// Item 8: an exam's customers stay hers while she is away past the router's grace time (an
// ordinary chat would go back to its queue, and the exam's to whoever else the queue has).
TEST_P(ExamRunTest, HerCustomersStayHersWhileSheIsAway)
{
    freeze();
    const QString id = startFor(QStringLiteral("olga")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    auto ivan = signInTo(QStringLiteral("cohort-1"), QStringLiteral("ivan"));
    const QJsonObject exam = begin(*olga, id);
    for (HttpClient *client : {ivan.get(), olga.get()}) {
        const HttpReply online = client->send("PUT", QStringLiteral("/api/v1/presence"),
                                              json({{L("status"), QStringLiteral("online")}}));
        ASSERT_EQ(online.status, 200) << online.body.toStdString();
    }
    const HttpReply away = olga->send("PUT", QStringLiteral("/api/v1/presence"),
                                      json({{L("status"), QStringLiteral("break")}}));
    ASSERT_EQ(away.status, 200) << away.body.toStdString();
    advance(3 * 60 * 1000); // the router's sweep runs on each advance
    advance(1);             // served after the sweep the first one queued
    int checked = 0;
    for (const QJsonValue &c : exam.value(u"conversations").toArray()) {
        const QString ticket = c[u"ticket_id"].toString();
        if (ticket.isEmpty())
            continue;
        ++checked;
        EXPECT_EQ(olga->get(u"/api/v1/tickets/"_qs + ticket).json().value(u"assignee_id"),
                  idOf(*olga))
            << ticket.toStdString();
    }
    EXPECT_EQ(checked, 3);
}

TEST_P(ExamRunTest, PracticeHintsOnceWhenNoExpectedArticleWasOpened)
{
    freeze();
    const QString id = startFor(QStringLiteral("olga"), {{L("mode"), QStringLiteral("practice")}})
                           .value(u"id")
                           .toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    const QJsonObject exam = begin(*olga, id);
    EXPECT_TRUE(exam.value(u"closes_at").isNull());
    QString ticket;
    QString scenario;
    for (const QJsonValue &c : exam.value(u"conversations").toArray()) {
        if (!c[u"ticket_id"].toString().isEmpty()) {
            ticket = c[u"ticket_id"].toString();
            scenario = c[u"scenario_id"].toString();
        }
    }
    ASSERT_FALSE(ticket.isEmpty());
    const QString section = scenario == u"refund" ? QStringLiteral("Refunds")
                            : scenario == u"lost" ? QStringLiteral("Delivery")
                                                  : QStringLiteral("Cancellation");
    const QString hint = u"system:Hint: look in the section “" + section + u"”.";
    advance(119 * 1000);
    EXPECT_FALSE(conversation(*olga, ticket).contains(hint));
    advance(1000);
    EXPECT_TRUE(waitForMessage(*olga, ticket, hint));
    advance(300 * 1000);
    EXPECT_TRUE(waitUntil([&] { return examOf(*olga, id).value(u"version").toInt() > 0; }));
    EXPECT_EQ(conversation(*olga, ticket).count(hint), 1);
    // The trainee ends her practice and sees its whole result.
    const HttpReply ended = olga->send("POST", Exams + u"/" + id + u"/end", {});
    ASSERT_EQ(ended.status, 200) << ended.body.toStdString();
    advance(61 * 1000);
    EXPECT_TRUE(waitUntil(
        [&] { return examOf(*olga, id).value(u"result").toObject().contains(u"scenarios"); }));
}

TEST_P(ExamRunTest, ARunningExamRunsOnAfterARestart)
{
    const QString id = startFor(QStringLiteral("olga")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    const QJsonObject exam = begin(*olga, id);
    const QString refund = ticketOf(exam, QStringLiteral("refund"));
    ASSERT_EQ(reply(*olga, refund, QStringLiteral("Let me check.")).status, 201);
    ASSERT_TRUE(waitForMessage(*olga, refund, QStringLiteral("customer:How many days?")));

    backOffice->stop();
    ASSERT_TRUE(backOffice->start());
    tanya = signIn(QStringLiteral("tanya"));
    admin = signIn(QStringLiteral("admin"));
    olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    const QJsonObject resumed = examOf(*olga, id);
    EXPECT_EQ(resumed.value(u"state").toString(), u"running");
    EXPECT_LE(resumed.value(u"seconds_left").toInt(), 45 * 60);
    EXPECT_EQ(resumed.value(u"closes_at"), exam.value(u"closes_at"));
    // The customer's script is where it was: the right words get her thanks.
    freeze();
    ASSERT_EQ(reply(*olga, refund, QStringLiteral("Ten business days.")).status, 201);
    advance(10 * 1000);
    EXPECT_TRUE(waitForMessage(*olga, refund, QStringLiteral("customer:Thanks!")))
        << conversation(*olga, refund).join(u" | ").toStdString();
    // And it closes on its stored clock.
    advance(45 * 60 * 1000);
    EXPECT_EQ(examOf(*olga, id).value(u"state").toString(), u"closed");
}

INSTANTIATE_TEST_SUITE_P(Backends, ExamRunTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
