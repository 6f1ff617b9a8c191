// The reports routes against the real back office: the KPI series bucket by bucket and the
// tickets of a window with their figures, each computed here by hand from the times the API
// returned, on a small day driven with the back office's test clock.
#include "tests/integration/ContactFlowFixture.h"

#include <QDateTime>
#include <QUrlQuery>

using namespace frontline::test;

namespace {

using L = QLatin1StringView;
constexpr qint64 Hour = 3600LL * 1000;

// One ticket of the day as the API reported it.
struct Worked
{
    QString id;
    qint64 number = 0;
    qint64 created = 0;
    qint64 firstResponse = 0; // 0: never answered
    qint64 assigned = 0;
    qint64 resolved = 0;
};

// Hour 0: a chat answered at once, resolved, scored 5. Hour 1: a chat answered after its 60 s
// target, resolved, scored 2; an email claimed, escalated, returned by the 2nd line, resolved
// without a reply; a web form left waiting in "returns".
struct ReportDay
{
    qint64 start = 0;
    qint64 end = 0;
    QString olgaId;
    Worked quickChat;
    Worked lateChat;
    Worked email;
};

class ReportApiTest : public ContactFlowTest
{
protected:
    QStringList extraArguments() const override
    {
        return ContactFlowTest::extraArguments() << QStringLiteral("--test-clock");
    }

    static qint64 advanceClock(HttpClient &client, qint64 by)
    {
        const HttpReply moved =
            client.send("POST", QStringLiteral("/api/v1/test/clock"), json({{L("advance_ms"), by}}),
                        {{"Content-Type", "application/json"}});
        EXPECT_EQ(moved.status, 200) << moved.body.toStdString();
        return ms(moved.json().value(L("now")));
    }

