// Issue 17, items 1-4: the live board (GET /metrics/board) against the real back office. It equals
// /metrics/operators and /metrics/queues for the same window (the clock stopped), its new queue
// figures match a hand computation from the times the API returned, the contract's targets are
// kept and chosen per window, and the board cache serves one computation to many supervisors.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QDateTime>

using namespace frontline::test;

namespace {

using L = QLatin1StringView;

class BoardTest : public ContactFlowTest
{
protected:
    QStringList extraArguments() const override
    {
        return ContactFlowTest::extraArguments()
               << QStringLiteral("--test-clock") << QStringLiteral("--board-max-age-ms")
               << QStringLiteral("1000");
    }

    static QJsonObject board(HttpClient &client, const QString &query = {})
    {
        const HttpReply reply = client.get(u"/api/v1/metrics/board" + query);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json();
    }
    static bool cached(HttpClient &client, const QString &query = {})
    {
        return client.get(u"/api/v1/metrics/board" + query)
            .header("Server-Timing")
            .contains("cached");
    }

    // Some of a day's traffic: chats routed and resolved, an email escalated and returned, CSAT,
    // a web form left waiting, an open chat.
    void someTraffic(HttpClient &olga, HttpClient &ivan, HttpClient &pavel)
    {
        setPresence(olga, QStringLiteral("online"));
        setPresence(ivan, QStringLiteral("online"));
        const QString chat =
            intake(QStringLiteral("chat"), QStringLiteral("a1"), QStringLiteral("a1"));
        ASSERT_EQ(reply(olga, chat, "a1-reply").status, 201);
        ASSERT_EQ(resolve(olga, chat).status, 200);
        intake(QStringLiteral("chat"), QStringLiteral("a2"), QStringLiteral("a2"),
               QStringLiteral("delivery"));
        const QString email =
            intake(QStringLiteral("email"), QStringLiteral("a3"), QStringLiteral("a3"));
        claim(olga, email);
        escalateAndReturn(olga, pavel, email, QStringLiteral("site error"));
        ASSERT_EQ(resolve(olga, email).status, 200);
        csat(chat, 5);
        csat(email, 3);
        intake(QStringLiteral("web_form"), QStringLiteral("a4"), QStringLiteral("a4"),
               QStringLiteral("returns"));
    }

    // Every row of /metrics (`idField` names it there) is on the board with the same figures.
    static void expectSameRows(const QJsonArray &metrics, const QJsonArray &board,
                               const QString &idField)
    {
        ASSERT_EQ(board.size(), metrics.size());
        for (const QJsonValue &expected : metrics) {
            const QString id = expected[idField].toString();
            const QJsonObject row = rowWithId(board, QStringLiteral("id"), id);
            ASSERT_FALSE(row.isEmpty()) << id.toStdString();
            for (const QString &field : expected.toObject().keys()) {
                if (field != idField) {
                    EXPECT_EQ(row.value(field), expected[field]) << field.toStdString();
                }
            }
        }
    }

