#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {
const QLatin1StringView Username("username");
const QLatin1StringView Password("password");
} // namespace

TEST_P(ApiTest, LoginGivesATokenThatOpensMe)
{
    auto client = anonymous();
    const HttpReply login = client->send(
        "POST", QStringLiteral("/api/v1/auth/login"),
        json({{Username, QStringLiteral("olga")}, {Password, QStringLiteral("secret")}}));
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    const QString token = login.json().value(QLatin1StringView("token")).toString();
    // "<workspace>.<256 bits in base64url>"
    ASSERT_TRUE(token.startsWith(u"production."));
    EXPECT_EQ(
        QByteArray::fromBase64(token.mid(11).toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
    EXPECT_FALSE(login.json().value(QLatin1StringView("expires_at")).toString().isEmpty());
    const QJsonObject profile = login.json().value(QLatin1StringView("operator")).toObject();
    EXPECT_EQ(profile.value(QLatin1StringView("role")).toString(), u"operator");
    EXPECT_EQ(profile.value(QLatin1StringView("queues")).toArray().size(), 2);

    client->setBearerToken(token.toLatin1());
    const HttpReply me = client->get(QStringLiteral("/api/v1/me"));
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.json().value(QLatin1StringView("username")).toString(), u"olga");
    EXPECT_EQ(me.json().value(QLatin1StringView("workspace")).toString(), u"production");
}

TEST_P(ApiTest, WrongPasswordAndUnknownUserLookTheSame)
{
    auto client = anonymous();
    const HttpReply wrong = client->send(
        "POST", QStringLiteral("/api/v1/auth/login"),
        json({{Username, QStringLiteral("olga")}, {Password, QStringLiteral("nope")}}));
    const HttpReply unknown = client->send(
        "POST", QStringLiteral("/api/v1/auth/login"),
        json({{Username, QStringLiteral("nobody")}, {Password, QStringLiteral("nope")}}));
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(wrong.body, unknown.body);
}

TEST_P(ApiTest, LogoutRevokesTheToken)
{
    auto client = signIn(QStringLiteral("olga"));
    ASSERT_EQ(client->get(QStringLiteral("/api/v1/me")).status, 200);
    EXPECT_EQ(client->send("POST", QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
    const HttpReply after = client->get(QStringLiteral("/api/v1/me"));
    EXPECT_EQ(after.status, 401);
    EXPECT_EQ(errorCode(after), u"unauthorized");
}

TEST_P(ApiTest, MissingForgedAndOtherWorkspaceTokensAreRefused)
{
    auto client = anonymous();
    EXPECT_EQ(client->get(QStringLiteral("/api/v1/me")).status, 401);
    for (const QByteArray &token :
         {QByteArray("production.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
          QByteArray("sandbox-1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), QByteArray("x")}) {
        client->setBearerToken(token);
        const HttpReply reply = client->get(QStringLiteral("/api/v1/me"));
        EXPECT_EQ(reply.status, 401) << token.toStdString();
        EXPECT_EQ(reply.header("WWW-Authenticate"), "Bearer");
    }
}

TEST_P(ApiTest, RepeatedFailedLoginsEndIn429)
{
    auto client = anonymous();
    int lastStatus = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        lastStatus = client
                         ->send("POST", QStringLiteral("/api/v1/auth/login"),
                                json({{Username, QStringLiteral("ivan")},
                                      {Password, QStringLiteral("guess%1").arg(attempt)}}))
                         .status;
    }
    EXPECT_EQ(lastStatus, 429);
    // Locked out: even the right password waits for the window to pass.
    const HttpReply right = client->send(
        "POST", QStringLiteral("/api/v1/auth/login"),
        json({{Username, QStringLiteral("ivan")}, {Password, QStringLiteral("secret")}}));
    EXPECT_EQ(right.status, 429);
    EXPECT_EQ(errorCode(right), u"rate_limited");
    EXPECT_FALSE(right.header("Retry-After").isEmpty());
    // Another user is not locked out by ivan's failures.
    EXPECT_EQ(
        client
            ->send("POST", QStringLiteral("/api/v1/auth/login"),
                   json({{Username, QStringLiteral("olga")}, {Password, QStringLiteral("secret")}}))
            .status,
        200);
}

TEST_P(ApiTest, LoginBodyErrors)
{
    auto client = anonymous();
    HttpReply reply = client->send("POST", QStringLiteral("/api/v1/auth/login"), "{\"username\":");
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(errorCode(reply), u"malformed_json");

    reply = client->send("POST", QStringLiteral("/api/v1/auth/login"),
                         json({{Username, QStringLiteral("olga")}}));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"password");

    reply = client->send("POST", QStringLiteral("/api/v1/auth/login"), "username=olga",
                         {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(reply.status, 415);
    EXPECT_EQ(errorCode(reply), u"unsupported_media_type");
}

TEST_P(ApiTest, UserAddRefusesDuplicatesAndBadRoles)
{
    QString output;
    EXPECT_FALSE(backOffice->addUser(QStringLiteral("olga"), QStringLiteral("operator")));
    EXPECT_FALSE(backOffice->admin({QStringLiteral("user"), QStringLiteral("add"),
                                    QStringLiteral("--username"), QStringLiteral("kim"),
                                    QStringLiteral("--role"), QStringLiteral("boss")},
                                   &output, "secret\n"));
    EXPECT_TRUE(output.contains(u"--role")) << output.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiTest, ::testing::Values(Backend::Sqlite, Backend::Postgresql),
                         backendName);
