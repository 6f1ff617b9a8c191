#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {
const QLatin1StringView Body("body");

QString messagesPath(const QJsonObject &ticket)
{
    return u"/api/v1/tickets/" + ticket.value(QLatin1StringView("id")).toString() + u"/messages";
}

QList<QPair<QByteArray, QByteArray>> withKey(const QByteArray &key)
{
    return {{"Content-Type", "application/json"}, {"Idempotency-Key", key}};
}
} // namespace

TEST_P(ApiTest, PostingAMessageNeedsAnIdempotencyKeyAndReplaysIt)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QByteArray body = json({{Body, QStringLiteral("Your order ships today.")}});

    HttpReply reply = olga->send("POST", messagesPath(ticket), body);
    EXPECT_EQ(reply.status, 428);

    const HttpReply first = olga->send("POST", messagesPath(ticket), body, withKey("key-1"));
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_TRUE(first.header("Idempotent-Replayed").isEmpty());
    EXPECT_EQ(first.json().value(QLatin1StringView("author_kind")).toString(), u"operator");

    const HttpReply replay = olga->send("POST", messagesPath(ticket), body, withKey("key-1"));
    EXPECT_EQ(replay.status, 201);
    EXPECT_EQ(replay.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(replay.body, first.body);

    reply = olga->send("POST", messagesPath(ticket), json({{Body, QStringLiteral("Other text")}}),
                       withKey("key-1"));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorCode(reply), u"idempotency_key_reused");

    const HttpReply list = olga->get(messagesPath(ticket));
    EXPECT_EQ(list.json().value(QLatin1StringView("messages")).toArray().size(), 1);

    // Keys belong to the caller: ivan's "key-1" is his own.
    auto sofia = signIn(QStringLiteral("sofia"));
    reply = sofia->send("POST", messagesPath(ticket), body, withKey("key-1"));
    EXPECT_EQ(reply.status, 201);
    EXPECT_TRUE(reply.header("Idempotent-Replayed").isEmpty());
}

TEST_P(ApiTest, AReplyOpensTheTicketAndStampsTheFirstResponse)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    ASSERT_EQ(
        olga->send("POST", messagesPath(ticket),
                   json({{Body, QStringLiteral("note")}, {QLatin1StringView("internal"), true}}),
                   withKey("n1"))
            .status,
        201);
    QJsonObject after =
        olga->get(u"/api/v1/tickets/" + ticket.value(QLatin1StringView("id")).toString()).json();
    EXPECT_EQ(after.value(QLatin1StringView("status")).toString(), u"new");
    EXPECT_TRUE(after.value(QLatin1StringView("first_response_at")).isNull());

    ASSERT_EQ(olga->send("POST", messagesPath(ticket), json({{Body, QStringLiteral("Hello!")}}),
                         withKey("m1"))
                  .status,
              201);
    after =
        olga->get(u"/api/v1/tickets/" + ticket.value(QLatin1StringView("id")).toString()).json();
    EXPECT_EQ(after.value(QLatin1StringView("status")).toString(), u"open");
    EXPECT_FALSE(after.value(QLatin1StringView("first_response_at")).toString().isEmpty());
    EXPECT_EQ(after.value(QLatin1StringView("version")).toInteger(), 3);
}

TEST_P(ApiTest, MessageBodiesAreValidatedAndKeptVerbatim)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const struct
    {
        QByteArray body;
        int status;
        const char *field;
    } cases[] = {
        {json({{Body, QStringLiteral("   ")}}), 422, "body"},
        {json({{Body, 42}}), 422, "body"},
        {json({{Body, QString(20001, u'a')}}), 422, "body"},
        {json(
             {{Body, QStringLiteral("x")}, {QLatin1StringView("internal"), QStringLiteral("yes")}}),
         422, "internal"},
    };
    int key = 0;
    for (const auto &c : cases) {
        const HttpReply reply = olga->send("POST", messagesPath(ticket), c.body,
                                           withKey("bad-" + QByteArray::number(++key)));
        EXPECT_EQ(reply.status, c.status) << c.body.left(60).toStdString();
        EXPECT_EQ(errorField(reply), QString::fromLatin1(c.field));
    }
    const QString html = QStringLiteral("<img src=x onerror=alert(1)> <b>Привет</b> & \"quotes\"");
    const HttpReply posted =
        olga->send("POST", messagesPath(ticket), json({{Body, html}}), withKey("html"));
    ASSERT_EQ(posted.status, 201);
    EXPECT_EQ(posted.json().value(Body).toString(), html);
    const QJsonArray list =
        olga->get(messagesPath(ticket)).json().value(QLatin1StringView("messages")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(Body).toString(), html);

    HttpReply reply = olga->send("POST", messagesPath(ticket), json({{Body, QStringLiteral("x")}}),
                                 withKey(QByteArray(201, 'k')));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"Idempotency-Key");
}

TEST_P(ApiTest, MessagesPageBackwardsAndForwards)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        const HttpReply reply =
            olga->send("POST", messagesPath(ticket), json({{Body, QStringLiteral("m%1").arg(i)}}),
                       withKey("p" + QByteArray::number(i)));
        ASSERT_EQ(reply.status, 201);
        ids << reply.json().value(QLatin1StringView("id")).toString();
    }
    const auto bodies = [](const HttpReply &reply) {
        QStringList list;
        for (const QJsonValue &m : reply.json().value(QLatin1StringView("messages")).toArray())
            list << m.toObject().value(QLatin1StringView("body")).toString();
        return list;
    };
    HttpReply newest = olga->get(messagesPath(ticket) + u"?limit=3");
    EXPECT_EQ(bodies(newest),
              (QStringList{QStringLiteral("m4"), QStringLiteral("m5"), QStringLiteral("m6")}));
    EXPECT_TRUE(newest.json().value(QLatin1StringView("more")).toBool());
    HttpReply older = olga->get(messagesPath(ticket) + u"?limit=3&before=" + ids[4]);
    EXPECT_EQ(bodies(older),
              (QStringList{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")}));
    HttpReply oldest = olga->get(messagesPath(ticket) + u"?limit=3&before=" + ids[1]);
    EXPECT_EQ(bodies(oldest), QStringList{QStringLiteral("m0")});
    EXPECT_FALSE(oldest.json().value(QLatin1StringView("more")).toBool());
    HttpReply after = olga->get(messagesPath(ticket) + u"?limit=2&after=" + ids[4]);
    EXPECT_EQ(bodies(after), (QStringList{QStringLiteral("m5"), QStringLiteral("m6")}));
    EXPECT_EQ(olga->get(messagesPath(ticket) + u"?before=x").status, 422);
}
