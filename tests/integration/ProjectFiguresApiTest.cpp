// Issue 17, item 11: a project's figures against the real back office. Two stores with their own
// queues and tickets, an operator who works both, and a store's own account: a project's board
// equals /metrics/operators and /metrics/queues for the project and the figures recomputed from
// its tickets alone, each store sees its own handled tickets and AHT of the shared operator, and a
// client reads its own project only, with its own targets and no customer data.
#include "tests/integration/ContactFlowFixture.h"

#include <QDateTime>
#include <QSet>

using namespace frontline::test;

namespace {

using L = QLatin1StringView;

QSet<QString> idsOf(const QJsonArray &rows, const QString &idField)
{
    QSet<QString> ids;
    for (const QJsonValue &row : rows)
        ids.insert(row[idField].toString());
    return ids;
}

// What a store's tickets add up to, per operator and per queue, from the tickets report alone.
struct TicketSums
{
    struct Operator
    {
        qint64 handled = 0;
        double handleSeconds = 0;
        qint64 votes = 0;
        qint64 satisfied = 0;
        qint64 escalations = 0;
    };
    QMap<QString, Operator> operators; // by assignee id
    QMap<QString, qint64> handledByQueue;
    qint64 tickets = 0;
};

class ProjectFiguresTest : public ContactFlowTest
{
protected:
    QStringList extraArguments() const override
    {
        return ContactFlowTest::extraArguments() << QStringLiteral("--test-clock");
    }

    // Hopper serves orders and returns, Lavka delivery; general is the center's own. anna works a
    // queue of each store; kira is Hopper's account, lev Lavka's.
    void beforeStart() override
    {
        ASSERT_TRUE(backOffice->addUser(QStringLiteral("anna"), QStringLiteral("operator"),
                                        {QStringLiteral("returns"), QStringLiteral("delivery")}));
        for (const char *sql : {
                 "INSERT INTO projects (slug, name, created_at, updated_at) VALUES ('hopper', "
                 "'Hopper', 0, 0)",
                 "INSERT INTO projects (slug, name, created_at, updated_at) VALUES ('lavka', "
                 "'Lavka', 0, 0)",
                 "UPDATE queues SET project_id = (SELECT id FROM projects WHERE slug = 'hopper') "
                 "WHERE id IN ('orders', 'returns')",
                 "UPDATE queues SET project_id = (SELECT id FROM projects WHERE slug = 'lavka') "
                 "WHERE id = 'delivery'",
                 "INSERT INTO queues (id, title, created_at) VALUES ('general', 'General', 0)",
             }) {
            ASSERT_TRUE(backOffice->execute(QString::fromLatin1(sql)));
        }
        ASSERT_TRUE(backOffice->addClient(QStringLiteral("kira"), QStringLiteral("hopper")));
        ASSERT_TRUE(backOffice->addClient(QStringLiteral("lev"), QStringLiteral("lavka")));
        for (auto [slug, id] : {std::pair{"hopper", &hopper}, std::pair{"lavka", &lavka}}) {
            QVariant value;
            ASSERT_TRUE(
                backOffice->query(QStringLiteral("SELECT id FROM projects WHERE slug = '%1'")
                                      .arg(QLatin1String(slug)),
                                  &value));
            *id = value.toString();
        }
    }

    static void answer(HttpClient &client, const QString &id)
    {
        const HttpReply replied = reply(client, id, (u"reply-" + id).toUtf8());
        ASSERT_EQ(replied.status, 201) << replied.body.toStdString();
        ASSERT_EQ(resolve(client, id).status, 200);
    }