    // The totals rows: the same formulas over everyone and every queue.
    static void expectTotals(const QJsonObject &totals, const QJsonArray &operators,
                             const QJsonArray &queues)
    {
        const QJsonObject everyone = totals.value(L("operators")).toObject();
        qint64 handled = 0, escalations = 0, activeChats = 0;
        double online = 0, handleSeconds = 0;
        for (const QJsonValue &row : operators) {
            handled += row[L("handled")].toInteger();
            escalations += row[L("escalations")].toInteger();
            activeChats += row[L("active_chats")].toInteger();
            online += row[L("online_seconds")].toDouble();
            handleSeconds += row[L("aht_seconds")].toDouble() * row[L("handled")].toDouble();
        }
        EXPECT_EQ(everyone.value(L("handled")).toInteger(), handled);
        EXPECT_EQ(handled, 2);
        EXPECT_EQ(everyone.value(L("escalations")).toInteger(), escalations);
        EXPECT_EQ(everyone.value(L("escalations_returned")).toInteger(), 1);
        EXPECT_EQ(everyone.value(L("active_chats")).toInteger(), activeChats);
        EXPECT_NEAR(everyone.value(L("online_seconds")).toDouble(), online, 1e-6);
        EXPECT_NEAR(everyone.value(L("aht_seconds")).toDouble(), handleSeconds / double(handled),
                    0.002);
        EXPECT_DOUBLE_EQ(everyone.value(L("fcr")).toDouble(), 0.5); // the email was escalated
        EXPECT_DOUBLE_EQ(everyone.value(L("csat")).toDouble(), 50.0);
        EXPECT_TRUE(everyone.value(L("id")).toString().isEmpty());
        const QJsonObject every = totals.value(L("queues")).toObject();
        qint64 waiting = 0, arrived = 0;
        double oldest = 0;
        for (const QJsonValue &row : queues) {
            waiting += row[L("waiting")].toInteger();
            arrived += row[L("arrived")].toInteger();
            oldest = std::max(oldest, row[L("oldest_wait_seconds")].toDouble());
        }
        EXPECT_EQ(every.value(L("waiting")).toInteger(), waiting);
        EXPECT_EQ(waiting, 1); // the web form
        EXPECT_EQ(every.value(L("arrived")).toInteger(), arrived);
        EXPECT_EQ(arrived, 4);
        EXPECT_EQ(every.value(L("handled")).toInteger(), 2);
        EXPECT_DOUBLE_EQ(every.value(L("oldest_wait_seconds")).toDouble(), oldest);
    }

    // The newest seq of the change feed a supervisor sees (everything).
    static qint64 feedHead(HttpClient &sofia)
    {
        qint64 since = 0;
        qint64 head = 0;
        for (;;) {
            const QJsonObject page =
                sofia.get(u"/api/v1/changes?limit=1000&since=" + QString::number(since)).json();
            for (const QJsonValue &change : page.value(L("changes")).toArray())
                head = std::max(head, change[L("seq")].toInteger());
            since = page.value(L("next")).toInteger();
            if (!page.value(L("more")).toBool())
                return head;
        }
    }
};

} // namespace

TEST_P(BoardTest, TheBoardEqualsMetricsForTheSameWindow)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const qint64 start = ms(setPresence(*olga, QStringLiteral("offline")).value(L("since")));
    someTraffic(*olga, *ivan, *pavel);
    if (HasFatalFailure())
        return;
    freeze(*sofia);

    const QString window = u"?from=" + rfc3339(start - 60000);
    const QJsonObject live = board(*sofia, window);
    const QJsonArray operators =
        sofia->get(u"/api/v1/metrics/operators" + window).json().value(L("operators")).toArray();
    const QJsonArray queues =
        sofia->get(u"/api/v1/metrics/queues" + window).json().value(L("queues")).toArray();
    ASSERT_EQ(live.value(L("operators")).toArray().size(), 3); // olga, ivan, pavel
    ASSERT_EQ(operators.size(), 3);
    expectSameRows(operators, live.value(L("operators")).toArray(), QStringLiteral("operator_id"));
    expectSameRows(queues, live.value(L("queues")).toArray(), QStringLiteral("queue"));

    // The board's own fields: profile, presence, idle time, the feed position.
    const QString olgaId = myId(*olga);
    const QJsonObject olgaRow =
        rowWithId(live.value(L("operators")).toArray(), QStringLiteral("id"), olgaId);
    EXPECT_EQ(olgaRow.value(L("queues")).toArray(),
              (QJsonArray{QStringLiteral("orders"), QStringLiteral("returns")}));
    EXPECT_EQ(olgaRow.value(L("line")).toInt(), 1);
    EXPECT_EQ(olgaRow.value(L("max_chats")).toInt(), 3);
    EXPECT_EQ(olgaRow.value(L("status")).toString(), u"online");
    EXPECT_FALSE(olgaRow.value(L("status_since")).isNull());
    // Online without a chat since her chat ended, which was after she came online.
    EXPECT_GE(ms(olgaRow.value(L("idle_since"))), ms(olgaRow.value(L("status_since"))));
    const QJsonObject ivanRow =
        rowWithId(live.value(L("operators")).toArray(), QStringLiteral("id"), myId(*ivan));
    EXPECT_EQ(ivanRow.value(L("active_chats")).toInt(), 1);
    EXPECT_TRUE(ivanRow.value(L("idle_since")).isNull());
    const QJsonObject pavelRow =
        rowWithId(live.value(L("operators")).toArray(), QStringLiteral("id"), myId(*pavel));
    EXPECT_EQ(pavelRow.value(L("line")).toInt(), 2);
    EXPECT_EQ(pavelRow.value(L("status")).toString(), u"offline");
    EXPECT_TRUE(pavelRow.value(L("idle_since")).isNull());
    EXPECT_EQ(live.value(L("as_of")).toInteger(), feedHead(*sofia));
    EXPECT_TRUE(live.value(L("to")).isNull()); // the live board
    EXPECT_EQ(ms(live.value(L("from"))), start - 60000);

    expectTotals(live.value(L("totals")).toObject(), operators, queues);

    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/metrics/board")).status, 403);
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/metrics/board?from=tomorrow")).status, 422);
    EXPECT_EQ(
        sofia
            ->get(u"/api/v1/metrics/board?from=" + rfc3339(start) + u"&to=" + rfc3339(start - 1000))
            .status,
        422);
}

