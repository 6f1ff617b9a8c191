#pragma once

#include "tests/integration/ApiFixture.h"

#include <QJsonArray>

namespace frontline::test {

// ApiTest's staff plus a second trainer (tomas), with helpers for trainers' sandboxes.
class SandboxTest : public ApiTest
{
protected:
    void beforeStart() override
    {
        ASSERT_TRUE(backOffice->addUser(QStringLiteral("tomas"), QStringLiteral("trainer")));
    }

    static QByteArray sandboxBody(const QString &name, const QString &title)
    {
        return json({{QLatin1StringView("name"), name}, {QLatin1StringView("title"), title}});
    }
    // `username` signed in to `workspace`: the reply of POST /auth/login, and the client with
    // its token when it was accepted.
    std::unique_ptr<HttpClient> signInTo(const QString &workspace, const QString &username,
                                         HttpReply *reply = nullptr)
    {
        return signInTo(backOffice->baseUrl(), workspace, username, reply);
    }
    // The same through the back office at `server` (another instance on the same database).
    static std::unique_ptr<HttpClient> signInTo(const QUrl &server, const QString &workspace,
                                                const QString &username, HttpReply *reply = nullptr)
    {
        auto client = std::make_unique<HttpClient>(server);
        const HttpReply answer =
            client->send("POST", QStringLiteral("/api/v1/auth/login"),
                         json({{QLatin1StringView("username"), username},
                               {QLatin1StringView("password"), QStringLiteral("secret")},
                               {QLatin1StringView("workspace"), workspace}}));
        if (answer.status == 200)
            client->setBearerToken(answer.json().value(u"token").toString().toLatin1());
        if (reply)
            *reply = answer;
        return client;
    }
    static QString idOf(HttpClient &client)
    {
        return client.get(QStringLiteral("/api/v1/me")).json().value(u"id").toString();
    }
    static QStringList slugsOf(const HttpReply &reply, QLatin1StringView list)
    {
        QStringList slugs;
        for (const QJsonValue &item : reply.json().value(list).toArray())
            slugs.append(item.toObject().value(u"slug").toString());
        slugs.sort();
        return slugs;
    }
};

} // namespace frontline::test
