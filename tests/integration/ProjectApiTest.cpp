// Projects (the stores the center serves) and what a store's account may read (issue 17, item 11):
// GET/POST /api/v1/projects and PATCH /api/v1/projects/{id}, a client's conversations and its
// board pokes on /api/v1/events, against the real back office.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/integration/EventStream.h"

using namespace frontline::test;

namespace {

const QLatin1StringView Id("id");
const QLatin1StringView Version("version");
const QLatin1StringView Queues("queues");
const QLatin1StringView Projects("projects");

// Two stores: Hopper (queue orders, its account kira) and Lavka (lavka-orders, its account lev).
class ProjectApiTest : public ContactFlowTest
{
protected:
    void SetUp() override
    {
        ContactFlowTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        ASSERT_TRUE(backOffice->addProject(QStringLiteral("hopper"), QStringLiteral("Hopper"),
                                           {QStringLiteral("orders")}));
        ASSERT_TRUE(backOffice->addProject(QStringLiteral("lavka"), QStringLiteral("Lavka"),
                                           {QStringLiteral("lavka-orders")}));
        ASSERT_TRUE(backOffice->addClient(QStringLiteral("kira"), QStringLiteral("hopper")));
        ASSERT_TRUE(backOffice->addClient(QStringLiteral("lev"), QStringLiteral("lavka")));
        m_admin = signIn(QStringLiteral("admin"));
        m_kira = signIn(QStringLiteral("kira"));
        m_lev = signIn(QStringLiteral("lev"));
    }

    QJsonObject project(const QString &slug)
    {
        for (const QJsonValue &project :
             m_admin->get(QStringLiteral("/api/v1/projects")).json().value(Projects).toArray()) {
            if (project[QLatin1StringView("slug")].toString() == slug)
                return project.toObject();
        }
        return {};
    }

    HttpReply patch(const QString &slug, QJsonObject fields)
    {
        const QJsonObject current = project(slug);
        if (!fields.contains(Version))
            fields.insert(Version, current.value(Version));
        return m_admin->send("PATCH", u"/api/v1/projects/" + current.value(Id).toString(),
                             json(fields));
    }

    HttpReply create(const QJsonObject &body)
    {
        return m_admin->send("POST", QStringLiteral("/api/v1/projects"), json(body));
    }

    static QString messagesOf(const QString &ticket)
    {
        return u"/api/v1/tickets/" + ticket + u"/messages";
    }

