// Routing and assignment against the real back office: chats go at once to the least loaded
// online operator of their queue, other channels wait for a claim, capacity is respected, chats
// return from an away operator after the grace time, and nothing is assigned twice.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

using namespace frontline::test;

namespace {

const QLatin1StringView AssigneeId("assignee_id");

// Sends all requests at once (over several connections) and waits for every answer.
QList<HttpReply> inParallel(const QUrl &base, const QList<QByteArray> &tokens,
                            const QList<QPair<QString, QByteArray>> &requests)
{
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QUrl url = base;
        url.setPath(requests[i].first);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + tokens[i % tokens.size()]);
        request.setRawHeader("Content-Type", "application/json");
        request.setTransferTimeout(30000);
        replies.append(network.post(request, requests[i].second));
    }
    waitUntil(
        [&] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *reply) { return reply->isFinished(); });
        },
        std::chrono::seconds(60));
    QList<HttpReply> results;
    for (QNetworkReply *reply : replies) {
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        results.append(result);
        reply->deleteLater();
    }
    return results;
}

class RoutingTest : public ContactFlowTest
{
protected:
    // Intake requests for 40 chats and 20 emails from 60 customers, each twice in a row.
    static QList<QPair<QString, QByteArray>> parallelIntakes()
    {
        QList<QPair<QString, QByteArray>> intakes;
        for (int i = 0; i < 60; ++i) {
            const QString channel = i < 40 ? QStringLiteral("chat") : QStringLiteral("email");
            const QByteArray body = json(
                {{QLatin1StringView("channel"), channel},
                 {QLatin1StringView("external_message_id"), QStringLiteral("p-%1").arg(i)},
                 {QLatin1StringView("queue"), QStringLiteral("orders")},
                 {QLatin1StringView("customer"),
                  QJsonObject{{QLatin1StringView("external_id"), QStringLiteral("pc-%1").arg(i)},
                              {QLatin1StringView("name"), QStringLiteral("P %1").arg(i)}}},
                 {QLatin1StringView("text"), QStringLiteral("hello")}});
            intakes.append({QStringLiteral("/api/v1/intake/messages"), body});
            intakes.append({QStringLiteral("/api/v1/intake/messages"), body});
        }
        return intakes;
    }

    // How many changes in the feed assign each email ticket (by id).
    static QHash<QString, int> emailAssignments(HttpClient &client)
    {
        QHash<QString, int> assignments;
        for (const QJsonValue &change : client.get(QStringLiteral("/api/v1/changes?limit=5000"))
                                            .json()
                                            .value(QLatin1StringView("changes"))
                                            .toArray()) {
            const QJsonObject data = change[QLatin1StringView("data")].toObject();
            if (change[QLatin1StringView("entity")].toString() == u"ticket" &&
                data.value(QLatin1StringView("channel")).toString() == u"email" &&
                !data.value(AssigneeId).toString().isEmpty() &&
                data.value(QLatin1StringView("version")).toInt() > 0)
                assignments[data.value(QLatin1StringView("id")).toString()] += 1;
        }
        return assignments;
    }
};

} // namespace

