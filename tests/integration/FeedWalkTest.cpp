// The feed walk: every kind of change the feed carries, with a token of every role, through
// GET /api/v1/changes and the pokes of /api/v1/events, against the table in docs/api/roles.md
// ("What the change feed carries to whom"), as ContractTest walks the routes.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/integration/CoursePack.h"
#include "tests/integration/EventStream.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <map>

using namespace frontline::test;

namespace {

const QLatin1StringView Entity("entity");
const QLatin1StringView Id("id");
const QLatin1StringView Op("op");
const QLatin1StringView Seq("seq");
const QLatin1StringView Data("data");
const QLatin1StringView TicketId("ticket_id");

// The columns of the feed table, in order, and who plays each in the walk: the walk's tickets
// are in queue "returns", which olga handles and ivan and pavel (2nd line) do not, and which
// serves the store whose account kira is.
const QStringList Columns{QStringLiteral("operator in the ticket's queue"),
                          QStringLiteral("operator outside the ticket's queue"),
                          QStringLiteral("2nd line"),
                          QStringLiteral("supervisor"),
                          QStringLiteral("trainer"),
                          QStringLiteral("admin"),
                          QStringLiteral("integration"),
                          QStringLiteral("client")};
const QStringList Users{QStringLiteral("olga"),
                        QStringLiteral("ivan"),
                        QStringLiteral("pavel"),
                        QStringLiteral("sofia"),
                        QStringLiteral("tanya"),
                        QStringLiteral("admin"),
                        QString(),               // the integration token
                        QStringLiteral("kira")}; // a store's account: the project of "returns"

struct FeedTable
{
    QStringList header;
    std::map<QString, QStringList> cells; // entity -> one cell per column
};

FeedTable feedTable()
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/docs/api/roles.md"));
    FeedTable table;
    if (!file.open(QIODevice::ReadOnly))
        return table;
    bool inSection = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u"## "))
            inSection = line == u"## What the change feed carries to whom";
        QStringList cells = line.split(u'|');
        if (!inSection || cells.size() != Columns.size() + 3)
            continue;
        for (QString &cell : cells)
            cell = cell.trimmed();
        cells = cells.mid(1, Columns.size() + 1);
        if (cells[0] == u"entity")
            table.header = cells.mid(1);
        else if (!cells[0].startsWith(u"---"))
            table.cells[cells[0]] = cells.mid(1);
    }
    return table;
}

// The sequence numbers of the pokes ("changed" up to seq N) one user's events socket received.
QList<qint64> pokesOf(const EventStream &socket)
{
    QList<qint64> seqs;
    for (const QJsonObject &poke : socket.eventsOf(QStringLiteral("changed")))
        seqs.append(poke.value(u"seq").toInteger());
    return seqs;
}

// Every change after `since` that `client` may read, page after page; `head` gets the cursor.
QList<QJsonObject> pull(HttpClient &client, qint64 since, qint64 *head = nullptr)
{
    QList<QJsonObject> all;
    for (int pages = 0; pages < 100; ++pages) {
        const HttpReply reply =
            client.get(QStringLiteral("/api/v1/changes?limit=5000&since=%1").arg(since));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        for (const QJsonValue &change : reply.json().value(u"changes").toArray())
            all.append(change.toObject());
        since = reply.json().value(u"next").toInteger();
        if (!reply.json().value(u"more").toBool())
            break;
    }
    if (head)
        *head = since;
    return all;
}

// What is compared: the same entity, id and operation, however often the feed repeats it (an
// escalation shares the conversation again with the 2nd line).
QString keyOf(const QJsonObject &change)
{
    return change.value(Entity).toString() + u' ' + change.value(Id).toString() + u' ' +
           change.value(Op).toString();
}

class FeedWalkTest : public ContactFlowTest
{
protected:
    struct Step
    {
        QString name;
        std::function<void()> run;
        bool throughThisServer = true; // an admin command elsewhere pokes no one here
    };

    QString ticketOf(const QJsonObject &change) const
    {
        const QString entity = change.value(Entity).toString();
        if (entity == u"ticket")
            return change.value(Id).toString();
        return change.value(Data)[TicketId].toString();
    }

