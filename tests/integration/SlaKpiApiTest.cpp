// SLA clocks, CSAT and KPIs against the real back office. Expected values are computed from the
// timestamps the API itself returned, never from the test's own clock.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QDateTime>

#include <cmath>

using namespace frontline::test;

namespace {

const QLatin1StringView Status("status");

// Olga's day: online, a chat routed to her and resolved, an email she claims, escalates (the 2nd
// line returns it) and resolves, two CSAT scores, a web form left waiting, offline. The times
// are the ones the API returned.
struct KpiDay
{
    QString olgaId;
    qint64 onlineFrom = 0;
    qint64 onlineTo = 0;
    qint64 chatAssigned = 0;
    qint64 chatResolved = 0;
    qint64 emailAssigned = 0;
    qint64 emailResolved = 0;
};

class SlaKpiTest : public ContactFlowTest
{
protected:
    // The tests let the back office's time pass through its test clock, never by sleeping.
    QStringList extraArguments() const override
    {
        return ContactFlowTest::extraArguments() << QStringLiteral("--test-clock");
    }

    static void advanceClock(HttpClient &client, int ms)
    {
        const HttpReply moved = client.send("POST", QStringLiteral("/api/v1/test/clock"),
                                            json({{QLatin1StringView("advance_ms"), ms}}),
                                            {{"Content-Type", "application/json"}});
        ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    }

    QList<QJsonObject> breaches(HttpClient &client, const QString &ticketId)
    {
        QList<QJsonObject> list;
        for (const QJsonValue &change : client.get(QStringLiteral("/api/v1/changes?limit=5000"))
                                            .json()
                                            .value(QLatin1StringView("changes"))
                                            .toArray()) {
            const QJsonObject data = change[QLatin1StringView("data")].toObject();
            if (change[QLatin1StringView("entity")].toString() == u"sla_breach" &&
                data.value(QLatin1StringView("ticket_id")).toString() == ticketId)
                list.append(data);
        }
        return list;
    }

    HttpReply patch(HttpClient &client, const QString &id, const QJsonObject &fields)
    {
        return client.send(
            "PATCH", u"/api/v1/tickets/" + id, json(fields),
            {{"Content-Type", "application/json"}, {"If-Match", ifMatch(ticket(client, id))}});
    }

