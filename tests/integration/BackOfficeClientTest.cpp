#include "tests/integration/SyncFixture.h"

#include "tests/support/TestEnvironment.h"

#include <QEventLoop>

using namespace frontline;
using namespace frontline::test;
using Kind = app::ApiError::Kind;

namespace {

app::ApiReply call(app::BackOfficeClient &client, const app::ApiRequest &request)
{
    app::ApiReply answer;
    QEventLoop loop;
    client.send(request, &loop, [&](const app::ApiReply &reply) {
        answer = reply;
        loop.quit();
    });
    loop.exec();
    return answer;
}

app::ApiRequest request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    app::ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.hasBody = method != "GET";
    r.headers = headers;
    return r;
}

} // namespace

TEST_F(SyncTest, TheContractsErrorBodiesBecomeTypedErrors)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    app::BackOfficeClient &client = *olga->client;

    const app::ApiReply ok = call(client, request("GET", u"/tickets/" + ticket));
    ASSERT_TRUE(ok.ok()) << ok.error.message.toStdString();
    EXPECT_EQ(ok.etag, "\"1\"");

    const app::ApiReply missing = call(client, request("GET", QStringLiteral("/tickets/999999")));
    EXPECT_EQ(missing.error.kind, Kind::NotFound);
    EXPECT_EQ(missing.error.code, u"not_found");

    const app::ApiReply stale =
        call(client, request("PATCH", u"/tickets/" + ticket, {{u"priority"_qs, u"high"_qs}},
                             {{"If-Match", app::BackOfficeClient::versionTag(99)}}));
    EXPECT_EQ(stale.error.kind, Kind::VersionMismatch);
    EXPECT_EQ(stale.error.code, u"version_mismatch");

    const app::ApiReply unconditional =
        call(client, request("PATCH", u"/tickets/" + ticket, {{u"priority"_qs, u"high"_qs}}));
    EXPECT_EQ(unconditional.error.kind, Kind::PreconditionRequired);

    const app::ApiReply invalid = call(client, request("GET", QStringLiteral("/changes?limit=0")));
    EXPECT_EQ(invalid.error.kind, Kind::InvalidField);
    EXPECT_EQ(invalid.error.field, u"limit");

    const app::ApiReply forbidden =
        call(client, request("POST", QStringLiteral("/intake/messages"), {{u"body"_qs, u"x"_qs}}));
    EXPECT_EQ(forbidden.error.kind, Kind::Forbidden);

    ASSERT_EQ(sofia
                  ->send("PATCH", u"/api/v1/tickets/" + ticket,
                         json({{u"status"_qs, u"closed"_qs}}),
                         {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}})
                  .status,
              200);
    const app::ApiReply closed =
        call(client, request("POST", u"/tickets/" + ticket + u"/messages", {{u"body"_qs, u"hi"_qs}},
                             {{"Idempotency-Key", "k1"}}));
    EXPECT_EQ(closed.error.kind, Kind::Conflict);
    EXPECT_FALSE(closed.error.isTransient());

    const QByteArray token = client.token();
    client.setToken("production.invalid");
    const app::ApiReply signedOut = call(client, request("GET", QStringLiteral("/me")));
    EXPECT_EQ(signedOut.error.kind, Kind::Unauthorized);
    client.setToken(token);

    app::ApiRequest badLogin = request("POST", QStringLiteral("/auth/login"),
                                       {{u"username"_qs, u"ivan"_qs}, {u"password"_qs, u"no"_qs}});
    badLogin.authenticated = false;
    app::ApiReply throttled;
    for (int i = 0; i < 12 && throttled.error.kind != Kind::RateLimited; ++i)
        throttled = call(client, badLogin);
    EXPECT_EQ(throttled.error.kind, Kind::RateLimited);
    EXPECT_GT(throttled.error.retryAfterSeconds, 0);
    EXPECT_TRUE(throttled.error.isTransient());

    client.setTimeout(200);
    olga->network->injectFault(1, FaultyNetwork::Fault::Hang);
    const app::ApiReply hung = call(client, request("GET", QStringLiteral("/me")));
    EXPECT_EQ(hung.error.kind, Kind::Timeout);
    EXPECT_TRUE(hung.error.isTransient());

    backOffice->stop();
    const app::ApiReply down = call(client, request("GET", QStringLiteral("/me")));
    EXPECT_EQ(down.error.kind, Kind::Network);
    EXPECT_TRUE(down.error.isTransient());
}