    // What the table's cell says about `change` for the user in column `column`.
    bool expected(qsizetype column, const QJsonObject &change)
    {
        const auto row = m_table.cells.find(change.value(Entity).toString());
        if (row == m_table.cells.end()) {
            ADD_FAILURE() << "no row for " << change.value(Entity).toString().toStdString();
            return false;
        }
        const QString &cell = row->second[column];
        const QString entity = change.value(Entity).toString();
        const QString id = change.value(Id).toString();
        const QString me = m_ids.value(Users[column]);
        if (cell == u"yes")
            return true;
        if (cell == u"no")
            return false;
        if (cell == u"own") {
            if (entity == u"csat")
                return assignee(*m_sofia, id) == me;
            if (entity == u"help_flag")
                return change.value(Data)[QLatin1StringView("raised_by")].toString() == me;
            if (entity == u"qa_review" || entity == u"training_course")
                return change.value(Data)[QLatin1StringView("operator_id")].toString() == me;
            return id == me;
        }
        if (cell == u"profiles, own")
            return change.value(Data).toObject().contains(u"display_name") || id == me;
        if (cell == u"escalated") {
            const qint64 seq = change.value(Seq).toInteger();
            return m_escalatedAt > 0 && seq > m_escalatedAt &&
                   (ticketOf(change) == m_escalated ||
                    (entity == u"ticket" && id == m_previousTicket));
        }
        ADD_FAILURE() << "a cell the walk does not know: " << cell.toStdString();
        return false;
    }

    // The kinds `frontline-backoffice feed-entities` names are the table's rows.
    void expectTheTableNamesEveryServedKind()
    {
        m_table = feedTable();
        ASSERT_EQ(m_table.header, Columns) << "the feed table's columns in docs/api/roles.md";
        QString output;
        ASSERT_TRUE(backOffice->admin({QStringLiteral("feed-entities")}, &output));
        QStringList served; // the kinds, one a line, among the command's log lines
        static const QRegularExpression kindLine(QStringLiteral("^[a-z_]+$"));
        for (const QString &line : output.split(u'\n')) {
            if (kindLine.match(line.trimmed()).hasMatch())
                served << line.trimmed();
        }
        for (const auto &[entity, cells] : m_table.cells)
            m_documented << entity;
        served.sort();
        m_documented.sort();
        ASSERT_EQ(served.join(u' ').toStdString(), m_documented.join(u' ').toStdString())
            << "every kind the feed carries has one row in roles.md";
    }

    // Every user signed in and listening; the integration token may do neither.
    void signInAndListen()
    {
        ASSERT_TRUE(backOffice->addProject(QStringLiteral("walk-store"),
                                           QStringLiteral("Walk store"),
                                           {QStringLiteral("returns")}));
        ASSERT_TRUE(backOffice->addClient(QStringLiteral("kira"), QStringLiteral("walk-store")));
        for (const QString &user : Users) {
            if (user.isEmpty())
                continue;
            m_clients[user] = signIn(user);
            m_ids[user] = myId(*m_clients[user]);
        }
        m_sofia = signIn(QStringLiteral("sofia"));
        m_channel = anonymous();
        m_channel->setBearerToken(channelToken());
        pull(*m_sofia, 0, &m_start);
        for (const QString &user : Users) {
            if (user.isEmpty())
                continue;
            m_sockets[user] =
                std::make_unique<EventStream>(backOffice->baseUrl(), m_clients[user]->token());
            ASSERT_TRUE(m_sockets[user]->opened()) << user.toStdString();
        }
        EXPECT_EQ(m_channel->get(QStringLiteral("/api/v1/changes")).status, 403);
        EXPECT_FALSE(EventStream(backOffice->baseUrl(), channelToken()).opened());
    }

    static void expectStatus(const HttpReply &reply, int status)
    {
        ASSERT_EQ(reply.status, status) << reply.body.toStdString();
    }

    void writeArticle(const QString &title)
    {
        expectStatus(m_clients[QStringLiteral("tanya")]->send(
                         "POST", QStringLiteral("/api/v1/kb/articles"),
                         json({{QLatin1StringView("locale"), QStringLiteral("en")},
                               {QLatin1StringView("title"), title},
                               {QLatin1StringView("body"), QStringLiteral("Within 14 days.")}})),
                     201);
    }

    void intakeAndBreach()
    {
        m_previousTicket = intake(QStringLiteral("social"), QStringLiteral("walk-1"),
                                  QStringLiteral("walk-1a"), QStringLiteral("returns"));
        ASSERT_TRUE(waitUntil([&] {
            const QList<QJsonObject> all = pull(*m_sofia, m_start);
            return std::any_of(all.begin(), all.end(), [](const QJsonObject &change) {
                return change.value(Entity).toString() == u"sla_breach";
            });
        }));
    }

