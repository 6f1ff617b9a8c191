// What a page of GET /api/v1/changes costs its readers: messages do not copy their ticket into
// the feed, and a page stops at a byte cap (--feed-page-bytes) as well as at its count.
#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {

const QLatin1StringView Changes("changes");
const QLatin1StringView Entity("entity");
const QLatin1StringView Data("data");

// A back office whose feed pages hold at most 16 KiB of changes.
class FeedPageTest : public ApiTest
{
protected:
    static constexpr int PageBytes = 16 * 1024;

    QStringList extraArguments() const override
    {
        return {QStringLiteral("--feed-page-bytes"), QString::number(PageBytes)};
    }

    static HttpReply post(HttpClient &client, const QString &ticketId, const QString &body,
                          const QByteArray &key)
    {
        return client.send("POST", u"/api/v1/tickets/" + ticketId + u"/messages",
                           json({{QLatin1StringView("body"), body}}),
                           {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
    }

    static qint64 head(HttpClient &client)
    {
        return client.get(QStringLiteral("/api/v1/changes?limit=5000"))
            .json()
            .value(QLatin1StringView("next"))
            .toInteger();
    }
};

} // namespace

TEST_P(FeedPageTest, AMessageCarriesOnlyTheTicketFieldsItMoves)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QString id = ticket.value(QLatin1StringView("id")).toString();
    // A resolution code the ticket keeps while the conversation goes on.
    const QString code = QStringLiteral("refund_issued_after_a_long_check_of_the_courier_report");
    const HttpReply resolved =
        olga->send("PATCH", u"/api/v1/tickets/" + id,
                   json({{QLatin1StringView("status"), QStringLiteral("resolved")},
                         {QLatin1StringView("resolution_code"), code}}),
                   {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    ASSERT_EQ(resolved.status, 200) << resolved.body.toStdString();
    const qint64 since = head(*sofia);
    for (int i = 0; i < 5; ++i) {
        ASSERT_EQ(
            post(*olga, id, QStringLiteral("Anything else?"), "m" + QByteArray::number(i)).status,
            201);
    }
    const HttpReply page =
        sofia->get(u"/api/v1/changes?limit=5000&since=" + QString::number(since));
    ASSERT_EQ(page.status, 200);
    const QJsonArray changes = page.json().value(Changes).toArray();
    ASSERT_EQ(changes.size(), 5); // the messages, and no copy of the ticket with each
    EXPECT_FALSE(page.body.contains(code.toUtf8()));
    qint64 version = ticket.value(QLatin1StringView("version")).toInteger() + 1;
    for (const QJsonValue &change : changes) {
        EXPECT_EQ(change[Entity].toString(), u"message");
        const QJsonObject moved = change[Data][QLatin1StringView("ticket")].toObject();
        EXPECT_EQ(moved.value(QLatin1StringView("id")).toString(), id);
        EXPECT_EQ(moved.value(QLatin1StringView("version")).toInteger(), ++version);
        EXPECT_FALSE(moved.contains(QLatin1StringView("subject")));
        EXPECT_FALSE(moved.contains(QLatin1StringView("resolution_code")));
    }
    // The ticket itself says the same.
    const QJsonObject now = olga->get(u"/api/v1/tickets/" + id).json();
    const QJsonObject last = changes.last()[Data][QLatin1StringView("ticket")].toObject();
    for (auto field = last.begin(); field != last.end(); ++field)
        EXPECT_EQ(now.value(field.key()), field.value()) << field.key().toStdString();
}

TEST_P(FeedPageTest, APageEndsAtItsByteCapAndALargerChangeGoesAlone)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString id =
        createTicket(*olga, QStringLiteral("orders")).value(QLatin1StringView("id")).toString();
    qint64 since = head(*sofia);
    // Twelve messages of 6,000 bytes, then one of 20,000 bytes (more than a page holds).
    for (int i = 0; i < 12; ++i) {
        ASSERT_EQ(post(*olga, id, QString(3000, u'ж'), "b" + QByteArray::number(i)).status, 201);
    }
    ASSERT_EQ(post(*olga, id, QString(10000, u'ж'), "huge").status, 201);

    int pages = 0;
    int messages = 0;
    bool more = true;
    bool hugeAlone = false;
    while (more && pages < 50) {
        const HttpReply page =
            sofia->get(u"/api/v1/changes?limit=5000&since=" + QString::number(since));
        ASSERT_EQ(page.status, 200);
        const QJsonArray changes = page.json().value(Changes).toArray();
        ASSERT_FALSE(changes.isEmpty()) << "a page must move the reader on";
        const bool huge = page.body.size() > PageBytes;
        if (huge) {
            EXPECT_EQ(changes.size(), 1) << "only a single change may pass the cap";
            hugeAlone = true;
        }
        messages += int(changes.size());
        since = page.json().value(QLatin1StringView("next")).toInteger();
        more = page.json().value(QLatin1StringView("more")).toBool();
        ++pages;
    }
    EXPECT_EQ(messages, 13);
    EXPECT_TRUE(hugeAlone);
    EXPECT_GE(pages, 6); // 72,000 bytes in pages of at most 16 KiB, then the large one
    // The count cap still holds below the byte cap.
    const HttpReply two = sofia->get(u"/api/v1/changes?limit=2&since=" + QString::number(0));
    EXPECT_EQ(two.json().value(Changes).toArray().size(), 2);
    EXPECT_TRUE(two.json().value(QLatin1StringView("more")).toBool());
}

INSTANTIATE_TEST_SUITE_P(Backends, FeedPageTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
