#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace frontline::test;

namespace {

std::unique_ptr<HttpClient> demoUser(const BackOfficeProcess &backOffice, const QString &username)
{
    auto client = std::make_unique<HttpClient>(backOffice.baseUrl());
    const HttpReply reply = client->signIn(username, QStringLiteral("demo"));
    EXPECT_EQ(reply.status, 200) << username.toStdString();
    return client;
}

qint64 number(BackOfficeProcess &backOffice, const QString &sql)
{
    QVariant value;
    EXPECT_TRUE(backOffice.query(sql, &value)) << sql.toStdString();
    return value.toLongLong();
}

// The articles GET /kb/articles answers, by slug, with each one's project ("" for every store).
QHash<QString, QString> articles(HttpClient &client, const QString &query)
{
    QHash<QString, QString> found;
    const HttpReply reply = client.get(u"/api/v1/kb/articles?limit=100" + query);
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    for (const QJsonValue &article : reply.json().value(QLatin1StringView("articles")).toArray()) {
        found.insert(article[QLatin1StringView("slug")].toString(),
                     article[QLatin1StringView("project_id")].toString());
    }
    return found;
}

// kira and lev sign in as their stores' clients; ivan and anna work Lavka's queues besides
// Hopper's.
void expectAccounts(const BackOfficeProcess &backOffice, qint64 hopper, qint64 lavka)
{
    for (const auto &[username, project] :
         {std::pair{QStringLiteral("kira"), hopper}, std::pair{QStringLiteral("lev"), lavka}}) {
        HttpClient account(backOffice.baseUrl());
        const HttpReply signedIn = account.signIn(username, QStringLiteral("demo"));
        ASSERT_EQ(signedIn.status, 200) << username.toStdString();
        const QJsonObject me = signedIn.json().value(QLatin1StringView("operator")).toObject();
        EXPECT_EQ(me.value(QLatin1StringView("role")).toString(), u"client");
        EXPECT_EQ(me.value(QLatin1StringView("project_id")).toString(), QString::number(project));
    }
    for (const QString &username : {QStringLiteral("ivan"), QStringLiteral("anna")}) {
        const QJsonArray queues = demoUser(backOffice, username)
                                      ->get(QStringLiteral("/api/v1/me"))
                                      .json()
                                      .value(QLatin1StringView("queues"))
                                      .toArray();
        EXPECT_TRUE(queues.contains(QStringLiteral("lavka-orders"))) << username.toStdString();
        EXPECT_TRUE(queues.contains(QStringLiteral("lavka-delivery"))) << username.toStdString();
    }
}

// Lavka's articles for Lavka, Hopper's for Hopper, the rest for both.
void expectKnowledgeBaseScoped(const BackOfficeProcess &backOffice, qint64 hopper, qint64 lavka)
{
    const QString ofLavka = QString::number(lavka);
    auto sofia = demoUser(backOffice, QStringLiteral("sofia"));
    const QHash<QString, QString> all = articles(*sofia, QStringLiteral("&locale=en"));
    EXPECT_EQ(all.value(QStringLiteral("lavka-late-delivery")), ofLavka);
    EXPECT_EQ(all.value(QStringLiteral("hopper-warranty-service-centres")),
              QString::number(hopper));
    EXPECT_EQ(all.value(QStringLiteral("delivery-delivery-methods"), QStringLiteral("?")),
              QString());
    const QHash<QString, QString> forLavka = articles(*sofia, u"&locale=en&project_id=" + ofLavka);
    EXPECT_TRUE(forLavka.contains(QStringLiteral("lavka-missing-item")));
    EXPECT_TRUE(forLavka.contains(QStringLiteral("delivery-delivery-methods")));
    EXPECT_FALSE(forLavka.contains(QStringLiteral("hopper-warranty-service-centres")));
    for (auto it = forLavka.begin(); it != forLavka.end(); ++it)
        EXPECT_TRUE(it.value().isEmpty() || it.value() == ofLavka) << it.key().toStdString();
    const QHash<QString, QString> forHopper =
        articles(*sofia, u"&locale=ru&q=" +
                             QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("ремонт"))) +
                             u"&project_id=" + QString::number(hopper));
    EXPECT_TRUE(forHopper.contains(QStringLiteral("hopper-warranty-service-centres")));
    EXPECT_FALSE(forHopper.contains(QStringLiteral("lavka-missing-item")));
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/kb/articles?project_id=999")).status, 404);
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/kb/articles?project_id=lavka")).status, 422);
}