    HttpReply reply(HttpClient &client, const QString &id, const QByteArray &key)
    {
        return client.send("POST", u"/api/v1/tickets/" + id + u"/messages",
                           json({{QLatin1StringView("body"), QStringLiteral("Checking now")}}),
                           {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
    }

    void workOlgasDay(HttpClient &olga, HttpClient &pavel, KpiDay *day)
    {
        auto channel = anonymous();
        channel->setBearerToken(channelToken());
        day->olgaId = myId(olga);
        day->onlineFrom =
            ms(setPresence(olga, QStringLiteral("online")).value(QLatin1StringView("since")));

        const QString chat =
            intake(QStringLiteral("chat"), QStringLiteral("k1"), QStringLiteral("k1"));
        const QJsonObject routed = ticket(olga, chat);
        ASSERT_EQ(routed.value(QLatin1StringView("assignee_id")).toString(), day->olgaId);
        day->chatAssigned = ms(routed.value(QLatin1StringView("updated_at")));
        ASSERT_EQ(reply(olga, chat, "k1-reply").status, 201);
        HttpReply r = resolve(olga, chat);
        ASSERT_EQ(r.status, 200);
        day->chatResolved = ms(r.json().value(QLatin1StringView("updated_at")));

        const QString email =
            intake(QStringLiteral("email"), QStringLiteral("k2"), QStringLiteral("k2"));
        r = olga.send("POST", u"/api/v1/tickets/" + email + u"/claim", {});
        ASSERT_EQ(r.status, 200);
        day->emailAssigned = ms(r.json().value(QLatin1StringView("updated_at")));
        r = olga.send("POST", u"/api/v1/tickets/" + email + u"/escalations",
                      json({{QLatin1StringView("target_line"), 2},
                            {QLatin1StringView("reason_code"), QStringLiteral("technical_issue")},
                            {QLatin1StringView("note"), QStringLiteral("site error")}}));
        ASSERT_EQ(r.status, 201) << r.body.toStdString();
        r = pavel.send(
            "PATCH", u"/api/v1/escalations/" + r.json().value(QLatin1StringView("id")).toString(),
            json({{Status, QStringLiteral("returned")},
                  {QLatin1StringView("return_reason"), QStringLiteral("answer_in_kb")}}));
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        r = resolve(olga, email);
        ASSERT_EQ(r.status, 200);
        day->emailResolved = ms(r.json().value(QLatin1StringView("updated_at")));

        // Scores 5 and 2: one satisfied customer of two.
        for (const auto &[id, value] : {std::pair{chat, 5}, std::pair{email, 2}}) {
            ASSERT_EQ(channel
                          ->send("POST", QStringLiteral("/api/v1/intake/csat"),
                                 json({{QLatin1StringView("ticket_id"), id},
                                       {QLatin1StringView("score"), value}}))
                          .status,
                      201);
        }
        intake(QStringLiteral("web_form"), QStringLiteral("k3"), QStringLiteral("k3"),
               QStringLiteral("returns"));
        day->onlineTo =
            ms(setPresence(olga, QStringLiteral("offline")).value(QLatin1StringView("since")));
    }

    static void expectOlgasRow(const QJsonObject &row, const KpiDay &day)
    {
        const double online = double(day.onlineTo - day.onlineFrom) / 1000.0;
        const qint64 chatHeld = day.chatResolved - day.chatAssigned;
        const qint64 emailHeld = day.emailResolved - day.emailAssigned;
        // Busy: the union of the two assignments, all while online.
        const qint64 overlap =
            std::max<qint64>(0, std::min(day.chatResolved, day.emailResolved) -
                                    std::max(day.chatAssigned, day.emailAssigned));
        const double busy = double(chatHeld + emailHeld - overlap);
        EXPECT_EQ(row.value(Status).toString(), u"offline");
        EXPECT_EQ(row.value(QLatin1StringView("active_chats")).toInt(), 0);
        EXPECT_EQ(row.value(QLatin1StringView("handled")).toInt(), 2);
        EXPECT_NEAR(row.value(QLatin1StringView("aht_seconds")).toDouble(),
                    double(chatHeld + emailHeld) / 2.0 / 1000.0, 0.002);
        EXPECT_DOUBLE_EQ(row.value(QLatin1StringView("fcr")).toDouble(), 0.5);
        EXPECT_DOUBLE_EQ(row.value(QLatin1StringView("csat")).toDouble(), 50.0);
        EXPECT_NEAR(row.value(QLatin1StringView("online_seconds")).toDouble(), online, 0.001);
        EXPECT_NEAR(row.value(QLatin1StringView("utilization")).toDouble(),
                    busy / double(day.onlineTo - day.onlineFrom), 0.0001);
        EXPECT_NEAR(row.value(QLatin1StringView("chats_per_hour")).toDouble(), 3600.0 / online,
                    0.01);
        EXPECT_EQ(row.value(QLatin1StringView("escalations")).toInt(), 1);
        EXPECT_EQ(row.value(QLatin1StringView("escalations_returned")).toInt(), 1);
    }

    static void expectQueues(HttpClient &sofia, const QString &window)
    {
        const HttpReply queues = sofia.get(u"/api/v1/metrics/queues" + window);
        ASSERT_EQ(queues.status, 200);
        for (const QJsonValue &queue : queues.json().value(QLatin1StringView("queues")).toArray()) {
            const QString name = queue[QLatin1StringView("queue")].toString();
            if (name == u"orders") {
                EXPECT_EQ(queue[QLatin1StringView("waiting")].toInt(), 0);
                EXPECT_EQ(queue[QLatin1StringView("sla_breaches")].toInt(), 0);
                // The chat was answered in time; the email is not yet due and was not answered.
                EXPECT_DOUBLE_EQ(queue[QLatin1StringView("sla_compliance")].toDouble(), 1.0);
            } else if (name == u"returns") {
                EXPECT_EQ(queue[QLatin1StringView("waiting")].toInt(), 1);
                EXPECT_TRUE(queue[QLatin1StringView("sla_compliance")].isNull());
            }
        }
    }
};

} // namespace

TEST_P(SlaKpiTest, DueTimesFollowThePolicyAndPendingPausesTheClocks)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QString id =
        intake(QStringLiteral("web_form"), QStringLiteral("w1"), QStringLiteral("w1"));
    QJsonObject t = ticket(*olga, id);
    const qint64 created = ms(t.value(QLatin1StringView("created_at")));
    EXPECT_EQ(ms(t.value(QLatin1StringView("first_response_due"))), created + 3600 * 1000);
    EXPECT_EQ(ms(t.value(QLatin1StringView("resolution_due"))), created + 24 * 3600 * 1000);

