// GET /api/v1/events (WebSocket pokes, typing, presence), PUT/GET /api/v1/presence and
// GET /metrics against the real back office.
#include "protocol/ApiPaths.h"
#include "tests/integration/ApiFixture.h"
#include "tests/integration/EventStream.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QWebSocket>

using namespace frontline::test;

namespace {

const QLatin1StringView Id("id");
const QLatin1StringView Type("type");
const QLatin1StringView Seq("seq");
const QLatin1StringView TicketId("ticket_id");
const QLatin1StringView OperatorId("operator_id");
const QLatin1StringView Status("status");

QJsonObject typing(const QString &ticketId)
{
    return QJsonObject{{Type, QStringLiteral("typing")}, {TicketId, ticketId}};
}

std::unique_ptr<EventStream> listen(const QUrl &baseUrl, const HttpClient &client)
{
    return std::make_unique<EventStream>(baseUrl, client.token());
}

QString idOf(HttpClient &client)
{
    return client.get(QStringLiteral("/api/v1/me")).json().value(Id).toString();
}

qint64 feedHead(HttpClient &client)
{
    return client.get(QStringLiteral("/api/v1/changes?since=0"))
        .json()
        .value(QLatin1StringView("next"))
        .toInteger();
}

QJsonArray feed(HttpClient &client)
{
    return client.get(QStringLiteral("/api/v1/changes?since=0"))
        .json()
        .value(QLatin1StringView("changes"))
        .toArray();
}

HttpReply putPresence(HttpClient &client, const QJsonObject &body)
{
    return client.send("PUT", QStringLiteral("/api/v1/presence"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

TEST_P(ApiTest, RealtimeRefusesSocketsWithoutAValidToken)
{
    EventStream anonymous(backOffice->baseUrl(), {});
    EXPECT_FALSE(anonymous.opened());
    ASSERT_TRUE(anonymous.waitClosed());
    EXPECT_EQ(anonymous.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);

    EventStream forged(backOffice->baseUrl(),
                       "production.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    EXPECT_FALSE(forged.opened());
    ASSERT_TRUE(forged.waitClosed());
    EXPECT_EQ(forged.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);

    // A signed-out token no longer opens a stream either.
    auto olga = signIn(QStringLiteral("olga"));
    const QByteArray token = olga->token();
    ASSERT_EQ(olga->send("POST", QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
    EventStream signedOut(backOffice->baseUrl(), token);
    EXPECT_FALSE(signedOut.opened());
    EXPECT_EQ(signedOut.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);

    // Every role that may listen is let in, trainers included.
    auto tanya = signIn(QStringLiteral("tanya"));
    EventStream trainer(backOffice->baseUrl(), tanya->token());
    EXPECT_TRUE(trainer.opened());
}

TEST_P(ApiTest, RealtimeEventsWithoutAnUpgradeAre426)
{
    auto olga = signIn(QStringLiteral("olga"));
    const HttpReply reply = olga->get(QStringLiteral("/api/v1/events"));
    EXPECT_EQ(reply.status, 426);
    EXPECT_EQ(errorCode(reply), u"upgrade_required");
    EXPECT_EQ(reply.header("Upgrade"), "websocket");
    EXPECT_EQ(anonymous()->get(QStringLiteral("/api/v1/events")).status, 401);
}

TEST_P(ApiTest, RealtimePokesOnlyWhatTheOperatorMaySeeOncePerRequest)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto events = listen(backOffice->baseUrl(), *olga);
    ASSERT_TRUE(events->opened());

    // A ticket in ivan's queue: olga may not see it, so she must not be poked for it.
    createTicket(*ivan, QStringLiteral("delivery"));
    const qint64 invisible = feedHead(*sofia);
    const QJsonObject orders = createTicket(*sofia, QStringLiteral("orders"));
    const qint64 visible = feedHead(*olga);
    ASSERT_GT(visible, invisible);

    QJsonObject poke = events->next();
    EXPECT_EQ(poke.value(Type).toString(), u"changed");
    EXPECT_EQ(poke.value(Seq).toInteger(), visible) << "the first poke must be the visible change";

    // A message is one change (it carries the ticket fields it moves): one poke.
    ASSERT_EQ(olga->send("POST", u"/api/v1/tickets/" + orders.value(Id).toString() + u"/messages",
                         json({{QLatin1StringView("body"), QStringLiteral("On its way")}}),
                         {{"Content-Type", "application/json"}, {"Idempotency-Key", "rt-1"}})
                  .status,
              201);
    const qint64 afterMessage = feedHead(*olga);
    ASSERT_EQ(afterMessage, visible + 1);
    poke = events->next();
    EXPECT_EQ(poke.value(Seq).toInteger(), afterMessage);

    // The next visible change is the next poke: nothing else came in between.
    const HttpReply patched =
        sofia->send("PATCH", u"/api/v1/tickets/" + orders.value(Id).toString(),
                    json({{QLatin1StringView("priority"), QStringLiteral("high")}}),
                    {{"Content-Type", "application/json"}, {"If-Match", "\"2\""}});
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
    poke = events->next();
    EXPECT_EQ(poke.value(Seq).toInteger(), feedHead(*olga));
    EXPECT_EQ(events->pending(), 0);
}

TEST_P(ApiTest, RealtimePokesCrossInstancesOnPostgresql)
{
    if (GetParam() != Backend::Postgresql)
        GTEST_SKIP() << "several instances share one database on PostgreSQL only";
    // A second back office on the same database: olga listens there, colleagues work on the
    // first one. Tokens live in the database, so hers is good on both.
    BackOfficeProcess second({QStringLiteral("--login-delay-ms"), QStringLiteral("1")},
                             Backend::Postgresql);
    second.shareDatabaseWith(*backOffice);
    ASSERT_TRUE(second.start());
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    HttpClient olgaOnSecond(second.baseUrl());
    olgaOnSecond.setBearerToken(olga->token());
    auto events = listen(second.baseUrl(), olgaOnSecond);
    ASSERT_TRUE(events->opened());

    // Not hers: no poke. Hers: a poke naming the change, which the second instance's feed has.
    createTicket(*ivan, QStringLiteral("delivery"));
    const QJsonObject orders = createTicket(*sofia, QStringLiteral("orders"));
    const qint64 visible = feedHead(*olga);
    QJsonObject poke = events->next();
    EXPECT_EQ(poke.value(Type).toString(), u"changed");
    EXPECT_EQ(poke.value(Seq).toInteger(), visible) << "the first poke must be the visible change";
    EXPECT_EQ(feedHead(olgaOnSecond), visible);

    // A message posted on the first instance pokes her on the second with its last change.
    ASSERT_EQ(sofia
                  ->send("POST", u"/api/v1/tickets/" + orders.value(Id).toString() + u"/messages",
                         json({{QLatin1StringView("body"), QStringLiteral("Checking now")}}),
                         {{"Content-Type", "application/json"}, {"Idempotency-Key", "x-1"}})
                  .status,
              201);
    const qint64 afterMessage = feedHead(*olga);
    ASSERT_EQ(afterMessage, visible + 1);
    // (The instance may hear of the message's two changes apart: a poke per delivery.)
    qint64 lastPoked = 0;
    ASSERT_TRUE(waitUntil([&] {
        while (events->pending() > 0)
            lastPoked = events->next().value(Seq).toInteger();
        return lastPoked == afterMessage;
    })) << "last poke "
        << lastPoked << ", message's change " << afterMessage;
    // Her own change on the second instance is poked there once, not echoed back again.
    ASSERT_EQ(olgaOnSecond
                  .send("POST", u"/api/v1/tickets/" + orders.value(Id).toString() + u"/messages",
                        json({{QLatin1StringView("body"), QStringLiteral("On its way")}}),
                        {{"Content-Type", "application/json"}, {"Idempotency-Key", "x-2"}})
                  .status,
              201);
    poke = events->next();
    EXPECT_EQ(poke.value(Seq).toInteger(), feedHead(olgaOnSecond));
    EXPECT_EQ(events->pending(), 0);
}

TEST_P(ApiTest, RealtimeForwardsTypingToColleaguesWhoSeeTheTicket)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString orders = createTicket(*olga, QStringLiteral("orders")).value(Id).toString();
    const QString delivery = createTicket(*ivan, QStringLiteral("delivery")).value(Id).toString();
    const QString pavelId = idOf(*pavel);
    const QString sofiaId = idOf(*sofia);

    auto olgaEvents = listen(backOffice->baseUrl(), *olga);
    auto pavelEvents = listen(backOffice->baseUrl(), *pavel);
    auto ivanEvents = listen(backOffice->baseUrl(), *ivan);
    auto sofiaEvents = listen(backOffice->baseUrl(), *sofia);
    for (auto *stream : {olgaEvents.get(), pavelEvents.get(), ivanEvents.get(), sofiaEvents.get()})
        ASSERT_TRUE(stream->opened());

    pavelEvents->send(typing(orders));
    QJsonObject event = olgaEvents->next();
    EXPECT_EQ(event.value(Type).toString(), u"typing");
    EXPECT_EQ(event.value(TicketId).toString(), orders);
    EXPECT_EQ(event.value(OperatorId).toString(), pavelId);
    EXPECT_EQ(sofiaEvents->next().value(OperatorId).toString(), pavelId);

    // ivan does not see the orders ticket: the first typing he hears of is one in his queue.
    sofiaEvents->send(typing(delivery));
    event = ivanEvents->next();
    EXPECT_EQ(event.value(Type).toString(), u"typing");
    EXPECT_EQ(event.value(TicketId).toString(), delivery);
    EXPECT_EQ(event.value(OperatorId).toString(), sofiaId);
    // Nobody hears their own typing, and olga and pavel did not hear of the delivery ticket.
    EXPECT_EQ(pavelEvents->pending(), 0);
    EXPECT_EQ(olgaEvents->pending(), 0);
}

TEST_P(ApiTest, RealtimeIgnoresMalformedFramesAndClosesOversizedOnes)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString orders = createTicket(*olga, QStringLiteral("orders")).value(Id).toString();
    const QString delivery = createTicket(*ivan, QStringLiteral("delivery")).value(Id).toString();
    auto olgaEvents = listen(backOffice->baseUrl(), *olga);
    auto pavelEvents = listen(backOffice->baseUrl(), *pavel);
    auto ivanEvents = listen(backOffice->baseUrl(), *ivan);
    auto sofiaEvents = listen(backOffice->baseUrl(), *sofia);
    for (auto *stream : {olgaEvents.get(), pavelEvents.get(), ivanEvents.get(), sofiaEvents.get()})
        ASSERT_TRUE(stream->opened());

    olgaEvents->sendText(QStringLiteral("not json"));
    olgaEvents->sendText(QStringLiteral("[1, 2]"));
    olgaEvents->send({});
    olgaEvents->send({{Type, QStringLiteral("typing")}});
    olgaEvents->send({{Type, QStringLiteral("typing")}, {TicketId, 42}});
    olgaEvents->send({{Type, QStringLiteral("dance")}});
    olgaEvents->send(typing(QStringLiteral("999999")));
    olgaEvents->send(typing(delivery)); // a ticket olga may not see: not forwarded to ivan
    olgaEvents->send(typing(orders));
    const QJsonObject event = pavelEvents->next();
    EXPECT_EQ(event.value(TicketId).toString(), orders);
    EXPECT_TRUE(olgaEvents->isOpen());

    sofiaEvents->send(typing(delivery));
    EXPECT_EQ(ivanEvents->next().value(OperatorId).toString(), idOf(*sofia));

    // Over 64 KiB in one frame: the server closes that socket and carries on.
    olgaEvents->sendText(QString(128 * 1024, u'x'));
    EXPECT_TRUE(olgaEvents->waitClosed());
    EventStream again(backOffice->baseUrl(), olga->token());
    EXPECT_TRUE(again.opened());
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 200);
}

TEST_P(ApiTest, RealtimeDropsASocketThatNeverAnswersPings)
{
    // A back office of its own, with a keep-alive short enough to watch.
    BackOfficeProcess quick({QStringLiteral("--events-ping-ms"), QStringLiteral("100"),
                             QStringLiteral("--events-pong-timeout-ms"), QStringLiteral("1500")},
                            GetParam());
    ASSERT_TRUE(quick.addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                              {QStringLiteral("orders")}));
    ASSERT_TRUE(quick.start());
    HttpClient olga(quick.baseUrl());
    ASSERT_EQ(olga.signIn(QStringLiteral("olga"), QStringLiteral("secret")).status, 200);

    // A peer that completes the handshake and then never reads or answers a ping.
    QTcpSocket silent;
    silent.connectToHost(quick.baseUrl().host(), quint16(quick.baseUrl().port()));
    ASSERT_TRUE(waitUntil([&] { return silent.state() == QAbstractSocket::ConnectedState; }));
    silent.write("GET /api/v1/events HTTP/1.1\r\nHost: " + quick.baseUrl().authority().toLatin1() +
                 "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                 "Authorization: Bearer " +
                 olga.token() + "\r\n\r\n");
    QByteArray handshake;
    ASSERT_TRUE(waitUntil([&] {
        handshake += silent.readAll();
        return handshake.contains("\r\n\r\n");
    }));
    ASSERT_TRUE(handshake.startsWith("HTTP/1.1 101")) << handshake.toStdString();

    EventStream alive(quick.baseUrl(), olga.token()); // QWebSocket answers pings by itself
    ASSERT_TRUE(alive.opened());
    EXPECT_TRUE(waitUntil([&] { return silent.state() == QAbstractSocket::UnconnectedState; },
                          std::chrono::seconds(20)));
    EXPECT_TRUE(alive.isOpen());
    EXPECT_TRUE(
        olga.get(QStringLiteral("/metrics")).body.contains("frontline_websocket_connections 1\n"));
}

TEST_P(ApiTest, PresencePutAndGetFollowTheRoles)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QString olgaId = idOf(*olga);
    const QString ivanId = idOf(*ivan);
    const QString pavelId = idOf(*signIn(QStringLiteral("pavel")));

    HttpReply reply = putPresence(*olga, {{Status, QStringLiteral("break")},
                                          {QLatin1StringView("reason"), QStringLiteral("lunch")}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json().value(OperatorId).toString(), olgaId);
    EXPECT_EQ(reply.json().value(Status).toString(), u"break");
    EXPECT_EQ(reply.json().value(QLatin1StringView("reason")).toString(), u"lunch");
    EXPECT_EQ(reply.json().value(QLatin1StringView("name")).toString(), u"olga");
    const QString since = reply.json().value(QLatin1StringView("since")).toString();
    EXPECT_FALSE(since.isEmpty());

    // The same status again changes nothing.
    reply = putPresence(*olga, {{Status, QStringLiteral("break")}});
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json().value(QLatin1StringView("since")).toString(), since);
    EXPECT_EQ(reply.json().value(QLatin1StringView("reason")).toString(), u"lunch");

    // Operators see only themselves; an operator who never set a status is offline since null.
    QJsonArray list = olga->get(QStringLiteral("/api/v1/presence"))
                          .json()
                          .value(QLatin1StringView("operators"))
                          .toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][OperatorId].toString(), olgaId);
    EXPECT_EQ(list[0][Status].toString(), u"break");
    list = ivan->get(QStringLiteral("/api/v1/presence"))
               .json()
               .value(QLatin1StringView("operators"))
               .toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][Status].toString(), u"offline");
    EXPECT_TRUE(list[0][QLatin1StringView("since")].isNull());

    // Supervisors see every operator.
    reply = sofia->get(QStringLiteral("/api/v1/presence"));
    ASSERT_EQ(reply.status, 200);
    QHash<QString, QString> statuses;
    for (const QJsonValue &entry : reply.json().value(QLatin1StringView("operators")).toArray())
        statuses.insert(entry[OperatorId].toString(), entry[Status].toString());
    EXPECT_EQ(statuses, (QHash<QString, QString>{{olgaId, QStringLiteral("break")},
                                                 {ivanId, QStringLiteral("offline")},
                                                 {pavelId, QStringLiteral("offline")}}));

    reply = putPresence(*olga, {{Status, QStringLiteral("online")}});
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json().value(Status).toString(), u"online");
    EXPECT_EQ(reply.json().value(QLatin1StringView("reason")).toString(), u"");
    EXPECT_GE(reply.json().value(QLatin1StringView("since")).toString(), since);

    // Wrong input, and roles without presence.
    const QJsonObject wrong[] = {
        {{Status, QStringLiteral("away")}},
        {{Status, 1}},
        {},
        {{Status, QStringLiteral("online")}, {QLatin1StringView("reason"), 5}},
        {{Status, QStringLiteral("online")}, {QLatin1StringView("operator_id"), ivanId}},
    };
    for (const QJsonObject &body : wrong) {
        reply = putPresence(*olga, body);
        EXPECT_EQ(reply.status, 422) << reply.body.toStdString();
        EXPECT_EQ(errorCode(reply), u"invalid_field");
    }
    EXPECT_EQ(errorField(putPresence(*olga, {{Status, QStringLiteral("away")}})), u"status");
    EXPECT_EQ(olga->send("PUT", QStringLiteral("/api/v1/presence"), "status=online",
                         {{"Content-Type", "text/plain"}})
                  .status,
              415);
    EXPECT_EQ(putPresence(*tanya, {{Status, QStringLiteral("online")}}).status, 403);
    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/presence")).status, 403);
    EXPECT_EQ(anonymous()->get(QStringLiteral("/api/v1/presence")).status, 401);
}

