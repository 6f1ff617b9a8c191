// A supervisor's alert rules (issue 17, item 3): kept on the back office, hers alone, checked.
#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {

const QLatin1StringView Id("id");
const QString RulesPath = QStringLiteral("/api/v1/alert-rules");

QByteArray rule(const QString &kind, double threshold, const QString &queue = {},
                bool enabled = true)
{
    QJsonObject body{{QLatin1StringView("kind"), kind},
                     {QLatin1StringView("threshold"), threshold},
                     {QLatin1StringView("enabled"), enabled}};
    if (!queue.isEmpty())
        body.insert(QLatin1StringView("queue_id"), queue);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonArray rulesOf(HttpClient &client)
{
    return client.get(RulesPath).json().value(QLatin1StringView("alert_rules")).toArray();
}

} // namespace

TEST_P(ApiTest, AlertRulesRoundTrip)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    EXPECT_TRUE(rulesOf(*sofia).isEmpty());
    const HttpReply created = sofia->send(
        "POST", RulesPath, rule(QStringLiteral("queue_waiting"), 5, QStringLiteral("orders")));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject first = created.json();
    EXPECT_EQ(first.value(QLatin1StringView("kind")).toString(), u"queue_waiting");
    EXPECT_EQ(first.value(QLatin1StringView("threshold")).toDouble(), 5);
    EXPECT_EQ(first.value(QLatin1StringView("queue_id")).toString(), u"orders");
    EXPECT_TRUE(first.value(QLatin1StringView("enabled")).toBool());
    const HttpReply breach =
        sofia->send("POST", RulesPath, QByteArrayLiteral(R"({"kind":"sla_breach"})"));
    ASSERT_EQ(breach.status, 201) << breach.body.toStdString();
    EXPECT_TRUE(breach.json().value(QLatin1StringView("queue_id")).isNull());
    ASSERT_EQ(rulesOf(*sofia).size(), 2);

    const QString path = RulesPath + u'/' + first.value(Id).toString();
    const HttpReply changed =
        sofia->send("PUT", path, rule(QStringLiteral("oldest_wait"), 120, {}, false));
    ASSERT_EQ(changed.status, 200) << changed.body.toStdString();
    EXPECT_EQ(changed.json().value(QLatin1StringView("kind")).toString(), u"oldest_wait");
    EXPECT_FALSE(changed.json().value(QLatin1StringView("enabled")).toBool());
    EXPECT_TRUE(changed.json().value(QLatin1StringView("queue_id")).isNull());
    EXPECT_EQ(changed.json().value(QLatin1StringView("version")).toInt(), 2);

    EXPECT_EQ(sofia->send("DELETE", path, {}).status, 204);
    EXPECT_EQ(sofia->send("DELETE", path, {}).status, 404);
    ASSERT_EQ(rulesOf(*sofia).size(), 1);
    EXPECT_EQ(rulesOf(*sofia).at(0)[QLatin1StringView("kind")].toString(), u"sla_breach");
}

TEST_P(ApiTest, AlertRulesAreTheirSupervisorsAlone)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    auto admin = signIn(QStringLiteral("admin"));
    auto olga = signIn(QStringLiteral("olga"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const HttpReply created =
        sofia->send("POST", RulesPath, rule(QStringLiteral("service_level"), 80));
    ASSERT_EQ(created.status, 201);
    const QString path = RulesPath + u'/' + created.json().value(Id).toString();
    // Another staff member sees none of them and cannot touch them.
    EXPECT_TRUE(rulesOf(*admin).isEmpty());
    EXPECT_EQ(admin->send("PUT", path, rule(QStringLiteral("service_level"), 70)).status, 404);
    EXPECT_EQ(admin->send("DELETE", path, {}).status, 404);
    // Operators and trainers have no rules at all.
    for (HttpClient *client : {olga.get(), tanya.get()}) {
        EXPECT_EQ(client->get(RulesPath).status, 403);
        EXPECT_EQ(client->send("POST", RulesPath, rule(QStringLiteral("help_flag"), 0)).status,
                  403);
        EXPECT_EQ(client->send("PUT", path, rule(QStringLiteral("help_flag"), 0)).status, 403);
        EXPECT_EQ(client->send("DELETE", path, {}).status, 403);
    }
    ASSERT_EQ(rulesOf(*sofia).size(), 1);
    EXPECT_EQ(rulesOf(*sofia).at(0)[QLatin1StringView("threshold")].toDouble(), 80);
}

TEST_P(ApiTest, AlertRulesAreValidatedWithClearErrors)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    struct Bad
    {
        QByteArray body;
        QString field;
    };
    const Bad bad[] = {
        {R"({"kind":"weather"})", QStringLiteral("kind")},
        {R"({"threshold":5})", QStringLiteral("kind")},
        {rule(QStringLiteral("queue_waiting"), 0), QStringLiteral("threshold")},
        {R"({"kind":"oldest_wait"})", QStringLiteral("threshold")},
        {R"({"kind":"oldest_wait","threshold":"120"})", QStringLiteral("threshold")},
        {rule(QStringLiteral("service_level"), 101), QStringLiteral("threshold")},
        {rule(QStringLiteral("operator_csat"), -1), QStringLiteral("threshold")},
        {rule(QStringLiteral("operator_idle"), 2000), QStringLiteral("threshold")},
        {rule(QStringLiteral("help_flag"), 3), QStringLiteral("threshold")},
        {rule(QStringLiteral("operator_idle"), 10, QStringLiteral("orders")),
         QStringLiteral("queue_id")},
        {rule(QStringLiteral("queue_waiting"), 5, QStringLiteral("nowhere")),
         QStringLiteral("queue_id")},
        {R"({"kind":"sla_breach","enabled":"yes"})", QStringLiteral("enabled")},
        {rule(QStringLiteral("queue_waiting"), 5, QString(101, u'q')), QStringLiteral("queue_id")},
    };
    for (const Bad &request : bad) {
        const HttpReply reply = sofia->send("POST", RulesPath, request.body);
        EXPECT_EQ(reply.status, 422) << request.body.toStdString();
        EXPECT_EQ(errorField(reply), request.field) << request.body.toStdString();
        EXPECT_FALSE(reply.json()[QLatin1StringView("error")][QLatin1StringView("message")]
                         .toString()
                         .isEmpty());
    }
    EXPECT_TRUE(rulesOf(*sofia).isEmpty());
    EXPECT_EQ(sofia->send("PUT", RulesPath + u"/abc", rule(QStringLiteral("help_flag"), 0)).status,
              404);
}

TEST_P(ApiTest, ASupervisorKeepsAtMostAHundredAlertRules)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    for (int i = 0; i < 100; ++i)
        ASSERT_EQ(
            sofia->send("POST", RulesPath, rule(QStringLiteral("queue_waiting"), i + 1)).status,
            201);
    const HttpReply over = sofia->send("POST", RulesPath, rule(QStringLiteral("help_flag"), 0));
    EXPECT_EQ(over.status, 409);
    EXPECT_EQ(errorCode(over), u"conflict");
    EXPECT_EQ(rulesOf(*sofia).size(), 100);
}