    // An urgent web form is due sooner (the channel-and-priority rule).
    HttpReply r = patch(*olga, id, {{QLatin1StringView("priority"), QStringLiteral("urgent")}});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(ms(r.json().value(QLatin1StringView("first_response_due"))), created + 600 * 1000);
    const qint64 firstDue = ms(r.json().value(QLatin1StringView("first_response_due")));
    const qint64 resolutionDue = ms(r.json().value(QLatin1StringView("resolution_due")));

    // Waiting on the customer stops the clocks; when the ticket resumes, the due times move out
    // by exactly the wait.
    r = patch(*olga, id, {{Status, QStringLiteral("pending")}});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const qint64 pausedAt = ms(r.json().value(QLatin1StringView("updated_at")));
    advanceClock(*olga, 50);
    r = patch(*olga, id, {{Status, QStringLiteral("open")}});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const qint64 resumedAt = ms(r.json().value(QLatin1StringView("updated_at")));
    ASSERT_GT(resumedAt, pausedAt);
    EXPECT_EQ(ms(r.json().value(QLatin1StringView("first_response_due"))),
              firstDue + (resumedAt - pausedAt));
    EXPECT_EQ(ms(r.json().value(QLatin1StringView("resolution_due"))),
              resolutionDue + (resumedAt - pausedAt));

    // The customer's answer resumes a pending ticket the same way.
    r = patch(*olga, id, {{Status, QStringLiteral("pending")}});
    ASSERT_EQ(r.status, 200);
    const qint64 pausedAgain = ms(r.json().value(QLatin1StringView("updated_at")));
    const qint64 dueBefore = ms(r.json().value(QLatin1StringView("first_response_due")));
    advanceClock(*olga, 20);
    intake(QStringLiteral("web_form"), QStringLiteral("w1"), QStringLiteral("w1-again"));
    t = ticket(*olga, id);
    EXPECT_EQ(t.value(Status).toString(), u"open");
    const qint64 resumedAgain = ms(t.value(QLatin1StringView("last_customer_message_at")));
    // The reopening and the message are one request: they carry one time.
    EXPECT_EQ(ms(t.value(QLatin1StringView("first_response_due"))),
              dueBefore + (resumedAgain - pausedAgain));
}

TEST_P(SlaKpiTest, ABreachIsRecordedOnceAndPendingTicketsDoNotBreach)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    auto olga = signIn(QStringLiteral("olga"));
    // Social tickets must be answered within 0.3 s and resolved within 0.6 s (the test policy).
    const QString late = intake(QStringLiteral("social"), QStringLiteral("s1"),
                                QStringLiteral("s1"), QStringLiteral("returns"));
    ASSERT_TRUE(waitUntil([&] { return breaches(*sofia, late).size() == 2; }))
        << breaches(*sofia, late).size();
    // Breaches are the supervisors' figures: the queue's operators have the due times instead.
    EXPECT_EQ(breaches(*olga, late).size(), 0);
    // Several more scans, nothing recorded twice: a later late ticket (in another queue) breaching
    // both its targets shows the scans went on past this one's.
    const QString later = intake(QStringLiteral("social"), QStringLiteral("s2"),
                                 QStringLiteral("s2"), QStringLiteral("orders"));
    ASSERT_TRUE(waitUntil([&] { return breaches(*sofia, later).size() == 2; }))
        << breaches(*sofia, later).size();
    const QList<QJsonObject> recorded = breaches(*sofia, late);
    ASSERT_EQ(recorded.size(), 2);
    QStringList kinds{recorded[0].value(QLatin1StringView("kind")).toString(),
                      recorded[1].value(QLatin1StringView("kind")).toString()};
    kinds.sort();
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("first_response"), QStringLiteral("resolution")}));

    const HttpReply queues = sofia->get(QStringLiteral("/api/v1/metrics/queues"));
    ASSERT_EQ(queues.status, 200) << queues.body.toStdString();
    for (const QJsonValue &queue : queues.json().value(QLatin1StringView("queues")).toArray()) {
        if (queue[QLatin1StringView("queue")].toString() != u"returns")
            continue;
        EXPECT_EQ(queue[QLatin1StringView("sla_breaches")].toInt(), 2);
        EXPECT_EQ(queue[QLatin1StringView("waiting")].toInt(), 1);
        EXPECT_GE(queue[QLatin1StringView("oldest_wait_seconds")].toDouble(), 0.3);
        EXPECT_EQ(queue[QLatin1StringView("sla_compliance")].toDouble(), 0.0);
    }

    // A ticket put on the customer at once has its clocks stopped: no breach while it waits.
    // Phone tickets are due in 3 s (the test policy): time enough to pause one before its due
    // time even on a busy machine; a second one, not paused and due later, breaching shows the
    // scans went past the first one's due times.
    const QString paused = intake(QStringLiteral("phone"), QStringLiteral("p1"),
                                  QStringLiteral("p1"), QStringLiteral("returns"));
    const HttpReply pending = patch(*olga, paused, {{Status, QStringLiteral("pending")}});
    ASSERT_EQ(pending.status, 200);
    const qint64 pausedAt = ms(pending.json().value(QLatin1StringView("updated_at")));
    const qint64 dueAt = ms(pending.json().value(QLatin1StringView("first_response_due")));
    ASSERT_LT(pausedAt, dueAt) << "the ticket went pending after its due time";
    const QString other = intake(QStringLiteral("phone"), QStringLiteral("p2"),
                                 QStringLiteral("p2"), QStringLiteral("returns"));
    ASSERT_TRUE(
        waitUntil([&] { return breaches(*sofia, other).size() == 2; }, std::chrono::seconds(20)));
    EXPECT_TRUE(breaches(*sofia, paused).isEmpty());
}