    // A day of two stores: each handles email and chat, anna serves both, Lavka's email is
    // escalated and returned, and every queue but orders has something waiting.
    void twoStores(HttpClient &olga, HttpClient &ivan, HttpClient &anna, HttpClient &pavel)
    {
        for (HttpClient *online : {&olga, &ivan, &anna})
            setPresence(*online, QStringLiteral("online"));
        const QString returnsEmail = intake(QStringLiteral("email"), QStringLiteral("h1"),
                                            QStringLiteral("h1"), QStringLiteral("returns"));
        claim(anna, returnsEmail);
        answer(anna, returnsEmail);
        const QString ordersEmail = intake(QStringLiteral("email"), QStringLiteral("h2"),
                                           QStringLiteral("h2"), QStringLiteral("orders"));
        claim(olga, ordersEmail);
        answer(olga, ordersEmail);
        // The only 1st-line operator of orders online gets its chat.
        const QString ordersChat = intake(QStringLiteral("chat"), QStringLiteral("h3"),
                                          QStringLiteral("h3"), QStringLiteral("orders"));
        ASSERT_EQ(assignee(olga, ordersChat), myId(olga));
        answer(olga, ordersChat);

        const QString deliveryEmail = intake(QStringLiteral("email"), QStringLiteral("l1"),
                                             QStringLiteral("l1"), QStringLiteral("delivery"));
        claim(anna, deliveryEmail);
        escalateAndReturn(anna, pavel, deliveryEmail, QStringLiteral("courier app error"));
        answer(anna, deliveryEmail);
        // ivan or anna gets Lavka's chat; whoever it is handles it.
        const QString deliveryChat = intake(QStringLiteral("chat"), QStringLiteral("l2"),
                                            QStringLiteral("l2"), QStringLiteral("delivery"));
        answer(assignee(ivan, deliveryChat) == myId(ivan) ? ivan : anna, deliveryChat);

        csat(returnsEmail, 5);
        csat(ordersEmail, 2);
        csat(ordersChat, 4);
        csat(deliveryEmail, 4);
        csat(deliveryChat, 1);
        intake(QStringLiteral("web_form"), QStringLiteral("h4"), QStringLiteral("h4"),
               QStringLiteral("returns"));
        intake(QStringLiteral("email"), QStringLiteral("l3"), QStringLiteral("l3"),
               QStringLiteral("delivery"));
        intake(QStringLiteral("email"), QStringLiteral("g1"), QStringLiteral("g1"),
               QStringLiteral("general"));
    }

    static QString scoped(const QString &window, const QString &project)
    {
        return project.isEmpty() ? window : window + u"&project_id=" + project;
    }
    static QJsonObject get(HttpClient &client, const QString &path)
    {
        const HttpReply reply = client.get(path);
        EXPECT_EQ(reply.status, 200) << path.toStdString() << ": " << reply.body.toStdString();
        return reply.json();
    }

    // Every page of the tickets report of `query`, added up.
    static TicketSums ticketSums(HttpClient &client, const QString &query, QJsonArray *all)
    {
        TicketSums sums;
        QString after;
        do {
            const QJsonObject page =
                get(client, u"/api/v1/metrics/tickets" + query + u"&limit=2" +
                                (after.isEmpty() ? QString() : u"&after=" + after));
            for (const QJsonValue &ticket : page.value(L("tickets")).toArray()) {
                all->append(ticket);
                ++sums.tickets;
                ++sums.handledByQueue[ticket[L("queue_id")].toString()];
                TicketSums::Operator &op = sums.operators[ticket[L("assignee_id")].toString()];
                ++op.handled;
                op.handleSeconds += ticket[L("handle_seconds")].toDouble();
                op.escalations += ticket[L("escalations")].toInteger();
                if (!ticket[L("csat")].isNull()) {
                    ++op.votes;
                    op.satisfied += ticket[L("csat")].toInt() >= 4 ? 1 : 0;
                }
            }
            after = page.value(L("next")).isNull() ? QString()
                                                   : page.value(L("next")).toVariant().toString();
        } while (!after.isEmpty());
        return sums;
    }

