// Live monitoring on the back office (issue 18, items 1-5): a supervisor watches olga's chat and
// hears both sides typing, whispers to olga, barges in to the customer, takes the ticket over and
// hands it back; a second supervisor is refused; each action leaves exactly one audit row.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/integration/EventStream.h"

using namespace frontline::test;

namespace {

using L = QLatin1StringView;

class MonitoringTest : public ContactFlowTest
{
protected:
    // A second supervisor, to be refused where sofia is already in the conversation.
    void beforeStart() override
    {
        ASSERT_TRUE(backOffice->addUser(QStringLiteral("maria"), QStringLiteral("supervisor")));
    }

    // olga online in her queues, and a customer's chat routed to her.
    QString olgasChat(HttpClient &olga, const QString &customer)
    {
        setPresence(olga, QStringLiteral("online"));
        const QString id = intake(QStringLiteral("chat"), customer, customer + u"-1");
        EXPECT_EQ(assignee(olga, id), myId(olga));
        return id;
    }
    static HttpReply post(HttpClient &client, const QString &ticketId, const QString &action,
                          const QJsonObject &body = {})
    {
        return client.send("POST", u"/api/v1/tickets/" + ticketId + u'/' + action, json(body),
                           {{"Content-Type", "application/json"}});
    }
    static QJsonObject text(const QString &body) { return {{L("body"), body}}; }
    // What the customer's chat widget says while she types.
    HttpReply customerTyping(const QString &customer)
    {
        auto channel = anonymous();
        channel->setBearerToken(channelToken());
        return channel->send("POST", QStringLiteral("/api/v1/intake/typing"),
                             json({{L("channel"), QStringLiteral("chat")},
                                   {L("queue"), QStringLiteral("orders")},
                                   {L("customer"), QJsonObject{{L("external_id"), customer}}}}));
    }
    // Audit rows of `action` on the ticket, read from the table itself.
    qint64 auditRows(const QString &action, const QString &ticketId)
    {
        QVariant count;
        EXPECT_TRUE(backOffice->query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action "
                                                     "= '%1' AND ticket_id = %2")
                                          .arg(action, ticketId),
                                      &count));
        return count.toLongLong();
    }
    qint64 allAuditRows()
    {
        QVariant count;
        EXPECT_TRUE(backOffice->query(QStringLiteral("SELECT COUNT(*) FROM audit_log"), &count));
        return count.toLongLong();
    }
    std::unique_ptr<EventStream> listen(HttpClient &client)
    {
        auto stream = std::make_unique<EventStream>(backOffice->baseUrl(), client.token());
        EXPECT_TRUE(stream->opened());
        return stream;
    }
    static QString displayName(HttpClient &client)
    {
        return client.get(QStringLiteral("/api/v1/me")).json().value(L("display_name")).toString();
    }
};

class HiddenMonitoringTest : public MonitoringTest
{
protected:
    QStringList extraArguments() const override
    {
        return MonitoringTest::extraArguments() << QStringLiteral("--monitoring-visible=no");
    }
};

} // namespace

