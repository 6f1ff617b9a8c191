// The feed walk: every kind of change the feed carries, with a token of every role, through
// GET /api/v1/changes and the pokes of /api/v1/events, against the table in docs/api/roles.md
// ("What the change feed carries to whom"), as ContractTest walks the routes.
#include "protocol/ApiPaths.h"
#include "tests/integration/ContactFlowFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QWebSocket>

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
// are in queue "returns", which olga handles and ivan and pavel (2nd line) do not.
const QStringList Columns{QStringLiteral("operator in the ticket's queue"),
                          QStringLiteral("operator outside the ticket's queue"),
                          QStringLiteral("2nd line"),
                          QStringLiteral("supervisor"),
                          QStringLiteral("trainer"),
                          QStringLiteral("admin"),
                          QStringLiteral("integration")};
const QStringList Users{QStringLiteral("olga"),
                        QStringLiteral("ivan"),
                        QStringLiteral("pavel"),
                        QStringLiteral("sofia"),
                        QStringLiteral("tanya"),
                        QStringLiteral("admin"),
                        QString()}; // the integration token

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

// The pokes one user's events socket receives ("changed" up to seq N).
class PokeListener
{
public:
    PokeListener(const QUrl &baseUrl, const QByteArray &token)
    {
        QUrl url = baseUrl;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(frontline::protocol::paths::Events.toString());
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        QObject::connect(
            &m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &message) {
                const QJsonObject event = QJsonDocument::fromJson(message.toUtf8()).object();
                const QString type = event.value(u"type").toString();
                if (type == u"welcome")
                    m_welcomed = true;
                else if (type == u"changed")
                    m_pokes.append(event.value(u"seq").toInteger());
            });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket,
                         [this] { m_closed = true; });
        m_socket.open(request);
    }
    // Accepted (greeted) or refused (closed).
    bool accepted()
    {
        waitUntil([this] { return m_welcomed || m_closed; });
        return m_welcomed && !m_closed;
    }
    const QList<qint64> &pokes() const { return m_pokes; }
    bool pokedWithin(qint64 after, qint64 upTo) const
    {
        return std::any_of(m_pokes.begin(), m_pokes.end(),
                           [&](qint64 seq) { return seq > after && seq <= upTo; });
    }

private:
    QWebSocket m_socket;
    QList<qint64> m_pokes;
    bool m_welcomed = false;
    bool m_closed = false;
};

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
    bool expected(const QString &cell, int column, const QJsonObject &change)
    {
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

    std::unique_ptr<HttpClient> m_sofia;
    QHash<QString, QString> m_ids; // username -> operator id
    QString m_escalated;           // the ticket escalated to the 2nd line
    QString m_previousTicket;      // the same customer's earlier ticket
    qint64 m_escalatedAt = 0;      // the feed's head just before the escalation
};