TEST_P(ApiTest, PresenceChangesReachTheFeedAndTheSupervisors)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QString olgaId = idOf(*olga);
    auto sofiaEvents = listen(backOffice->baseUrl(), *sofia);
    auto ivanEvents = listen(backOffice->baseUrl(), *ivan);
    auto olgaEvents = listen(backOffice->baseUrl(), *olga);
    for (auto *stream : {sofiaEvents.get(), ivanEvents.get(), olgaEvents.get()})
        ASSERT_TRUE(stream->opened());

    ASSERT_EQ(putPresence(*olga, {{Status, QStringLiteral("break")}}).status, 200);

    // Supervisors hear of it at once, and everyone it concerns gets a poke for the feed.
    QJsonObject presence;
    QJsonObject changed;
    for (int i = 0; i < 2; ++i) {
        const QJsonObject event = sofiaEvents->next();
        (event.value(Type).toString() == u"presence" ? presence : changed) = event;
    }
    EXPECT_EQ(presence.value(OperatorId).toString(), olgaId);
    EXPECT_EQ(presence.value(Status).toString(), u"break");
    EXPECT_EQ(changed.value(Seq).toInteger(), feedHead(*sofia));
    const QJsonObject own = olgaEvents->next();
    EXPECT_EQ(own.value(Type).toString(), u"changed") << "operators get no presence events";

    const auto presenceChanges = [](const QJsonArray &changes) {
        QJsonArray found;
        for (const QJsonValue &change : changes) {
            if (change[QLatin1StringView("entity")].toString() == u"presence")
                found.append(change);
        }
        return found;
    };
    const QJsonArray seenBySofia = presenceChanges(feed(*sofia));
    ASSERT_EQ(seenBySofia.size(), 1);
    EXPECT_EQ(seenBySofia[0][Id].toString(), olgaId);
    EXPECT_EQ(seenBySofia[0][QLatin1StringView("data")][Status].toString(), u"break");
    EXPECT_EQ(presenceChanges(feed(*olga)).size(), 1);
    EXPECT_EQ(presenceChanges(feed(*ivan)).size(), 0);
    EXPECT_EQ(presenceChanges(feed(*tanya)).size(), 0);

    // ivan heard nothing of olga's break: the first event he gets is about his own presence.
    ASSERT_EQ(putPresence(*ivan, {{Status, QStringLiteral("online")}}).status, 200);
    const QJsonObject his = ivanEvents->next();
    EXPECT_EQ(his.value(Type).toString(), u"changed");
    EXPECT_EQ(his.value(Seq).toInteger(), feedHead(*ivan));
}

