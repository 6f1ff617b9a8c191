#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {

QJsonObject chatMessage(const QString &externalId, const QString &text,
                        const QString &channel = QStringLiteral("chat"))
{
    return {{QLatin1StringView("channel"), channel},
            {QLatin1StringView("external_message_id"), externalId},
            {QLatin1StringView("queue"), QStringLiteral("orders")},
            {QLatin1StringView("customer"),
             QJsonObject{{QLatin1StringView("external_id"), QStringLiteral("shop-42")},
                         {QLatin1StringView("name"), QStringLiteral("Мария <i>Иванова</i>")},
                         {QLatin1StringView("email"), QStringLiteral("maria@mail.example")}}},
            {QLatin1StringView("text"), text}};
}

QStringList bodies(const HttpReply &reply)
{
    QStringList list;
    for (const QJsonValue &m : reply.json().value(QLatin1StringView("messages")).toArray())
        list << m[QLatin1StringView("author_kind")].toString() + u':' +
                    m[QLatin1StringView("body")].toString();
    return list;
}

// Issue 19's and 18's migrations undone, newest first: 26 (a sandbox's state), 25 (a reply's
// macro), 24 (exams), 23 (courses), 22 (scenario packs), 21 (sandboxes), 20 (calibration), 19
// (live monitoring), 18 (QA), 17 (the audit log).
QStringList undoSupervision(Backend backend)
{
    QStringList undo{QStringLiteral("ALTER TABLE sandboxes DROP COLUMN state"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 26"),
                     QStringLiteral("ALTER TABLE messages DROP COLUMN macro"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 25"),
                     QStringLiteral("DROP TABLE training_results"),
                     QStringLiteral("DROP TABLE exam_answers"),
                     QStringLiteral("DROP TABLE exam_events"),
                     QStringLiteral("DROP TABLE exam_conversations"),
                     QStringLiteral("DROP TABLE exams"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 24"),
                     QStringLiteral("DROP TABLE training_courses"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 23"),
                     QStringLiteral("DROP TABLE scenario_packs"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 22"),
                     QStringLiteral("DROP TABLE sandbox_trainees"),
                     QStringLiteral("DROP TABLE sandboxes"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 21"),
                     QStringLiteral("DROP TABLE calibration_scores"),
                     QStringLiteral("DROP TABLE calibration_reviewers"),
                     QStringLiteral("DROP TABLE calibration_tickets"),
                     QStringLiteral("DROP TABLE calibration_sessions"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 20"),
                     QStringLiteral("DROP TABLE ticket_supervision"),
                     QStringLiteral("DROP TABLE ticket_monitors"),
                     QStringLiteral("ALTER TABLE messages DROP COLUMN whisper"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 19"),
                     QStringLiteral("DROP TABLE qa_review_comments"),
                     QStringLiteral("DROP TABLE qa_review_answers"),
                     QStringLiteral("DROP TABLE qa_reviews"),
                     QStringLiteral("DROP TABLE scorecard_versions"),
                     QStringLiteral("DROP TABLE scorecards"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 18"),
                     QStringLiteral("DROP TABLE audit_log"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 17")};
    if (backend == Backend::Postgresql)
        undo << QStringLiteral("DROP FUNCTION audit_log_unchanged()");
    return undo;
}

// Back to schema 14, newest first: macros for every store (16), customers keyed by their external
// id alone (15). SQLite cannot give a column its UNIQUE back; a unique index stands in for it
// (migration 15 rebuilds the table anyway). A new migration adds its undo to undoSupervision.
QStringList undoBackTo14(Backend backend)
{
    return undoSupervision(backend)
           << QStringLiteral("ALTER TABLE macros DROP COLUMN project_id")
           << QStringLiteral("DELETE FROM schema_version WHERE version = 16")
           << QStringLiteral("DROP INDEX customers_external")
           << (backend == Backend::Postgresql
                   ? QStringLiteral("ALTER TABLE customers ADD CONSTRAINT "
                                    "customers_external_id_key UNIQUE (external_id)")
                   : QStringLiteral("CREATE UNIQUE INDEX customers_external_id_key ON customers "
                                    "(external_id)"))
           << QStringLiteral("DELETE FROM schema_version WHERE version = 15");
}

} // namespace

TEST_P(ApiTest, IntakeOpensATicketKeepsTheBotTranscriptAndDeduplicates)
{
    auto channel = anonymous();
    channel->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("chatbot")));
    auto olga = signIn(QStringLiteral("olga"));
    const QString path = QStringLiteral("/api/v1/intake/messages");

    QJsonObject first = chatMessage(QStringLiteral("bot-1"),
                                    QStringLiteral("<img src=x onerror=alert(1)> Где мой заказ?"));
    first.insert(QLatin1StringView("bot_transcript"),
                 QJsonArray{QJsonObject{{QLatin1StringView("author"), QStringLiteral("customer")},
                                        {QLatin1StringView("text"), QStringLiteral("заказ")}},
                            QJsonObject{{QLatin1StringView("author"), QStringLiteral("bot")},
                                        {QLatin1StringView("text"),
                                         QStringLiteral("Соединяю с оператором")}}});
    EXPECT_EQ(olga->send("POST", path, json(first)).status,
              403); // operators cannot pose as a channel

    const HttpReply created = channel->send("POST", path, json(first));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString ticketId = created.json().value(QLatin1StringView("ticket_id")).toString();
    const QString ticketPath = u"/api/v1/tickets/" + ticketId;

    const QJsonObject ticket = olga->get(ticketPath).json();
    EXPECT_EQ(ticket.value(QLatin1StringView("status")).toString(), u"new");
    EXPECT_EQ(ticket.value(QLatin1StringView("channel")).toString(), u"chat");
    EXPECT_FALSE(ticket.value(QLatin1StringView("first_response_due")).isNull());
    EXPECT_EQ(
        bodies(olga->get(ticketPath + u"/messages")),
        (QStringList{QStringLiteral("customer:заказ"), QStringLiteral("bot:Соединяю с оператором"),
                     QStringLiteral("customer:<img src=x onerror=alert(1)> Где мой заказ?")}));
    const HttpReply customer = olga->get(u"/api/v1/customers/" +
                                         ticket.value(QLatin1StringView("customer_id")).toString());
    EXPECT_EQ(customer.json()[QLatin1StringView("customer")][QLatin1StringView("name")].toString(),
              u"Мария <i>Иванова</i>");

    // The channel redelivers the same message: the first answer, nothing added.
    const HttpReply again = channel->send("POST", path, json(first));
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.body, created.body);
    EXPECT_EQ(bodies(olga->get(ticketPath + u"/messages")).size(), 3);

    // The customer writes again on the same channel: the same ticket; on email: a new one.
    const HttpReply next = channel->send(
        "POST", path, json(chatMessage(QStringLiteral("bot-2"), QStringLiteral("Алло?"))));
    ASSERT_EQ(next.status, 201);
    EXPECT_EQ(next.json().value(QLatin1StringView("ticket_id")).toString(), ticketId);
    const HttpReply email =
        channel->send("POST", path,
                      json(chatMessage(QStringLiteral("mail-1"), QStringLiteral("Письмо"),
                                       QStringLiteral("email"))));
    ASSERT_EQ(email.status, 201);
    EXPECT_NE(email.json().value(QLatin1StringView("ticket_id")).toString(), ticketId);
}

TEST_P(ApiTest, ACustomerReplyReopensAPendingTicket)
{
    auto channel = anonymous();
    channel->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("email-gateway")));
    auto olga = signIn(QStringLiteral("olga"));
    const QString path = QStringLiteral("/api/v1/intake/messages");
    const HttpReply created =
        channel->send("POST", path, json(chatMessage(QStringLiteral("m-1"), QStringLiteral("Hi"))));
    ASSERT_EQ(created.status, 201);
    const QString ticketPath =
        u"/api/v1/tickets/" + created.json().value(QLatin1StringView("ticket_id")).toString();
    ASSERT_EQ(olga->send("PATCH", ticketPath,
                         json({{QLatin1StringView("status"), QStringLiteral("pending")}}),
                         {{"Content-Type", "application/json"}, {"If-Match", "\"2\""}})
                  .status,
              200);
    ASSERT_EQ(
        channel
            ->send("POST", path,
                   json(chatMessage(QStringLiteral("m-2"), QStringLiteral("Here is the photo"))))
            .status,
        201);
    EXPECT_EQ(olga->get(ticketPath).json().value(QLatin1StringView("status")).toString(), u"open");
}

TEST_P(ApiTest, IntakeInputIsValidated)
{
    auto channel = anonymous();
    channel->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("web-form")));
    const QString path = QStringLiteral("/api/v1/intake/messages");
    const auto without = [](const QString &field) {
        QJsonObject body = chatMessage(QStringLiteral("v-1"), QStringLiteral("text"));
        body.remove(field);
        return body;
    };
    QJsonObject badChannel = chatMessage(QStringLiteral("v-2"), QStringLiteral("x"));
    badChannel.insert(QLatin1StringView("channel"), QStringLiteral("fax"));
    QJsonObject noCustomerId = chatMessage(QStringLiteral("v-3"), QStringLiteral("x"));
    noCustomerId.insert(QLatin1StringView("customer"),
                        QJsonObject{{QLatin1StringView("name"), QStringLiteral("N")}});
    QJsonObject badTranscript = chatMessage(QStringLiteral("v-4"), QStringLiteral("x"));
    badTranscript.insert(
        QLatin1StringView("bot_transcript"),
        QJsonArray{QJsonObject{{QLatin1StringView("author"), QStringLiteral("agent")},
                               {QLatin1StringView("text"), QStringLiteral("x")}}});
    QJsonObject badQueue = chatMessage(QStringLiteral("v-5"), QStringLiteral("x"));
    badQueue.insert(QLatin1StringView("queue"), QStringLiteral("nowhere"));
    const struct
    {
        QJsonObject body;
        const char *field;
    } cases[] = {
        {without(QStringLiteral("channel")), "channel"},
        {without(QStringLiteral("text")), "text"},
        {without(QStringLiteral("external_message_id")), "external_message_id"},
        {without(QStringLiteral("customer")), "customer"},
        {badChannel, "channel"},
        {noCustomerId, "customer.external_id"},
        {badTranscript, "bot_transcript"},
        {badQueue, "queue"},
    };
    for (const auto &c : cases) {
        const HttpReply reply = channel->send("POST", path, json(c.body));
        EXPECT_EQ(reply.status, 422) << c.field << " " << reply.body.toStdString();
        EXPECT_EQ(errorField(reply), QString::fromLatin1(c.field));
    }
    EXPECT_EQ(channel->send("POST", path, "{\"channel\":").status, 400);
}

TEST_P(ApiTest, RepliesOnWrittenChannelsWaitInTheOutboundQueueUntilAcknowledged)
{
    auto channel = anonymous();
    channel->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("chat-widget")));
    auto olga = signIn(QStringLiteral("olga"));
    const HttpReply created =
        channel->send("POST", QStringLiteral("/api/v1/intake/messages"),
                      json(chatMessage(QStringLiteral("c-1"), QStringLiteral("Где заказ?"))));
    ASSERT_EQ(created.status, 201);
    const QString messages = u"/api/v1/tickets/" +
                             created.json().value(QLatin1StringView("ticket_id")).toString() +
                             u"/messages";
    const QList<QPair<QByteArray, QByteArray>> key1{{"Content-Type", "application/json"},
                                                    {"Idempotency-Key", "r1"}};
    const QList<QPair<QByteArray, QByteArray>> key2{{"Content-Type", "application/json"},
                                                    {"Idempotency-Key", "n1"}};
    ASSERT_EQ(olga->send("POST", messages,
                         json({{QLatin1StringView("body"), QStringLiteral("Заказ в пути")}}), key1)
                  .status,
              201);
    ASSERT_EQ(olga->send("POST", messages,
                         json({{QLatin1StringView("body"), QStringLiteral("note")},
                               {QLatin1StringView("internal"), true}}),
                         key2)
                  .status,
              201);

    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/outbound")).status, 403);
    const HttpReply waiting = channel->get(QStringLiteral("/api/v1/outbound?channel=chat"));
    ASSERT_EQ(waiting.status, 200);
    const QJsonArray list = waiting.json().value(QLatin1StringView("messages")).toArray();
    ASSERT_EQ(list.size(), 1); // the internal note stays inside
    EXPECT_EQ(list[0][QLatin1StringView("body")].toString(), u"Заказ в пути");
    EXPECT_EQ(list[0][QLatin1StringView("customer")][QLatin1StringView("external_id")].toString(),
              u"shop-42");
    EXPECT_TRUE(channel->get(QStringLiteral("/api/v1/outbound?channel=email"))
                    .json()
                    .value(QLatin1StringView("messages"))
                    .toArray()
                    .isEmpty());

    const QString ack =
        u"/api/v1/outbound/" + list[0][QLatin1StringView("id")].toString() + u"/ack";
    EXPECT_EQ(channel->send("POST", ack, {}).status, 204);
    EXPECT_EQ(channel->send("POST", ack, {}).status, 204); // delivered twice is still delivered
    EXPECT_EQ(channel->send("POST", QStringLiteral("/api/v1/outbound/999999/ack"), {}).status, 404);
    EXPECT_TRUE(channel->get(QStringLiteral("/api/v1/outbound"))
                    .json()
                    .value(QLatin1StringView("messages"))
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(channel->get(QStringLiteral("/api/v1/outbound?limit=0")).status, 422);
}

// Issue 16, item 4: message ids are each adapter's own. Another adapter's message with an id the
// first one used is a message of its own; each adapter's redelivery is still a replay, also with a
// new token of the same account; the same id on another channel is another message.
TEST_P(ApiTest, IntakeDeduplicatesPerIntegrationAccountAndChannel)
{
    auto chatbot = anonymous();
    chatbot->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("chatbot")));
    auto webForm = anonymous();
    webForm->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("web-form")));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString path = QStringLiteral("/api/v1/intake/messages");

    const QJsonObject fromBot = chatMessage(QStringLiteral("1"), QStringLiteral("Где мой заказ?"));
    QJsonObject fromForm = chatMessage(QStringLiteral("1"), QStringLiteral("Верните деньги"));
    fromForm.insert(QLatin1StringView("customer"),
                    QJsonObject{{QLatin1StringView("external_id"), QStringLiteral("form-7")},
                                {QLatin1StringView("name"), QStringLiteral("Пётр")}});
    const HttpReply first = chatbot->send("POST", path, json(fromBot));
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    const HttpReply second = webForm->send("POST", path, json(fromForm));
    ASSERT_EQ(second.status, 201) << second.body.toStdString();
    const QString secondTicket = second.json().value(QLatin1StringView("ticket_id")).toString();
    EXPECT_NE(secondTicket, first.json().value(QLatin1StringView("ticket_id")).toString());
    EXPECT_NE(second.json().value(QLatin1StringView("message_id")),
              first.json().value(QLatin1StringView("message_id")));
    EXPECT_EQ(bodies(sofia->get(u"/api/v1/tickets/" + secondTicket + u"/messages")),
              QStringList{QStringLiteral("customer:Верните деньги")});

    // Each adapter's redelivery is its own replay, whatever token of its account it uses.
    HttpReply again = chatbot->send("POST", path, json(fromBot));
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.body, first.body);
    again = webForm->send("POST", path, json(fromForm));
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.body, second.body);
    auto rotated = anonymous();
    rotated->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("chatbot")));
    again = rotated->send("POST", path, json(fromBot));
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.body, first.body);

    // The same id on the adapter's email channel is another message.
    const HttpReply email = chatbot->send(
        "POST", path,
        json(chatMessage(QStringLiteral("1"), QStringLiteral("Письмо"), QStringLiteral("email"))));
    EXPECT_EQ(email.status, 201) << email.body.toStdString();
}

