#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {

QJsonArray changes(const HttpReply &reply)
{
    return reply.json().value(QLatin1StringView("changes")).toArray();
}

} // namespace

TEST_P(ApiTest, ChangeFeedIsOrderedAndFilteredToWhatTheCallerMaySee)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject orders = createTicket(*olga, QStringLiteral("orders"));
    const QJsonObject delivery = createTicket(*ivan, QStringLiteral("delivery"));
    ASSERT_EQ(olga->send("POST",
                         u"/api/v1/tickets/" + orders.value(QLatin1StringView("id")).toString() +
                             u"/messages",
                         json({{QLatin1StringView("body"), QStringLiteral("hi")}}),
                         {{"Content-Type", "application/json"}, {"Idempotency-Key", "c1"}})
                  .status,
              201);

    const HttpReply all = sofia->get(QStringLiteral("/api/v1/changes?since=0"));
    ASSERT_EQ(all.status, 200);
    const QJsonArray everything = changes(all);
    ASSERT_EQ(everything.size(), 4); // two creates, a message, the ticket it touched
    qint64 previous = 0;
    for (const QJsonValue &change : everything) {
        const qint64 seq = change[QLatin1StringView("seq")].toInteger();
        EXPECT_GT(seq, previous);
        previous = seq;
    }
    EXPECT_EQ(all.json().value(QLatin1StringView("next")).toInteger(), previous);
    EXPECT_FALSE(all.json().value(QLatin1StringView("more")).toBool());
    EXPECT_EQ(everything[2][QLatin1StringView("entity")].toString(), u"message");
    EXPECT_EQ(everything[2][QLatin1StringView("data")][QLatin1StringView("body")].toString(),
              u"hi");

    // ivan sees only the delivery ticket, but his cursor still moves to the head.
    const HttpReply his = ivan->get(QStringLiteral("/api/v1/changes?since=0"));
    ASSERT_EQ(changes(his).size(), 1);
    EXPECT_EQ(changes(his)[0][QLatin1StringView("id")].toString(),
              delivery.value(QLatin1StringView("id")).toString());
    EXPECT_EQ(his.json().value(QLatin1StringView("next")).toInteger(), previous);
    EXPECT_EQ(changes(olga->get(QStringLiteral("/api/v1/changes?since=0"))).size(), 3);

    // Nothing new: an empty page at the same cursor.
    const HttpReply idle = ivan->get(u"/api/v1/changes?since=" + QString::number(previous));
    EXPECT_TRUE(changes(idle).isEmpty());
    EXPECT_EQ(idle.json().value(QLatin1StringView("next")).toInteger(), previous);
}

TEST_P(ApiTest, ChangeFeedPagesWithLimit)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    for (int i = 0; i < 5; ++i)
        createTicket(*sofia, QStringLiteral("orders"));
    qint64 since = 0;
    int pages = 0;
    int seen = 0;
    bool more = true;
    while (more && pages < 10) {
        const HttpReply page =
            sofia->get(QStringLiteral("/api/v1/changes?limit=2&since=%1").arg(since));
        ASSERT_EQ(page.status, 200);
        seen += changes(page).size();
        since = page.json().value(QLatin1StringView("next")).toInteger();
        more = page.json().value(QLatin1StringView("more")).toBool();
        ++pages;
    }
    EXPECT_EQ(seen, 5);
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/changes?limit=0")).status, 422);
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/changes?since=-1")).status, 422);
}

TEST_P(ApiTest, ATicketLeavingAQueueStillReachesItsFormerOperators)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const qint64 cursor = olga->get(QStringLiteral("/api/v1/changes"))
                              .json()
                              .value(QLatin1StringView("next"))
                              .toInteger();
    ASSERT_EQ(sofia
                  ->send("PATCH",
                         u"/api/v1/tickets/" + ticket.value(QLatin1StringView("id")).toString(),
                         json({{QLatin1StringView("queue"), QStringLiteral("delivery")}}),
                         {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}})
                  .status,
              200);
    const QJsonArray moved =
        changes(olga->get(u"/api/v1/changes?since=" + QString::number(cursor)));
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved[0][QLatin1StringView("data")][QLatin1StringView("queue")].toString(),
              u"delivery");
}