TEST_P(MonitoringTest, AMonitorHearsTheCustomerAndTheOperatorTyping)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    auto olgaEvents = listen(*olga);
    auto sofiaEvents = listen(*sofia);

    HttpReply started = post(*sofia, id, QStringLiteral("monitor"));
    ASSERT_EQ(started.status, 201) << started.body.toStdString();
    EXPECT_EQ(started.json().value(L("ticket_id")).toString(), id);
    EXPECT_EQ(started.json().value(L("supervisor_id")).toString(), myId(*sofia));
    // Starting again is the same session, and no second row.
    const HttpReply again = post(*sofia, id, QStringLiteral("monitor"));
    ASSERT_EQ(again.status, 200) << again.body.toStdString();
    EXPECT_EQ(again.json().value(L("started_at")), started.json().value(L("started_at")));
    const QJsonObject monitored = olgaEvents->nextOfType(QStringLiteral("monitored"));
    EXPECT_EQ(monitored.value(L("ticket_id")).toString(), id);
    EXPECT_EQ(monitored.value(L("supervisor_name")).toString(), displayName(*sofia));
    EXPECT_TRUE(monitored.value(L("active")).toBool());

    const HttpReply typed = customerTyping(QStringLiteral("c1"));
    ASSERT_EQ(typed.status, 204) << typed.body.toStdString();
    for (EventStream *stream : {sofiaEvents.get(), olgaEvents.get()}) {
        const QJsonObject typing = stream->nextOfType(QStringLiteral("typing"));
        EXPECT_EQ(typing.value(L("ticket_id")).toString(), id);
        EXPECT_TRUE(typing.value(L("customer")).toBool());
        EXPECT_TRUE(typing.value(L("operator_id")).isNull());
    }
    olgaEvents->send({{L("type"), QStringLiteral("typing")}, {L("ticket_id"), id}});
    const QJsonObject operatorTyping = sofiaEvents->nextOfType(QStringLiteral("typing"));
    EXPECT_EQ(operatorTyping.value(L("operator_id")).toString(), myId(*olga));
    EXPECT_FALSE(operatorTyping.value(L("customer")).toBool());

    const HttpReply stopped = sofia->send("DELETE", u"/api/v1/tickets/" + id + u"/monitor", {});
    EXPECT_EQ(stopped.status, 204) << stopped.body.toStdString();
    EXPECT_FALSE(olgaEvents->nextOfType(QStringLiteral("monitored")).value(L("active")).toBool());
    EXPECT_EQ(sofia->send("DELETE", u"/api/v1/tickets/" + id + u"/monitor", {}).status, 404);
    EXPECT_EQ(auditRows(QStringLiteral("monitor_start"), id), 1);
    EXPECT_EQ(auditRows(QStringLiteral("monitor_stop"), id), 1);
}

// Back offices sharing one PostgreSQL behind the front: olga's app listens on one, sofia works
// through the other, and what each must hear of the other's side of the chat crosses over.
TEST_P(MonitoringTest, EventsCrossBackOfficesThatShareADatabase)
{
    if (GetParam() != Backend::Postgresql)
        GTEST_SKIP() << "several instances share one database on PostgreSQL only";
    BackOfficeProcess second(extraArguments(), Backend::Postgresql);
    second.shareDatabaseWith(*backOffice);
    ASSERT_TRUE(second.start());
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    EventStream olgaEvents(second.baseUrl(), olga->token());
    ASSERT_TRUE(olgaEvents.opened());
    auto sofiaEvents = listen(*sofia);

    ASSERT_EQ(post(*sofia, id, QStringLiteral("monitor")).status, 201);
    EXPECT_TRUE(olgaEvents.nextOfType(QStringLiteral("monitored")).value(L("active")).toBool());
    // The customer's typing, reported to the first instance, reaches olga on the second.
    ASSERT_EQ(customerTyping(QStringLiteral("c1")).status, 204);
    EXPECT_TRUE(olgaEvents.nextOfType(QStringLiteral("typing")).value(L("customer")).toBool());
    EXPECT_TRUE(sofiaEvents->nextOfType(QStringLiteral("typing")).value(L("customer")).toBool());
    // Olga's typing on the second reaches sofia on the first.
    olgaEvents.send({{L("type"), QStringLiteral("typing")}, {L("ticket_id"), id}});
    const QJsonObject typing = sofiaEvents->nextOfType(QStringLiteral("typing"));
    EXPECT_EQ(typing.value(L("operator_id")).toString(), myId(*olga));
    EXPECT_FALSE(typing.value(L("customer")).toBool());
    // Sofia's barge through the first: olga is told at once on the second.
    ASSERT_EQ(post(*sofia, id, QStringLiteral("barge"), text(QStringLiteral("Hello"))).status, 201);
    EXPECT_EQ(olgaEvents.nextOfType(QStringLiteral("barged")).value(L("ticket_id")).toString(), id);
}