// Migration 8 on a database an older back office wrote (one integration account, the old global
// index): its messages go to that account, so its redeliveries after the upgrade are replays.
TEST_P(ApiTest, IntakeIdsFromBeforeTheUpgradeBelongToTheOneIntegrationAccount)
{
    const QByteArray token = backOffice->createIntegrationToken(QStringLiteral("chatbot"));
    auto chatbot = anonymous();
    chatbot->setBearerToken(token);
    const QString path = QStringLiteral("/api/v1/intake/messages");
    const QJsonObject message = chatMessage(QStringLiteral("old-1"), QStringLiteral("Алло"));
    const HttpReply first = chatbot->send("POST", path, json(message));
    ASSERT_EQ(first.status, 201) << first.body.toStdString();

    backOffice->stop();
    // Back to schema 7: the later migrations undone, newest first.
    for (const QString &sql : undoBackTo14(GetParam()))
        ASSERT_TRUE(backOffice->execute(sql)) << sql.toStdString();
    for (const char *sql : {"DROP INDEX customers_project",
                            "DROP INDEX queues_project",
                            "ALTER TABLE operators DROP COLUMN project_id",
                            "ALTER TABLE kb_articles DROP COLUMN project_id",
                            "ALTER TABLE customers DROP COLUMN project_id",
                            "ALTER TABLE queues DROP COLUMN project_id",
                            "DROP TABLE projects",
                            "DELETE FROM schema_version WHERE version = 14",
                            "ALTER TABLE ticket_assignments DROP COLUMN note",
                            "ALTER TABLE ticket_assignments DROP COLUMN assigned_by",
                            "DELETE FROM schema_version WHERE version = 13",
                            "DROP TABLE work_intervals",
                            "DELETE FROM schema_version WHERE version = 12",
                            "DROP TABLE alert_rules",
                            "DROP TABLE help_flags",
                            "DELETE FROM schema_version WHERE version = 11",
                            "DROP TABLE kpi_targets",
                            "DROP INDEX tickets_created",
                            "DROP INDEX tickets_resolved_at",
                            "DROP INDEX tickets_first_response_due",
                            "DROP INDEX tickets_first_response_at",
                            "DROP INDEX ticket_assignments_ticket",
                            "DROP INDEX ticket_assignments_ended",
                            "DROP INDEX ticket_assignments_last_chat",
                            "DROP INDEX presence_ended",
                            "DROP INDEX csat_received",
                            "DROP INDEX escalations_created",
                            "DELETE FROM schema_version WHERE version = 10",
                            "DROP INDEX messages_client_key",
                            "DROP INDEX escalations_client_key",
                            "ALTER TABLE messages DROP COLUMN client_key",
                            "ALTER TABLE messages DROP COLUMN client_request_hash",
                            "ALTER TABLE escalations DROP COLUMN client_key",
                            "ALTER TABLE escalations DROP COLUMN client_request_hash",
                            "DELETE FROM schema_version WHERE version = 9",
                            "DROP INDEX messages_external",
                            "ALTER TABLE messages DROP COLUMN intake_account_id",
                            "ALTER TABLE messages DROP COLUMN intake_channel",
                            "CREATE UNIQUE INDEX messages_external ON messages (external_id) "
                            "WHERE external_id IS NOT NULL",
                            "DELETE FROM schema_version WHERE version = 8"})
        ASSERT_TRUE(backOffice->execute(QString::fromLatin1(sql))) << sql;
    ASSERT_TRUE(backOffice->start());

    auto again = anonymous();
    again->setBearerToken(token);
    const HttpReply replay = again->send("POST", path, json(message));
    EXPECT_EQ(replay.status, 200) << replay.body.toStdString();
    EXPECT_EQ(replay.body, first.body);
    auto other = anonymous();
    other->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("web-form")));
    EXPECT_EQ(other->send("POST", path, json(message)).status, 201);
}