    void answerAndResolve()
    {
        HttpClient &olga = *m_clients[QStringLiteral("olga")];
        const QString path = u"/api/v1/tickets/" + m_previousTicket;
        expectStatus(olga.send("POST", path + u"/claim", {}), 200);
        expectStatus(
            olga.send("POST", path + u"/messages",
                      json({{QLatin1StringView("body"), QStringLiteral("Done")}}),
                      {{"Content-Type", "application/json"}, {"Idempotency-Key", "walk-reply"}}),
            201);
        expectStatus(resolve(olga, m_previousTicket), 200);
    }

    void escalate()
    {
        pull(*m_sofia, m_start, &m_escalatedAt);
        expectStatus(
            m_clients[QStringLiteral("olga")]->send(
                "POST", u"/api/v1/tickets/" + m_escalated + u"/escalations",
                json({{QLatin1StringView("target_line"), 2},
                      {QLatin1StringView("reason_code"), QStringLiteral("technical_issue")},
                      {QLatin1StringView("note"), QStringLiteral("site error")}})),
            201);
    }

    void raiseAndLowerHelpFlag()
    {
        const HttpReply raised = m_clients[QStringLiteral("olga")]->send(
            "POST", u"/api/v1/tickets/" + m_escalated + u"/help-flags",
            json({{QLatin1StringView("note"), QStringLiteral("refund over the limit")}}));
        expectStatus(raised, 201);
        expectStatus(
            m_sofia->send("PATCH", u"/api/v1/help-flags/" + raised.json().value(Id).toString(),
                          json({{QLatin1StringView("status"), QStringLiteral("lowered")}})),
            200);
    }

    // A trainer writes a scorecard, a supervisor reviews the resolved ticket, the operator
    // acknowledges: a qa_review created and updated.
    void reviewAndAcknowledge()
    {
        const QJsonObject criterion{{Id, QStringLiteral("solved")},
                                    {QLatin1StringView("title"), QStringLiteral("Solved it")},
                                    {QLatin1StringView("weight"), 100},
                                    {QLatin1StringView("scale"), QStringLiteral("yes_no")}};
        const HttpReply card = m_clients[QStringLiteral("tanya")]->send(
            "POST", QStringLiteral("/api/v1/scorecards"),
            json({{QLatin1StringView("name"), QStringLiteral("Walk")},
                  {QLatin1StringView("locale"), QStringLiteral("en")},
                  {QLatin1StringView("sections"),
                   QJsonArray{
                       QJsonObject{{QLatin1StringView("title"), QStringLiteral("All")},
                                   {QLatin1StringView("criteria"), QJsonArray{criterion}}}}}}));
        expectStatus(card, 201);
        const HttpReply review =
            m_sofia->send("POST", QStringLiteral("/api/v1/qa/reviews"),
                          json({{TicketId, m_previousTicket},
                                {QLatin1StringView("scorecard_id"), card.json().value(Id)},
                                {QLatin1StringView("answers"),
                                 QJsonArray{QJsonObject{
                                     {QLatin1StringView("criterion_id"), QStringLiteral("solved")},
                                     {QLatin1StringView("value"), 1}}}}}));
        expectStatus(review, 201);
        expectStatus(
            m_clients[QStringLiteral("olga")]->send(
                "POST",
                u"/api/v1/qa/reviews/" + review.json().value(Id).toString() + u"/acknowledge", {}),
            200);
    }

    // A trainer assigns the operator a course, and she starts it: a training_course created and
    // updated.
    void assignAndStartCourse()
    {
        expectStatus(importCoursePack(*m_clients[QStringLiteral("tanya")]), 201);
        const HttpReply course = m_clients[QStringLiteral("tanya")]->send(
            "POST", QStringLiteral("/api/v1/training/courses"),
            json({{QLatin1StringView("operator_id"), m_ids[QStringLiteral("olga")]},
                  {QLatin1StringView("pack_id"), QStringLiteral("demo-en")},
                  {QLatin1StringView("scenario_ids"), QJsonArray{QStringLiteral("late-delivery")}},
                  {QLatin1StringView("reason"), QStringLiteral("Returned escalations rose")}}));
        expectStatus(course, 201);
        expectStatus(m_clients[QStringLiteral("olga")]->send(
                         "PATCH", u"/api/v1/training/courses/" + course.json().value(Id).toString(),
                         json({{QLatin1StringView("status"), QStringLiteral("started")},
                               {QLatin1StringView("version"), 1}})),
                     200);
    }

