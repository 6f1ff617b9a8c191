// Canned responses filled from the cache: who the customer and the operator are, the ticket's
// number, and the order the conversation is about (named in it, else the latest); what the cache
// cannot fill stays a placeholder.
#include "app/models/CannedResponseFiller.h"
#include "app/store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

// Readable failures: placeholders by name and place, not their bytes.
namespace frontline::app {
void PrintTo(const Placeholder &placeholder, std::ostream *out)
{
    *out << placeholder.name.toStdString() << '@' << placeholder.position << '+'
         << placeholder.length;
}
} // namespace frontline::app

using namespace frontline;
using app::CannedResponseFiller;
using app::Placeholder;

namespace {

class CannedResponseFillerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        addTicket(QStringLiteral("t1"), 1531, QStringLiteral("c1"), QStringLiteral("Refund"));
        write(QStringLiteral("INSERT INTO customers (id, name, json) VALUES ('c1', "
                             "'Мария Иванова', '{\"locale\": \"ru\"}')"));
        addOrder(QStringLiteral("o1"), QStringLiteral("HP-11111111"), QStringLiteral("delivered"),
                 QStringLiteral("2026-10-01T09:00:00Z"), 129900);
        addOrder(QStringLiteral("o2"), QStringLiteral("HP-22222222"), QStringLiteral("in_transit"),
                 QStringLiteral("2026-11-20T09:00:00Z"), 450000);
        addOrder(QStringLiteral("o3"), QStringLiteral("HP-33333333"), QStringLiteral("paid"),
                 QStringLiteral("2026-11-02T09:00:00Z"), 100);
    }

    void write(const QString &sql, const QVariantList &values = {})
    {
        ASSERT_TRUE(store.write(sql, values).ok()) << sql.toStdString();
    }

    void addTicket(const QString &id, int number, const QString &customer, const QString &subject)
    {
        const QJsonObject json{
            {QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("channel"), QStringLiteral("chat")},
            {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("priority"), QStringLiteral("normal")},
            {QStringLiteral("queue"), QStringLiteral("orders")},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("customer_id"), customer},
            {QStringLiteral("version"), 1},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-23T10:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-23T10:00:00Z")}};
        write(QStringLiteral("INSERT INTO tickets (id, number, status, subject, customer_id, "
                             "version, server_json) VALUES (?, ?, 'open', ?, ?, 1, ?)"),
              {id, number, subject, customer,
               QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
    }

    void addOrder(const QString &id, const QString &number, const QString &status,
                  const QString &created, qint64 totalCents)
    {
        const QJsonObject json{
            {QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("status"), status},
            {QStringLiteral("total_cents"), totalCents},
            {QStringLiteral("currency"), QStringLiteral("RUB")},
            {QStringLiteral("delivery_method"), QStringLiteral("courier")},
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Кофемашина")}}}},
            {QStringLiteral("created_at"), created}};
        write(QStringLiteral("INSERT INTO orders (id, customer_id, number, status, json) VALUES "
                             "(?, 'c1', ?, ?, ?)"),
              {id, number, status,
               QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
    }

    void addMessage(const QString &ticket, const QString &body)
    {
        write(QStringLiteral("INSERT INTO messages (id, ticket_id, author_kind, body) VALUES (?, "
                             "?, 'customer', ?)"),
              {QStringLiteral("m%1").arg(++serial), ticket, body});
    }

    std::string fill(const QString &body, const QString &locale = QStringLiteral("en"))
    {
        auto filled = CannedResponseFiller(store, QStringLiteral("Olga Smirnova"))
                          .fill(body, QStringLiteral("t1"), locale);
        EXPECT_TRUE(filled.ok());
        return filled ? filled.value().toStdString() : std::string();
    }

    QTemporaryDir dir;
    app::LocalStore store;
    int serial = 0;
};

} // namespace

TEST_F(CannedResponseFillerTest, FillsTheCustomerTheOperatorAndTheTicket)
{
    EXPECT_EQ(fill(QStringLiteral("Hello, {customer_name}! I'm {operator_name}, ticket "
                                  "#{ticket_number}.")),
              "Hello, Мария! I'm Olga, ticket #1531.");
}

TEST_F(CannedResponseFillerTest, WithoutAMentionTheLatestOrderIsUsed)
{
    EXPECT_EQ(fill(QStringLiteral("Order {order_number} is {order_status}.")),
              "Order HP-22222222 is in transit.");
    EXPECT_EQ(fill(QStringLiteral("Заказ {order_number}: {order_status}, {delivery_method}."),
                   QStringLiteral("ru")),
              "Заказ HP-22222222: в пути, курьер.");
}

TEST_F(CannedResponseFillerTest, TheOrderTheConversationNamesLastWins)
{
    addMessage(QStringLiteral("t1"), QStringLiteral("My order HP-33333333 is late"));
    addMessage(QStringLiteral("t1"), QStringLiteral("Sorry, I meant HP-11111111."));
    addMessage(QStringLiteral("t2"), QStringLiteral("HP-33333333")); // another ticket's message
    EXPECT_EQ(fill(QStringLiteral("{order_number} placed on {order_date}, {order_total}, "
                                  "{order_items}")),
              "HP-11111111 placed on 1 October 2026, 1,299\u00a0₽, Кофемашина");
    EXPECT_EQ(fill(QStringLiteral("{order_date}, {order_total}"), QStringLiteral("ru")),
              "1 октября 2026, 1\u00a0299\u00a0₽");
}

TEST_F(CannedResponseFillerTest, TheSubjectNamesTheOrderWhenNoMessageDoes)
{
    addTicket(QStringLiteral("t3"), 1600, QStringLiteral("c1"),
              QStringLiteral("No tracking updates for HP-33333333"));
    auto order = CannedResponseFiller(store, {}).orderOf(QStringLiteral("t3"));
    ASSERT_TRUE(order.ok());
    ASSERT_TRUE(order.value().has_value());
    EXPECT_EQ(order.value()->number, u"HP-33333333");
}

TEST_F(CannedResponseFillerTest, WhatTheCacheCannotFillStaysForTheOperator)
{
    const QString filled = QString::fromStdString(
        fill(QStringLiteral("{customer_name}, tracking {tracking_number} for {order_number}.")));
    EXPECT_EQ(filled.toStdString(), "Мария, tracking {tracking_number} for HP-22222222.");
    EXPECT_EQ(CannedResponseFiller::placeholdersIn(filled),
              (QList<Placeholder>{{16, 17, QStringLiteral("tracking_number")}}));

    // A ticket with no customer in the cache: the operator and the number only.
    addTicket(QStringLiteral("t4"), 1700, QString(), QStringLiteral("Hi"));
    auto bare = CannedResponseFiller(store, QStringLiteral("Olga Smirnova"))
                    .fill(QStringLiteral("{customer_name}/{operator_name}/{order_number}/"
                                         "{ticket_number}"),
                          QStringLiteral("t4"), QStringLiteral("en"));
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(bare.value().toStdString(), "{customer_name}/Olga/{order_number}/1700");
}

TEST_F(CannedResponseFillerTest, TheCustomersLanguageComesFromTheCache)
{
    const CannedResponseFiller filler(store, {});
    EXPECT_EQ(filler.customerLocale(QStringLiteral("t1")).value(), u"ru");
    EXPECT_TRUE(filler.customerLocale(QStringLiteral("nope")).value().isEmpty());
}

TEST_F(CannedResponseFillerTest, PlaceholdersAreSnakeCaseNamesInBraces)
{
    EXPECT_EQ(CannedResponseFiller::placeholdersIn(QStringLiteral("a {x_1} {Not} {} {y}")),
              (QList<Placeholder>{{2, 5, QStringLiteral("x_1")}, {17, 3, QStringLiteral("y")}}));
    EXPECT_EQ(CannedResponseFiller::fillWith(
                  QStringLiteral("{a}{b}{a}"),
                  {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QString()}}),
              u"1{b}1"); // an empty value is no value
}