// A customer belongs to the store whose queue they wrote to (issue 17, item 11): the same channel
// id at two stores is two customers, each matched again within its store; a queue in no project
// keeps the center's own customers as before.
TEST_P(ApiTest, IntakeKeepsEachStoresCustomersApart)
{
    const QByteArray token = backOffice->createIntegrationToken(QStringLiteral("chatbot"));
    backOffice->stop();
    ASSERT_TRUE(backOffice->execute(
        QStringLiteral("INSERT INTO projects (slug, name, created_at, updated_at) VALUES "
                       "('lavka', 'Lavka', 0, 0)")));
    ASSERT_TRUE(backOffice->execute(
        QStringLiteral("UPDATE queues SET project_id = (SELECT id FROM projects WHERE slug = "
                       "'lavka') WHERE id = 'delivery'")));
    ASSERT_TRUE(backOffice->start());
    QVariant lavka;
    ASSERT_TRUE(
        backOffice->query(QStringLiteral("SELECT id FROM projects WHERE slug = 'lavka'"), &lavka));

    auto channel = anonymous();
    channel->setBearerToken(token);
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString path = QStringLiteral("/api/v1/intake/messages");
    const auto customerOf = [&](const QString &messageId, const QString &queue,
                                const QString &kind) {
        QJsonObject message = chatMessage(messageId, QStringLiteral("Где мой заказ?"), kind);
        message.insert(QLatin1StringView("queue"), queue);
        const HttpReply sent = channel->send("POST", path, json(message));
        EXPECT_EQ(sent.status, 201) << sent.body.toStdString();
        const QString ticket = sent.json().value(QLatin1StringView("ticket_id")).toString();
        return sofia->get(u"/api/v1/tickets/" + ticket)
            .json()
            .value(QLatin1StringView("customer_id"))
            .toString();
    };

    // shop-42 (maria@mail.example) writes to the center's own queue, then to Lavka's.
    const QString centers =
        customerOf(QStringLiteral("m-1"), QStringLiteral("orders"), QStringLiteral("chat"));
    const QString lavkas =
        customerOf(QStringLiteral("m-2"), QStringLiteral("delivery"), QStringLiteral("chat"));
    ASSERT_FALSE(centers.isEmpty());
    ASSERT_FALSE(lavkas.isEmpty());
    EXPECT_NE(centers, lavkas) << "the same email at two stores is two customers";
    // Each is found again where they belong, on another channel too.
    EXPECT_EQ(
        customerOf(QStringLiteral("m-3"), QStringLiteral("delivery"), QStringLiteral("email")),
        lavkas);
    EXPECT_EQ(customerOf(QStringLiteral("m-4"), QStringLiteral("returns"), QStringLiteral("email")),
              centers);

    QVariant project;
    ASSERT_TRUE(
        backOffice->query(u"SELECT project_id FROM customers WHERE id = " + lavkas, &project));
    EXPECT_EQ(project.toLongLong(), lavka.toLongLong());
    ASSERT_TRUE(
        backOffice->query(u"SELECT project_id FROM customers WHERE id = " + centers, &project));
    EXPECT_TRUE(project.isNull());
    // Both keep the id as the channel sent it: the store is the other half of the key.
    QVariant stored;
    ASSERT_TRUE(
        backOffice->query(u"SELECT external_id FROM customers WHERE id = " + lavkas, &stored));
    EXPECT_EQ(stored.toString(), u"shop-42");
    ASSERT_TRUE(
        backOffice->query(QStringLiteral("SELECT COUNT(*) FROM customers WHERE external_id = "
                                         "'shop-42'"),
                          &stored));
    EXPECT_EQ(stored.toInt(), 2);
    // Both cards carry the id the channel knows the customer by.
    for (const QString &customer : {centers, lavkas}) {
        const QJsonObject card = sofia->get(u"/api/v1/customers/" + customer)
                                     .json()
                                     .value(QLatin1StringView("customer"))
                                     .toObject();
        EXPECT_EQ(card.value(QLatin1StringView("external_id")).toString(), u"shop-42")
            << customer.toStdString();
        EXPECT_EQ(card.value(QLatin1StringView("email")).toString(), u"maria@mail.example");
    }
}

