#pragma once

#include "tests/integration/ApiFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace frontline::test {

// The API fixture with the contact flow's clocks made short: chats of an away operator return
// after 300 ms, the SLA scan runs every 50 ms, and social tickets must be answered in 0.3 s.
class ContactFlowTest : public ApiTest
{
protected:
    QStringList extraArguments() const override;

    // A customer message through intake, as the chat widget, email gateway... would send it.
    // Returns the ticket id.
    QString intake(const QString &channel, const QString &customer, const QString &messageId,
                   const QString &queue = QStringLiteral("orders"));
    QByteArray channelToken();

    static QJsonObject setPresence(HttpClient &client, const QString &status);
    static QJsonObject ticket(HttpClient &client, const QString &id);
    static QString assignee(HttpClient &client, const QString &id);
    static QString myId(HttpClient &client);
    // Resolves a ticket (with its current version); returns the new state.
    static HttpReply resolve(HttpClient &client, const QString &id);
    static QByteArray ifMatch(const QJsonObject &ticket);
    // The caller takes the ticket (POST /tickets/{id}/claim); the test fails otherwise.
    static void claim(HttpClient &client, const QString &id);
    // The operator's reply "Checking now" with `key` as its Idempotency-Key.
    static HttpReply reply(HttpClient &client, const QString &id, const QByteArray &key);
    // The ticket escalated to the 2nd line (technical_issue, `note`) and returned by `secondLine`
    // as answered in the KB: an escalation that was not right.
    static void escalateAndReturn(HttpClient &client, HttpClient &secondLine, const QString &id,
                                  const QString &note);
    // The customer's CSAT answer through the channels' intake.
    void csat(const QString &ticketId, int score);

    // The back office's test clock (--test-clock): moved, advanced or stopped.
    static void clock(HttpClient &client, const QJsonObject &body);
    static void advance(HttpClient &client, int ms);
    static void freeze(HttpClient &client);

public:
    // The API's times as milliseconds since the epoch, and back.
    static qint64 ms(const QJsonValue &time);
    static QString rfc3339(qint64 ms);
    // The row of `rows` whose `idField` is `id`; empty when there is none.
    static QJsonObject rowWithId(const QJsonArray &rows, const QString &idField, const QString &id);

private:
    QByteArray m_channelToken;
    mutable QTemporaryDir m_configDir;
};

} // namespace frontline::test
