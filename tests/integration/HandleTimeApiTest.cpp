// Handle time (docs/kpis.md, "Handle time") against the real back office: each rule computed by
// hand from the times the API returned, the back office's time moved by its test clock; and the
// work-interval route's validation and idempotency.
#include "tests/integration/ContactFlowFixture.h"

#include <QDateTime>

using namespace frontline::test;

namespace {

constexpr qint64 GraceMs = 2 * 60 * 1000; // the customer's grace
constexpr qint64 AfterContactCapMs = 3 * 60 * 1000;
const QLatin1StringView CreatedAt("created_at");
const QLatin1StringView UpdatedAt("updated_at");

QJsonObject interval(qint64 from, qint64 to)
{
    return {{QLatin1StringView("started_at"), ContactFlowTest::rfc3339(from)},
            {QLatin1StringView("ended_at"), ContactFlowTest::rfc3339(to)}};
}

class HandleTimeTest : public ContactFlowTest
{
protected:
    QStringList extraArguments() const override
    {
        return ContactFlowTest::extraArguments() << QStringLiteral("--test-clock");
    }

    void advance(qint64 ms)
    {
        auto admin = signIn(QStringLiteral("admin"));
        const HttpReply moved = admin->send("POST", QStringLiteral("/api/v1/test/clock"),
                                            json({{QLatin1StringView("advance_ms"), ms}}));
        ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    }