TEST_P(SlaKpiTest, CsatIsOneScorePerResolvedTicket)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto channel = anonymous();
    channel->setBearerToken(channelToken());
    const QString id = intake(QStringLiteral("email"), QStringLiteral("q1"), QStringLiteral("q1"));
    const auto score = [&](int value, const QString &ticketId) {
        return channel->send("POST", QStringLiteral("/api/v1/intake/csat"),
                             json({{QLatin1StringView("ticket_id"), ticketId},
                                   {QLatin1StringView("score"), value}}));
    };
    EXPECT_EQ(score(5, id).status, 409); // not resolved yet
    EXPECT_EQ(score(5, QStringLiteral("99999")).status, 404);
    ASSERT_EQ(olga->send("POST", u"/api/v1/tickets/" + id + u"/claim", {}).status, 200);
    ASSERT_EQ(resolve(*olga, id).status, 200);
    EXPECT_EQ(score(6, id).status, 422);
    EXPECT_EQ(errorField(score(0, id)), u"score");
    const HttpReply first = score(4, id);
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_EQ(first.json().value(QLatin1StringView("score")).toInt(), 4);
    const HttpReply again = score(1, id);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.json().value(QLatin1StringView("score")).toInt(), 4);
    EXPECT_EQ(
        olga->send("POST", QStringLiteral("/api/v1/intake/csat"),
                   json({{QLatin1StringView("ticket_id"), id}, {QLatin1StringView("score"), 5}}))
            .status,
        403);
}

TEST_P(SlaKpiTest, OperatorAndQueueKpisMatchAHandComputedDay)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    KpiDay day;
    workOlgasDay(*olga, *pavel, &day);
    if (HasFatalFailure())
        return;

    const QString window = u"?from=" + rfc3339(day.onlineFrom - 60000) + u"&to=" +
                           rfc3339(day.onlineTo + 3600000); // "to" in the future: capped at now
    EXPECT_EQ(olga->get(u"/api/v1/metrics/operators" + window).status, 403);
    const HttpReply report = sofia->get(u"/api/v1/metrics/operators" + window);
    ASSERT_EQ(report.status, 200) << report.body.toStdString();
    QJsonObject row;
    for (const QJsonValue &entry : report.json().value(QLatin1StringView("operators")).toArray()) {
        if (entry[QLatin1StringView("operator_id")].toString() == day.olgaId)
            row = entry.toObject();
    }
    ASSERT_FALSE(row.isEmpty()) << report.body.toStdString();
    expectOlgasRow(row, day);
    expectQueues(*sofia, window);
    EXPECT_EQ(sofia
                  ->get(QStringLiteral("/api/v1/metrics/queues?from=2026-01-02T00:00:00Z&to="
                                       "2026-01-01T00:00:00Z"))
                  .status,
              422);
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/metrics/queues?from=yesterday")).status, 422);
}

INSTANTIATE_TEST_SUITE_P(Backends, SlaKpiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
