// Sign-in behind the nginx front (issue 16, items 5-7): throttles keyed by the client the trusted
// front names, nobody locked out where they sign in, one password check per attempt whatever the
// username, checks off the request thread, a per-account limit, and no dead tokens left behind.
#include "tests/integration/ApiFixture.h"
#include "tests/support/BackOfficeLog.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace frontline::test;

namespace {

const QLatin1StringView Username("username");
const QLatin1StringView Password("password");
const QString LoginPath = QStringLiteral("/api/v1/auth/login");
// Documentation addresses (RFC 5737): an attacker, and two offices an operator works from.
const QByteArray Attacker = "203.0.113.66";
const QByteArray OlgasDesk = "198.51.100.7";
const QByteArray OlgasHome = "198.51.100.8";

// The back office behind a front on loopback: 127.0.0.1 is the trusted proxy, so each request's
// X-Forwarded-For says which client it comes from.
class SignInApiTest : public ApiTest
{
protected:
    QStringList extraArguments() const override
    {
        return {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--test-clock"), QStringLiteral("--sign-ins-per-minute"),
                QStringLiteral("10")};
    }

    HttpReply login(const QString &username, const QString &password,
                    const QByteArray &forwardedFor)
    {
        return anonymous()->send(
            "POST", LoginPath, json({{Username, username}, {Password, password}}),
            {{"Content-Type", "application/json"}, {"X-Forwarded-For", forwardedFor}});
    }

    void advanceClock(qint64 ms)
    {
        auto client = signIn(QStringLiteral("admin"));
        const HttpReply moved = client->send("POST", QStringLiteral("/api/v1/test/clock"),
                                             json({{QLatin1StringView("advance_ms"), double(ms)}}));
        ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    }

    // One sample of /metrics, -1 when it is not there.
    double metric(const QByteArray &name)
    {
        const HttpReply reply = anonymous()->get(QStringLiteral("/metrics"));
        for (const QByteArray &line : reply.body.split('\n')) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1).toDouble();
        }
        return -1;
    }

    qint64 tokensOf(const QString &username)
    {
        QVariant count;
        EXPECT_TRUE(backOffice->query(
            QStringLiteral("SELECT COUNT(*) FROM tokens t JOIN operators o ON o.id = "
                           "t.operator_id WHERE o.username = '%1'")
                .arg(username),
            &count));
        return count.toLongLong();
    }
};

// Item 5: made-up names from one client behind the front lock out that client, not the front.
TEST_P(SignInApiTest, MadeUpNamesFromOneClientDoNotLockOutEveryoneBehindTheFront)
{
    int last = 0;
    for (int attempt = 0; attempt < 31; ++attempt)
        last = login(QStringLiteral("nobody%1").arg(attempt), QStringLiteral("guess"), Attacker)
                   .status;
    EXPECT_EQ(last, 429);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 200);
    EXPECT_EQ(login(QStringLiteral("ivan"), QStringLiteral("secret"), Attacker).status, 429);
}

// Item 5: only the trusted front's own entry counts; what the client wrote before it is a claim.
TEST_P(SignInApiTest, AClientCannotForgeItsAddressThroughTheFront)
{
    for (int attempt = 0; attempt < 30; ++attempt) {
        login(QStringLiteral("nobody%1").arg(attempt), QStringLiteral("guess"),
              "10.0.0." + QByteArray::number(attempt) + ", " + Attacker);
    }
    const HttpReply reply =
        login(QStringLiteral("ivan"), QStringLiteral("secret"), "10.9.9.9, " + Attacker);
    EXPECT_EQ(reply.status, 429);
    EXPECT_EQ(errorCode(reply), u"rate_limited");
}

// Behind the front, the request log names the client the front saw, and the front itself.
TEST_P(SignInApiTest, TheRequestLogNamesTheClientBehindTheFront)
{
    BackOfficeLog log;
    const HttpReply reply = login(QStringLiteral("ivan"), QStringLiteral("secret"), "203.0.113.7");
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QString id = QString::fromLatin1(reply.header("X-Request-Id"));
    QString line;
    EXPECT_TRUE(waitUntil([&] {
        for (const QString &logged : log.lines()) {
            if (logged.contains(u"request=" + id))
                line = logged;
        }
        return !line.isEmpty();
    })) << log.lines().join(u'\n').toStdString();
    EXPECT_TRUE(line.contains(u"remote=203.0.113.7 via=127.0.0.1")) << line.toStdString();
}