TEST_P(ApiTest, MetricsCountRequestsByRouteAndOpenSockets)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 200);
    ASSERT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 200);
    ASSERT_EQ(olga->get(QStringLiteral("/api/v1/tickets/999999")).status, 404);
    ASSERT_EQ(olga->get(QStringLiteral("/nowhere/at/all")).status, 404);
    auto events = listen(backOffice->baseUrl(), *olga);
    ASSERT_TRUE(events->opened());

    const HttpReply reply = anonymous()->get(QStringLiteral("/metrics"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.header("Content-Type").startsWith("text/plain"));
    const QByteArray &body = reply.body;
    for (const char *expected : {
             "# TYPE frontline_http_requests_total counter\n",
             "frontline_http_requests_total{route=\"/api/v1/me\",method=\"GET\",status=\"200\"} "
             "2\n",
             "frontline_http_requests_total{route=\"/api/v1/tickets/{id}\",method=\"GET\","
             "status=\"404\"} 1\n",
             "frontline_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1\n",
             "frontline_http_requests_total{route=\"/api/v1/events\",method=\"GET\","
             "status=\"101\"} 1\n",
             "# TYPE frontline_http_request_duration_seconds histogram\n",
             "frontline_http_request_duration_seconds_bucket{route=\"/api/v1/me\",method=\"GET\","
             "le=\"+Inf\"} 2\n",
             "frontline_http_request_duration_seconds_count{route=\"/api/v1/me\",method=\"GET\"} "
             "2\n",
             "frontline_http_request_duration_seconds_sum{route=\"/api/v1/me\",method=\"GET\"} ",
             "# TYPE frontline_websocket_connections gauge\n",
             "frontline_websocket_connections 1\n",
             "frontline_build_info{version=\"",
         }) {
        EXPECT_TRUE(body.contains(expected)) << expected << "\n" << body.toStdString();
    }
    // The raw path never becomes a label.
    EXPECT_FALSE(body.contains("999999"));

    // Buckets are cumulative: counts never fall as `le` grows, and +Inf is the total.
    static const QRegularExpression bucket(QStringLiteral(
        "frontline_http_request_duration_seconds_bucket\\{route=\"/api/v1/me\",method=\"GET\","
        "le=\"([^\"]+)\"\\} (\\d+)"));
    QString bounds;
    qint64 previous = 0;
    for (auto it = bucket.globalMatch(QString::fromUtf8(body)); it.hasNext();) {
        const auto match = it.next();
        bounds += match.captured(1) + u' ';
        EXPECT_GE(match.captured(2).toLongLong(), previous);
        previous = match.captured(2).toLongLong();
    }
    EXPECT_EQ(bounds, u"0.0005 0.001 0.0025 0.005 0.01 0.025 0.05 0.1 0.25 0.5 1 2.5 +Inf ");
    EXPECT_EQ(previous, 2);

    events->close();
    EXPECT_TRUE(waitUntil([&] {
        return anonymous()
            ->get(QStringLiteral("/metrics"))
            .body.contains("frontline_websocket_connections 0\n");
    }));
}