TEST_P(MonitoringTest, AMonitorSeesNewMessagesLive)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    ASSERT_EQ(post(*sofia, id, QStringLiteral("monitor")).status, 201);
    auto sofiaEvents = listen(*sofia);
    const QString second =
        intake(QStringLiteral("chat"), QStringLiteral("c1"), QStringLiteral("c1-2"));
    EXPECT_EQ(second, id); // the same conversation
    const qint64 seq =
        sofiaEvents->nextOfType(QStringLiteral("changed")).value(L("seq")).toInteger();
    const QJsonArray changes = sofia->get(u"/api/v1/changes?since=" + QString::number(seq - 1))
                                   .json()
                                   .value(L("changes"))
                                   .toArray();
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_EQ(changes.last()[L("entity")].toString(), u"message");
    EXPECT_EQ(changes.last()[L("data")][L("ticket_id")].toString(), id);
}

TEST_P(MonitoringTest, CustomerTypingIsForOpenConversationsAndRateLimited)
{
    auto olga = signIn(QStringLiteral("olga"));
    olgasChat(*olga, QStringLiteral("c1"));
    EXPECT_EQ(customerTyping(QStringLiteral("nobody")).status, 404);
    // A widget gone wild: past a few reports a second the rest are refused.
    int refused = 0;
    for (int i = 0; i < 200 && refused == 0; ++i) {
        const HttpReply typed = customerTyping(QStringLiteral("c1"));
        if (typed.status == 429)
            ++refused;
        else
            EXPECT_EQ(typed.status, 204) << typed.body.toStdString();
    }
    EXPECT_EQ(refused, 1);
}

TEST_P(MonitoringTest, AWhisperReachesOnlyTheOperator)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    const HttpReply whispered =
        post(*sofia, id, QStringLiteral("whisper"), text(QStringLiteral("Offer the refund")));
    ASSERT_EQ(whispered.status, 201) << whispered.body.toStdString();
    const QString messageId = whispered.json().value(L("id")).toString();
    EXPECT_TRUE(whispered.json().value(L("whisper")).toBool());
    EXPECT_TRUE(whispered.json().value(L("internal")).toBool());

    // Never to the customer's channel.
    auto channel = anonymous();
    channel->setBearerToken(channelToken());
    const QJsonArray outbound =
        channel->get(QStringLiteral("/api/v1/outbound")).json().value(L("messages")).toArray();
    for (const QJsonValue &message : outbound)
        EXPECT_NE(message[L("message_id")].toString(), messageId);
    // In olga's feed, marked as a whisper.
    const QJsonArray changes =
        olga->get(QStringLiteral("/api/v1/changes?since=0")).json().value(L("changes")).toArray();
    QJsonObject seen;
    for (const QJsonValue &change : changes) {
        if (change[L("entity")].toString() == u"message" && change[L("id")].toString() == messageId)
            seen = change[L("data")].toObject();
    }
    EXPECT_TRUE(seen.value(L("whisper")).toBool()) << QJsonDocument(changes).toJson().toStdString();
    EXPECT_EQ(seen.value(L("body")).toString(), u"Offer the refund");
    EXPECT_EQ(auditRows(QStringLiteral("whisper"), id), 1);
    EXPECT_EQ(post(*sofia, id, QStringLiteral("whisper"), text(QStringLiteral("  "))).status, 422);
    EXPECT_EQ(auditRows(QStringLiteral("whisper"), id), 1);
}