    // The board of a project equals its /metrics rows and what its tickets add up to.
    void expectProjectBoard(HttpClient &sofia, const QString &window, const QString &project,
                            const QSet<QString> &queues, const TicketSums &sums)
    {
        const QJsonObject board = get(sofia, u"/api/v1/metrics/board" + scoped(window, project));
        EXPECT_EQ(board.value(L("project_id")).toString(), project);
        const QJsonArray operators =
            get(sofia, u"/api/v1/metrics/operators" + scoped(window, project))
                .value(L("operators"))
                .toArray();
        const QJsonArray queueRows = get(sofia, u"/api/v1/metrics/queues" + scoped(window, project))
                                         .value(L("queues"))
                                         .toArray();
        EXPECT_EQ(idsOf(queueRows, QStringLiteral("queue")), queues);
        for (const auto &[metrics, rows, idField] :
             {std::tuple{operators, board.value(L("operators")).toArray(),
                         QStringLiteral("operator_id")},
              std::tuple{queueRows, board.value(L("queues")).toArray(), QStringLiteral("queue")}}) {
            ASSERT_EQ(rows.size(), metrics.size());
            for (const QJsonValue &expected : metrics) {
                const QJsonObject row =
                    rowWithId(rows, QStringLiteral("id"), expected[idField].toString());
                ASSERT_FALSE(row.isEmpty()) << expected[idField].toString().toStdString();
                for (const QString &field : expected.toObject().keys()) {
                    if (field != idField) {
                        EXPECT_EQ(row.value(field), expected[field]) << field.toStdString();
                    }
                }
            }
        }
        // Recomputed from the project's tickets alone.
        for (const QJsonValue &row : board.value(L("operators")).toArray()) {
            const TicketSums::Operator done = sums.operators.value(row[L("id")].toString());
            const std::string who = row[L("name")].toString().toStdString();
            EXPECT_EQ(row[L("handled")].toInteger(), done.handled) << who;
            EXPECT_EQ(row[L("escalations")].toInteger(), done.escalations) << who;
            for (const QJsonValue &queue : row[L("queues")].toArray())
                EXPECT_TRUE(queues.contains(queue.toString())) << who;
            if (done.handled) {
                EXPECT_NEAR(row[L("aht_seconds")].toDouble(),
                            done.handleSeconds / double(done.handled), 0.002)
                    << who;
            }
            if (done.votes) {
                EXPECT_DOUBLE_EQ(row[L("csat")].toDouble(),
                                 std::round(1000.0 * double(done.satisfied) / double(done.votes)) /
                                     10.0)
                    << who;
            }
        }
        for (const QJsonValue &row : board.value(L("queues")).toArray())
            EXPECT_EQ(row[L("handled")].toInteger(),
                      sums.handledByQueue.value(row[L("id")].toString()));
        const QJsonObject totals = board.value(L("totals")).toObject();
        EXPECT_EQ(totals[L("operators")][L("handled")].toInteger(), sums.tickets);
        EXPECT_EQ(totals[L("queues")][L("handled")].toInteger(), sums.tickets);
        double handleSeconds = 0;
        for (const TicketSums::Operator &op : sums.operators)
            handleSeconds += op.handleSeconds;
        EXPECT_NEAR(totals[L("operators")][L("aht_seconds")].toDouble(),
                    handleSeconds / double(sums.tickets), 0.002);
        // Its series adds up to its queues' totals.
        qint64 arrived = 0, handled = 0;
        for (const QJsonValue &point :
             get(sofia, u"/api/v1/metrics/series" + scoped(window, project))
                 .value(L("points"))
                 .toArray()) {
            arrived += point[L("arrived")].toInteger();
            handled += point[L("handled")].toInteger();
        }
        EXPECT_EQ(arrived, totals[L("queues")][L("arrived")].toInteger());
        EXPECT_EQ(handled, sums.tickets);
    }

    QString hopper;
    QString lavka;
};

} // namespace

