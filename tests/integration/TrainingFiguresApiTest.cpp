// An operator's production figures for the trainer (issue 19, item 10) against the real back
// office: two days of olga's work driven with the test clock, counted here by hand, and each day
// checked against the supervisor's own figures of the same window (/metrics/operators).
#include "tests/integration/ContactFlowFixture.h"

using namespace frontline::test;

namespace {

using L = QLatin1StringView;
constexpr qint64 Day = 24LL * 3600 * 1000;

class TrainingFiguresApiTest : public ContactFlowTest
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

    // A chat from `customer` routed to olga, answered and resolved by her.
    QString resolvedChat(HttpClient &olga, const QString &customer)
    {
        const QString id = intake(QStringLiteral("chat"), customer, customer);
        if (assignee(olga, id) != myId(olga))
            claim(olga, id);
        EXPECT_EQ(reply(olga, id, (customer + u"-reply").toUtf8()).status, 201);
        EXPECT_EQ(resolve(olga, id).status, 200);
        return id;
    }

    // An email from `customer` olga claims and escalates to the 2nd line, where pavel answers it
    // `status` (returned or accepted); a returned one olga then resolves.
    void escalatedEmail(HttpClient &olga, HttpClient &pavel, const QString &customer,
                        const QString &status)
    {
        const QString id = intake(QStringLiteral("email"), customer, customer);
        claim(olga, id);
        HttpReply r = olga.send("POST", u"/api/v1/tickets/" + id + u"/escalations",
                                json({{L("target_line"), 2},
                                      {L("reason_code"), QStringLiteral("technical_issue")},
                                      {L("note"), QStringLiteral("site error")}}));
        ASSERT_EQ(r.status, 201) << r.body.toStdString();
        QJsonObject answer{{L("status"), status}};
        if (status == u"returned")
            answer.insert(L("return_reason"), QStringLiteral("answer_in_kb"));
        r = pavel.send("PATCH", u"/api/v1/escalations/" + r.json().value(L("id")).toString(),
                       json(answer));
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        if (status == u"returned") {
            r = resolve(olga, id);
            ASSERT_EQ(r.status, 200) << r.body.toStdString();
        }
    }

    // sofia's review of `ticket`: greeting yes (20), solution 4 of 5 (60), tone N/A; the N/A
    // weight spread, 25 + 75 × 3/4 = 81.25 → 81.3 (as QaApiTest computes it).
    static void review(HttpClient &sofia, const QString &ticket)
    {
        const auto criterion = [](const char *id, int weight, const char *scale, bool na) {
            return QJsonObject{{L("id"), L(id)},      {L("title"), L(id)},
                               {L("weight"), weight}, {L("scale"), L(scale)},
                               {L("na_allowed"), na}, {L("critical"), false}};
        };
        const QJsonObject card{
            {L("name"), QStringLiteral("Chat")},
            {L("channel"), QStringLiteral("chat")},
            {L("locale"), QStringLiteral("en")},
            {L("sections"),
             QJsonArray{
                 QJsonObject{{L("title"), QStringLiteral("Conversation")},
                             {L("criteria"), QJsonArray{criterion("greeting", 20, "yes_no", false),
                                                        criterion("solution", 60, "1_5", false),
                                                        criterion("tone", 20, "1_3", true)}}}}}};
        const HttpReply created =
            sofia.send("POST", QStringLiteral("/api/v1/scorecards"), json(card));
        ASSERT_EQ(created.status, 201) << created.body.toStdString();
        const auto answer = [](const char *id, const QJsonValue &value) {
            return QJsonObject{{L("criterion_id"), L(id)}, {L("value"), value}};
        };
        const HttpReply scored = sofia.send(
            "POST", QStringLiteral("/api/v1/qa/reviews"),
            json({{L("ticket_id"), ticket},
                  {L("scorecard_id"), created.json().value(L("id")).toString()},
                  {L("answers"), QJsonArray{answer("greeting", true), answer("solution", 4),
                                            answer("tone", QJsonValue())}}}));
        ASSERT_EQ(scored.status, 201) << scored.body.toStdString();
    }