    void reply(HttpClient &client, const QString &id, const QByteArray &key)
    {
        const HttpReply r =
            client.send("POST", u"/api/v1/tickets/" + id + u"/messages",
                        json({{L("body"), QStringLiteral("Checking now")}}),
                        {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
        ASSERT_EQ(r.status, 201) << r.body.toStdString();
    }

    void score(const QString &id, int value)
    {
        auto channel = anonymous();
        channel->setBearerToken(channelToken());
        const HttpReply r = channel->send("POST", QStringLiteral("/api/v1/intake/csat"),
                                          json({{L("ticket_id"), id}, {L("score"), value}}));
        ASSERT_EQ(r.status, 201) << r.body.toStdString();
    }

    // A chat routed to olga, answered after `wait` ms, resolved.
    void workChat(HttpClient &olga, const QString &key, qint64 wait, Worked *worked)
    {
        worked->id = intake(QStringLiteral("chat"), key, key);
        const QJsonObject routed = ticket(olga, worked->id);
        ASSERT_EQ(routed.value(L("assignee_id")).toString(), myId(olga));
        worked->number = routed.value(L("number")).toInteger();
        worked->created = ms(routed.value(L("created_at")));
        worked->assigned = ms(routed.value(L("updated_at")));
        if (wait > 0)
            advanceClock(olga, wait);
        reply(olga, worked->id, key.toLatin1() + "-reply");
        worked->firstResponse = ms(ticket(olga, worked->id).value(L("first_response_at")));
        const HttpReply r = resolve(olga, worked->id);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        worked->resolved = ms(r.json().value(L("updated_at")));
    }

    void workEmail(HttpClient &olga, HttpClient &pavel, Worked *worked)
    {
        worked->id = intake(QStringLiteral("email"), QStringLiteral("e1"), QStringLiteral("e1"));
        HttpReply r = olga.send("POST", u"/api/v1/tickets/" + worked->id + u"/claim", {});
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        worked->number = r.json().value(L("number")).toInteger();
        worked->created = ms(r.json().value(L("created_at")));
        worked->assigned = ms(r.json().value(L("updated_at")));
        r = olga.send("POST", u"/api/v1/tickets/" + worked->id + u"/escalations",
                      json({{L("target_line"), 2},
                            {L("reason_code"), QStringLiteral("technical_issue")},
                            {L("note"), QStringLiteral("site error")}}));
        ASSERT_EQ(r.status, 201) << r.body.toStdString();
        r = pavel.send("PATCH", u"/api/v1/escalations/" + r.json().value(L("id")).toString(),
                       json({{L("status"), QStringLiteral("returned")},
                             {L("return_reason"), QStringLiteral("answer_in_kb")}}));
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        advanceClock(olga, 30000);
        r = resolve(olga, worked->id);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        worked->resolved = ms(r.json().value(L("updated_at")));
    }

    void workTheDay(ReportDay *day)
    {
        auto olga = signIn(QStringLiteral("olga"));
        auto pavel = signIn(QStringLiteral("pavel"));
        day->olgaId = myId(*olga);
        day->start = advanceClock(*olga, 0);
        setPresence(*olga, QStringLiteral("online"));
        workChat(*olga, QStringLiteral("c1"), 0, &day->quickChat);
        ASSERT_NO_FATAL_FAILURE(score(day->quickChat.id, 5));
        advanceClock(*olga, Hour);
        // 90 s: past the chat's 60 s first-response target.
        workChat(*olga, QStringLiteral("c2"), 90000, &day->lateChat);
        ASSERT_NO_FATAL_FAILURE(score(day->lateChat.id, 2));
        workEmail(*olga, *pavel, &day->email);
        intake(QStringLiteral("web_form"), QStringLiteral("w1"), QStringLiteral("w1"),
               QStringLiteral("returns"));
        day->end = advanceClock(*olga, 0);
        ASSERT_LT(day->end, day->start + 2 * Hour) << "the day must fit in two hour buckets";
    }

    static QString window(const ReportDay &day)
    {
        // "to" an hour into the future: the series stops at now.
        return u"from=" + rfc3339(day.start) + u"&to=" + rfc3339(day.end + Hour);
    }

    static void expectTicket(const QJsonObject &row, const Worked &worked, const ReportDay &day)
    {
        EXPECT_EQ(row.value(L("number")).toInteger(), worked.number);
        EXPECT_EQ(row.value(L("queue_id")).toString(), u"orders");
        EXPECT_EQ(row.value(L("status")).toString(), u"resolved");
        EXPECT_EQ(row.value(L("assignee_id")).toString(), day.olgaId);
        EXPECT_FALSE(row.value(L("assignee_name")).toString().isEmpty());
        EXPECT_EQ(ms(row.value(L("created_at"))), worked.created);
        EXPECT_EQ(ms(row.value(L("resolved_at"))), worked.resolved);
        if (worked.firstResponse)
            EXPECT_DOUBLE_EQ(row.value(L("first_response_seconds")).toDouble(),
                             double(worked.firstResponse - worked.created) / 1000.0);
        else
            EXPECT_TRUE(row.value(L("first_response_seconds")).isNull());
        EXPECT_DOUBLE_EQ(row.value(L("handle_seconds")).toDouble(),
                         double(worked.resolved - worked.assigned) / 1000.0);
        EXPECT_DOUBLE_EQ(row.value(L("resolution_seconds")).toDouble(),
                         double(worked.resolved - worked.created) / 1000.0);
    }
};

} // namespace

TEST_P(ReportApiTest, TheSeriesCountsEachHourByHand)
{
    ReportDay day;
    ASSERT_NO_FATAL_FAILURE(workTheDay(&day));
    auto sofia = signIn(QStringLiteral("sofia"));
    const HttpReply r = sofia->get(u"/api/v1/metrics/series?bucket=hour&" + window(day));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonArray points = r.json().value(L("points")).toArray();
    ASSERT_EQ(points.size(), 2) << r.body.toStdString();
    EXPECT_EQ(r.json().value(L("bucket")).toString(), u"hour");

    const QJsonObject first = points.at(0).toObject();
    EXPECT_EQ(ms(first.value(L("start"))), day.start);
    EXPECT_EQ(first.value(L("arrived")).toInt(), 1);
    EXPECT_EQ(first.value(L("handled")).toInt(), 1);
    EXPECT_DOUBLE_EQ(first.value(L("aht_seconds")).toDouble(),
                     double(day.quickChat.resolved - day.quickChat.assigned) / 1000.0);
    EXPECT_DOUBLE_EQ(first.value(L("service_level")).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(first.value(L("csat")).toDouble(), 100.0);

    // The late chat missed its target; the email and the web form are no chats.
    const QJsonObject second = points.at(1).toObject();
    EXPECT_EQ(ms(second.value(L("start"))), day.start + Hour);
    EXPECT_EQ(second.value(L("arrived")).toInt(), 3);
    EXPECT_EQ(second.value(L("handled")).toInt(), 2);
    const qint64 held =
        (day.lateChat.resolved - day.lateChat.assigned) + (day.email.resolved - day.email.assigned);
    EXPECT_NEAR(second.value(L("aht_seconds")).toDouble(), double(held) / 2.0 / 1000.0, 0.0011);
    EXPECT_DOUBLE_EQ(second.value(L("service_level")).toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(second.value(L("csat")).toDouble(), 0.0);

    // One queue: "returns" only got the web form, in the second hour.
    const HttpReply returns = sofia->get(u"/api/v1/metrics/series?queue_id=returns&" + window(day));
    ASSERT_EQ(returns.status, 200) << returns.body.toStdString();
    const QJsonArray quiet = returns.json().value(L("points")).toArray();
    ASSERT_EQ(quiet.size(), 2);
    EXPECT_EQ(quiet.at(0)[L("arrived")].toInt(), 0);
    EXPECT_TRUE(quiet.at(0)[L("aht_seconds")].isNull());
    EXPECT_TRUE(quiet.at(0)[L("service_level")].isNull());
    EXPECT_TRUE(quiet.at(0)[L("csat")].isNull());
    EXPECT_EQ(quiet.at(1)[L("arrived")].toInt(), 1);
    EXPECT_EQ(quiet.at(1)[L("handled")].toInt(), 0);

    // A day bucket holds it all.
    const HttpReply daily = sofia->get(u"/api/v1/metrics/series?bucket=day&" + window(day));
    ASSERT_EQ(daily.status, 200);
    const QJsonArray days = daily.json().value(L("points")).toArray();
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days.at(0)[L("arrived")].toInt(), 4);
    EXPECT_EQ(days.at(0)[L("handled")].toInt(), 3);
    EXPECT_DOUBLE_EQ(days.at(0)[L("service_level")].toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(days.at(0)[L("csat")].toDouble(), 50.0);

    // The charts add up to the board of the same window.
    const HttpReply board = sofia->get(u"/api/v1/metrics/board?" + window(day));
    ASSERT_EQ(board.status, 200) << board.body.toStdString();
    const QJsonObject totals = board.json()[L("totals")][L("queues")].toObject();
    EXPECT_EQ(totals.value(L("arrived")).toInt(), 4);
    EXPECT_EQ(totals.value(L("handled")).toInt(), 3);
    EXPECT_DOUBLE_EQ(totals.value(L("service_level")).toDouble(), 0.5);
}

TEST_P(ReportApiTest, TheTicketsOfTheWindowCarryTheirFiguresPageByPage)
{
    ReportDay day;
    ASSERT_NO_FATAL_FAILURE(workTheDay(&day));
    auto sofia = signIn(QStringLiteral("sofia"));
    QList<QJsonObject> rows;
    QString after;
    int pages = 0;
    do {
        const HttpReply r = sofia->get(u"/api/v1/metrics/tickets?limit=1&" + window(day) +
                                       (after.isEmpty() ? QString() : u"&after=" + after));
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        const QJsonArray tickets = r.json().value(L("tickets")).toArray();
        ASSERT_LE(tickets.size(), 1);
        for (const QJsonValue &ticket : tickets)
            rows.append(ticket.toObject());
        after = r.json().value(L("next")).toString();
        ASSERT_LT(++pages, 10);
    } while (!after.isEmpty());
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(pages, 3);
    // In id order: the quick chat, the late chat, the email.
    EXPECT_EQ(rows[0].value(L("id")).toString(), day.quickChat.id);
    EXPECT_EQ(rows[1].value(L("id")).toString(), day.lateChat.id);
    EXPECT_EQ(rows[2].value(L("id")).toString(), day.email.id);
    expectTicket(rows[0], day.quickChat, day);
    expectTicket(rows[1], day.lateChat, day);
    expectTicket(rows[2], day.email, day);
    EXPECT_EQ(rows[0].value(L("channel")).toString(), u"chat");
    EXPECT_EQ(rows[0].value(L("csat")).toInt(), 5);
    EXPECT_EQ(rows[1].value(L("csat")).toInt(), 2);
    EXPECT_TRUE(rows[2].value(L("csat")).isNull());
    EXPECT_EQ(rows[0].value(L("escalations")).toInt(), 0);
    EXPECT_EQ(rows[0].value(L("escalation_outcome")).toString(), u"none");
    EXPECT_EQ(rows[2].value(L("channel")).toString(), u"email");
    EXPECT_EQ(rows[2].value(L("escalations")).toInt(), 1);
    EXPECT_EQ(rows[2].value(L("escalation_outcome")).toString(), u"returned");

    // One page of all of them, and none of another queue's.
    const HttpReply all = sofia->get(u"/api/v1/metrics/tickets?" + window(day));
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(all.json().value(L("tickets")).toArray().size(), 3);
    EXPECT_TRUE(all.json().value(L("next")).isNull());
    const HttpReply returns =
        sofia->get(u"/api/v1/metrics/tickets?queue_id=returns&" + window(day));
    ASSERT_EQ(returns.status, 200);
    EXPECT_TRUE(returns.json().value(L("tickets")).toArray().isEmpty());
}

TEST_P(ReportApiTest, BadWindowsBucketsAndPagesAreRefusedNamingTheField)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    auto olga = signIn(QStringLiteral("olga"));
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/metrics/series")).status, 403);
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/metrics/tickets")).status, 403);
    const auto field = [&](const QString &path) {
        const HttpReply r = sofia->get(path);
        EXPECT_EQ(r.status, 422) << path.toStdString() << ": " << r.body.toStdString();
        return errorField(r);
    };
    // 1,001 hours; the same window by day is 42 buckets.
    const QString long_ = QStringLiteral("from=2026-01-01T00:00:00Z&to=2026-02-11T17:00:00Z");
    EXPECT_EQ(field(u"/api/v1/metrics/series?" + long_), u"bucket");
    EXPECT_EQ(sofia->get(u"/api/v1/metrics/series?bucket=day&" + long_).status, 200);
    EXPECT_EQ(sofia
                  ->get(QStringLiteral("/api/v1/metrics/series?from=2026-01-01T00:00:00Z&to="
                                       "2026-02-11T16:00:00Z"))
                  .status,
              200); // exactly 1,000
    EXPECT_EQ(field(QStringLiteral("/api/v1/metrics/series?bucket=week")), u"bucket");
    EXPECT_EQ(field(QStringLiteral("/api/v1/metrics/series?from=yesterday")), u"from");
    EXPECT_EQ(field(QStringLiteral("/api/v1/metrics/tickets?from=2026-01-02T00:00:00Z&to="
                                   "2026-01-01T00:00:00Z")),
              u"from");
    EXPECT_EQ(field(QStringLiteral("/api/v1/metrics/series?queue_id=nowhere")), u"queue_id");
    EXPECT_EQ(field(QStringLiteral("/api/v1/metrics/tickets?queue_id=nowhere")), u"queue_id");
    EXPECT_EQ(field(QStringLiteral("/api/v1/metrics/tickets?limit=1001")), u"limit");
    EXPECT_EQ(field(QStringLiteral("/api/v1/metrics/tickets?limit=0")), u"limit");
    EXPECT_EQ(field(QStringLiteral("/api/v1/metrics/tickets?after=abc")), u"after");
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/metrics/tickets?limit=1000")).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