// Migration 15 on a database an older back office wrote: a store's customer kept with the store's
// prefix ("project-<id>:shop-42") gets the channel's own id back, and the intake finds them again
// in their store, not as a new customer; the center's own customers keep theirs untouched.
TEST_P(ApiTest, AStoresCustomerFromBeforeTheStoresKeyLosesItsPrefix)
{
    const QByteArray token = backOffice->createIntegrationToken(QStringLiteral("chatbot"));
    backOffice->stop();
    for (const QString &sql : undoBackTo14(GetParam()))
        ASSERT_TRUE(backOffice->execute(sql)) << sql.toStdString();
    for (const char *sql :
         {"INSERT INTO projects (slug, name, created_at, updated_at) VALUES ('lavka', 'Lavka', 0, "
          "0)",
          "UPDATE queues SET project_id = (SELECT id FROM projects WHERE slug = 'lavka') WHERE id "
          "= 'delivery'",
          "INSERT INTO customers (external_id, name, project_id, created_at, updated_at) SELECT "
          "'project-' || id || ':shop-42', 'Lavka: Maria', id, 0, 0 FROM projects WHERE slug = "
          "'lavka'",
          "INSERT INTO customers (external_id, name, created_at, updated_at) VALUES ('shop-42', "
          "'Center: Maria', 0, 0)",
          // Not a store's: a channel may well send an id that looks like the old prefix.
          "INSERT INTO customers (external_id, name, created_at, updated_at) VALUES "
          "('project-1:bot-7', 'Center: bot-7', 0, 0)"})
        ASSERT_TRUE(backOffice->execute(QString::fromLatin1(sql))) << sql;
    ASSERT_TRUE(backOffice->start());

    QVariant version;
    ASSERT_TRUE(
        backOffice->query(QStringLiteral("SELECT MAX(version) FROM schema_version"), &version));
    EXPECT_GE(version.toInt(), 15);
    QVariant lavkas;
    ASSERT_TRUE(backOffice->query(
        QStringLiteral("SELECT id FROM customers WHERE name = 'Lavka: Maria'"), &lavkas));
    QVariant centers;
    ASSERT_TRUE(backOffice->query(
        QStringLiteral("SELECT id FROM customers WHERE name = 'Center: Maria'"), &centers));
    QVariant value;
    ASSERT_TRUE(backOffice->query(
        u"SELECT external_id FROM customers WHERE id = " + lavkas.toString(), &value));
    EXPECT_EQ(value.toString(), u"shop-42");
    ASSERT_TRUE(backOffice->query(
        u"SELECT external_id FROM customers WHERE id = " + centers.toString(), &value));
    EXPECT_EQ(value.toString(), u"shop-42");
    ASSERT_TRUE(backOffice->query(
        QStringLiteral("SELECT external_id FROM customers WHERE name = 'Center: bot-7'"), &value));
    EXPECT_EQ(value.toString(), u"project-1:bot-7");

    auto channel = anonymous();
    channel->setBearerToken(token);
    auto sofia = signIn(QStringLiteral("sofia"));
    const auto customerOf = [&](const QString &messageId, const QString &queue) {
        QJsonObject message = chatMessage(messageId, QStringLiteral("Где мой заказ?"));
        message.insert(QLatin1StringView("queue"), queue);
        const HttpReply sent =
            channel->send("POST", QStringLiteral("/api/v1/intake/messages"), json(message));
        EXPECT_EQ(sent.status, 201) << sent.body.toStdString();
        const QString ticket = sent.json().value(QLatin1StringView("ticket_id")).toString();
        return sofia->get(u"/api/v1/tickets/" + ticket)
            .json()
            .value(QLatin1StringView("customer_id"))
            .toString();
    };
    EXPECT_EQ(customerOf(QStringLiteral("m-1"), QStringLiteral("delivery")), lavkas.toString());
    EXPECT_EQ(customerOf(QStringLiteral("m-2"), QStringLiteral("orders")), centers.toString());
    ASSERT_TRUE(backOffice->query(QStringLiteral("SELECT COUNT(*) FROM customers"), &value));
    EXPECT_EQ(value.toInt(), 3) << "nobody new";
    const QJsonObject card = sofia->get(u"/api/v1/customers/" + lavkas.toString())
                                 .json()
                                 .value(QLatin1StringView("customer"))
                                 .toObject();
    EXPECT_EQ(card.value(QLatin1StringView("external_id")).toString(), u"shop-42");

    // The key itself: one shop-42 per store, and one among the center's own (no project).
    backOffice->stop();
    EXPECT_FALSE(backOffice->execute(
        QStringLiteral("INSERT INTO customers (external_id, name, created_at, updated_at) VALUES "
                       "('shop-42', 'Center again', 0, 0)")));
    EXPECT_FALSE(backOffice->execute(
        QStringLiteral("INSERT INTO customers (external_id, name, project_id, created_at, "
                       "updated_at) SELECT 'shop-42', 'Lavka again', id, 0, 0 FROM projects")));
    EXPECT_TRUE(backOffice->execute(
        QStringLiteral("INSERT INTO customers (external_id, name, project_id, created_at, "
                       "updated_at) VALUES ('shop-42', 'Another store', 999, 0, 0)")));
}