// Canned responses as articles: Lavka's greeting for Lavka, Hopper's for Hopper, "anything
// else?" for both.
void expectCannedResponsesScoped(const BackOfficeProcess &backOffice, qint64 hopper, qint64 lavka)
{
    auto sofia = demoUser(backOffice, QStringLiteral("sofia"));
    const auto greetings = [&](qint64 project) {
        QStringList bodies;
        const HttpReply reply =
            sofia->get(u"/api/v1/macros?locale=en&project_id=" + QString::number(project));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        for (const QJsonValue &macro : reply.json().value(QLatin1StringView("macros")).toArray()) {
            const QString shortcut = macro[QLatin1StringView("shortcut")].toString();
            if (shortcut == u"/greet" || shortcut == u"/bye")
                bodies.append(shortcut + u' ' + macro[QLatin1StringView("body")].toString());
        }
        return bodies.join(u'\n');
    };
    const QString ofLavka = greetings(lavka);
    EXPECT_TRUE(ofLavka.contains(u"Lavka support")) << ofLavka.toStdString();
    EXPECT_FALSE(ofLavka.contains(u"Hopper")) << ofLavka.toStdString();
    EXPECT_TRUE(ofLavka.contains(u"/bye Is there anything else")) << ofLavka.toStdString();
    const QString ofHopper = greetings(hopper);
    EXPECT_TRUE(ofHopper.contains(u"Hopper support")) << ofHopper.toStdString();
    EXPECT_FALSE(ofHopper.contains(u"Lavka")) << ofHopper.toStdString();
    EXPECT_TRUE(ofHopper.contains(u"/bye Is there anything else")) << ofHopper.toStdString();
}

} // namespace

// The demo serves two stores (issue 17, item 11): Hopper, the electronics store it always was, and
// Lavka, a grocery delivery with its own queues, customers, tickets, articles, targets and account.
TEST(DemoStores, TwoStoresWithTheirQueuesCustomersArticlesAndAccounts)
{
    BackOfficeProcess backOffice(
        {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600")});
    ASSERT_TRUE(backOffice.start());
    const QString started = QString::number(QDateTime::currentMSecsSinceEpoch());
    const qint64 hopper =
        number(backOffice, QStringLiteral("SELECT id FROM projects WHERE slug = 'hopper'"));
    const qint64 lavka =
        number(backOffice, QStringLiteral("SELECT id FROM projects WHERE slug = 'lavka'"));
    ASSERT_GT(hopper, 0);
    ASSERT_GT(lavka, 0);
    EXPECT_EQ(number(backOffice, QStringLiteral("SELECT show_conversations FROM projects WHERE "
                                                "slug = 'hopper'")),
              1);
    EXPECT_EQ(number(backOffice, QStringLiteral("SELECT show_conversations FROM projects WHERE "
                                                "slug = 'lavka'")),
              0);
    EXPECT_EQ(number(backOffice,
                     u"SELECT COUNT(*) FROM queues WHERE project_id = " + QString::number(lavka)),
              2);
    EXPECT_EQ(number(backOffice,
                     u"SELECT COUNT(*) FROM queues WHERE project_id = " + QString::number(hopper)),
              4);

    expectAccounts(backOffice, hopper, lavka);

    // Lavka has customers, tickets (of this shift and of the month) and targets of its own; every
    // ticket's customer is of the store whose queue it is in.
    const QString ofLavka = QString::number(lavka);
    EXPECT_GT(number(backOffice, u"SELECT COUNT(*) FROM customers WHERE project_id = " + ofLavka),
              50);
    EXPECT_GT(number(backOffice, u"SELECT COUNT(*) FROM tickets t JOIN queues q ON q.id = "
                                 u"t.queue_id WHERE q.project_id = " +
                                     ofLavka),
              300);
    EXPECT_EQ(number(backOffice,
                     QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN queues q ON q.id = "
                                    "t.queue_id JOIN customers c ON c.id = t.customer_id WHERE "
                                    "q.project_id <> c.project_id OR c.project_id IS NULL")),
              0);
    EXPECT_GT(number(backOffice, u"SELECT COUNT(*) FROM kpi_targets WHERE project_id = " + ofLavka),
              0);
    EXPECT_GT(number(backOffice, QStringLiteral("SELECT COUNT(*) FROM orders WHERE number LIKE "
                                                "'LV-%'")),
              50);

    // The simulated customers of both stores write in, each into its store's queues, and are
    // found among their store's customers (none is created anew).
    EXPECT_TRUE(waitUntil(
        [&] {
            return number(backOffice,
                          QStringLiteral("SELECT COUNT(DISTINCT q.project_id) FROM tickets t JOIN "
                                         "queues q ON q.id = t.queue_id WHERE t.id IN (SELECT "
                                         "ticket_id FROM messages WHERE external_id LIKE "
                                         "'sim-%')")) == 2;
        },
        std::chrono::seconds(30)));
    EXPECT_EQ(number(backOffice, u"SELECT COUNT(*) FROM customers WHERE created_at >= " + started),
              0);
    EXPECT_EQ(number(backOffice,
                     QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN queues q ON q.id = "
                                    "t.queue_id JOIN customers c ON c.id = t.customer_id WHERE "
                                    "q.project_id <> c.project_id OR c.project_id IS NULL")),
              0);

    expectKnowledgeBaseScoped(backOffice, hopper, lavka);
    expectCannedResponsesScoped(backOffice, hopper, lavka);
}
