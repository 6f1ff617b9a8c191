#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {

QJsonArray changes(const HttpReply &reply)
{
    return reply.json().value(QLatin1StringView("changes")).toArray();
}

// The feed's head as `client` reads it now.
qint64 head(HttpClient &client)
{
    return client.get(QStringLiteral("/api/v1/changes?limit=5000"))
        .json()
        .value(QLatin1StringView("next"))
        .toInteger();
}

} // namespace

TEST_P(ApiTest, ChangeFeedIsOrderedAndFilteredToWhatTheCallerMaySee)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    // After the staff's own profiles (see ColleaguesNamesReachEveryone).
    const qint64 start = head(*sofia);
    const QString since = u"/api/v1/changes?since=" + QString::number(start);
    const QJsonObject orders = createTicket(*olga, QStringLiteral("orders"));
    const QJsonObject delivery = createTicket(*ivan, QStringLiteral("delivery"));
    ASSERT_EQ(olga->send("POST",
                         u"/api/v1/tickets/" + orders.value(QLatin1StringView("id")).toString() +
                             u"/messages",
                         json({{QLatin1StringView("body"), QStringLiteral("hi")}}),
                         {{"Content-Type", "application/json"}, {"Idempotency-Key", "c1"}})
                  .status,
              201);

    const HttpReply all = sofia->get(since);
    ASSERT_EQ(all.status, 200);
    const QJsonArray everything = changes(all);
    // Two creates and a message, which carries the ticket fields it moved (no ticket change).
    ASSERT_EQ(everything.size(), 3);
    qint64 previous = start;
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
    const HttpReply his = ivan->get(since);
    ASSERT_EQ(changes(his).size(), 1);
    EXPECT_EQ(changes(his)[0][QLatin1StringView("id")].toString(),
              delivery.value(QLatin1StringView("id")).toString());
    EXPECT_EQ(his.json().value(QLatin1StringView("next")).toInteger(), previous);
    EXPECT_EQ(changes(olga->get(since)).size(), 2);

    // Nothing new: an empty page at the same cursor.
    const HttpReply idle = ivan->get(u"/api/v1/changes?since=" + QString::number(previous));
    EXPECT_TRUE(changes(idle).isEmpty());
    EXPECT_EQ(idle.json().value(QLatin1StringView("next")).toInteger(), previous);
}

TEST_P(ApiTest, ChangeFeedPagesWithLimit)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    qint64 since = head(*sofia);
    for (int i = 0; i < 5; ++i)
        createTicket(*sofia, QStringLiteral("orders"));
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

// Everyone in the workspace learns each colleague's name, role, line and team through the feed
// (the `operator` entity), and nothing more; a restart does not announce them twice.
TEST_P(ApiTest, ColleaguesNamesReachEveryoneInTheWorkspace)
{
    backOffice->createIntegrationToken(QStringLiteral("chat-adapter"));
    const auto profiles = [](HttpClient &client) {
        QHash<QString, QJsonObject> byId;
        int count = 0;
        for (const QJsonValue &change :
             changes(client.get(QStringLiteral("/api/v1/changes?limit=5000")))) {
            if (change[QLatin1StringView("entity")].toString() != u"operator")
                continue;
            ++count;
            byId.insert(change[QLatin1StringView("id")].toString(),
                        change[QLatin1StringView("data")].toObject());
        }
        return std::pair{byId, count};
    };
    auto ivan = signIn(QStringLiteral("ivan"));
    const auto [seen, count] = profiles(*ivan);
    // olga, ivan, pavel, sofia, tanya, admin; not the channel adapter. Ivan also learns his own
    // chat limit and queues (an `operator` change of his own).
    ASSERT_EQ(seen.size(), 6);
    EXPECT_EQ(count, 7);
    auto pavel = signIn(QStringLiteral("pavel"));
    const QJsonObject me = pavel->get(QStringLiteral("/api/v1/me")).json();
    const QString pavelId = me.value(QLatin1StringView("id")).toString();
    ASSERT_TRUE(seen.contains(pavelId));
    const QJsonObject profile = seen.value(pavelId);
    EXPECT_EQ(profile.value(QLatin1StringView("display_name")).toString(),
              me.value(QLatin1StringView("display_name")).toString());
    EXPECT_EQ(profile.value(QLatin1StringView("line")).toInt(), 2);
    EXPECT_EQ(profile.value(QLatin1StringView("role")).toString(), u"operator");
    QStringList keys = profile.keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("display_name"), QStringLiteral("id"),
                                 QStringLiteral("line"), QStringLiteral("role"),
                                 QStringLiteral("team")}));
    bool supervisor = false;
    for (const QJsonObject &each : seen)
        supervisor |= each.value(QLatin1StringView("role")).toString() == u"supervisor";
    EXPECT_TRUE(supervisor);

    // A later account is announced to those already signed in; a restart announces nothing new.
    const qint64 cursor = head(*ivan);
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("nina"), QStringLiteral("operator"),
                                    {QStringLiteral("orders")}));
    const QJsonArray later =
        changes(ivan->get(u"/api/v1/changes?since=" + QString::number(cursor)));
    ASSERT_EQ(later.size(), 1);
    EXPECT_EQ(later[0][QLatin1StringView("entity")].toString(), u"operator");
    EXPECT_EQ(later[0][QLatin1StringView("data")][QLatin1StringView("display_name")].toString(),
              u"nina");
    backOffice->stop();
    ASSERT_TRUE(backOffice->start());
    auto again = signIn(QStringLiteral("ivan"));
    EXPECT_EQ(profiles(*again).second, 8);

    // An account the feed has not announced (a database an older back office wrote) is announced
    // at the next start, once; the start finds it by its column, not by reading the change log.
    backOffice->stop();
    ASSERT_TRUE(backOffice->execute(QStringLiteral("UPDATE operators SET profile_seq = NULL WHERE "
                                                   "username = 'nina'")));
    ASSERT_TRUE(backOffice->start());
    auto third = signIn(QStringLiteral("ivan"));
    const auto [afterUpgrade, announcements] = profiles(*third);
    EXPECT_EQ(announcements, 9);
    EXPECT_EQ(afterUpgrade.size(), 7);
    backOffice->stop();
    ASSERT_TRUE(backOffice->start());
    EXPECT_EQ(profiles(*signIn(QStringLiteral("ivan"))).second, 9);
}
