// Trainers' sandboxes and exams on several back offices that share one PostgreSQL behind the
// front: a sandbox made through one is served by the other at once; one reset or deleted through
// one is closed on the other; an exam ended through one silences its customers on the other,
// which plays them; and only one instance plays an exam's customers, even after restarts.
#include "tests/integration/EventStream.h"
#include "tests/integration/ExamFixture.h"

#include <algorithm>

using namespace frontline::test;

namespace {

using L = QLatin1StringView;

// A second back office on `first`'s database, started now, with the test's own options.
std::unique_ptr<BackOfficeProcess> startSecond(const BackOfficeProcess &first,
                                               const QStringList &arguments)
{
    auto second = std::make_unique<BackOfficeProcess>(
        QStringList{QStringLiteral("--login-delay-ms"), QStringLiteral("1")} + arguments,
        Backend::Postgresql);
    second->shareDatabaseWith(first);
    EXPECT_TRUE(second->start());
    return second;
}

class SandboxInstancesTest : public SandboxTest
{
protected:
    static qsizetype ticketCount(HttpClient &client)
    {
        return client.get(QStringLiteral("/api/v1/tickets")).json()[u"tickets"].toArray().size();
    }
};

class ExamInstancesTest : public ExamTest
{
protected:
    static qsizetype countOf(const QStringList &lines, const QString &line)
    {
        return std::count(lines.begin(), lines.end(), line);
    }
};

} // namespace

TEST_P(SandboxInstancesTest, ASandboxIsServedAndClosedByEveryInstance)
{
    auto second = startSecond(*backOffice, extraArguments());
    ASSERT_FALSE(HasFailure());
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_EQ(tanya
                  ->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                         sandboxBody(QStringLiteral("cohort-m"), QStringLiteral("Cohort M")))
                  .status,
              201);
    const QString olgaId = idOf(*signIn(QStringLiteral("olga")));
    ASSERT_EQ(
        tanya->send("PUT", u"/api/v1/training/sandboxes/cohort-m/trainees/" + olgaId, {}).status,
        200);

    // Made through the first after the second started: the second serves it all the same.
    HttpReply login;
    auto olga =
        signInTo(second->baseUrl(), QStringLiteral("cohort-m"), QStringLiteral("olga"), &login);
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    createTicket(*olga, QStringLiteral("orders"), QStringLiteral("Practice ticket"));
    HttpClient olgaOnFirst(backOffice->baseUrl());
    olgaOnFirst.setBearerToken(olga->token());
    EXPECT_EQ(ticketCount(olgaOnFirst), 1);
    EventStream events(second->baseUrl(), olga->token());
    ASSERT_TRUE(events.opened());

    // Reset through the first: the second lets go of it, so her socket there closes and her
    // token stops working there; signing in again there finds it empty.
    ASSERT_EQ(
        tanya->send("POST", QStringLiteral("/api/v1/training/sandboxes/cohort-m/reset"), {}).status,
        200);
    ASSERT_TRUE(events.waitClosed());
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 401);
    olga = signInTo(second->baseUrl(), QStringLiteral("cohort-m"), QStringLiteral("olga"), &login);
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    EXPECT_EQ(ticketCount(*olga), 0);
    createTicket(*olga, QStringLiteral("orders"), QStringLiteral("After the reset"));
    EXPECT_EQ(ticketCount(*olga), 1);

    // Deleted through the first: gone on the second too, and its schema is not made again.
    EventStream again(second->baseUrl(), olga->token());
    ASSERT_TRUE(again.opened());
    ASSERT_EQ(
        tanya->send("DELETE", QStringLiteral("/api/v1/training/sandboxes/cohort-m"), {}).status,
        204);
    ASSERT_TRUE(again.waitClosed());
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 401);
    signInTo(second->baseUrl(), QStringLiteral("cohort-m"), QStringLiteral("olga"), &login);
    EXPECT_EQ(login.status, 401);
    QVariant schemas;
    ASSERT_TRUE(backOffice->query(QStringLiteral("SELECT COUNT(*) FROM pg_namespace WHERE "
                                                 "nspname = 'sandbox_cohort_m'"),
                                  &schemas));
    EXPECT_EQ(schemas.toInt(), 0);
}

