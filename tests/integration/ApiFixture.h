#pragma once

#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <memory>

namespace frontline::test {

// A real back office (SQLite or PostgreSQL, by test parameter) with a small staff:
// olga (operator, queues orders+returns), ivan (operator, queue delivery), pavel (2nd line),
// sofia (supervisor), tanya (trainer), admin, and a channel integration account.
class ApiTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    // More command-line options for the back office (shorter clocks, say).
    virtual QStringList extraArguments() const { return {}; }
    // After the staff is added, before the back office starts: more accounts, rows set up in SQL.
    virtual void beforeStart() {}

    // A client signed in as `username` (password "secret").
    std::unique_ptr<HttpClient> signIn(const QString &username);
    std::unique_ptr<HttpClient> anonymous() const;

    // Creates a ticket as `client`; returns its JSON.
    QJsonObject createTicket(HttpClient &client, const QString &queue,
                             const QString &subject = QStringLiteral("Where is my order?"));

    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QString errorCode(const HttpReply &reply)
    {
        return reply.json()[QLatin1StringView("error")][QLatin1StringView("code")].toString();
    }
    static QString errorField(const HttpReply &reply)
    {
        return reply.json()[QLatin1StringView("error")][QLatin1StringView("field")].toString();
    }

    std::unique_ptr<BackOfficeProcess> backOffice;
};

} // namespace frontline::test