    std::unique_ptr<HttpClient> m_admin;
    std::unique_ptr<HttpClient> m_kira;
    std::unique_ptr<HttpClient> m_lev;
};

TEST_P(ProjectApiTest, StaffAndOperatorsSeeEveryStoreAClientOnlyItsOwn)
{
    const QJsonArray all =
        m_admin->get(QStringLiteral("/api/v1/projects")).json()[Projects].toArray();
    ASSERT_EQ(all.size(), 2);
    // Ordered by name, each with its queues.
    EXPECT_EQ(all[0][QLatin1StringView("name")].toString(), u"Hopper");
    EXPECT_EQ(all[0][Queues].toArray(), QJsonArray{QStringLiteral("orders")});
    EXPECT_FALSE(all[0][QLatin1StringView("show_conversations")].toBool());
    EXPECT_EQ(all[1][QLatin1StringView("slug")].toString(), u"lavka");
    EXPECT_EQ(signIn(QStringLiteral("olga"))->get(QStringLiteral("/api/v1/projects")).json(),
              (QJsonObject{{Projects, all}}));

    const QJsonArray own =
        m_kira->get(QStringLiteral("/api/v1/projects")).json()[Projects].toArray();
    ASSERT_EQ(own.size(), 1);
    EXPECT_EQ(own[0][QLatin1StringView("slug")].toString(), u"hopper");
    EXPECT_EQ(m_kira->get(QStringLiteral("/api/v1/me")).json()[QLatin1StringView("project_id")],
              own[0][Id]);
    EXPECT_EQ(signIn(QStringLiteral("tanya"))->get(QStringLiteral("/api/v1/projects")).status, 403);
    // Only admins set stores up.
    EXPECT_EQ(signIn(QStringLiteral("sofia"))
                  ->send("POST", QStringLiteral("/api/v1/projects"),
                         json({{QLatin1StringView("slug"), QStringLiteral("shop")},
                               {QLatin1StringView("name"), QStringLiteral("Shop")}}))
                  .status,
              403);
}

TEST_P(ProjectApiTest, ANewStoreIsCheckedFieldByField)
{
    const auto refused = [&](const QJsonObject &body, const char *code, const char *field) {
        const HttpReply reply = create(body);
        EXPECT_EQ(reply.status, 422) << reply.body.toStdString();
        EXPECT_EQ(errorCode(reply), QLatin1StringView(code)) << reply.body.toStdString();
        EXPECT_EQ(errorField(reply), QLatin1StringView(field)) << reply.body.toStdString();
    };
    const QJsonValue name = QStringLiteral("Shop");
    refused({{QLatin1StringView("slug"), QStringLiteral("S")}, {QLatin1StringView("name"), name}},
            "invalid_field", "slug");
    refused(
        {{QLatin1StringView("slug"), QStringLiteral("shop!")}, {QLatin1StringView("name"), name}},
        "invalid_field", "slug");
    refused({{QLatin1StringView("slug"), QString(41, u'a')}, {QLatin1StringView("name"), name}},
            "too_long", "slug");
    refused({{QLatin1StringView("slug"), QStringLiteral("shop")}}, "invalid_field", "name");
    refused({{QLatin1StringView("slug"), QStringLiteral("shop")},
             {QLatin1StringView("name"), QString(121, u'n')}},
            "too_long", "name");
    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(QStringLiteral("q%1").arg(i));
    refused({{QLatin1StringView("slug"), QStringLiteral("shop")},
             {QLatin1StringView("name"), name},
             {Queues, tooMany}},
            "too_long", "queues");
    refused({{QLatin1StringView("slug"), QStringLiteral("shop")},
             {QLatin1StringView("name"), name},
             {Queues, QJsonArray{QStringLiteral("no-such-queue")}}},
            "invalid_field", "queues");
    refused({{QLatin1StringView("slug"), QStringLiteral("shop")},
             {QLatin1StringView("name"), name},
             {QLatin1StringView("show_conversations"), QStringLiteral("yes")}},
            "invalid_field", "show_conversations");

    const HttpReply taken = create(
        {{QLatin1StringView("slug"), QStringLiteral("hopper")}, {QLatin1StringView("name"), name}});
    EXPECT_EQ(taken.status, 409) << taken.body.toStdString();
    EXPECT_EQ(errorCode(taken), u"conflict");

    // The longest slug and name pass; nothing refused above was kept.
    const HttpReply made = create({{QLatin1StringView("slug"), QString(40, u'a')},
                                   {QLatin1StringView("name"), QString(120, u'n')},
                                   {QLatin1StringView("show_conversations"), true}});
    ASSERT_EQ(made.status, 201) << made.body.toStdString();
    EXPECT_EQ(made.json()[Version].toInteger(), 1);
    EXPECT_TRUE(made.json()[QLatin1StringView("show_conversations")].toBool());
    EXPECT_EQ(m_admin->get(QStringLiteral("/api/v1/projects")).json()[Projects].toArray().size(),
              3);
}

TEST_P(ProjectApiTest, AChangeNeedsTheVersionItWasReadAt)
{
    const QJsonObject hopper = project(QStringLiteral("hopper"));
    const HttpReply renamed = patch(QStringLiteral("hopper"),
                                    {{QLatin1StringView("name"), QStringLiteral("Hopper Store")}});
    ASSERT_EQ(renamed.status, 200) << renamed.body.toStdString();
    EXPECT_EQ(renamed.json()[Version].toInteger(), hopper[Version].toInteger() + 1);
    EXPECT_EQ(renamed.json()[QLatin1StringView("name")].toString(), u"Hopper Store");

    // A second admin who read the first version is told to read again, and changes nothing.
    const HttpReply stale =
        patch(QStringLiteral("hopper"),
              {{Version, hopper[Version]}, {QLatin1StringView("show_conversations"), true}});
    EXPECT_EQ(stale.status, 409) << stale.body.toStdString();
    EXPECT_EQ(errorCode(stale), u"conflict");
    EXPECT_FALSE(
        project(QStringLiteral("hopper"))[QLatin1StringView("show_conversations")].toBool());

    const HttpReply unversioned =
        m_admin->send("PATCH", u"/api/v1/projects/" + hopper[Id].toString(),
                      json({{QLatin1StringView("name"), QStringLiteral("X")}}));
    EXPECT_EQ(unversioned.status, 422) << unversioned.body.toStdString();
    EXPECT_EQ(errorField(unversioned), u"version");
    const HttpReply slug =
        patch(QStringLiteral("hopper"), {{QLatin1StringView("slug"), QStringLiteral("other")}});
    EXPECT_EQ(slug.status, 422) << slug.body.toStdString();
    EXPECT_EQ(m_admin
                  ->send("PATCH", QStringLiteral("/api/v1/projects/999"),
                         json({{Version, 1}, {QLatin1StringView("name"), QStringLiteral("X")}}))
                  .status,
              404);
}

TEST_P(ProjectApiTest, AQueueGivenToOneStoreLeavesTheOther)
{
    const qint64 hopperVersion = project(QStringLiteral("hopper"))[Version].toInteger();
    const HttpReply moved =
        patch(QStringLiteral("lavka"),
              {{Queues, QJsonArray{QStringLiteral("lavka-orders"), QStringLiteral("orders")}}});
    ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    EXPECT_EQ(moved.json()[Queues].toArray(),
              (QJsonArray{QStringLiteral("lavka-orders"), QStringLiteral("orders")}));
    const QJsonObject hopper = project(QStringLiteral("hopper"));
    EXPECT_TRUE(hopper[Queues].toArray().isEmpty());
    EXPECT_EQ(hopper[Version].toInteger(), hopperVersion + 1);

    // Staff hear of both stores' change in the feed; the store's account hears nothing.
    const QJsonArray changes = signIn(QStringLiteral("sofia"))
                                   ->get(QStringLiteral("/api/v1/changes"))
                                   .json()[QLatin1StringView("changes")]
                                   .toArray();
    QSet<QString> projectChanges;
    for (const QJsonValue &change : changes) {
        if (change[QLatin1StringView("entity")].toString() == u"project")
            projectChanges
                << change[QLatin1StringView("data")][QLatin1StringView("slug")].toString();
    }
    EXPECT_EQ(projectChanges, (QSet<QString>{QStringLiteral("hopper"), QStringLiteral("lavka")}));
    const HttpReply nothing = m_lev->get(QStringLiteral("/api/v1/changes"));
    ASSERT_EQ(nothing.status, 200);
    EXPECT_TRUE(nothing.json()[QLatin1StringView("changes")].toArray().isEmpty());
    EXPECT_GT(nothing.json()[QLatin1StringView("next")].toInteger(), 0);

    // A queue left out serves no store any more.
    ASSERT_EQ(
        patch(QStringLiteral("lavka"), {{Queues, QJsonArray{QStringLiteral("orders")}}}).status,
        200);
    EXPECT_EQ(project(QStringLiteral("lavka"))[Queues].toArray(),
              QJsonArray{QStringLiteral("orders")});
}

TEST_P(ProjectApiTest, AStoreReadsItsOwnConversationsOnlyWhereTheContractSharesThem)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QString ticket = intake(QStringLiteral("email"), QStringLiteral("anna-petrova"),
                                  QStringLiteral("m-1"), QStringLiteral("orders"));
    ASSERT_FALSE(ticket.isEmpty());
    const auto post = [&](const QByteArray &key, const QJsonObject &body) {
        const HttpReply reply =
            olga->send("POST", messagesOf(ticket), json(body),
                       {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    };
    post("note", {{QLatin1StringView("body"), QStringLiteral("VIP, refund over the limit")},
                  {QLatin1StringView("internal"), true}});
    post("reply", {{QLatin1StringView("body"), QStringLiteral("Your order ships today")}});
    // A supervisor's whisper to olga is the center's own talk as well (issue 18).
    claim(*olga, ticket);
    const HttpReply whispered =
        signIn(QStringLiteral("sofia"))
            ->send("POST", u"/api/v1/tickets/" + ticket + u"/whisper",
                   json({{QLatin1StringView("body"), QStringLiteral("VIP: offer the refund")}}));
    EXPECT_EQ(whispered.status, 201) << whispered.body.toStdString();

    // Off by default: the store's contract does not share conversations.
    const HttpReply closed = m_kira->get(messagesOf(ticket));
    EXPECT_EQ(closed.status, 403) << closed.body.toStdString();
    EXPECT_EQ(errorCode(closed), u"forbidden");
    EXPECT_TRUE(closed.body.contains("does not share conversations")) << closed.body.toStdString();

    ASSERT_EQ(
        patch(QStringLiteral("hopper"), {{QLatin1StringView("show_conversations"), true}}).status,
        200);
    const HttpReply shared = m_kira->get(messagesOf(ticket));
    ASSERT_EQ(shared.status, 200) << shared.body.toStdString();
    const QJsonArray messages = shared.json()[QLatin1StringView("messages")].toArray();
    ASSERT_EQ(messages.size(), 2) << shared.body.toStdString(); // the note and whisper are not
    EXPECT_EQ(messages[0][QLatin1StringView("author_kind")].toString(), u"customer");
    EXPECT_EQ(messages[0][QLatin1StringView("author_name")].toString(), u"Customer");
    EXPECT_EQ(messages[1][QLatin1StringView("body")].toString(), u"Your order ships today");
    EXPECT_FALSE(shared.body.contains("VIP")) << shared.body.toStdString();
    EXPECT_FALSE(shared.body.contains("anna-petrova")) << shared.body.toStdString();
    for (const QJsonValue &message : messages)
        EXPECT_FALSE(message[QLatin1StringView("internal")].toBool());

    // Another store's account: as if the ticket did not exist, shared or not.
    ASSERT_EQ(
        patch(QStringLiteral("lavka"), {{QLatin1StringView("show_conversations"), true}}).status,
        200);
    const HttpReply foreign = m_lev->get(messagesOf(ticket));
    EXPECT_EQ(foreign.status, 404) << foreign.body.toStdString();
    EXPECT_EQ(m_kira->get(QStringLiteral("/api/v1/tickets/424242/messages")).status, 404);
    // The conversation is the only ticket route a store's account may call.
    EXPECT_EQ(m_kira->get(u"/api/v1/tickets/" + ticket).status, 403);
    EXPECT_EQ(m_kira
                  ->send("POST", messagesOf(ticket),
                         json({{QLatin1StringView("body"), QStringLiteral("hi")}}),
                         {{"Content-Type", "application/json"}, {"Idempotency-Key", "k"}})
                  .status,
              403);
}

TEST_P(ProjectApiTest, AStoresBoardIsPokedForItsOwnQueuesOnly)
{
    EventStream kira(backOffice->baseUrl(), m_kira->token());
    EventStream lev(backOffice->baseUrl(), m_lev->token());
    ASSERT_TRUE(kira.opened());
    ASSERT_TRUE(lev.opened());

    // Events on one socket arrive in commit order: when the later poke is there, an earlier one
    // would have been too.
    createTicket(*signIn(QStringLiteral("olga")), QStringLiteral("orders"));
    ASSERT_TRUE(kira.waitForCount(QStringLiteral("board"), 1));
    createTicket(*m_admin, QStringLiteral("lavka-orders"));
    ASSERT_TRUE(lev.waitForCount(QStringLiteral("board"), 1));
    EXPECT_EQ(lev.countOf(QStringLiteral("board")), 1) << "Lavka was poked for Hopper's ticket";
    createTicket(*m_admin, QStringLiteral("orders"));
    ASSERT_TRUE(kira.waitForCount(QStringLiteral("board"), 2));
    EXPECT_EQ(kira.countOf(QStringLiteral("board")), 2) << "Hopper was poked for Lavka's ticket";

    // A queue moved into a store moves its board; a presence change moves every store's.
    ASSERT_EQ(patch(QStringLiteral("lavka"), {{Queues, QJsonArray{QStringLiteral("lavka-orders"),
                                                                  QStringLiteral("returns")}}})
                  .status,
              200);
    ASSERT_TRUE(lev.waitForCount(QStringLiteral("board"), 2));
    createTicket(*m_admin, QStringLiteral("returns"));
    ASSERT_TRUE(lev.waitForCount(QStringLiteral("board"), 3));
    setPresence(*signIn(QStringLiteral("ivan")), QStringLiteral("online"));
    EXPECT_TRUE(kira.waitForCount(QStringLiteral("board"), 3));
    EXPECT_TRUE(lev.waitForCount(QStringLiteral("board"), 4));
    // Never a change-feed poke: nothing in the feed is theirs.
    EXPECT_EQ(kira.countOf(QStringLiteral("changed")), 0);
    EXPECT_EQ(lev.countOf(QStringLiteral("changed")), 0);
}

TEST_P(ProjectApiTest, ACustomersScoreMovesItsOwnStoresBoardOnly)
{
    const QString ticket = intake(QStringLiteral("email"), QStringLiteral("lavka-buyer"),
                                  QStringLiteral("m-9"), QStringLiteral("lavka-orders"));
    ASSERT_EQ(resolve(*m_admin, ticket).status, 200);
    EventStream kira(backOffice->baseUrl(), m_kira->token());
    EventStream lev(backOffice->baseUrl(), m_lev->token());
    ASSERT_TRUE(kira.opened());
    ASSERT_TRUE(lev.opened());

    // A score's change names its operator, not its queue: the hub finds the ticket's store.
    auto channel = anonymous();
    channel->setBearerToken(channelToken());
    ASSERT_EQ(channel
                  ->send("POST", QStringLiteral("/api/v1/intake/csat"),
                         json({{QLatin1StringView("ticket_id"), ticket},
                               {QLatin1StringView("score"), 5}}))
                  .status,
              201);
    ASSERT_TRUE(lev.waitForCount(QStringLiteral("board"), 1));
    createTicket(*m_admin, QStringLiteral("orders"));
    ASSERT_TRUE(kira.waitForCount(QStringLiteral("board"), 1));
    EXPECT_EQ(kira.countOf(QStringLiteral("board")), 1) << "Hopper was poked for Lavka's score";
    EXPECT_EQ(lev.countOf(QStringLiteral("board")), 1) << "Lavka was poked for Hopper's ticket";
}

TEST_P(ProjectApiTest, AdminCommandsMakeAStoreAndItsAccountAndRefuseWhatFitsNeither)
{
    QString output;
    // A queue named for the store is made when missing, as user add makes an operator's.
    ASSERT_TRUE(backOffice->admin({QStringLiteral("project"), QStringLiteral("add"),
                                   QStringLiteral("--slug"), QStringLiteral("fresh"),
                                   QStringLiteral("--name"), QStringLiteral("Fresh Market"),
                                   QStringLiteral("--queues"), QStringLiteral("fresh-orders")},
                                  &output));
    EXPECT_TRUE(output.contains(u"created project fresh")) << output.toStdString();
    EXPECT_EQ(project(QStringLiteral("fresh"))[Queues].toArray(),
              QJsonArray{QStringLiteral("fresh-orders")});

    const auto refused = [&](const QStringList &arguments, const QString &why) {
        QString said;
        EXPECT_FALSE(backOffice->admin(arguments, &said, "secret\n"))
            << arguments.join(u' ').toStdString();
        EXPECT_TRUE(said.contains(why)) << said.toStdString();
    };
    const QString user = QStringLiteral("user"), add = QStringLiteral("add");
    const QString role = QStringLiteral("--role"), name = QStringLiteral("--username");
    refused({QStringLiteral("project"), add, QStringLiteral("--slug"), QStringLiteral("Fresh"),
             QStringLiteral("--name"), QStringLiteral("X")},
            QStringLiteral("--slug"));
    refused({QStringLiteral("project"), add, QStringLiteral("--slug"), QStringLiteral("fresh"),
             QStringLiteral("--name"), QStringLiteral("X")},
            QStringLiteral("exists already"));
    refused({user, add, name, QStringLiteral("nina"), role, QStringLiteral("client")},
            QStringLiteral("needs --project"));
    refused({user, add, name, QStringLiteral("nina"), role, QStringLiteral("client"),
             QStringLiteral("--project"), QStringLiteral("nowhere")},
            QStringLiteral("No project nowhere"));
    refused({user, add, name, QStringLiteral("nina"), role, QStringLiteral("client"),
             QStringLiteral("--project"), QStringLiteral("fresh"), QStringLiteral("--queues"),
             QStringLiteral("orders")},
            QStringLiteral("works no queue"));
    refused({user, add, name, QStringLiteral("nina"), role, QStringLiteral("operator"),
             QStringLiteral("--project"), QStringLiteral("fresh")},
            QStringLiteral("for client accounts"));
    // None of them made an account.
    EXPECT_EQ(anonymous()->signIn(QStringLiteral("nina"), QStringLiteral("secret")).status, 401);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProjectApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

} // namespace
