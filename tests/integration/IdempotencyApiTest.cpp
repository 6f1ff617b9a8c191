#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {

constexpr qint64 TwoDaysAndMoreMs = 49LL * 3600 * 1000; // past the key records' 48 hours

QString ticketPath(const QJsonObject &ticket)
{
    return u"/api/v1/tickets/" + ticket.value(QLatin1StringView("id")).toString();
}

QList<QPair<QByteArray, QByteArray>> withKey(const QByteArray &key)
{
    return {{"Content-Type", "application/json"}, {"Idempotency-Key", key}};
}

qsizetype listSize(HttpClient &client, const QString &path, QLatin1StringView list)
{
    return client.get(path).json().value(list).toArray().size();
}

} // namespace

// The desktop's outbox retries a command until it is answered, however long that takes; the
// back office keeps a key's record 48 hours. The rows a creating POST made keep its key for good.
class IdempotencyTest : public ApiTest
{
protected:
    QStringList extraArguments() const override { return {QStringLiteral("--test-clock")}; }

    // Lets more than two days pass on the back office; its hourly housekeeping runs meanwhile.
    void passTwoDays(HttpClient &client)
    {
        const HttpReply moved =
            client.send("POST", QStringLiteral("/api/v1/test/clock"),
                        json({{QLatin1StringView("advance_ms"), TwoDaysAndMoreMs}}),
                        {{"Content-Type", "application/json"}});
        ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    }
};

TEST_P(IdempotencyTest, AMessageRetriedAfterTwoDaysIsNotPostedTwice)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QString path = ticketPath(ticket) + u"/messages";
    const QByteArray body = json({{QLatin1StringView("body"), QStringLiteral("Refund sent")}});
    const HttpReply first = olga->send("POST", path, body, withKey("reply-1"));
    ASSERT_EQ(first.status, 201) << first.body.toStdString();

    passTwoDays(*olga);
    // Closed meanwhile: the retry is still answered with the message it made, not refused.
    const HttpReply current = sofia->get(ticketPath(ticket));
    const HttpReply closed =
        sofia->send("PATCH", ticketPath(ticket),
                    json({{QLatin1StringView("status"), QStringLiteral("closed")}}),
                    {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}});
    ASSERT_EQ(closed.status, 200) << closed.body.toStdString();

    const HttpReply retry = olga->send("POST", path, body, withKey("reply-1"));
    EXPECT_EQ(retry.status, 201) << retry.body.toStdString();
    EXPECT_EQ(retry.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(retry.json(), first.json());
    EXPECT_EQ(listSize(*olga, path, QLatin1StringView("messages")), 1);

    // The key still names that request only.
    const HttpReply other =
        olga->send("POST", path, json({{QLatin1StringView("body"), QStringLiteral("Other text")}}),
                   withKey("reply-1"));
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(errorCode(other), u"idempotency_key_reused");
    // Keys stay per caller: sofia's "reply-1" is her own (and the ticket is closed for her).
    EXPECT_EQ(sofia->send("POST", path, body, withKey("reply-1")).status, 409);
    EXPECT_EQ(listSize(*olga, path, QLatin1StringView("messages")), 1);
}

TEST_P(IdempotencyTest, AnInternalNoteAndAReplyKeepTheirOwnKeys)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QString path = ticketPath(ticket) + u"/messages";
    const QByteArray note = json({{QLatin1StringView("body"), QStringLiteral("VIP customer")},
                                  {QLatin1StringView("internal"), true}});
    const QByteArray reply = json({{QLatin1StringView("body"), QStringLiteral("Hello!")}});
    ASSERT_EQ(olga->send("POST", path, note, withKey("note-1")).status, 201);
    ASSERT_EQ(olga->send("POST", path, reply, withKey("reply-1")).status, 201);
    passTwoDays(*olga);
    EXPECT_EQ(olga->send("POST", path, note, withKey("note-1")).header("Idempotent-Replayed"),
              "true");
    EXPECT_EQ(olga->send("POST", path, reply, withKey("reply-1")).header("Idempotent-Replayed"),
              "true");
    EXPECT_EQ(listSize(*olga, path, QLatin1StringView("messages")), 2);
    // A new key is a new message, as ever.
    EXPECT_EQ(olga->send("POST", path, reply, withKey("reply-2")).status, 201);
    EXPECT_EQ(listSize(*olga, path, QLatin1StringView("messages")), 3);
}

TEST_P(IdempotencyTest, AnEscalationRetriedAfterTwoDaysIsNotMadeTwice)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QString path = ticketPath(ticket) + u"/escalations";
    const QByteArray body =
        json({{QLatin1StringView("target_line"), 2},
              {QLatin1StringView("reason_code"), QStringLiteral("vip_customer")},
              {QLatin1StringView("note"), QStringLiteral("Charged twice")}});
    const HttpReply first = olga->send("POST", path, body, withKey("esc-1"));
    ASSERT_EQ(first.status, 201) << first.body.toStdString();

    passTwoDays(*olga);
    const HttpReply retry = olga->send("POST", path, body, withKey("esc-1"));
    EXPECT_EQ(retry.status, 201) << retry.body.toStdString();
    EXPECT_EQ(retry.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(retry.header("ETag"), first.header("ETag"));
    EXPECT_EQ(retry.json().value(QLatin1StringView("id")),
              first.json().value(QLatin1StringView("id")));
    EXPECT_EQ(listSize(*olga, path, QLatin1StringView("escalations")), 1);

    const HttpReply other =
        olga->send("POST", path,
                   json({{QLatin1StringView("target_line"), 2},
                         {QLatin1StringView("reason_code"), QStringLiteral("vip_customer")},
                         {QLatin1StringView("note"), QStringLiteral("Another note")}}),
                   withKey("esc-1"));
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(errorCode(other), u"idempotency_key_reused");
    EXPECT_EQ(listSize(*olga, path, QLatin1StringView("escalations")), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, IdempotencyTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