TEST_P(MonitoringTest, ABargeGoesToTheCustomerAndASecondSupervisorIsRefused)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto maria = signIn(QStringLiteral("maria"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    auto olgaEvents = listen(*olga);

    const HttpReply barged =
        post(*sofia, id, QStringLiteral("barge"), text(QStringLiteral("I can help you here")));
    ASSERT_EQ(barged.status, 201) << barged.body.toStdString();
    EXPECT_EQ(barged.json().value(L("author_id")).toString(), myId(*sofia));
    EXPECT_FALSE(barged.json().value(L("internal")).toBool());
    const QJsonObject told = olgaEvents->nextOfType(QStringLiteral("barged"));
    EXPECT_EQ(told.value(L("ticket_id")).toString(), id);
    EXPECT_EQ(told.value(L("supervisor_id")).toString(), myId(*sofia));
    auto channel = anonymous();
    channel->setBearerToken(channelToken());
    const QJsonArray outbound =
        channel->get(QStringLiteral("/api/v1/outbound")).json().value(L("messages")).toArray();
    ASSERT_FALSE(outbound.isEmpty());
    EXPECT_EQ(outbound.last()[L("message_id")].toString(), barged.json().value(L("id")).toString());

    const qint64 rows = allAuditRows();
    for (const QString &action : {QStringLiteral("barge"), QStringLiteral("take-over")}) {
        const HttpReply refused = post(*maria, id, action, text(QStringLiteral("Me too")));
        EXPECT_EQ(refused.status, 409) << refused.body.toStdString();
        EXPECT_EQ(refused.json()[L("error")][L("message")].toString(),
                  displayName(*sofia) + u" is already in this conversation");
    }
    EXPECT_EQ(allAuditRows(), rows); // a refused action leaves no row
    EXPECT_EQ(auditRows(QStringLiteral("barge"), id), 1);
    // Watching is never exclusive.
    EXPECT_EQ(post(*maria, id, QStringLiteral("monitor")).status, 201);
}

TEST_P(MonitoringTest, ATakenChatFreesTheOperatorsPlaceAndGoesBackWithinHerLimit)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto ivan = signIn(QStringLiteral("ivan"));
    const QString olgaId = myId(*olga);
    ASSERT_EQ(
        sofia->send("PATCH", u"/api/v1/operators/" + olgaId, json({{L("max_chats"), 1}})).status,
        200);
    const QString first = olgasChat(*olga, QStringLiteral("c1"));
    auto olgaEvents = listen(*olga);

    const HttpReply taken = post(*sofia, first, QStringLiteral("take-over"));
    ASSERT_EQ(taken.status, 200) << taken.body.toStdString();
    EXPECT_EQ(taken.json().value(L("assignee_id")).toString(), myId(*sofia));
    EXPECT_EQ(olgaEvents->nextOfType(QStringLiteral("taken_over")).value(L("ticket_id")).toString(),
              first);
    EXPECT_EQ(post(*sofia, first, QStringLiteral("take-over")).status, 200); // a retry
    EXPECT_EQ(auditRows(QStringLiteral("take_over"), first), 1);
    // Her place is free: the next chat is hers.
    const QString second =
        intake(QStringLiteral("chat"), QStringLiteral("c2"), QStringLiteral("c2-1"));
    EXPECT_EQ(assignee(*olga, second), olgaId);

    // Back to olga is over her limit now; to ivan it goes.
    const HttpReply full = post(*sofia, first, QStringLiteral("hand-back"));
    EXPECT_EQ(full.status, 409) << full.body.toStdString();
    EXPECT_EQ(auditRows(QStringLiteral("hand_back"), first), 0);
    const HttpReply back =
        post(*sofia, first, QStringLiteral("hand-back"), {{L("operator_id"), myId(*ivan)}});
    ASSERT_EQ(back.status, 200) << back.body.toStdString();
    EXPECT_EQ(back.json().value(L("assignee_id")).toString(), myId(*ivan));
    EXPECT_EQ(auditRows(QStringLiteral("hand_back"), first), 1);
    QVariant subject;
    ASSERT_TRUE(backOffice->query(
        u"SELECT subject_id FROM audit_log WHERE action = 'take_over' AND ticket_id = " + first,
        &subject));
    EXPECT_EQ(subject.toString(), olgaId);
    // Handed back, the conversation is open to another supervisor again.
    EXPECT_EQ(post(*sofia, first, QStringLiteral("hand-back")).status, 409);
    EXPECT_EQ(post(*signIn(QStringLiteral("maria")), first, QStringLiteral("take-over")).status,
              200);
}

