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

// After an escalation to the 2nd line: pavel (2nd line) sees the ticket, its escalation and
// their changes; ivan (1st line, another queue) sees none of it.
void expectOnlyTheSecondLineSees(HttpClient &pavel, HttpClient &ivan, const QJsonObject &ticket)
{
    const HttpReply seen = pavel.get(ticketPath(ticket));
    ASSERT_EQ(seen.status, 200);
    EXPECT_EQ(seen.json().value(QLatin1StringView("escalation_line")).toInt(), 2);
    EXPECT_EQ(pavel.get(QStringLiteral("/api/v1/escalations?status=open"))
                  .json()
                  .value(QLatin1StringView("escalations"))
                  .toArray()
                  .size(),
              1);
    EXPECT_EQ(ivan.get(ticketPath(ticket)).status, 404);
    EXPECT_TRUE(ivan.get(QStringLiteral("/api/v1/escalations"))
                    .json()
                    .value(QLatin1StringView("escalations"))
                    .toArray()
                    .isEmpty());
    QStringList entities;
    for (const QJsonValue &change : pavel.get(QStringLiteral("/api/v1/changes"))
                                        .json()
                                        .value(QLatin1StringView("changes"))
                                        .toArray())
        entities << change[QLatin1StringView("entity")].toString();
    EXPECT_TRUE(entities.contains(u"escalation"));
    EXPECT_TRUE(entities.contains(u"ticket"));
}

