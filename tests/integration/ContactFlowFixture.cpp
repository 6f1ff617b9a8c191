#include "tests/integration/ContactFlowFixture.h"

#include <QDateTime>
#include <QFile>

namespace frontline::test {

QStringList ContactFlowTest::extraArguments() const
{
    const QString config = m_configDir.filePath(QStringLiteral("sla.json"));
    QFile file(config);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(R"({"rules": [
            {"channel": "social", "first_response_seconds": 0.3, "resolution_seconds": 0.6},
            {"channel": "phone", "first_response_seconds": 3, "resolution_seconds": 3.5},
            {"channel": "web_form", "first_response_seconds": 3600},
            {"channel": "web_form", "priority": "urgent", "first_response_seconds": 600}
        ]})");
    }
    return {QStringLiteral("--chat-grace-ms"), QStringLiteral("300"),
            QStringLiteral("--sla-scan-ms"),   QStringLiteral("50"),
            QStringLiteral("--sla-config"),    config};
}

QByteArray ContactFlowTest::channelToken()
{
    if (m_channelToken.isEmpty())
        m_channelToken = backOffice->createIntegrationToken(QStringLiteral("channels"));
    return m_channelToken;
}

QString ContactFlowTest::intake(const QString &channel, const QString &customer,
                                const QString &messageId, const QString &queue)
{
    auto client = anonymous();
    client->setBearerToken(channelToken());
    const HttpReply reply = client->send(
        "POST", QStringLiteral("/api/v1/intake/messages"),
        json({{QLatin1StringView("channel"), channel},
              {QLatin1StringView("external_message_id"), messageId},
              {QLatin1StringView("queue"), queue},
              {QLatin1StringView("customer"),
               QJsonObject{{QLatin1StringView("external_id"), customer},
                           {QLatin1StringView("name"), QString(u"Customer " + customer)}}},
              {QLatin1StringView("text"), QStringLiteral("Где мой заказ?")}}));
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    return reply.json().value(QLatin1StringView("ticket_id")).toString();
}

QJsonObject ContactFlowTest::setPresence(HttpClient &client, const QString &status)
{
    const HttpReply reply = client.send("PUT", QStringLiteral("/api/v1/presence"),
                                        json({{QLatin1StringView("status"), status}}));
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    return reply.json();
}

QJsonObject ContactFlowTest::ticket(HttpClient &client, const QString &id)
{
    const HttpReply reply = client.get(u"/api/v1/tickets/" + id);
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    return reply.json();
}

QString ContactFlowTest::assignee(HttpClient &client, const QString &id)
{
    return ticket(client, id).value(QLatin1StringView("assignee_id")).toString();
}

QString ContactFlowTest::myId(HttpClient &client)
{
    return client.get(QStringLiteral("/api/v1/me"))
        .json()
        .value(QLatin1StringView("id"))
        .toString();
}

QByteArray ContactFlowTest::ifMatch(const QJsonObject &ticket)
{
    return '"' + QByteArray::number(ticket.value(QLatin1StringView("version")).toInteger()) + '"';
}

HttpReply ContactFlowTest::resolve(HttpClient &client, const QString &id)
{
    return client.send(
        "PATCH", u"/api/v1/tickets/" + id,
        json({{QLatin1StringView("status"), QStringLiteral("resolved")},
              {QLatin1StringView("resolution_code"), QStringLiteral("answered")}}),
        {{"Content-Type", "application/json"}, {"If-Match", ifMatch(ticket(client, id))}});
}

void ContactFlowTest::claim(HttpClient &client, const QString &id)
{
    const HttpReply claimed = client.send("POST", u"/api/v1/tickets/" + id + u"/claim", {});
    ASSERT_EQ(claimed.status, 200) << claimed.body.toStdString();
}

HttpReply ContactFlowTest::reply(HttpClient &client, const QString &id, const QByteArray &key)
{
    return client.send("POST", u"/api/v1/tickets/" + id + u"/messages",
                       json({{QLatin1StringView("body"), QStringLiteral("Checking now")}}),
                       {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
}

void ContactFlowTest::escalateAndReturn(HttpClient &client, HttpClient &secondLine,
                                        const QString &id, const QString &note)
{
    using L = QLatin1StringView;
    HttpReply r = client.send("POST", u"/api/v1/tickets/" + id + u"/escalations",
                              json({{L("target_line"), 2},
                                    {L("reason_code"), QStringLiteral("technical_issue")},
                                    {L("note"), note}}));
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    r = secondLine.send("PATCH", u"/api/v1/escalations/" + r.json().value(L("id")).toString(),
                        json({{L("status"), QStringLiteral("returned")},
                              {L("return_reason"), QStringLiteral("answer_in_kb")}}));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
}

void ContactFlowTest::csat(const QString &ticketId, int score)
{
    auto channel = anonymous();
    channel->setBearerToken(channelToken());
    const HttpReply scored = channel->send(
        "POST", QStringLiteral("/api/v1/intake/csat"),
        json({{QLatin1StringView("ticket_id"), ticketId}, {QLatin1StringView("score"), score}}));
    ASSERT_EQ(scored.status, 201) << scored.body.toStdString();
}

void ContactFlowTest::clock(HttpClient &client, const QJsonObject &body)
{
    const HttpReply moved = client.send("POST", QStringLiteral("/api/v1/test/clock"), json(body),
                                        {{"Content-Type", "application/json"}});
    ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
}

void ContactFlowTest::advance(HttpClient &client, int ms)
{
    clock(client, {{QLatin1StringView("advance_ms"), ms}});
}

void ContactFlowTest::freeze(HttpClient &client)
{
    clock(client, {{QLatin1StringView("freeze"), true}});
}

qint64 ContactFlowTest::ms(const QJsonValue &time)
{
    return QDateTime::fromString(time.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString ContactFlowTest::rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject ContactFlowTest::rowWithId(const QJsonArray &rows, const QString &idField,
                                       const QString &id)
{
    for (const QJsonValue &row : rows) {
        if (row[idField].toString() == id)
            return row.toObject();
    }
    return {};
}

} // namespace frontline::test