// Item 5: others' failures on olga's name do not lock her out where she signs in; her own
// address still allows only so many wrong guesses, and every lock follows the back office clock.
TEST_P(SignInApiTest, OthersFailuresDoNotLockAnAccountOutWhereItSignedInBefore)
{
    ASSERT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 200);
    int last = 0;
    for (int attempt = 0; attempt < 12; ++attempt)
        last = login(QStringLiteral("olga"), QStringLiteral("guess"), Attacker).status;
    EXPECT_EQ(last, 429);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasHome).status, 429);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 200);

    // A guesser at her own desk: her desk's count of wrong passwords still locks.
    advanceClock(60'000);
    for (int attempt = 0; attempt < 10; ++attempt)
        login(QStringLiteral("olga"), QStringLiteral("guess"), OlgasDesk);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 429);

    advanceClock(15 * 60'000 + 1000);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 200);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasHome).status, 200);
}

// Item 6: an unknown username runs the same password check a known one does, exactly once; so
// both take the same time (the count is asserted, not the time).
TEST_P(SignInApiTest, EveryAttemptRunsExactlyOnePasswordCheck)
{
    const QByteArray total = "frontline_password_checks_total";
    const double before = metric(total);
    ASSERT_GE(before, 0) << "no " << total.toStdString() << " in /metrics";
    EXPECT_EQ(login(QStringLiteral("nobody"), QStringLiteral("guess"), Attacker).status, 401);
    EXPECT_EQ(metric(total), before + 1);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("guess"), Attacker).status, 401);
    EXPECT_EQ(metric(total), before + 2);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 200);
    EXPECT_EQ(metric(total), before + 3);
}

// Sign-ins sent at once, a connection each as separate desks would have, from addresses
// 198.51.100.(20 + i), each naming one of the staff.
struct ParallelSignIns
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> desks;
    std::vector<QNetworkReply *> replies;

    ParallelSignIns(const QUrl &server, int count)
    {
        const QStringList staff{QStringLiteral("ivan"), QStringLiteral("pavel"),
                                QStringLiteral("sofia"), QStringLiteral("tanya")};
        for (int i = 0; i < count; ++i) {
            QUrl url = server;
            url.setPath(LoginPath);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("X-Forwarded-For", "198.51.100." + QByteArray::number(20 + i));
            desks.push_back(std::make_unique<QNetworkAccessManager>());
            replies.push_back(desks.back()->post(
                request, QJsonDocument(QJsonObject{{Username, staff[i % staff.size()]},
                                                   {Password, QStringLiteral("secret")}})
                             .toJson(QJsonDocument::Compact)));
        }
    }
    bool anyFinished() const
    {
        return std::any_of(replies.begin(), replies.end(),
                           [](QNetworkReply *reply) { return reply->isFinished(); });
    }
    bool allFinished() const
    {
        return std::all_of(replies.begin(), replies.end(),
                           [](QNetworkReply *reply) { return reply->isFinished(); });
    }
    int countStatus(int status) const
    {
        return int(std::count_if(replies.begin(), replies.end(), [status](QNetworkReply *reply) {
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == status;
        }));
    }
};

int holdPasswordChecks(HttpClient &client, bool held)
{
    return client
        .send("POST", QStringLiteral("/api/v1/test/password-checks"),
              QJsonDocument(QJsonObject{{QLatin1StringView("hold"), held}})
                  .toJson(QJsonDocument::Compact))
        .status;
}

