#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {

const QLatin1StringView Status("status");

QString ticketPath(const QJsonObject &ticket)
{
    return u"/api/v1/tickets/" + ticket.value(QLatin1StringView("id")).toString();
}

QJsonObject escalationBody(const QString &reason, const QString &note)
{
    return {{QLatin1StringView("target_line"), 2},
            {QLatin1StringView("reason_code"), reason},
            {QLatin1StringView("note"), note}};
}

} // namespace

TEST_P(ApiTest, EscalationReachesTheSecondLineAndComesBackWhenReturned)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto ivan = signIn(QStringLiteral("ivan"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("returns"));
    EXPECT_EQ(pavel->get(ticketPath(ticket)).status, 404); // returns is not pavel's queue

    const HttpReply created =
        olga->send("POST", ticketPath(ticket) + u"/escalations",
                   json(escalationBody(QStringLiteral("payment_dispute"),
                                       QStringLiteral("Charged twice for <b>HP-1</b>"))));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject escalation = created.json();
    EXPECT_EQ(escalation.value(Status).toString(), u"open");
    EXPECT_EQ(escalation.value(QLatin1StringView("target_line")).toInt(), 2);
    const QString path =
        u"/api/v1/escalations/" + escalation.value(QLatin1StringView("id")).toString();

    // The 2nd line now sees the ticket, its escalation and their changes; ivan does not.
    const HttpReply seen = pavel->get(ticketPath(ticket));
    ASSERT_EQ(seen.status, 200);
    EXPECT_EQ(seen.json().value(QLatin1StringView("escalation_line")).toInt(), 2);
    EXPECT_EQ(pavel->get(QStringLiteral("/api/v1/escalations?status=open"))
                  .json()
                  .value(QLatin1StringView("escalations"))
                  .toArray()
                  .size(),
              1);
    EXPECT_EQ(ivan->get(ticketPath(ticket)).status, 404);
    EXPECT_TRUE(ivan->get(QStringLiteral("/api/v1/escalations"))
                    .json()
                    .value(QLatin1StringView("escalations"))
                    .toArray()
                    .isEmpty());
    QStringList entities;
    for (const QJsonValue &change : pavel->get(QStringLiteral("/api/v1/changes"))
                                        .json()
                                        .value(QLatin1StringView("changes"))
                                        .toArray())
        entities << change[QLatin1StringView("entity")].toString();
    EXPECT_TRUE(entities.contains(u"escalation"));
    EXPECT_TRUE(entities.contains(u"ticket"));

    // Only the line addressed handles it.
    HttpReply reply = olga->send("PATCH", path, json({{Status, QStringLiteral("accepted")}}));
    EXPECT_EQ(reply.status, 403);
    reply = pavel->send("PATCH", path, json({{Status, QStringLiteral("accepted")}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json().value(Status).toString(), u"accepted");
    EXPECT_EQ(
        reply.json().value(QLatin1StringView("handled_by")).toString(),
        pavel->get(QStringLiteral("/api/v1/me")).json().value(QLatin1StringView("id")).toString());

    reply = pavel->send("PATCH", path, json({{Status, QStringLiteral("returned")}}));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"return_reason");
    reply =
        pavel->send("PATCH", path,
                    json({{Status, QStringLiteral("returned")},
                          {QLatin1StringView("return_reason"), QStringLiteral("answer_in_kb")}}),
                    {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    EXPECT_EQ(reply.status, 412);
    reply =
        pavel->send("PATCH", path,
                    json({{Status, QStringLiteral("returned")},
                          {QLatin1StringView("return_reason"), QStringLiteral("answer_in_kb")}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();

    // Back with the 1st line: the helpers lose sight of the ticket, and it cannot be accepted
    // again.
    EXPECT_EQ(pavel->get(ticketPath(ticket)).status, 404);
    EXPECT_TRUE(
        olga->get(ticketPath(ticket)).json().value(QLatin1StringView("escalation_line")).isNull());
    reply = pavel->send("PATCH", path, json({{Status, QStringLiteral("accepted")}}));
    EXPECT_EQ(reply.status, 404);
    auto sofia = signIn(QStringLiteral("sofia"));
    reply = sofia->send("PATCH", path, json({{Status, QStringLiteral("accepted")}}));
    EXPECT_EQ(reply.status, 409);
    const QJsonArray history = olga->get(ticketPath(ticket) + u"/escalations")
                                   .json()
                                   .value(QLatin1StringView("escalations"))
                                   .toArray();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0][Status].toString(), u"returned");
    EXPECT_EQ(history[0][QLatin1StringView("note")].toString(), u"Charged twice for <b>HP-1</b>");
}

TEST_P(ApiTest, EscalationInputIsValidated)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QString path = ticketPath(ticket) + u"/escalations";
    const struct
    {
        QJsonObject body;
        const char *field;
    } cases[] = {
        {{{QLatin1StringView("reason_code"), QStringLiteral("vip_customer")}}, "target_line"},
        {{{QLatin1StringView("target_line"), 7},
          {QLatin1StringView("reason_code"), QStringLiteral("vip_customer")}},
         "target_line"},
        {escalationBody(QStringLiteral("bored"), QStringLiteral("x")), "reason_code"},
        {escalationBody(QStringLiteral("payment_dispute"), QStringLiteral("  ")), "note"},
        {{{QLatin1StringView("target_team"), QStringLiteral("nobody")},
          {QLatin1StringView("reason_code"), QStringLiteral("vip_customer")}},
         "target_team"},
    };
    for (const auto &c : cases) {
        const HttpReply reply = olga->send("POST", path, json(c.body));
        EXPECT_EQ(reply.status, 422) << c.field;
        EXPECT_EQ(errorField(reply), QString::fromLatin1(c.field));
    }
    // A VIP escalation needs no note; a second one while it is open is a conflict.
    QJsonObject vip = escalationBody(QStringLiteral("vip_customer"), QString());
    ASSERT_EQ(olga->send("POST", path, json(vip)).status, 201);
    EXPECT_EQ(olga->send("POST", path, json(vip)).status, 409);
    EXPECT_EQ(olga->send("PATCH", QStringLiteral("/api/v1/escalations/99999"),
                         json({{Status, QStringLiteral("accepted")}}))
                  .status,
              404);
}

TEST_P(ApiTest, EscalationTargetsAndQueuesForTheDialog)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject targets = olga->get(QStringLiteral("/api/v1/escalation-targets")).json();
    EXPECT_EQ(targets.value(QLatin1StringView("lines")).toArray(), (QJsonArray{1, 2}));
    bool paymentNeedsNote = false;
    for (const QJsonValue &reason : targets.value(QLatin1StringView("reasons")).toArray()) {
        if (reason[QLatin1StringView("code")].toString() == u"payment_dispute")
            paymentNeedsNote = reason[QLatin1StringView("note_required")].toBool();
    }
    EXPECT_TRUE(paymentNeedsNote);
    QStringList queues;
    for (const QJsonValue &queue : olga->get(QStringLiteral("/api/v1/queues"))
                                       .json()
                                       .value(QLatin1StringView("queues"))
                                       .toArray())
        queues << queue[QLatin1StringView("id")].toString();
    EXPECT_EQ(queues, (QStringList{QStringLiteral("delivery"), QStringLiteral("orders"),
                                   QStringLiteral("returns")}));
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/customers/424242")).status, 404);
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/customers/x")).status, 404);
}

TEST_P(ApiTest, EscalatingTakesAnIdempotencyKeyAndReplaysTheFirstAnswer)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QString path = ticketPath(ticket) + u"/escalations";
    const QByteArray body =
        json(escalationBody(QStringLiteral("payment_dispute"), QStringLiteral("Charged twice")));
    const auto withKey = [](const QByteArray &key) {
        return QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"},
                                                    {"Idempotency-Key", key}};
    };

    const HttpReply first = olga->send("POST", path, body, withKey("esc-1"));
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_TRUE(first.header("Idempotent-Replayed").isEmpty());
    EXPECT_EQ(first.header("ETag"), "\"1\"");

    // A retry (the first answer was lost) gets that answer again, not a second escalation, nor
    // the 409 a second escalation of an escalated ticket would get.
    const HttpReply replay = olga->send("POST", path, body, withKey("esc-1"));
    EXPECT_EQ(replay.status, 201);
    EXPECT_EQ(replay.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(replay.body, first.body);
    EXPECT_EQ(replay.header("ETag"), first.header("ETag"));

    // The same key with another request is refused.
    HttpReply reply =
        olga->send("POST", path,
                   json(escalationBody(QStringLiteral("payment_dispute"), QStringLiteral("Other"))),
                   withKey("esc-1"));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorCode(reply), u"idempotency_key_reused");
    const QJsonObject other = createTicket(*olga, QStringLiteral("orders"));
    reply = olga->send("POST", ticketPath(other) + u"/escalations", body, withKey("esc-1"));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorCode(reply), u"idempotency_key_reused");

    const auto escalationsOf = [&](const QJsonObject &of) {
        return olga->get(ticketPath(of) + u"/escalations")
            .json()
            .value(QLatin1StringView("escalations"))
            .toArray()
            .size();
    };
    EXPECT_EQ(escalationsOf(ticket), 1);
    EXPECT_EQ(escalationsOf(other), 0);

    // Keys belong to the caller: sofia's "esc-1" is her own.
    auto sofia = signIn(QStringLiteral("sofia"));
    reply = sofia->send("POST", ticketPath(other) + u"/escalations", body, withKey("esc-1"));
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    EXPECT_TRUE(reply.header("Idempotent-Replayed").isEmpty());
    EXPECT_EQ(escalationsOf(other), 1);

    // A refused request records nothing: the same key works once the request is right.
    const QJsonObject third = createTicket(*olga, QStringLiteral("orders"));
    const QString thirdPath = ticketPath(third) + u"/escalations";
    reply = olga->send("POST", thirdPath,
                       json(escalationBody(QStringLiteral("bored"), QStringLiteral("x"))),
                       withKey("esc-2"));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"reason_code");
    reply = olga->send("POST", thirdPath, body, withKey("esc-2"));
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();

    // Malformed keys are refused; without a key the route works as before.
    reply = olga->send("POST", thirdPath, body, withKey(QByteArray(201, 'k')));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"Idempotency-Key");
    const QJsonObject fourth = createTicket(*olga, QStringLiteral("orders"));
    EXPECT_EQ(olga->send("POST", ticketPath(fourth) + u"/escalations", body).status, 201);
}