TEST_P(BoardTest, ServiceLevelFirstResponseArrivedAndHandledByHand)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const qint64 start = ms(setPresence(*olga, QStringLiteral("online")).value(L("since")));
    // Returns: a chat answered at once, a chat never answered, an email answered after 10 s and
    // a web form after 20 s; orders: a chat answered at once.
    const QString answered = intake(QStringLiteral("chat"), QStringLiteral("b1"),
                                    QStringLiteral("b1"), QStringLiteral("returns"));
    ASSERT_EQ(reply(*olga, answered, "b1-reply").status, 201);
    ASSERT_EQ(resolve(*olga, answered).status, 200);
    intake(QStringLiteral("chat"), QStringLiteral("b2"), QStringLiteral("b2"),
           QStringLiteral("returns"));
    const QString email = intake(QStringLiteral("email"), QStringLiteral("b3"),
                                 QStringLiteral("b3"), QStringLiteral("returns"));
    claim(*olga, email);
    advance(*olga, 10000);
    ASSERT_EQ(reply(*olga, email, "b3-reply").status, 201);
    ASSERT_EQ(resolve(*olga, email).status, 200);
    const QString form = intake(QStringLiteral("web_form"), QStringLiteral("b4"),
                                QStringLiteral("b4"), QStringLiteral("returns"));
    claim(*olga, form);
    advance(*olga, 20000);
    ASSERT_EQ(reply(*olga, form, "b4-reply").status, 201);
    const QString other = intake(QStringLiteral("chat"), QStringLiteral("b5"), QStringLiteral("b5"),
                                 QStringLiteral("orders"));
    ASSERT_EQ(reply(*olga, other, "b5-reply").status, 201);
    // The unanswered chat comes due (60 s) and the scan records its breach.
    advance(*olga, 61000);
    const QString window = u"?from=" + rfc3339(start - 60000);
    ASSERT_TRUE(waitUntil([&] {
        const QJsonArray queues =
            sofia->get(u"/api/v1/metrics/queues" + window).json().value(L("queues")).toArray();
        return rowWithId(queues, QStringLiteral("queue"), QStringLiteral("returns"))
                   .value(L("sla_breaches"))
                   .toInt() == 1;
    }));
    freeze(*sofia);

    qint64 responseMs = 0;
    for (const QString &id : {email, form}) {
        const QJsonObject t = ticket(*olga, id);
        responseMs += ms(t.value(L("first_response_at"))) - ms(t.value(L("created_at")));
    }
    const QJsonObject live = board(*sofia, window);
    const QJsonObject returns = rowWithId(live.value(L("queues")).toArray(), QStringLiteral("id"),
                                          QStringLiteral("returns"));
    EXPECT_EQ(returns.value(L("arrived")).toInt(), 4);
    EXPECT_EQ(returns.value(L("handled")).toInt(), 2);
    EXPECT_DOUBLE_EQ(returns.value(L("service_level")).toDouble(), 0.5);
    EXPECT_NEAR(returns.value(L("first_response_seconds")).toDouble(),
                double(responseMs) / 2.0 / 1000.0, 0.0011);
    EXPECT_GE(returns.value(L("first_response_seconds")).toDouble(), 15.0);
    // Targets: both chats (due in the window) and both answered tickets; the unanswered chat
    // missed.
    EXPECT_DOUBLE_EQ(returns.value(L("sla_compliance")).toDouble(), 0.75);
    EXPECT_EQ(returns.value(L("sla_breaches")).toInt(), 1);
    EXPECT_EQ(returns.value(L("waiting")).toInt(), 0);
    const QJsonObject orders = rowWithId(live.value(L("queues")).toArray(), QStringLiteral("id"),
                                         QStringLiteral("orders"));
    EXPECT_EQ(orders.value(L("arrived")).toInt(), 1);
    EXPECT_EQ(orders.value(L("handled")).toInt(), 0);
    EXPECT_DOUBLE_EQ(orders.value(L("service_level")).toDouble(), 1.0);
    EXPECT_TRUE(orders.value(L("first_response_seconds")).isNull()); // chats only
    const QJsonObject delivery = rowWithId(live.value(L("queues")).toArray(), QStringLiteral("id"),
                                           QStringLiteral("delivery"));
    EXPECT_TRUE(delivery.value(L("service_level")).isNull());
    EXPECT_EQ(delivery.value(L("arrived")).toInt(), 0);

    const QJsonObject every = live.value(L("totals")).toObject().value(L("queues")).toObject();
    EXPECT_DOUBLE_EQ(every.value(L("service_level")).toDouble(), 0.6667); // 2 of 3 chats
    EXPECT_DOUBLE_EQ(every.value(L("sla_compliance")).toDouble(), 0.8);   // 4 of 5
    EXPECT_EQ(every.value(L("arrived")).toInt(), 5);
    EXPECT_EQ(every.value(L("handled")).toInt(), 2);
    EXPECT_EQ(every.value(L("first_response_seconds")), returns.value(L("first_response_seconds")));
}