    // The board's row of olga over [from, to): the same figures, as the supervisor reads them.
    static QJsonObject boardRow(HttpClient &sofia, qint64 from, qint64 to, const QString &olga)
    {
        const HttpReply r =
            sofia.get(u"/api/v1/metrics/operators?from=" + rfc3339(from) + u"&to=" + rfc3339(to));
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return rowWithId(r.json().value(L("operators")).toArray(), QStringLiteral("operator_id"),
                         olga);
    }
};

} // namespace

// Day 1: two contacts handled (a chat, and an email escalated, returned by the 2nd line and then
// resolved), so FCR 1 of 2, one escalation returned of one, one review at 81.3. Day 2: one chat
// handled at first contact, one escalation the 2nd line accepted.
TEST_P(TrainingFiguresApiTest, EachDayCountsHerFiguresByHandAsTheBoardDoes)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QString olgaId = myId(*olga);
    const qint64 start = advanceClock(*olga, 0);
    setPresence(*olga, QStringLiteral("online"));
    const QString chat = resolvedChat(*olga, QStringLiteral("f1"));
    ASSERT_NO_FATAL_FAILURE(
        escalatedEmail(*olga, *pavel, QStringLiteral("f2"), QStringLiteral("returned")));
    ASSERT_NO_FATAL_FAILURE(review(*sofia, chat));
    advanceClock(*olga, Day);
    resolvedChat(*olga, QStringLiteral("f3"));
    ASSERT_NO_FATAL_FAILURE(
        escalatedEmail(*olga, *pavel, QStringLiteral("f4"), QStringLiteral("accepted")));

    // "to" a day ahead of now: the buckets stop at now, so two.
    const HttpReply r =
        tanya->get(u"/api/v1/training/operators/" + olgaId + u"/figures?bucket=day&from=" +
                   rfc3339(start) + u"&to=" + rfc3339(start + 3 * Day));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(L("operator_id")).toString(), olgaId);
    EXPECT_EQ(r.json().value(L("bucket")).toString(), u"day");
    const QJsonArray buckets = r.json().value(L("buckets")).toArray();
    ASSERT_EQ(buckets.size(), 2) << r.body.toStdString();

    const QJsonObject first = buckets.at(0).toObject();
    EXPECT_EQ(ms(first.value(L("start"))), start);
    EXPECT_EQ(ms(first.value(L("end"))), start + Day);
    EXPECT_EQ(first.value(L("handled")).toInt(), 2);
    EXPECT_DOUBLE_EQ(first.value(L("fcr")).toDouble(), 0.5);
    EXPECT_EQ(first.value(L("escalations")).toInt(), 1);
    EXPECT_EQ(first.value(L("escalations_returned")).toInt(), 1);
    EXPECT_DOUBLE_EQ(first.value(L("returned_rate")).toDouble(), 1.0);
    EXPECT_EQ(first.value(L("qa_reviews")).toInt(), 1);
    EXPECT_DOUBLE_EQ(first.value(L("qa_score")).toDouble(), 81.3);
    EXPECT_GT(first.value(L("aht_seconds")).toDouble(), 0.0);

    const QJsonObject second = buckets.at(1).toObject();
    EXPECT_EQ(ms(second.value(L("start"))), start + Day);
    EXPECT_EQ(second.value(L("handled")).toInt(), 1);
    EXPECT_DOUBLE_EQ(second.value(L("fcr")).toDouble(), 1.0);
    EXPECT_EQ(second.value(L("escalations")).toInt(), 1);
    EXPECT_EQ(second.value(L("escalations_returned")).toInt(), 0);
    EXPECT_DOUBLE_EQ(second.value(L("returned_rate")).toDouble(), 0.0);
    EXPECT_EQ(second.value(L("qa_reviews")).toInt(), 0);
    EXPECT_TRUE(second.value(L("qa_score")).isNull());

    // The supervisor's figures of each day are these, to the millisecond.
    for (int day = 0; day < 2; ++day) {
        const QJsonObject bucket = buckets.at(day).toObject();
        const QJsonObject row =
            boardRow(*sofia, start + day * Day, start + (day + 1) * Day, olgaId);
        ASSERT_FALSE(row.isEmpty());
        for (const char *figure :
             {"handled", "aht_seconds", "fcr", "escalations", "escalations_returned"})
            EXPECT_EQ(bucket.value(L(figure)), row.value(L(figure))) << figure << " day " << day;
    }

    // Never a customer's data nor a ticket's subject; a supervisor reads the same answer.
    EXPECT_FALSE(r.body.contains("Customer")) << r.body.toStdString();
    EXPECT_FALSE(r.body.contains("customer")) << r.body.toStdString();
    const HttpReply bySofia =
        sofia->get(u"/api/v1/training/operators/" + olgaId + u"/figures?bucket=day&from=" +
                   rfc3339(start) + u"&to=" + rfc3339(start + 3 * Day));
    EXPECT_EQ(bySofia.status, 200);
    EXPECT_EQ(bySofia.body, r.body);

    // By week (the default bucket), the two days are one bucket.
    const HttpReply weekly =
        tanya->get(u"/api/v1/training/operators/" + olgaId + u"/figures?from=" + rfc3339(start));
    ASSERT_EQ(weekly.status, 200) << weekly.body.toStdString();
    const QJsonArray weeks = weekly.json().value(L("buckets")).toArray();
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_EQ(weeks.at(0)[L("handled")].toInt(), 3);
    EXPECT_EQ(weeks.at(0)[L("escalations")].toInt(), 2);
    EXPECT_DOUBLE_EQ(weeks.at(0)[L("returned_rate")].toDouble(), 0.5);
}