// olga's exam is played by the first instance (she began it there) and answers her there; tanya
// ends it through the second; the customer who had an answer due says nothing more, while ivan's,
// due at the same moment, still answers him.
TEST_P(ExamInstancesTest, AnExamEndedThroughAnotherInstanceFallsSilentOnTheOneThatPlaysIt)
{
    auto second = startSecond(*backOffice, extraArguments());
    ASSERT_FALSE(HasFailure());
    freeze();
    const QString olgaExam = startFor(QStringLiteral("olga")).value(u"id").toString();
    const QString ivanExam = startFor(QStringLiteral("ivan")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    auto ivan = signInTo(QStringLiteral("cohort-1"), QStringLiteral("ivan"));
    const QString olgasRefund = ticketOf(begin(*olga, olgaExam), QStringLiteral("refund"));
    const QString ivansRefund = ticketOf(begin(*ivan, ivanExam), QStringLiteral("refund"));
    for (auto [client, ticket] : {std::pair{olga.get(), olgasRefund}, {ivan.get(), ivansRefund}})
        ASSERT_EQ(reply(*client, ticket, QStringLiteral("It takes ten business days.")).status,
                  201);

    HttpClient tanyaOnSecond(second->baseUrl());
    tanyaOnSecond.setBearerToken(tanya->token());
    const HttpReply ended =
        tanyaOnSecond.send("POST", u"/api/v1/training/exams/" + olgaExam + u"/end", {});
    ASSERT_EQ(ended.status, 200) << ended.body.toStdString();
    advance(10000);
    ASSERT_TRUE(waitForMessage(*ivan, ivansRefund, QStringLiteral("customer:Thanks!")));
    EXPECT_FALSE(conversation(*olga, olgasRefund).contains(u"customer:Thanks!"_qs));
}

// The first plays olga's exam; a second instance that starts meanwhile leaves it alone, so the
// customer answers her once. When the first stops, the second takes the exam over and plays on.
TEST_P(ExamInstancesTest, OneInstancePlaysAnExamAndAnotherTakesItOverWhenItStops)
{
    freeze();
    const QString examId = startFor(QStringLiteral("olga")).value(u"id").toString();
    auto olga = signInTo(QStringLiteral("cohort-1"), QStringLiteral("olga"));
    const QJsonObject begun = begin(*olga, examId);
    const QString refund = ticketOf(begun, QStringLiteral("refund"));
    const QString lost = ticketOf(begun, QStringLiteral("lost"));
    auto second = startSecond(
        *backOffice, extraArguments()); // it finds the exam running, and played by the first
    ASSERT_FALSE(HasFailure());
    HttpClient adminOnSecond(second->baseUrl());
    adminOnSecond.setBearerToken(admin->token());
    const auto advanceSecond = [&](qint64 ms) {
        const HttpReply moved =
            adminOnSecond.send("POST", QStringLiteral("/api/v1/test/clock"),
                               json({{L("freeze"), true}, {L("advance_ms"), double(ms)}}));
        ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    };
    advanceSecond(0);
    HttpClient olgaOnSecond(second->baseUrl());
    olgaOnSecond.setBearerToken(olga->token());
    EventStream there(second->baseUrl(), olga->token());
    ASSERT_TRUE(there.opened());

    ASSERT_EQ(reply(*olga, refund, QStringLiteral("It takes ten business days.")).status, 201);
    ASSERT_FALSE(there.nextOfType(QStringLiteral("changed")).isEmpty()); // the second heard it
    advanceSecond(10000);
    advance(10000);
    ASSERT_TRUE(waitForMessage(*olga, refund, QStringLiteral("customer:Thanks!")));
    EXPECT_EQ(countOf(conversation(olgaOnSecond, refund), QStringLiteral("customer:Thanks!")), 1);

    backOffice->stop();
    ASSERT_EQ(reply(olgaOnSecond, lost, QStringLiteral("Let me look.")).status, 201);
    // The second looks for exams nobody plays whenever its clock moves (and every 10 s).
    EXPECT_TRUE(waitUntil([&] {
        advanceSecond(0);
        return conversation(olgaOnSecond, lost).contains(u"customer:Please find it."_qs);
    }));
    EXPECT_EQ(countOf(conversation(olgaOnSecond, refund), QStringLiteral("customer:Thanks!")), 1);
}

// Several instances share one database on PostgreSQL only: on SQLite one back office owns its
// files.
INSTANTIATE_TEST_SUITE_P(Backends, SandboxInstancesTest, ::testing::Values(Backend::Postgresql),
                         backendName);
INSTANTIATE_TEST_SUITE_P(Backends, ExamInstancesTest, ::testing::Values(Backend::Postgresql),
                         backendName);