TEST_P(RoutingTest, ChatsGoToTheLeastLoadedOnlineOperatorAndWaitWhenAllAreFull)
{
    auto olga = signIn(QStringLiteral("olga"));   // orders, returns; 3 chats at most
    auto pavel = signIn(QStringLiteral("pavel")); // orders; 3 chats at most
    auto ivan = signIn(QStringLiteral("ivan"));   // delivery
    const QString olgaId = myId(*olga);
    const QString pavelId = myId(*pavel);

    // Nobody online: the chat waits in its queue.
    const QString early =
        intake(QStringLiteral("chat"), QStringLiteral("c0"), QStringLiteral("m0"));
    EXPECT_EQ(assignee(*olga, early), QString());

    // Olga comes online and gets the waiting chat at once; then Pavel comes online.
    setPresence(*olga, QStringLiteral("online"));
    EXPECT_EQ(assignee(*olga, early), olgaId);
    setPresence(*pavel, QStringLiteral("online"));
    setPresence(*ivan, QStringLiteral("online")); // online, but not in the orders queue

    // Fewest active chats first; on a tie, whoever waited longest since their last chat.
    QStringList chats;
    for (int i = 1; i <= 5; ++i)
        chats << intake(QStringLiteral("chat"), QStringLiteral("c%1").arg(i),
                        QStringLiteral("m%1").arg(i));
    EXPECT_EQ(assignee(*olga, chats[0]), pavelId); // olga 1, pavel 0
    EXPECT_EQ(assignee(*olga, chats[1]), olgaId);  // 1 : 1, olga's last chat is older
    EXPECT_EQ(assignee(*olga, chats[2]), pavelId);
    EXPECT_EQ(assignee(*olga, chats[3]), olgaId);
    EXPECT_EQ(assignee(*olga, chats[4]), pavelId); // both at their limit of 3 now

    const QString waiting =
        intake(QStringLiteral("chat"), QStringLiteral("c6"), QStringLiteral("m6"));
    EXPECT_EQ(assignee(*olga, waiting), QString());

    // Olga resolves one: the waiting chat is hers at once, and her client learns it from the feed.
    const HttpReply resolved = resolve(*olga, early);
    ASSERT_EQ(resolved.status, 200) << resolved.body.toStdString();
    const QJsonObject taken = ticket(*olga, waiting);
    EXPECT_EQ(taken.value(AssigneeId).toString(), olgaId);
    EXPECT_GT(taken.value(QLatin1StringView("version")).toInt(), 1);
    bool announced = false;
    for (const QJsonValue &change : olga->get(QStringLiteral("/api/v1/changes?limit=5000"))
                                        .json()
                                        .value(QLatin1StringView("changes"))
                                        .toArray()) {
        const QJsonObject data = change[QLatin1StringView("data")].toObject();
        announced |= change[QLatin1StringView("entity")].toString() == u"ticket" &&
                     data.value(QLatin1StringView("id")).toString() == waiting &&
                     data.value(AssigneeId).toString() == olgaId;
    }
    EXPECT_TRUE(announced);

    // Email and web-form tickets are never routed: they wait for a claim.
    const QString email =
        intake(QStringLiteral("email"), QStringLiteral("e1"), QStringLiteral("mail-1"));
    EXPECT_EQ(assignee(*olga, email), QString());
    const HttpReply claimed = pavel->send("POST", u"/api/v1/tickets/" + email + u"/claim", {});
    ASSERT_EQ(claimed.status, 200) << claimed.body.toStdString();
    EXPECT_EQ(claimed.json().value(AssigneeId).toString(), pavelId);
    EXPECT_FALSE(claimed.header("ETag").isEmpty());
    EXPECT_EQ(pavel->send("POST", u"/api/v1/tickets/" + email + u"/claim", {}).status,
              200); // a retried claim
    const HttpReply taken2 = olga->send("POST", u"/api/v1/tickets/" + email + u"/claim", {});
    EXPECT_EQ(taken2.status, 409);
    EXPECT_EQ(errorCode(taken2), u"conflict");
    // Ivan does not work the orders queue: the ticket does not exist for him.
    EXPECT_EQ(ivan->send("POST", u"/api/v1/tickets/" + email + u"/claim", {}).status, 404);
    // A chat claimed beyond the operator's limit is refused.
    const QString another =
        intake(QStringLiteral("chat"), QStringLiteral("c7"), QStringLiteral("m7"));
    EXPECT_EQ(assignee(*olga, another), QString());
    EXPECT_EQ(olga->send("POST", u"/api/v1/tickets/" + another + u"/claim", {}).status, 409);
}

TEST_P(RoutingTest, ARaisedCapacityTakesWaitingChatsAtOnce)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString olgaId = myId(*olga);
    setPresence(*olga, QStringLiteral("online"));
    QStringList chats;
    for (int i = 0; i < 5; ++i)
        chats << intake(QStringLiteral("chat"), QStringLiteral("r%1").arg(i),
                        QStringLiteral("r%1").arg(i));
    EXPECT_EQ(assignee(*sofia, chats[3]), QString()); // her limit is 3
    const QString path = u"/api/v1/operators/" + olgaId;
    EXPECT_EQ(olga->send("PATCH", path, json({{QLatin1StringView("max_chats"), 5}})).status, 403);
    EXPECT_EQ(sofia->send("PATCH", path, json({{QLatin1StringView("max_chats"), 21}})).status, 422);
    EXPECT_EQ(sofia->send("PATCH", path, json({{QLatin1StringView("line"), 2}})).status, 422);
    EXPECT_EQ(sofia
                  ->send("PATCH", QStringLiteral("/api/v1/operators/999999"),
                         json({{QLatin1StringView("max_chats"), 5}}))
                  .status,
              404);
    const HttpReply raised =
        sofia->send("PATCH", path, json({{QLatin1StringView("max_chats"), 4}}));
    ASSERT_EQ(raised.status, 200) << raised.body.toStdString();
    EXPECT_EQ(raised.json().value(QLatin1StringView("active_chats")).toInt(), 4);
    EXPECT_EQ(assignee(*sofia, chats[3]), olgaId); // the oldest waiting chat first
    EXPECT_EQ(assignee(*sofia, chats[4]), QString());
}