// Item 7: while 20 sign-ins wait for their password checks (held, so nothing depends on timing)
// every other route answers.
TEST_P(SignInApiTest, OtherRoutesAnswerWhileSignInsAreBeingChecked)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_EQ(holdPasswordChecks(*olga, true), 200);
    constexpr int SignIns = 20;
    ParallelSignIns signIns(backOffice->baseUrl(), SignIns);
    ASSERT_TRUE(waitUntil([&] { return metric("frontline_password_checks_waiting") == SignIns; }));

    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 200);
    EXPECT_EQ(anonymous()->get(QStringLiteral("/healthz")).status, 200);
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/tickets")).status, 200);
    EXPECT_FALSE(signIns.anyFinished());

    ASSERT_EQ(holdPasswordChecks(*olga, false), 200);
    ASSERT_TRUE(waitUntil([&] { return signIns.allFinished(); }, std::chrono::seconds(60)));
    EXPECT_EQ(signIns.countStatus(200), SignIns);
}

// Item 7: at most 64 checks wait at once; the next sign-in is told to retry in a second.
TEST_P(SignInApiTest, WaitingPasswordChecksAreCapped)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_EQ(holdPasswordChecks(*olga, true), 200);
    constexpr int Cap = 64;
    ParallelSignIns signIns(backOffice->baseUrl(), Cap);
    ASSERT_TRUE(waitUntil([&] { return metric("frontline_password_checks_waiting") == Cap; }));

    const HttpReply refused = login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk);
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(errorCode(refused), u"rate_limited");
    EXPECT_EQ(refused.header("Retry-After"), "1");

    ASSERT_EQ(holdPasswordChecks(*olga, false), 200);
    ASSERT_TRUE(waitUntil([&] { return signIns.allFinished(); }, std::chrono::seconds(120)));
    EXPECT_EQ(signIns.countStatus(200), Cap);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 200);
}

// Item 7: right passwords too: at most 10 sign-ins a minute per account from one address.
TEST_P(SignInApiTest, SignInsPerAccountAreLimited)
{
    for (int attempt = 0; attempt < 10; ++attempt)
        ASSERT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 200);
    const HttpReply refused = login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk);
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(errorCode(refused), u"rate_limited");
    const int retryAfter = refused.header("Retry-After").toInt();
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 60);
    // Someone else's burst does not use up hers elsewhere.
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasHome).status, 200);

    advanceClock(60'000);
    EXPECT_EQ(login(QStringLiteral("olga"), QStringLiteral("secret"), OlgasDesk).status, 200);
}

// Item 7: each sign-in adds a token; the expired and signed-out ones go as the account signs in.
TEST_P(SignInApiTest, ExpiredAndSignedOutTokensArePurged)
{
    auto first = signIn(QStringLiteral("olga"));
    auto second = signIn(QStringLiteral("olga"));
    ASSERT_EQ(second->send("POST", QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
    ASSERT_EQ(tokensOf(QStringLiteral("olga")), 2);

    advanceClock(15LL * 24 * 3600 * 1000); // past the 14-day session lifetime
    EXPECT_EQ(first->get(QStringLiteral("/api/v1/me")).status, 401);
    auto third = signIn(QStringLiteral("olga"));
    EXPECT_EQ(third->get(QStringLiteral("/api/v1/me")).status, 200);
    EXPECT_EQ(tokensOf(QStringLiteral("olga")), 1);
}

// Without --trusted-proxy nobody names the client: X-Forwarded-For cannot spread one client's
// failures over made-up addresses.
TEST_P(ApiTest, ForwardedForFromAnUntrustedPeerIsIgnored)
{
    auto client = anonymous();
    for (int attempt = 0; attempt < 30; ++attempt) {
        client->send("POST", LoginPath,
                     json({{Username, QStringLiteral("nobody%1").arg(attempt)},
                           {Password, QStringLiteral("guess")}}),
                     {{"Content-Type", "application/json"},
                      {"X-Forwarded-For", "10.0.0." + QByteArray::number(attempt)}});
    }
    const HttpReply reply = client->send(
        "POST", LoginPath,
        json({{Username, QStringLiteral("ivan")}, {Password, QStringLiteral("secret")}}),
        {{"Content-Type", "application/json"}, {"X-Forwarded-For", "10.0.0.99"}});
    EXPECT_EQ(reply.status, 429);
}

INSTANTIATE_TEST_SUITE_P(Backends, SignInApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

} // namespace