TEST_P(BoardTest, TargetsAreKeptValidatedAndChosenForTheWindow)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    auto olga = signIn(QStringLiteral("olga"));
    const auto put = [&](HttpClient &client, const QJsonArray &targets) {
        return client.send("PUT", QStringLiteral("/api/v1/targets"),
                           json({{L("targets"), targets}}), {{"Content-Type", "application/json"}});
    };
    const auto target = [](const char *figure, const char *period, double value, bool atMost) {
        return QJsonObject{{L("figure"), QString::fromLatin1(figure)},
                           {L("period"), QString::fromLatin1(period)},
                           {L("value"), value},
                           {L("at_most"), atMost}};
    };
    HttpReply r = sofia->get(QStringLiteral("/api/v1/targets"));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.json().value(L("targets")).toArray().isEmpty());

    QJsonObject forProject = target("fcr", "day", 0.9, false);
    forProject.insert(L("project_id"), QStringLiteral("7"));
    const QJsonArray contract{target("fcr", "day", 0.8, false),
                              target("fcr", "quarter", 0.85, false),
                              target("aht_seconds", "week", 480, true), forProject};
    r = put(*sofia, contract);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    r = sofia->get(QStringLiteral("/api/v1/targets"));
    const QJsonArray kept = r.json().value(L("targets")).toArray();
    ASSERT_EQ(kept.size(), 4);
    EXPECT_TRUE(kept[0][L("project_id")].isNull());
    EXPECT_EQ(kept[2][L("figure")].toString(), u"aht_seconds");
    EXPECT_TRUE(kept[2][L("at_most")].toBool());
    EXPECT_EQ(kept[3][L("project_id")].toString(), u"7");

    // Bad lists change nothing and name the field.
    r = put(*sofia, {target("fcr", "day", 1, false), target("speed", "day", 1, false)});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(errorField(r), u"targets[1].figure");
    r = put(*sofia, {target("fcr", "year", 1, false)});
    EXPECT_EQ(errorField(r), u"targets[0].period");
    r = put(*sofia, {QJsonObject{{L("figure"), QStringLiteral("fcr")},
                                 {L("period"), QStringLiteral("day")}}});
    EXPECT_EQ(errorField(r), u"targets[0].value");
    r = put(*sofia, {target("fcr", "day", 1, false), target("fcr", "day", 2, false)});
    EXPECT_EQ(errorField(r), u"targets[1]");
    QJsonArray tooMany;
    for (int i = 0; i <= 100; ++i)
        tooMany.append(target("fcr", "day", i, false));
    r = put(*sofia, tooMany);
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(errorField(r), u"targets");
    EXPECT_EQ(put(*olga, contract).status, 403);
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/targets")).status, 403);
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/targets")).json().value(L("targets")).toArray(),
              kept);

    // A day's window: the day's FCR; AHT has only a week's. Twenty days: the quarter's FCR is
    // nearer than the day's. The project's target is not the whole center's.
    const auto chosen = [&](qint64 days) {
        const qint64 now =
            ms(sofia->get(QStringLiteral("/api/v1/metrics/board")).json().value(L("computed_at")));
        const QJsonObject b = board(*sofia, u"?from=" + rfc3339(now - days * 86400000 + 1000) +
                                                u"&to=" + rfc3339(now));
        QMap<QString, double> values;
        for (const QJsonValue &t : b.value(L("targets")).toArray())
            values[t[L("figure")].toString()] = t[L("value")].toDouble();
        return values;
    };
    const QMap<QString, double> day = chosen(1);
    EXPECT_EQ(day.size(), 2);
    EXPECT_DOUBLE_EQ(day.value(QStringLiteral("fcr")), 0.8);
    EXPECT_DOUBLE_EQ(day.value(QStringLiteral("aht_seconds")), 480);
    const QMap<QString, double> month = chosen(20);
    EXPECT_DOUBLE_EQ(month.value(QStringLiteral("fcr")), 0.85);
}