TEST_P(RoutingTest, AnAwayOperatorsChatsReturnAfterTheGraceTimeAndSupervisorsReassign)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString olgaId = myId(*olga);
    const QString pavelId = myId(*pavel);

    setPresence(*olga, QStringLiteral("online"));
    const QString chat = intake(QStringLiteral("chat"), QStringLiteral("g1"), QStringLiteral("g1"));
    ASSERT_EQ(assignee(*sofia, chat), olgaId);

    // Olga goes on break; nobody else is online, so after the grace time the chat waits unassigned.
    setPresence(*olga, QStringLiteral("break"));
    EXPECT_TRUE(waitUntil([&] { return assignee(*sofia, chat).isEmpty(); }));
    // Pavel comes online and gets it.
    setPresence(*pavel, QStringLiteral("online"));
    EXPECT_EQ(assignee(*sofia, chat), pavelId);

    // A supervisor moves it to Olga (on break: a deliberate choice, so it stays with her).
    QJsonObject current = ticket(*sofia, chat);
    HttpReply moved =
        sofia->send("PATCH", u"/api/v1/tickets/" + chat, json({{AssigneeId, olgaId}}),
                    {{"Content-Type", "application/json"}, {"If-Match", ifMatch(current)}});
    ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    EXPECT_EQ(moved.json().value(AssigneeId).toString(), olgaId);
    EXPECT_GT(moved.json().value(QLatin1StringView("version")).toInt(),
              current.value(QLatin1StringView("version")).toInt());
    // An operator may not hand a ticket to someone else.
    current = ticket(*sofia, chat);
    EXPECT_EQ(olga->send("PATCH", u"/api/v1/tickets/" + chat, json({{AssigneeId, pavelId}}),
                         {{"Content-Type", "application/json"}, {"If-Match", ifMatch(current)}})
                  .status,
              403);
    // Unassigning a chat puts it back in routing: Pavel, who is online, takes it.
    moved = sofia->send("PATCH", u"/api/v1/tickets/" + chat,
                        json({{AssigneeId, QJsonValue(QJsonValue::Null)}}),
                        {{"Content-Type", "application/json"}, {"If-Match", ifMatch(current)}});
    ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    EXPECT_EQ(moved.json().value(AssigneeId).toString(), pavelId);

    // Pavel goes offline; nobody else is online, so the chat waits in its queue again.
    setPresence(*pavel, QStringLiteral("offline"));
    EXPECT_TRUE(waitUntil([&] { return assignee(*sofia, chat).isEmpty(); }));
}

TEST_P(RoutingTest, ParallelIntakeAndClaimsNeverLoseAContactOrAssignOneTwice)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    setPresence(*olga, QStringLiteral("online"));
    setPresence(*pavel, QStringLiteral("online"));
    const QString olgaId = myId(*olga);
    const QString pavelId = myId(*pavel);

    // 40 chats and 20 emails from 60 customers, all at once, each sent twice (a redelivery).
    const QList<QPair<QString, QByteArray>> intakes = parallelIntakes();
    const QList<HttpReply> received = inParallel(backOffice->baseUrl(), {channelToken()}, intakes);
    QHash<QString, QString> ticketOfMessage;
    int created = 0;
    for (qsizetype i = 0; i < received.size(); ++i) {
        ASSERT_TRUE(received[i].status == 201 || received[i].status == 200)
            << received[i].status << received[i].body.toStdString();
        created += received[i].status == 201;
        const QString ticketId =
            received[i].json().value(QLatin1StringView("ticket_id")).toString();
        const QString key = QString::number(i / 2);
        if (ticketOfMessage.contains(key)) {
            EXPECT_EQ(ticketOfMessage.value(key), ticketId); // the redelivery got the same answer
        }
        ticketOfMessage.insert(key, ticketId);
    }
    EXPECT_EQ(created, 60);
    EXPECT_EQ(QSet<QString>(ticketOfMessage.begin(), ticketOfMessage.end()).size(), 60);

    // Every chat assigned or waiting; nobody over capacity (3 each).
    QHash<QString, int> chatsOf;
    int waiting = 0;
    for (int i = 0; i < 40; ++i) {
        const QString who = assignee(*sofia, ticketOfMessage.value(QString::number(i)));
        who.isEmpty() ? ++waiting : ++chatsOf[who];
    }
    EXPECT_EQ(chatsOf.value(olgaId), 3);
    EXPECT_EQ(chatsOf.value(pavelId), 3);
    EXPECT_EQ(waiting, 34);

    // Both operators claim every email at once: each is claimed exactly once.
    QList<QPair<QString, QByteArray>> claims;
    QList<QByteArray> tokens;
    for (int i = 40; i < 60; ++i) {
        const QString path =
            u"/api/v1/tickets/" + ticketOfMessage.value(QString::number(i)) + u"/claim";
        claims.append({path, QByteArray()});
        claims.append({path, QByteArray()});
    }
    tokens << olga->token() << pavel->token();
    const QList<HttpReply> answers = inParallel(backOffice->baseUrl(), tokens, claims);
    for (qsizetype i = 0; i < answers.size(); i += 2) {
        const int first = answers[i].status;
        const int second = answers[i + 1].status;
        EXPECT_TRUE((first == 200 && second == 409) || (first == 409 && second == 200))
            << first << " " << second << " " << answers[i].body.toStdString();
        const QString winner = first == 200 ? olgaId : pavelId;
        EXPECT_EQ(assignee(*sofia, ticketOfMessage.value(QString::number(40 + i / 2))), winner);
    }

    // The change feed has each email's assignment once.
    const QHash<QString, int> assignments = emailAssignments(*sofia);
    EXPECT_EQ(assignments.size(), 20);
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, RoutingTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