TEST_P(TrainingFiguresApiTest, RolesUnknownOperatorsAndBadWindowsAreRefused)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QString path = u"/api/v1/training/operators/" + myId(*olga) + u"/figures";
    EXPECT_EQ(olga->get(path).status, 403);
    EXPECT_EQ(tanya->get(path).status, 200);
    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/training/operators/999999/figures")).status, 404);
    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/training/operators/abc/figures")).status, 404);
    // A supervisor is nobody's trainee.
    EXPECT_EQ(tanya->get(u"/api/v1/training/operators/" + myId(*sofia) + u"/figures").status, 404);

    const auto field = [&](const QString &query) {
        const HttpReply r = tanya->get(path + u'?' + query);
        EXPECT_EQ(r.status, 422) << query.toStdString() << ": " << r.body.toStdString();
        return errorField(r);
    };
    EXPECT_EQ(field(QStringLiteral("bucket=month")), u"bucket");
    EXPECT_EQ(field(QStringLiteral("from=yesterday")), u"from");
    EXPECT_EQ(field(QStringLiteral("from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z")), u"from");
    // 32 days by day, 367 by week: one day too many each.
    EXPECT_EQ(field(QStringLiteral("bucket=day&from=2026-01-01T00:00:00Z&to=2026-02-02T00:00:00Z")),
              u"from");
    EXPECT_EQ(
        field(QStringLiteral("bucket=week&from=2025-01-01T00:00:00Z&to=2026-01-03T00:00:00Z")),
        u"from");
    EXPECT_EQ(
        tanya->get(path + u"?bucket=day&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z").status,
        200); // exactly 31 days
    EXPECT_EQ(
        tanya->get(path + u"?bucket=week&from=2025-01-01T00:00:00Z&to=2026-01-02T00:00:00Z").status,
        200); // exactly 366 days
}

INSTANTIATE_TEST_SUITE_P(Backends, TrainingFiguresApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