    void giveTheStoreAQueue()
    {
        HttpClient &admin = *m_clients[QStringLiteral("admin")];
        const QJsonObject project =
            admin.get(QStringLiteral("/api/v1/projects")).json().value(u"projects")[0].toObject();
        ASSERT_EQ(project.value(u"slug").toString(), u"walk-store");
        expectStatus(
            admin.send("PATCH", u"/api/v1/projects/" + project.value(Id).toString(),
                       json({{QLatin1StringView("version"), project.value(u"version")},
                             {QLatin1StringView("queues"),
                              QJsonArray{QStringLiteral("orders"), QStringLiteral("returns")}}})),
            200);
    }

    // A change of every kind, one step at a time.
    QList<Step> walk()
    {
        return {
            {QStringLiteral("a trainer writes a KB article"),
             [this] { writeArticle(QStringLiteral("Returns")); }},
            {QStringLiteral("an administrator imports the macros"),
             [this] {
                 ASSERT_TRUE(backOffice->admin(
                     {QStringLiteral("macros"), QStringLiteral("import"),
                      QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/macros.json")}));
             },
             false},
            {QStringLiteral("a supervisor raises an operator's chat limit"),
             [this] {
                 expectStatus(m_sofia->send("PATCH",
                                            u"/api/v1/operators/" + m_ids[QStringLiteral("olga")],
                                            json({{QLatin1StringView("max_chats"), 4}})),
                              200);
             }},
            {QStringLiteral("an operator comes online"),
             [this] { setPresence(*m_clients[QStringLiteral("olga")], QStringLiteral("online")); }},
            {QStringLiteral("a new customer writes and the ticket breaches its SLA"),
             [this] { intakeAndBreach(); }},
            {QStringLiteral("the operator claims, answers and resolves it"),
             [this] { answerAndResolve(); }},
            {QStringLiteral("the customer scores the answer"),
             [this] {
                 expectStatus(m_channel->send("POST", QStringLiteral("/api/v1/intake/csat"),
                                              json({{TicketId, m_previousTicket},
                                                    {QLatin1StringView("score"), 5}})),
                              201);
             }},
            {QStringLiteral("a supervisor reviews the conversation, the operator acknowledges"),
             [this] { reviewAndAcknowledge(); }},
            {QStringLiteral("a trainer assigns the operator a course, she starts it"),
             [this] { assignAndStartCourse(); }},
            {QStringLiteral("the customer writes again"),
             [this] {
                 m_escalated = intake(QStringLiteral("social"), QStringLiteral("walk-1"),
                                      QStringLiteral("walk-1b"), QStringLiteral("returns"));
                 ASSERT_NE(m_escalated, m_previousTicket);
             }},
            {QStringLiteral("the operator raises a help flag and a supervisor lowers it"),
             [this] { raiseAndLowerHelpFlag(); }},
            {QStringLiteral("the operator escalates to the 2nd line"), [this] { escalate(); }},
            {QStringLiteral("a supervisor changes the contract's targets"),
             [this] {
                 expectStatus(
                     m_sofia->send("PUT", QStringLiteral("/api/v1/targets"),
                                   json({{QLatin1StringView("targets"),
                                          QJsonArray{QJsonObject{
                                              {QLatin1StringView("figure"), QStringLiteral("fcr")},
                                              {QLatin1StringView("period"), QStringLiteral("day")},
                                              {QLatin1StringView("value"), 0.85}}}}})),
                     200);
             }},
            {QStringLiteral("a trainer writes another KB article"),
             [this] { writeArticle(QStringLiteral("Exchanges")); }},
            {QStringLiteral("an administrator gives the store another queue"),
             [this] { giveTheStoreAQueue(); }},
        };
    }

    // Runs a step, then waits for every poke it causes before the next: pokes of two steps
    // never merge, so a poke can be told apart by its step.
    void runStep(const Step &step, qint64 &before)
    {
        step.run();
        ASSERT_FALSE(HasFatalFailure());
        qint64 after = 0;
        const QList<QJsonObject> changes = pull(*m_sofia, before, &after);
        ASSERT_FALSE(changes.isEmpty());
        for (qsizetype c = 0; c < Columns.size(); ++c) {
            if (Users[c].isEmpty())
                continue; // the integration token may not listen
            const bool sees =
                std::any_of(changes.begin(), changes.end(),
                            [&](const QJsonObject &change) { return expected(c, change); });
            if (!sees || !step.throughThisServer)
                continue;
            const EventStream &socket = *m_sockets[Users[c]];
            EXPECT_TRUE(waitUntil([&] {
                const QList<qint64> pokes = pokesOf(socket);
                return std::any_of(pokes.begin(), pokes.end(),
                                   [&](qint64 seq) { return seq > before && seq <= after; });
            })) << Users[c].toStdString()
                << " was not poked";
        }
        before = after;
    }

    // One user's /changes and pokes against the table, over everything the walk made.
    void compareColumn(qsizetype c, const QList<QJsonObject> &everything)
    {
        QSet<QString> expectedKeys;
        QHash<qint64, QString> keyAt;
        for (const QJsonObject &change : everything) {
            keyAt.insert(change.value(Seq).toInteger(), keyOf(change));
            if (expected(c, change))
                expectedKeys << keyOf(change);
        }
        QSet<QString> gotKeys;
        for (const QJsonObject &change : pull(*m_clients[Users[c]], m_start))
            gotKeys << keyOf(change);
        const QSet<QString> extra = gotKeys - expectedKeys;
        const QSet<QString> missing = expectedKeys - gotKeys;
        EXPECT_TRUE(extra.isEmpty())
            << "/changes gave " << Users[c].toStdString() << " what the table does not: "
            << QStringList(extra.begin(), extra.end()).join(u", ").toStdString();
        EXPECT_TRUE(missing.isEmpty())
            << "/changes kept from " << Users[c].toStdString() << " what the table gives: "
            << QStringList(missing.begin(), missing.end()).join(u", ").toStdString();
        // A poke names the newest change of its moment the user may see, never another.
        for (const qint64 seq : pokesOf(*m_sockets[Users[c]])) {
            EXPECT_TRUE(expectedKeys.contains(keyAt.value(seq)))
                << Users[c].toStdString() << " was poked for " << keyAt.value(seq).toStdString();
        }
    }

    FeedTable m_table;
    QStringList m_documented;
    std::map<QString, std::unique_ptr<HttpClient>> m_clients;
    std::map<QString, std::unique_ptr<EventStream>> m_sockets;
    std::unique_ptr<HttpClient> m_sofia;
    std::unique_ptr<HttpClient> m_channel;
    QHash<QString, QString> m_ids; // username -> operator id
    qint64 m_start = 0;            // the feed's head before the walk
    QString m_escalated;           // the ticket escalated to the 2nd line
    QString m_previousTicket;      // the same customer's earlier ticket
    qint64 m_escalatedAt = 0;      // the feed's head just before the escalation
};

TEST_P(FeedWalkTest, EveryKindReachesExactlyTheRolesTheTableGivesIt)
{
    expectTheTableNamesEveryServedKind();
    ASSERT_FALSE(HasFatalFailure());
    signInAndListen();
    ASSERT_FALSE(HasFatalFailure());

    qint64 before = m_start;
    for (const Step &step : walk()) {
        SCOPED_TRACE(step.name.toStdString());
        runStep(step, before);
        ASSERT_FALSE(HasFatalFailure());
    }

    // Every kind the table names came through the walk.
    const QList<QJsonObject> everything = pull(*m_sofia, m_start);
    QSet<QString> walked;
    for (const QJsonObject &change : everything)
        walked << change.value(Entity).toString();
    // Exams live in sandboxes only: ExamTest.TheFeedCarriesAnExamToItsTraineeAndItsTrainer
    // walks theirs, and production's feed carries none.
    for (const QString &entity : std::as_const(m_documented))
        EXPECT_TRUE(walked.contains(entity) || entity == u"exam")
            << "the walk made no change of " << entity.toStdString();

    for (qsizetype c = 0; c < Columns.size(); ++c) {
        if (Users[c].isEmpty())
            continue; // the integration token reads no feed (checked in signInAndListen)
        SCOPED_TRACE(Columns[c].toStdString());
        compareColumn(c, everything);
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, FeedWalkTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

} // namespace