// The messages among a change feed page's changes, by id.
QHash<QString, QJsonObject> messagesIn(const HttpReply &feed)
{
    QHash<QString, QJsonObject> messages;
    for (const QJsonValue &change : feed.json().value(QLatin1StringView("changes")).toArray()) {
        if (change[QLatin1StringView("entity")].toString() == u"message")
            messages.insert(change[QLatin1StringView("id")].toString(),
                            change[QLatin1StringView("data")].toObject());
    }
    return messages;
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
    expectOnlyTheSecondLineSees(*pavel, *ivan, ticket);
    if (HasFatalFailure())
        return;

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
    // Lines above hers that someone works: pavel's 2nd line.
    EXPECT_EQ(targets.value(QLatin1StringView("lines")).toArray(), (QJsonArray{2}));
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

// The conversation is the escalation's context: the line addressed gets the messages written
// before the escalation through its change feed, past the cursor it already had; others do not.
TEST_P(ApiTest, EscalationSharesTheEarlierConversationWithTheLineAddressed)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto ivan = signIn(QStringLiteral("ivan"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("returns"));
    QStringList written;
    int key = 0;
    for (const auto &[body, internal] :
         {std::pair{QStringLiteral("The parcel came <b>empty</b>"), false},
          std::pair{QStringLiteral("Checked the scales: 0.2 kg"), true}}) {
        const HttpReply reply = olga->send(
            "POST", ticketPath(ticket) + u"/messages",
            json({{QLatin1StringView("body"), body}, {QLatin1StringView("internal"), internal}}),
            {{"Content-Type", "application/json"},
             {"Idempotency-Key", QByteArray("share-") + QByteArray::number(++key)}});
        ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
        written << reply.json().value(QLatin1StringView("id")).toString();
    }
    // Pavel and ivan are synced up to here and saw none of it.
    const HttpReply pavelBefore = pavel->get(QStringLiteral("/api/v1/changes"));
    ASSERT_EQ(pavelBefore.status, 200);
    for (const QString &id : written)
        EXPECT_FALSE(messagesIn(pavelBefore).contains(id));
    const qint64 pavelCursor = pavelBefore.json().value(QLatin1StringView("next")).toInteger();
    const qint64 ivanCursor = ivan->get(QStringLiteral("/api/v1/changes"))
                                  .json()
                                  .value(QLatin1StringView("next"))
                                  .toInteger();

    const HttpReply created =
        olga->send("POST", ticketPath(ticket) + u"/escalations",
                   json(escalationBody(QStringLiteral("damaged_goods"),
                                       QStringLiteral("Empty parcel, see the note"))));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();

    const auto pavelAfter =
        messagesIn(pavel->get(u"/api/v1/changes?since=" + QString::number(pavelCursor)));
    for (const QString &id : written)
        ASSERT_TRUE(pavelAfter.contains(id)) << id.toStdString();
    EXPECT_EQ(pavelAfter.value(written[0]).value(QLatin1StringView("body")).toString(),
              u"The parcel came <b>empty</b>");
    EXPECT_TRUE(pavelAfter.value(written[1]).value(QLatin1StringView("internal")).toBool());
    EXPECT_FALSE(
        pavelAfter.value(written[0]).value(QLatin1StringView("author_name")).toString().isEmpty());
    // The same as the messages route gives him now.
    const QJsonArray listed = pavel->get(ticketPath(ticket) + u"/messages")
                                  .json()
                                  .value(QLatin1StringView("messages"))
                                  .toArray();
    ASSERT_EQ(listed.size(), written.size());
    EXPECT_EQ(listed[0][QLatin1StringView("body")].toString(), u"The parcel came <b>empty</b>");
    // Ivan (1st line, another queue) gets none of it.
    EXPECT_TRUE(
        messagesIn(ivan->get(u"/api/v1/changes?since=" + QString::number(ivanCursor))).isEmpty());

    // Messages written while it is escalated reach pavel once, as before.
    const HttpReply later =
        olga->send("POST", ticketPath(ticket) + u"/messages",
                   json({{QLatin1StringView("body"), QStringLiteral("Photo attached")}}),
                   {{"Content-Type", "application/json"}, {"Idempotency-Key", "share-3"}});
    ASSERT_EQ(later.status, 201);
    const QString laterId = later.json().value(QLatin1StringView("id")).toString();
    int copies = 0;
    for (const QJsonValue &change :
         pavel->get(u"/api/v1/changes?since=" + QString::number(pavelCursor))
             .json()
             .value(QLatin1StringView("changes"))
             .toArray())
        copies += change[QLatin1StringView("entity")].toString() == u"message" &&
                  change[QLatin1StringView("id")].toString() == laterId;
    EXPECT_EQ(copies, 1);
}

namespace {

// Adds 1st-line operators in teams: boris and vera (billing, orders queue) and lena (legal).
::testing::AssertionResult addTeams(BackOfficeProcess &backOffice)
{
    for (const auto &[name, team] : {std::pair{"boris", "billing"}, std::pair{"vera", "billing"},
                                     std::pair{"lena", "legal"}}) {
        auto added = backOffice.admin(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
             QString::fromLatin1(name), QStringLiteral("--role"), QStringLiteral("operator"),
             QStringLiteral("--password"), QStringLiteral("secret"), QStringLiteral("--queues"),
             QStringLiteral("orders"), QStringLiteral("--team"), QString::fromLatin1(team)});
        if (!added)
            return added;
    }
    return ::testing::AssertionSuccess();
}

QJsonObject toTeam(const QString &team)
{
    return {{QLatin1StringView("target_team"), team},
            {QLatin1StringView("reason_code"), QStringLiteral("vip_customer")}};
}

QJsonObject toLine(int line)
{
    return {{QLatin1StringView("target_line"), line},
            {QLatin1StringView("reason_code"), QStringLiteral("vip_customer")}};
}

} // namespace

