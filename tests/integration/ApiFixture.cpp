#include "tests/integration/ApiFixture.h"

namespace frontline::test {

void ApiTest::SetUp()
{
    backOffice = std::make_unique<BackOfficeProcess>(
        QStringList{QStringLiteral("--login-delay-ms"), QStringLiteral("1")} + extraArguments(),
        GetParam());
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                    {QStringLiteral("orders"), QStringLiteral("returns")}));
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("ivan"), QStringLiteral("operator"),
                                    {QStringLiteral("delivery")}));
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("pavel"), QStringLiteral("operator"),
                                    {QStringLiteral("orders")}, 2));
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("sofia"), QStringLiteral("supervisor")));
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("tanya"), QStringLiteral("trainer")));
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("admin"), QStringLiteral("admin")));
    beforeStart();
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(backOffice->start());
}

std::unique_ptr<HttpClient> ApiTest::anonymous() const
{
    return std::make_unique<HttpClient>(backOffice->baseUrl());
}

std::unique_ptr<HttpClient> ApiTest::signIn(const QString &username)
{
    return signedInClient(backOffice->baseUrl(), username);
}

QJsonObject ApiTest::createTicket(HttpClient &client, const QString &queue, const QString &subject)
{
    const HttpReply reply =
        client.send("POST", QStringLiteral("/api/v1/tickets"),
                    json({{QLatin1StringView("queue"), queue},
                          {QLatin1StringView("subject"), subject},
                          {QLatin1StringView("channel"), QStringLiteral("email")}}));
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    return reply.json();
}

} // namespace frontline::test