// Issue 17, item 1: a target one supervisor sets reaches the other supervisors' feeds (and so
// pokes their boards) at once, and no operator's.
TEST_P(BoardTest, NewTargetsReachEverySupervisorsFeedAndNoOperators)
{
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("sasha"), QStringLiteral("supervisor")));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto sasha = signIn(QStringLiteral("sasha"));
    auto olga = signIn(QStringLiteral("olga"));
    const auto head = [](HttpClient &client) {
        const HttpReply reply = client.get(QStringLiteral("/api/v1/changes?limit=1000"));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json().value(L("next")).toInteger();
    };
    const auto targetChanges = [](HttpClient &client, qint64 since) {
        const HttpReply reply =
            client.get(QStringLiteral("/api/v1/changes?limit=1000&since=%1").arg(since));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        QList<QJsonObject> found;
        for (const QJsonValue &change : reply.json().value(L("changes")).toArray()) {
            if (change[L("entity")].toString() == u"kpi_target")
                found.append(change.toObject());
        }
        return found;
    };
    const qint64 sashaSince = head(*sasha);
    const qint64 olgaSince = head(*olga);
    const auto put = [&](const QJsonArray &targets) {
        return sofia->send("PUT", QStringLiteral("/api/v1/targets"),
                           json({{L("targets"), targets}}), {{"Content-Type", "application/json"}});
    };
    const QJsonObject fcr{{L("figure"), QStringLiteral("fcr")},
                          {L("period"), QStringLiteral("day")},
                          {L("value"), 0.85}};
    // A refused list writes no change.
    ASSERT_EQ(put({QJsonObject{{L("figure"), QStringLiteral("speed")}}}).status, 422);
    EXPECT_TRUE(targetChanges(*sasha, sashaSince).isEmpty());

    ASSERT_EQ(put({fcr}).status, 200);
    const QList<QJsonObject> seen = targetChanges(*sasha, sashaSince);
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen[0][L("id")].toString(), u"all");
    const QJsonArray kept = seen[0][L("data")][L("targets")].toArray();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept[0][L("figure")].toString(), u"fcr");
    EXPECT_DOUBLE_EQ(kept[0][L("value")].toDouble(), 0.85);
    EXPECT_TRUE(targetChanges(*olga, olgaSince).isEmpty());

    // Clearing the targets is a change too.
    ASSERT_EQ(put({}).status, 200);
    const QList<QJsonObject> cleared = targetChanges(*sasha, sashaSince);
    ASSERT_EQ(cleared.size(), 2);
    EXPECT_TRUE(cleared[1][L("data")][L("targets")].toArray().isEmpty());
    EXPECT_TRUE(targetChanges(*olga, olgaSince).isEmpty());
}

