#pragma once

#include "tests/integration/ApiFixture.h"

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

private:
    QByteArray m_channelToken;
    mutable QTemporaryDir m_configDir;
};

} // namespace frontline::test
