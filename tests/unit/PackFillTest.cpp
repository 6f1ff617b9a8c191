// Issue 19, item 1: what a scenario pack brings is loaded into a fresh sandbox store, with every
// row in the store's change feed, times relative to the injected clock.
#include "server/training/PackFill.h"
#include "protocol/ScenarioPack.h"
#include "server/storage/Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;

namespace {

constexpr qint64 Now = 1796000000000; // a fixed "now" for the clock
constexpr qint64 Hour = 3600 * 1000;

protocol::ScenarioPack demoPack()
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/training/demo-pack-en.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    auto pack = protocol::ScenarioPack::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    EXPECT_TRUE(pack.ok());
    return pack.ok() ? pack.value() : protocol::ScenarioPack{};
}

class PackFillTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto url = DatabaseUrl::parse(u"sqlite:" + dir.filePath(u"sandbox-test.sqlite"_qs));
        ASSERT_TRUE(url);
        auto opened = Store::open(url.value(), QStringLiteral("sandbox-test"));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        store = std::move(opened.value());
        auto migrated = store->migrate();
        ASSERT_TRUE(migrated) << migrated.error().message.toStdString();
    }

    qint64 count(const QString &sql, const QVariantList &args = {})
    {
        auto value = store->scalar(sql, args);
        EXPECT_TRUE(value) << value.error().message.toStdString();
        return value ? value.value().toLongLong() : -1;
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Clock clock = [] { return Now; };
};

} // namespace

TEST_F(PackFillTest, TheDemoPacksCustomersOrdersAndMacrosReachTheSandboxAndItsFeed)
{
    const protocol::ScenarioPack pack = demoPack();
    auto filled = fillSandboxFromPack(*store, pack, clock);
    ASSERT_TRUE(filled) << filled.error().message.toStdString();

    EXPECT_EQ(count(u"SELECT COUNT(*) FROM customers"_qs), pack.customers.size());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM customers WHERE external_id = 'pack:james' AND "
                    u"locale = 'en' AND name = 'James Walker'"_qs),
              1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM orders"_qs), pack.orders.size());
    qint64 steps = 0;
    for (const protocol::PackOrder &order : pack.orders)
        steps += order.history.size();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM order_status_history"_qs), steps);
    // HP-70010001 was placed 240 hours before the fill and has been in transit for 160.
    EXPECT_EQ(count(u"SELECT created_at FROM orders WHERE number = 'HP-70010001'"_qs),
              Now - 240 * Hour);
    EXPECT_EQ(count(u"SELECT updated_at FROM orders WHERE number = 'HP-70010001'"_qs),
              Now - 160 * Hour);
    EXPECT_EQ(count(u"SELECT total_cents FROM orders WHERE number = 'HP-70010002'"_qs),
              599000 + 2 * 49000);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM macros WHERE slug = 'late-delivery-apology'"_qs), 1);
    // Production's knowledge base is the sandbox's own fill's to copy, not the pack's.
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM kb_articles"_qs), 0);

    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'customer'"_qs),
              pack.customers.size());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'macro'"_qs), 1);
    auto card = store->scalar(
        u"SELECT data FROM changes WHERE entity = 'customer' ORDER BY seq LIMIT 1"_qs);
    ASSERT_TRUE(card);
    const QJsonObject customer = QJsonDocument::fromJson(card.value().toByteArray()).object();
    EXPECT_EQ(customer[u"orders"][0][u"number"].toString(), u"HP-70010001");
    EXPECT_EQ(customer[u"orders"][0][u"history"].toArray().size(), 5);
}

TEST_F(PackFillTest, APacksOwnArticlesAreAddedOrReplaceTheSameSlug)
{
    ASSERT_TRUE(
        store->run(u"INSERT INTO kb_articles (slug, locale, title, body, created_at, "
                   u"updated_at) VALUES ('refund-timing', 'en', 'Old', 'Old text', 1, 1)"_qs));
    protocol::ScenarioPack pack;
    pack.id = u"own"_qs;
    pack.language = u"en"_qs;
    pack.ownKnowledgeBase = true;
    pack.articles = {
        {u"refund-timing"_qs, u"Refund timing"_qs, u"Ten business days."_qs, {u"cancellation"_qs}},
        {u"gift-cards"_qs, u"Gift cards"_qs, u"Back to the account."_qs, {}}};
    auto filled = fillSandboxFromPack(*store, pack, clock);
    ASSERT_TRUE(filled) << filled.error().message.toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM kb_articles"_qs), 2);
    EXPECT_EQ(count(u"SELECT version FROM kb_articles WHERE slug = 'refund-timing'"_qs), 2);
    auto body = store->scalar(u"SELECT body FROM kb_articles WHERE slug = 'refund-timing'"_qs);
    ASSERT_TRUE(body);
    EXPECT_EQ(body.value().toString(), u"Ten business days.");
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'kb_article'"_qs), 2);
}

TEST_F(PackFillTest, AFailedFillLeavesNothingBehind)
{
    // An order number already in the sandbox makes the fill fail half-way: nothing of it stays.
    ASSERT_TRUE(store->run(u"INSERT INTO customers (name, created_at, updated_at) VALUES "
                           u"('Someone', 1, 1)"_qs));
    ASSERT_TRUE(store->run(u"INSERT INTO orders (customer_id, number, status, created_at, "
                           u"updated_at) VALUES (1, 'HP-70010006', 'paid', 1, 1)"_qs));
    auto filled = fillSandboxFromPack(*store, demoPack(), clock);
    EXPECT_FALSE(filled);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM customers"_qs), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM orders"_qs), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes"_qs), 0);
}