TEST_P(ProjectFiguresTest, AStoresBoardEqualsItsMetricsAndItsTicketsAlone)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto anna = signIn(QStringLiteral("anna"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const qint64 start = ms(setPresence(*olga, QStringLiteral("offline")).value(L("since")));
    twoStores(*olga, *ivan, *anna, *pavel);
    if (HasFatalFailure())
        return;
    freeze(*sofia);
    const QString window = u"?from=" + rfc3339(start - 60000);

    QJsonArray hopperTickets, lavkaTickets, allTickets;
    const TicketSums hopperSums = ticketSums(*sofia, scoped(window, hopper), &hopperTickets);
    const TicketSums lavkaSums = ticketSums(*sofia, scoped(window, lavka), &lavkaTickets);
    const TicketSums center = ticketSums(*sofia, window, &allTickets);
    EXPECT_EQ(hopperSums.tickets, 3);
    EXPECT_EQ(lavkaSums.tickets, 2);
    EXPECT_EQ(center.tickets, 5);
    for (const QJsonValue &ticket : hopperTickets)
        EXPECT_NE(ticket[L("queue_id")].toString(), u"delivery");
    for (const QJsonValue &ticket : lavkaTickets)
        EXPECT_EQ(ticket[L("queue_id")].toString(), u"delivery");

    expectProjectBoard(*sofia, window, hopper,
                       {QStringLiteral("orders"), QStringLiteral("returns")}, hopperSums);
    expectProjectBoard(*sofia, window, lavka, {QStringLiteral("delivery")}, lavkaSums);

    const QJsonObject hopperBoard = get(*sofia, u"/api/v1/metrics/board" + scoped(window, hopper));
    const QJsonObject lavkaBoard = get(*sofia, u"/api/v1/metrics/board" + scoped(window, lavka));
    const QJsonObject centerBoard = get(*sofia, u"/api/v1/metrics/board" + window);
    EXPECT_EQ(centerBoard.value(L("project_id")).toString(), QString());
    const QString olgaId = myId(*olga), ivanId = myId(*ivan), annaId = myId(*anna);
    EXPECT_EQ(idsOf(hopperBoard.value(L("operators")).toArray(), QStringLiteral("id")),
              (QSet<QString>{olgaId, annaId, myId(*pavel)}));
    EXPECT_EQ(idsOf(lavkaBoard.value(L("operators")).toArray(), QStringLiteral("id")),
              (QSet<QString>{ivanId, annaId}));
    EXPECT_EQ(idsOf(centerBoard.value(L("queues")).toArray(), QStringLiteral("id")),
              (QSet<QString>{QStringLiteral("orders"), QStringLiteral("returns"),
                             QStringLiteral("delivery"), QStringLiteral("general")}));
    EXPECT_EQ(hopperBoard[L("totals")][L("queues")][L("waiting")].toInteger(), 1);
    EXPECT_EQ(lavkaBoard[L("totals")][L("queues")][L("waiting")].toInteger(), 1);
    EXPECT_EQ(centerBoard[L("totals")][L("queues")][L("waiting")].toInteger(), 3);

    // anna shows each store its own handled tickets and AHT; her hours on the line are hers.
    const QJsonArray centerRows = centerBoard.value(L("operators")).toArray();
    const QJsonObject annaHopper =
        rowWithId(hopperBoard.value(L("operators")).toArray(), QStringLiteral("id"), annaId);
    const QJsonObject annaLavka =
        rowWithId(lavkaBoard.value(L("operators")).toArray(), QStringLiteral("id"), annaId);
    const QJsonObject annaCenter = rowWithId(centerRows, QStringLiteral("id"), annaId);
    EXPECT_EQ(annaHopper.value(L("handled")).toInteger(), 1);
    EXPECT_EQ(annaHopper.value(L("escalations")).toInteger(), 0);
    EXPECT_DOUBLE_EQ(annaHopper.value(L("fcr")).toDouble(), 1.0);
    EXPECT_EQ(annaHopper.value(L("queues")).toArray(), QJsonArray{QStringLiteral("returns")});
    EXPECT_GE(annaLavka.value(L("handled")).toInteger(), 1);
    EXPECT_EQ(annaLavka.value(L("escalations")).toInteger(), 1);
    EXPECT_EQ(annaLavka.value(L("escalations_returned")).toInteger(), 1);
    EXPECT_EQ(annaLavka.value(L("queues")).toArray(), QJsonArray{QStringLiteral("delivery")});
    EXPECT_EQ(annaCenter.value(L("handled")).toInteger(),
              annaHopper.value(L("handled")).toInteger() +
                  annaLavka.value(L("handled")).toInteger());
    EXPECT_NEAR(annaCenter.value(L("aht_seconds")).toDouble() *
                    annaCenter.value(L("handled")).toDouble(),
                hopperSums.operators.value(annaId).handleSeconds +
                    lavkaSums.operators.value(annaId).handleSeconds,
                0.01);
    EXPECT_GT(annaCenter.value(L("online_seconds")).toDouble(), 0.0);
    EXPECT_EQ(annaHopper.value(L("online_seconds")), annaCenter.value(L("online_seconds")));
    EXPECT_EQ(annaLavka.value(L("online_seconds")), annaCenter.value(L("online_seconds")));
    // Her stores' tickets never overlapped in time: her busy time splits between them exactly.
    EXPECT_GT(annaCenter.value(L("utilization")).toDouble(), 0.0);
    EXPECT_NEAR(annaHopper.value(L("utilization")).toDouble() +
                    annaLavka.value(L("utilization")).toDouble(),
                annaCenter.value(L("utilization")).toDouble(), 0.00015);
}

TEST_P(ProjectFiguresTest, AStoresAccountReadsItsOwnProjectOnly)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto anna = signIn(QStringLiteral("anna"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto kira = signIn(QStringLiteral("kira"));
    auto lev = signIn(QStringLiteral("lev"));
    const qint64 start = ms(setPresence(*olga, QStringLiteral("offline")).value(L("since")));
    twoStores(*olga, *ivan, *anna, *pavel);
    if (HasFatalFailure())
        return;

    // The contract's targets: the center's, Hopper's and Lavka's.
    const auto target = [](const char *figure, double value, const QString &project) {
        QJsonObject t{{L("figure"), QString::fromLatin1(figure)},
                      {L("period"), QStringLiteral("day")},
                      {L("value"), value},
                      {L("at_most"), QString::fromLatin1(figure) == u"aht_seconds"}};
        if (!project.isEmpty())
            t.insert(L("project_id"), project);
        return t;
    };
    const QJsonObject hopperFcr = target("fcr", 0.9, hopper);
    const HttpReply set =
        sofia->send("PUT", QStringLiteral("/api/v1/targets"),
                    json({{L("targets"), QJsonArray{target("fcr", 0.8, {}), hopperFcr,
                                                    target("aht_seconds", 300, lavka)}}}),
                    {{"Content-Type", "application/json"}});
    ASSERT_EQ(set.status, 200) << set.body.toStdString();
    freeze(*sofia);
    const QString window = u"?from=" + rfc3339(start - 60000);

    // Without a parameter, and with its own project's id, kira reads Hopper's board.
    const QJsonObject staffView = get(*sofia, u"/api/v1/metrics/board" + scoped(window, hopper));
    for (const QString &query : {window, scoped(window, hopper)}) {
        const QJsonObject own = get(*kira, u"/api/v1/metrics/board" + query);
        EXPECT_EQ(own.value(L("project_id")).toString(), hopper);
        for (const char *field : {"operators", "queues", "totals", "targets"})
            EXPECT_EQ(own.value(L(field)), staffView.value(L(field))) << field;
    }
    // Each board carries its own contract's targets.
    ASSERT_EQ(staffView.value(L("targets")).toArray().size(), 1);
    EXPECT_DOUBLE_EQ(staffView.value(L("targets")).toArray()[0][L("value")].toDouble(), 0.9);
    const QJsonObject lavkaOwn = get(*lev, u"/api/v1/metrics/board" + window);
    EXPECT_EQ(lavkaOwn.value(L("project_id")).toString(), lavka);
    ASSERT_EQ(lavkaOwn.value(L("targets")).toArray().size(), 1);
    EXPECT_EQ(lavkaOwn.value(L("targets")).toArray()[0][L("figure")].toString(), u"aht_seconds");
    const QJsonObject centerBoard = get(*sofia, u"/api/v1/metrics/board" + window);
    ASSERT_EQ(centerBoard.value(L("targets")).toArray().size(), 1);
    EXPECT_DOUBLE_EQ(centerBoard.value(L("targets")).toArray()[0][L("value")].toDouble(), 0.8);

    // Hopper's tickets only, and nothing of their customers.
    const HttpReply tickets = kira->get(u"/api/v1/metrics/tickets" + window);
    ASSERT_EQ(tickets.status, 200);
    const QJsonArray listed = tickets.json().value(L("tickets")).toArray();
    EXPECT_EQ(listed.size(), 3);
    for (const QJsonValue &ticket : listed) {
        EXPECT_TRUE(ticket[L("queue_id")].toString() == u"orders" ||
                    ticket[L("queue_id")].toString() == u"returns");
        for (const QString &field : ticket.toObject().keys())
            EXPECT_FALSE(field.contains(u"customer")) << field.toStdString();
    }
    EXPECT_FALSE(tickets.body.contains("Customer h"));

    // Targets: its own project's only.
    HttpReply r = kira->get(QStringLiteral("/api/v1/targets"));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(L("targets")).toArray(), QJsonArray{hopperFcr});
    r = sofia->get(u"/api/v1/targets?project_id=" + lavka);
    ASSERT_EQ(r.status, 200);
    ASSERT_EQ(r.json().value(L("targets")).toArray().size(), 1);
    EXPECT_EQ(r.json().value(L("targets")).toArray()[0][L("project_id")].toString(), lavka);
    EXPECT_EQ(
        sofia->get(QStringLiteral("/api/v1/targets")).json().value(L("targets")).toArray().size(),
        3);
}

TEST_P(ProjectFiguresTest, EveryFigureRouteHoldsAStoreToItsOwnProject)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto kira = signIn(QStringLiteral("kira"));
    auto lev = signIn(QStringLiteral("lev"));
    for (const QString &route :
         {QStringLiteral("/metrics/board"), QStringLiteral("/metrics/operators"),
          QStringLiteral("/metrics/queues"), QStringLiteral("/metrics/series"),
          QStringLiteral("/metrics/tickets"), QStringLiteral("/targets")}) {
        const QString path = u"/api/v1" + route + u"?limit=10";
        const std::string what = route.toStdString();
        // Staff: any project or none; an unknown one is not found, a malformed one refused.
        EXPECT_EQ(sofia->get(path).status, 200) << what;
        EXPECT_EQ(sofia->get(path + u"&project_id=" + lavka).status, 200) << what;
        EXPECT_EQ(sofia->get(path + u"&project_id=999").status, 404) << what;
        EXPECT_EQ(sofia->get(path + u"&project_id=hopper").status, 422) << what;
        EXPECT_EQ(olga->get(path).status, 403) << what;
        // A store: its own without a parameter; another project as if it did not exist.
        EXPECT_EQ(kira->get(path).status, 200) << what;
        EXPECT_EQ(kira->get(path + u"&project_id=" + hopper).status, 200) << what;
        EXPECT_EQ(kira->get(path + u"&project_id=" + lavka).status, 404) << what;
        EXPECT_EQ(kira->get(path + u"&project_id=999").status, 404) << what;
        EXPECT_EQ(lev->get(path + u"&project_id=" + hopper).status, 404) << what;
    }
    EXPECT_EQ(kira->get(QStringLiteral("/api/v1/metrics/series?queue_id=delivery")).status, 422);
    EXPECT_EQ(kira->get(QStringLiteral("/api/v1/metrics/tickets?queue_id=general")).status, 422);
    EXPECT_EQ(kira->get(QStringLiteral("/api/v1/metrics/series?queue_id=returns")).status, 200);
    EXPECT_EQ(kira->send("PUT", QStringLiteral("/api/v1/targets"),
                         json({{L("targets"), QJsonArray{}}}),
                         {{"Content-Type", "application/json"}})
                  .status,
              403);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProjectFiguresTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