    // Olga's reply; answers its time.
    qint64 reply(HttpClient &olga, const QString &ticket, const QByteArray &key)
    {
        const HttpReply r = olga.send(
            "POST", u"/api/v1/tickets/" + ticket + u"/messages",
            json({{QLatin1StringView("body"), QStringLiteral("Checking your order now")}}),
            {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return ms(r.json().value(CreatedAt));
    }

    static HttpReply report(HttpClient &client, const QString &ticket, const QJsonArray &intervals,
                            const QByteArray &key)
    {
        return client.send("POST", u"/api/v1/tickets/" + ticket + u"/work-intervals",
                           json({{QLatin1StringView("intervals"), intervals}}),
                           {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
    }

    qint64 resolveNow(HttpClient &olga, const QString &ticket)
    {
        const HttpReply r = resolve(olga, ticket);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return ms(r.json().value(UpdatedAt));
    }

    // Olga's row for the tickets resolved at `resolvedAt` exactly.
    QJsonObject olgasRowAt(qint64 resolvedAt, const QString &olgaId)
    {
        auto sofia = signIn(QStringLiteral("sofia"));
        const HttpReply r = sofia->get(u"/api/v1/metrics/operators?from=" + rfc3339(resolvedAt) +
                                       u"&to=" + rfc3339(resolvedAt + 1));
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        for (const QJsonValue &row : r.json().value(QLatin1StringView("operators")).toArray()) {
            if (row[QLatin1StringView("operator_id")].toString() == olgaId)
                return row.toObject();
        }
        ADD_FAILURE() << "no row for Olga";
        return {};
    }
};

} // namespace

// A chat: from taking it to her last reply, less the customer's pause beyond the grace; then,
// with no desktop reporting, the grace stands in for the after-contact work.
TEST_P(HandleTimeTest, AChatLeavesOutTheCustomersPauseBeyondTheGrace)
{
    auto olga = signIn(QStringLiteral("olga"));
    setPresence(*olga, QStringLiteral("online"));
    const QString chat = intake(QStringLiteral("chat"), QStringLiteral("c1"), QStringLiteral("m1"));
    const QJsonObject routed = ticket(*olga, chat);
    ASSERT_EQ(routed.value(QLatin1StringView("assignee_id")).toString(), myId(*olga));
    const qint64 taken = ms(routed.value(UpdatedAt));
    advance(30 * 1000);
    const qint64 firstReply = reply(*olga, chat, "r1");
    advance(5 * 60 * 1000); // the customer is away five minutes
    ASSERT_EQ(intake(QStringLiteral("chat"), QStringLiteral("c1"), QStringLiteral("m2")), chat);
    const qint64 customerBack =
        ms(ticket(*olga, chat).value(QLatin1StringView("last_customer_message_at")));
    advance(40 * 1000);
    const qint64 lastReply = reply(*olga, chat, "r2");
    advance(60 * 1000);
    const qint64 resolved = resolveNow(*olga, chat);

    const qint64 pauseBeyondGrace = (customerBack - firstReply) - GraceMs;
    const qint64 expected =
        (lastReply - taken) - pauseBeyondGrace + std::min(GraceMs, resolved - lastReply);
    const QJsonObject row = olgasRowAt(resolved, myId(*olga));
    EXPECT_EQ(row.value(QLatin1StringView("handled")).toInt(), 1);
    EXPECT_NEAR(row.value(QLatin1StringView("aht_seconds")).toDouble(), double(expected) / 1000.0,
                0.002);
    // Of the customer's five minutes away, only the grace counts (the clock also runs between
    // the steps, hence the margin).
    EXPECT_NEAR(double(expected), double(resolved - taken - 3 * 60 * 1000), 5000.0);
}

// An email opened twice: the time it was open in front of her, each stretch once however often
// reported, and the part after her reply as after-contact work.
TEST_P(HandleTimeTest, AnEmailCountsTheTimeItWasOpenInFrontOfHer)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QString email =
        intake(QStringLiteral("email"), QStringLiteral("e1"), QStringLiteral("e1"));
    const HttpReply claimed = olga->send("POST", u"/api/v1/tickets/" + email + u"/claim", {});
    ASSERT_EQ(claimed.status, 200) << claimed.body.toStdString();
    const qint64 taken = ms(claimed.json().value(UpdatedAt));
    advance(100 * 1000);
    const QJsonArray first{interval(taken + 10 * 1000, taken + 70 * 1000)};
    ASSERT_EQ(report(*olga, email, first, "w1").status, 201);
    // The same stretch again under another key (a second desktop, say) is kept once.
    const HttpReply again = report(*olga, email, first, "w1-other");
    ASSERT_EQ(again.status, 201);
    EXPECT_EQ(again.json().value(QLatin1StringView("recorded")).toInt(), 0);
    advance(100 * 1000);
    const qint64 lastReply = reply(*olga, email, "e-r1");
    advance(60 * 1000);
    ASSERT_EQ(
        report(*olga, email, {interval(lastReply - 50 * 1000, lastReply + 30 * 1000)}, "w2").status,
        201);
    advance(40 * 1000);
    const qint64 resolved = resolveNow(*olga, email);

    const QJsonObject row = olgasRowAt(resolved, myId(*olga));
    EXPECT_EQ(row.value(QLatin1StringView("handled")).toInt(), 1);
    // 60 s the first time, 50 s + 30 s the second (30 s of it after her reply).
    EXPECT_NEAR(row.value(QLatin1StringView("aht_seconds")).toDouble(), 140.0, 0.002);
}

// After-contact work counts while the chat is in front of her, up to the cap.
TEST_P(HandleTimeTest, AfterContactWorkIsCapped)
{
    auto olga = signIn(QStringLiteral("olga"));
    setPresence(*olga, QStringLiteral("online"));
    const QString chat = intake(QStringLiteral("chat"), QStringLiteral("c3"), QStringLiteral("m3"));
    const qint64 taken = ms(ticket(*olga, chat).value(UpdatedAt));
    advance(20 * 1000);
    const qint64 lastReply = reply(*olga, chat, "r3");
    advance(400 * 1000);
    ASSERT_EQ(
        report(*olga, chat, {interval(lastReply - 5000, lastReply + 400 * 1000)}, "w3").status,
        201);
    advance(20 * 1000);
    const qint64 resolved = resolveNow(*olga, chat);

    const QJsonObject row = olgasRowAt(resolved, myId(*olga));
    EXPECT_EQ(row.value(QLatin1StringView("handled")).toInt(), 1);
    EXPECT_NEAR(row.value(QLatin1StringView("aht_seconds")).toDouble(),
                double(lastReply - taken + AfterContactCapMs) / 1000.0, 0.002);
}

TEST_P(HandleTimeTest, WorkIntervalsAreCheckedAndARetryIsAnsweredAsTheFirst)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QString email =
        intake(QStringLiteral("email"), QStringLiteral("e9"), QStringLiteral("e9"));
    const qint64 now = ms(ticket(*olga, email).value(CreatedAt));
    const QJsonArray good{interval(now - 60 * 1000, now - 1000)};
    const QString path = u"/api/v1/tickets/" + email + u"/work-intervals";

    // Without a key: 428.
    EXPECT_EQ(olga->send("POST", path, json({{QLatin1StringView("intervals"), good}})).status, 428);
    // Each bad input is a clear 422 naming the field.
    const auto refused = [&](const QJsonObject &body, const QString &field) {
        const HttpReply r =
            olga->send("POST", path, json(body),
                       {{"Content-Type", "application/json"}, {"Idempotency-Key", "bad"}});
        EXPECT_EQ(r.status, 422) << field.toStdString() << ": " << r.body.toStdString();
        EXPECT_EQ(errorField(r), field) << r.body.toStdString();
    };
    const QLatin1StringView intervals("intervals");
    refused({{intervals, QJsonArray{interval(now - 1000, now - 2000)}}},
            QStringLiteral("intervals[0].ended_at"));
    refused({{intervals, QJsonArray{interval(now, now + 10 * 60 * 1000)}}},
            QStringLiteral("intervals[0].ended_at"));
    refused({{intervals, QJsonArray{interval(now - 2 * 3600 * 1000, now - 1000)}}},
            QStringLiteral("intervals[0].ended_at"));
    refused({{intervals,
              QJsonArray{QJsonObject{{QLatin1StringView("started_at"), QStringLiteral("yesterday")},
                                     {QLatin1StringView("ended_at"), rfc3339(now)}}}}},
            QStringLiteral("intervals[0].started_at"));
    refused({{intervals, QJsonArray{}}}, QStringLiteral("intervals"));
    refused({{intervals, good}, {QLatin1StringView("operator_id"), QStringLiteral("1")}},
            QStringLiteral("operator_id"));
    QJsonArray tooMany;
    for (int i = 0; i < 21; ++i)
        tooMany.append(interval(now - (i + 2) * 1000, now - (i + 1) * 1000));
    const HttpReply many = report(*olga, email, tooMany, "many");
    EXPECT_EQ(many.status, 422);
    EXPECT_EQ(errorCode(many), u"too_long");

    // Recorded once; the retry gets the first answer; the key with another body is refused.
    const HttpReply first = report(*olga, email, good, "k1");
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_EQ(first.json().value(QLatin1StringView("recorded")).toInt(), 1);
    const HttpReply retry = report(*olga, email, good, "k1");
    EXPECT_EQ(retry.status, 201);
    EXPECT_EQ(retry.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(retry.json(), first.json());
    const HttpReply other = report(*olga, email, {interval(now - 5000, now - 4000)}, "k1");
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(errorCode(other), u"idempotency_key_reused");

    // A ticket she cannot see is not there for her; nor is one that does not exist.
    auto ivan = signIn(QStringLiteral("ivan"));
    EXPECT_EQ(report(*ivan, email, good, "k2").status, 404);
    EXPECT_EQ(report(*olga, QStringLiteral("999999"), good, "k3").status, 404);
    auto tanya = signIn(QStringLiteral("tanya"));
    EXPECT_EQ(report(*tanya, email, good, "k4").status, 403);
}

INSTANTIATE_TEST_SUITE_P(Backends, HandleTimeTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