TEST_P(BoardTest, OneComputationServesEverySupervisorUntilTheFeedMoves)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto admin = signIn(QStringLiteral("admin"));
    freeze(*sofia);
    const QJsonObject first = board(*sofia);
    const QString olgaId = myId(*olga);
    const auto statusOf = [&](const QJsonObject &b) {
        return rowWithId(b.value(L("operators")).toArray(), QStringLiteral("id"), olgaId)
            .value(L("status"))
            .toString();
    };
    // Another supervisor gets the same board while the feed has not moved, however old it is.
    EXPECT_TRUE(cached(*admin));
    advance(*sofia, 5000);
    EXPECT_TRUE(cached(*admin));
    EXPECT_EQ(board(*admin), first);

    // The feed moved and the board is older than --board-max-age-ms: computed again.
    setPresence(*olga, QStringLiteral("online"));
    EXPECT_FALSE(cached(*sofia));
    const QJsonObject newer = board(*admin);
    EXPECT_GT(newer.value(L("as_of")).toInteger(), first.value(L("as_of")).toInteger());
    EXPECT_EQ(statusOf(newer), u"online");
    // The feed moved within the age (the clock stopped): the answer waits for the rest of the age
    // and then includes the change, computed once.
    setPresence(*olga, QStringLiteral("break"));
    const HttpReply waited = sofia->get(QStringLiteral("/api/v1/metrics/board"));
    ASSERT_EQ(waited.status, 200) << waited.body.toStdString();
    EXPECT_TRUE(waited.header("Server-Timing").contains("computed"));
    EXPECT_GT(waited.json().value(L("as_of")).toInteger(), newer.value(L("as_of")).toInteger());
    EXPECT_EQ(statusOf(waited.json()), u"break");
    EXPECT_TRUE(cached(*admin));
    // Another window is a board of its own.
    const QString window = u"?from=" + rfc3339(ms(newer.value(L("computed_at"))) - 3600000);
    EXPECT_FALSE(cached(*sofia, window));
    EXPECT_TRUE(cached(*admin, window));
    const QJsonObject current = board(*admin);

    // New targets are on the next board at once.
    const HttpReply set = sofia->send(
        "PUT", QStringLiteral("/api/v1/targets"),
        json({{L("targets"), QJsonArray{QJsonObject{{L("figure"), QStringLiteral("csat")},
                                                    {L("period"), QStringLiteral("day")},
                                                    {L("value"), 80}}}}}),
        {{"Content-Type", "application/json"}});
    ASSERT_EQ(set.status, 200) << set.body.toStdString();
    const QJsonObject targeted = board(*admin);
    ASSERT_EQ(targeted.value(L("targets")).toArray().size(), 1);
    EXPECT_EQ(targeted.value(L("targets")).toArray()[0][L("figure")].toString(), u"csat");
    // The new targets are a change of their own (kpi_target), so the board is as of it.
    EXPECT_GT(targeted.value(L("as_of")).toInteger(), current.value(L("as_of")).toInteger());
}

INSTANTIATE_TEST_SUITE_P(Backends, BoardTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