// The desktop's outbox retries with the same Idempotency-Key: the customer gets one barge, the
// operator one event, the log one row.
TEST_P(MonitoringTest, ARetriedBargeOrWhisperIsAnsweredAsFirstWritten)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    auto olgaEvents = listen(*olga);
    for (const QString &action : {QStringLiteral("barge"), QStringLiteral("whisper")}) {
        const auto send = [&] {
            return sofia->send("POST", u"/api/v1/tickets/" + id + u'/' + action,
                               json(text(QStringLiteral("Once only"))),
                               {{"Content-Type", "application/json"},
                                {"Idempotency-Key", action.toLatin1() + "-1"}});
        };
        const HttpReply first = send();
        ASSERT_EQ(first.status, 201) << first.body.toStdString();
        const HttpReply again = send();
        ASSERT_EQ(again.status, 201) << again.body.toStdString();
        EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
        EXPECT_EQ(again.json().value(L("id")), first.json().value(L("id")));
        EXPECT_EQ(auditRows(action, id), 1);
    }
    auto channel = anonymous();
    channel->setBearerToken(channelToken());
    EXPECT_EQ(channel->get(QStringLiteral("/api/v1/outbound"))
                  .json()
                  .value(L("messages"))
                  .toArray()
                  .size(),
              1);
    // Only the first barge told olga: the replay wrote nothing and told nobody.
    EXPECT_EQ(olgaEvents->nextOfType(QStringLiteral("barged")).value(L("ticket_id")).toString(),
              id);
    EXPECT_EQ(olgaEvents->countOf(QStringLiteral("barged")), 1);
}

// A ticket she took over and another supervisor then gave to an operator is no longer hers to
// hold: a third may step in, and she cannot hand back what she no longer has.
TEST_P(MonitoringTest, AReassignedTakenTicketIsOpenToAnotherSupervisor)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto admin = signIn(QStringLiteral("admin"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    ASSERT_EQ(post(*sofia, id, QStringLiteral("take-over")).status, 200);
    const HttpReply moved = admin->send(
        "PATCH", u"/api/v1/tickets/" + id,
        json({{L("assignee_id"), myId(*olga)},
              {L("assignment_reason"), QStringLiteral("Back to olga, she knows him")}}),
        {{"Content-Type", "application/json"}, {"If-Match", ifMatch(ticket(*admin, id))}});
    ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    EXPECT_EQ(post(*sofia, id, QStringLiteral("hand-back")).status, 409);
    const HttpReply barged = post(*signIn(QStringLiteral("maria")), id, QStringLiteral("barge"),
                                  text(QStringLiteral("Hello")));
    EXPECT_EQ(barged.status, 201) << barged.body.toStdString();
}

TEST_P(MonitoringTest, OnlySupervisorsAndAdminsMonitor)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    auto tanya = signIn(QStringLiteral("tanya"));
    auto channel = anonymous();
    channel->setBearerToken(channelToken());
    for (HttpClient *client : {olga.get(), tanya.get(), channel.get()}) {
        for (const QString &action :
             {QStringLiteral("monitor"), QStringLiteral("whisper"), QStringLiteral("barge"),
              QStringLiteral("take-over"), QStringLiteral("hand-back")})
            EXPECT_EQ(post(*client, id, action, text(QStringLiteral("x"))).status, 403)
                << action.toStdString();
        EXPECT_EQ(client->send("DELETE", u"/api/v1/tickets/" + id + u"/monitor", {}).status, 403);
    }
    EXPECT_EQ(post(*signIn(QStringLiteral("admin")), id, QStringLiteral("monitor")).status, 201);
    EXPECT_EQ(allAuditRows(), 1);
}

TEST_P(HiddenMonitoringTest, TheOperatorIsNotToldOfAMonitorWhenTheCenterSaysSo)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString id = olgasChat(*olga, QStringLiteral("c1"));
    auto olgaEvents = listen(*olga);
    ASSERT_EQ(post(*sofia, id, QStringLiteral("monitor")).status, 201);
    ASSERT_EQ(post(*sofia, id, QStringLiteral("barge"), text(QStringLiteral("Hello"))).status, 201);
    // The barge is told (the customer sees it); the monitor that came first was not.
    EXPECT_EQ(olgaEvents->nextOfType(QStringLiteral("barged")).value(L("ticket_id")).toString(),
              id);
    EXPECT_EQ(olgaEvents->countOf(QStringLiteral("monitored")), 0);
    EXPECT_EQ(auditRows(QStringLiteral("monitor_start"), id), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, MonitoringTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
INSTANTIATE_TEST_SUITE_P(Backends, HiddenMonitoringTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