TEST_P(FeedWalkTest, EveryKindReachesExactlyTheRolesTheTableGivesIt)
{
    const FeedTable table = feedTable();
    ASSERT_EQ(table.header, Columns) << "the feed table's columns in docs/api/roles.md";
    QString output;
    ASSERT_TRUE(backOffice->admin({QStringLiteral("feed-entities")}, &output));
    QStringList served; // the kinds, one a line, among the command's log lines
    static const QRegularExpression kindLine(QStringLiteral("^[a-z_]+$"));
    for (const QString &line : output.split(u'\n')) {
        if (kindLine.match(line.trimmed()).hasMatch())
            served << line.trimmed();
    }
    QStringList documented;
    for (const auto &[entity, cells] : table.cells)
        documented << entity;
    served.sort();
    documented.sort();
    ASSERT_EQ(served.join(u' ').toStdString(), documented.join(u' ').toStdString())
        << "every kind the feed carries has one row in roles.md";

    std::map<QString, std::unique_ptr<HttpClient>> clients;
    for (const QString &user : Users) {
        if (!user.isEmpty()) {
            clients[user] = signIn(user);
            m_ids[user] = myId(*clients[user]);
        }
    }
    m_sofia = signIn(QStringLiteral("sofia"));
    HttpClient &olga = *clients[QStringLiteral("olga")];
    HttpClient &tanya = *clients[QStringLiteral("tanya")];
    auto channel = anonymous();
    channel->setBearerToken(channelToken());

    qint64 start = 0;
    pull(*m_sofia, 0, &start);
    std::map<QString, std::unique_ptr<PokeListener>> sockets;
    for (const QString &user : Users) {
        if (user.isEmpty())
            continue;
        sockets[user] =
            std::make_unique<PokeListener>(backOffice->baseUrl(), clients[user]->token());
        ASSERT_TRUE(sockets[user]->accepted()) << user.toStdString();
    }
    // Integration tokens read neither.
    EXPECT_EQ(channel->get(QStringLiteral("/api/v1/changes")).status, 403);
    EXPECT_FALSE(PokeListener(backOffice->baseUrl(), channelToken()).accepted());

    const auto article = [&](const QString &title) {
        const HttpReply reply =
            tanya.send("POST", QStringLiteral("/api/v1/kb/articles"),
                       json({{QLatin1StringView("locale"), QStringLiteral("en")},
                             {QLatin1StringView("title"), title},
                             {QLatin1StringView("body"), QStringLiteral("Within 14 days.")}}));
        ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    };
    const auto expectStatus = [](const HttpReply &reply, int status) {
        ASSERT_EQ(reply.status, status) << reply.body.toStdString();
    };
    const QList<Step> steps{
        {QStringLiteral("a trainer writes a KB article"),
         [&] { article(QStringLiteral("Returns")); }},
        {QStringLiteral("an administrator imports the macros"),
         [&] {
             ASSERT_TRUE(backOffice->admin(
                 {QStringLiteral("macros"), QStringLiteral("import"),
                  QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/macros.json")}));
         },
         false},
        {QStringLiteral("a supervisor raises an operator's chat limit"),
         [&] {
             expectStatus(m_sofia->send("PATCH",
                                        u"/api/v1/operators/" + m_ids[QStringLiteral("olga")],
                                        json({{QLatin1StringView("max_chats"), 4}})),
                          200);
         }},
        {QStringLiteral("an operator comes online"),
         [&] { setPresence(olga, QStringLiteral("online")); }},
        {QStringLiteral("a new customer writes and the ticket breaches its SLA"),
         [&] {
             m_previousTicket = intake(QStringLiteral("social"), QStringLiteral("walk-1"),
                                       QStringLiteral("walk-1a"), QStringLiteral("returns"));
             ASSERT_TRUE(waitUntil([&] {
                 const QList<QJsonObject> all = pull(*m_sofia, start);
                 return std::any_of(all.begin(), all.end(), [](const QJsonObject &change) {
                     return change.value(Entity).toString() == u"sla_breach";
                 });
             }));
         }},
        {QStringLiteral("the operator claims, answers and resolves it"),
         [&] {
             expectStatus(olga.send("POST", u"/api/v1/tickets/" + m_previousTicket + u"/claim", {}),
                          200);
             expectStatus(olga.send("POST", u"/api/v1/tickets/" + m_previousTicket + u"/messages",
                                    json({{QLatin1StringView("body"), QStringLiteral("Done")}}),
                                    {{"Content-Type", "application/json"},
                                     {"Idempotency-Key", "walk-reply"}}),
                          201);
             expectStatus(resolve(olga, m_previousTicket), 200);
         }},
        {QStringLiteral("the customer scores the answer"),
         [&] {
             expectStatus(channel->send("POST", QStringLiteral("/api/v1/intake/csat"),
                                        json({{TicketId, m_previousTicket},
                                              {QLatin1StringView("score"), 5}})),
                          201);
         }},
        {QStringLiteral("the customer writes again"),
         [&] {
             m_escalated = intake(QStringLiteral("social"), QStringLiteral("walk-1"),
                                  QStringLiteral("walk-1b"), QStringLiteral("returns"));
             ASSERT_NE(m_escalated, m_previousTicket);
         }},
        {QStringLiteral("the operator escalates to the 2nd line"),
         [&] {
             pull(*m_sofia, start, &m_escalatedAt);
             expectStatus(
                 olga.send(
                     "POST", u"/api/v1/tickets/" + m_escalated + u"/escalations",
                     json({{QLatin1StringView("target_line"), 2},
                           {QLatin1StringView("reason_code"), QStringLiteral("technical_issue")},
                           {QLatin1StringView("note"), QStringLiteral("site error")}})),
                 201);
         }},
        {QStringLiteral("a trainer writes another KB article"),
         [&] { article(QStringLiteral("Exchanges")); }},
    };

    // Each step, then every poke it causes, before the next: pokes of two steps never merge.
    qint64 before = start;
    for (const Step &step : steps) {
        SCOPED_TRACE(step.name.toStdString());
        step.run();
        ASSERT_FALSE(HasFatalFailure());
        qint64 after = 0;
        const QList<QJsonObject> changes = pull(*m_sofia, before, &after);
        ASSERT_FALSE(changes.isEmpty());
        for (qsizetype c = 0; c + 1 < Columns.size(); ++c) {
            const bool sees =
                std::any_of(changes.begin(), changes.end(), [&](const QJsonObject &change) {
                    const auto row = table.cells.find(change.value(Entity).toString());
                    return row != table.cells.end() && expected(row->second[c], int(c), change);
                });
            if (!sees || !step.throughThisServer)
                continue;
            PokeListener &socket = *sockets[Users[c]];
            EXPECT_TRUE(waitUntil([&] { return socket.pokedWithin(before, after); }))
                << Users[c].toStdString() << " was not poked";
        }
        before = after;
    }

    // Every kind the table names came through the walk.
    const QList<QJsonObject> everything = pull(*m_sofia, start);
    QSet<QString> walked;
    for (const QJsonObject &change : everything)
        walked << change.value(Entity).toString();
    for (const QString &entity : std::as_const(documented))
        EXPECT_TRUE(walked.contains(entity))
            << "the walk made no change of " << entity.toStdString();

    for (qsizetype c = 0; c + 1 < Columns.size(); ++c) {
        SCOPED_TRACE(Columns[c].toStdString());
        QSet<QString> expectedKeys;
        QHash<qint64, QString> keyAt;
        for (const QJsonObject &change : everything) {
            keyAt.insert(change.value(Seq).toInteger(), keyOf(change));
            const auto row = table.cells.find(change.value(Entity).toString());
            ASSERT_NE(row, table.cells.end());
            if (expected(row->second[c], int(c), change))
                expectedKeys << keyOf(change);
        }
        QSet<QString> gotKeys;
        for (const QJsonObject &change : pull(*clients[Users[c]], start))
            gotKeys << keyOf(change);
        QStringList extra((gotKeys - expectedKeys).begin(), (gotKeys - expectedKeys).end());
        QStringList missing((expectedKeys - gotKeys).begin(), (expectedKeys - gotKeys).end());
        EXPECT_TRUE(extra.isEmpty())
            << "/changes gave " << Users[c].toStdString()
            << " what the table does not: " << extra.join(u", ").toStdString();
        EXPECT_TRUE(missing.isEmpty())
            << "/changes kept from " << Users[c].toStdString()
            << " what the table gives: " << missing.join(u", ").toStdString();
        // A poke names the newest change of its moment the user may see, never another.
        for (const qint64 seq : sockets[Users[c]]->pokes()) {
            EXPECT_TRUE(expectedKeys.contains(keyAt.value(seq)))
                << Users[c].toStdString() << " was poked for " << keyAt.value(seq).toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, FeedWalkTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

} // namespace