// Issue 16, item 2: an escalation goes up a line or across to another team, never to the
// operator's own line or team, where she could handle it herself.
TEST_P(ApiTest, EscalationsGoOnlyToALineAboveOrAnotherTeam)
{
    ASSERT_TRUE(addTeams(*backOffice));
    auto boris = signIn(QStringLiteral("boris"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject mine = boris->get(QStringLiteral("/api/v1/escalation-targets")).json();
    EXPECT_EQ(mine.value(QLatin1StringView("lines")).toArray(), (QJsonArray{2}));
    EXPECT_EQ(mine.value(QLatin1StringView("teams")).toArray(),
              (QJsonArray{QStringLiteral("legal")}));
    const QJsonObject staff = sofia->get(QStringLiteral("/api/v1/escalation-targets")).json();
    EXPECT_EQ(staff.value(QLatin1StringView("teams")).toArray(),
              (QJsonArray{QStringLiteral("billing"), QStringLiteral("legal")}));

    const QString path =
        ticketPath(createTicket(*boris, QStringLiteral("orders"))) + u"/escalations";
    HttpReply reply = boris->send("POST", path, json(toTeam(QStringLiteral("billing"))));
    EXPECT_EQ(reply.status, 403) << reply.body.toStdString();
    EXPECT_EQ(errorField(reply), u"target_team");
    reply = boris->send("POST", path, json(toLine(1)));
    EXPECT_EQ(reply.status, 403) << reply.body.toStdString();
    EXPECT_EQ(errorField(reply), u"target_line");
    reply = boris->send("POST", path, json(toLine(3))); // nobody works a 3rd line here
    EXPECT_EQ(reply.status, 422) << reply.body.toStdString();
    EXPECT_EQ(errorField(reply), u"target_line");
    auto pavel = signIn(QStringLiteral("pavel"));
    const QString pavels = ticketPath(createTicket(*pavel, QStringLiteral("orders")));
    EXPECT_EQ(pavel->send("POST", pavels + u"/escalations", json(toLine(2))).status, 403);
    EXPECT_TRUE(
        boris->get(ticketPath(createTicket(*boris, QStringLiteral("orders"))) + u"/escalations")
            .json()
            .value(QLatin1StringView("escalations"))
            .toArray()
            .isEmpty());

    // Across to legal: a member of legal handles it, not a colleague of boris's own team.
    reply = boris->send("POST", path, json(toTeam(QStringLiteral("legal"))));
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    const QString escalation =
        u"/api/v1/escalations/" + reply.json().value(QLatin1StringView("id")).toString();
    auto vera = signIn(QStringLiteral("vera"));
    EXPECT_EQ(vera->send("PATCH", escalation, json({{Status, QStringLiteral("accepted")}})).status,
              403);
    auto lena = signIn(QStringLiteral("lena"));
    reply = lena->send("PATCH", escalation, json({{Status, QStringLiteral("accepted")}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(
        reply.json().value(QLatin1StringView("handled_by")).toString(),
        lena->get(QStringLiteral("/api/v1/me")).json().value(QLatin1StringView("id")).toString());
}

// Issue 16, item 2: whoever escalated never accepts, returns or resolves that escalation, even
// once she works in the team it went to; her colleagues there and supervisors do.
TEST_P(ApiTest, TheEscalatingOperatorNeverHandlesHerOwnEscalation)
{
    ASSERT_TRUE(addTeams(*backOffice));
    auto boris = signIn(QStringLiteral("boris"));
    const QString ticket = ticketPath(createTicket(*boris, QStringLiteral("orders")));
    HttpReply reply =
        boris->send("POST", ticket + u"/escalations", json(toTeam(QStringLiteral("legal"))));
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    const QString escalation =
        u"/api/v1/escalations/" + reply.json().value(QLatin1StringView("id")).toString();

    // Boris moves to legal, the team his escalation is addressed to.
    backOffice->stop();
    ASSERT_TRUE(backOffice->execute(
        QStringLiteral("UPDATE operators SET team = 'legal' WHERE username = 'boris'")));
    ASSERT_TRUE(backOffice->start());
    boris = signIn(QStringLiteral("boris"));
    for (const char *status : {"accepted", "returned", "resolved"}) {
        reply = boris->send(
            "PATCH", escalation,
            json({{Status, QString::fromLatin1(status)},
                  {QLatin1StringView("return_reason"), QStringLiteral("answer_in_kb")}}));
        EXPECT_EQ(reply.status, 403) << status << reply.body.toStdString();
        EXPECT_EQ(errorCode(reply), u"forbidden");
    }
    auto lena = signIn(QStringLiteral("lena"));
    reply = lena->send("PATCH", escalation, json({{Status, QStringLiteral("accepted")}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    auto sofia = signIn(QStringLiteral("sofia"));
    reply = sofia->send(
        "PATCH", escalation,
        json({{Status, QStringLiteral("resolved")},
              {QLatin1StringView("resolution_note"), QStringLiteral("Refund approved")}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json().value(Status).toString(), u"resolved");
}
