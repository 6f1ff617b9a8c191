// A sandbox never reaches production and production never reaches a sandbox (issue 19, item 2):
// every route of docs/api/roles.md walked with sandbox tokens against production's ids and with
// production tokens against the sandbox's, none answering with the other's data or changing it;
// and production's figures do not count a ticket handled in a sandbox.
#include "tests/integration/SandboxFixture.h"

#include <QFile>
#include <QRegularExpression>

using namespace frontline::test;

namespace {

using L = QLatin1StringView;

const QString ProductionMark = QStringLiteral("PRODUCTION-ONLY-7f3a");
const QString SandboxMark = QStringLiteral("SANDBOX-ONLY-91c2");

struct Route
{
    QString method;
    QString path;
};

// Every route of roles.md's table but the public ones, signing out (it spends the token) and
// the events socket (RealtimeApiTest).
QList<Route> routeTable()
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/docs/api/roles.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression row(
        QStringLiteral("^\\| (GET|POST|PUT|PATCH|DELETE) \\| (/\\S+) \\|(.*)$"));
    QList<Route> routes;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const auto match = row.match(line);
        if (!match.hasMatch() || match.captured(3).contains(u"public") ||
            match.captured(2).endsWith(u"/logout") || match.captured(2).endsWith(u"/events"))
            continue;
        routes.append({match.captured(1), match.captured(2)});
    }
    return routes;
}

class SandboxIsolationTest : public SandboxTest
{
protected:
    // Walks every route with `client`, each {id} the other workspace's `id` and {name} `sandbox`,
    // and expects neither the other's data in any answer nor a success on any of its ids.
    void walk(HttpClient &client, const QString &who, const QString &id, const QString &foreign,
              const QString &sandbox)
    {
        const QList<Route> routes = routeTable();
        ASSERT_GT(routes.size(), 80);
        for (const Route &route : routes) {
            QString path = route.path;
            const bool named = path.contains(u'{');
            path.replace(QStringLiteral("{id}"), id);
            path.replace(QStringLiteral("{name}"), sandbox);
            path.replace(QStringLiteral("{operator_id}"), id);
            const HttpReply reply =
                route.method == u"GET"
                    ? client.get(path)
                    : client.send(route.method.toLatin1(), path,
                                  json({{L("body"), QStringLiteral("hello")},
                                        {L("status"), QStringLiteral("resolved")}}),
                                  {{"Content-Type", "application/json"},
                                   {"If-Match", "\"1\""},
                                   {"Idempotency-Key", "walk-" + path.toLatin1()}});
            const std::string what = QString(who + u' ' + route.method + u' ' + path).toStdString();
            ASSERT_NE(reply.status, 0) << what;
            EXPECT_FALSE(reply.body.contains(foreign.toUtf8())) << what << reply.body.toStdString();
            if (named) {
                EXPECT_FALSE(reply.status >= 200 && reply.status < 300)
                    << what << " " << reply.status << " " << reply.body.toStdString();
            }
        }
    }
};

TEST_P(SandboxIsolationTest, NoTokenReachesTheOtherWorkspace)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_EQ(tanya
                  ->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                         sandboxBody(QStringLiteral("iso"), QStringLiteral("Isolation")))
                  .status,
              201);
    auto olga = signIn(QStringLiteral("olga"));
    const QString olgaId = idOf(*olga);
    ASSERT_EQ(tanya->send("PUT", u"/api/v1/training/sandboxes/iso/trainees/" + olgaId, {}).status,
              200);
    auto olgaInside = signInTo(QStringLiteral("iso"), QStringLiteral("olga"));
    auto tanyaInside = signInTo(QStringLiteral("iso"), QStringLiteral("tanya"));

    // Production: four tickets (ids 1-4) and an article written after the sandbox was made.
    for (int i = 0; i < 4; ++i)
        createTicket(*olga, QStringLiteral("orders"), ProductionMark);
    ASSERT_EQ(tanya
                  ->send("POST", QStringLiteral("/api/v1/kb/articles"),
                         json({{L("locale"), QStringLiteral("en")},
                               {L("title"), ProductionMark},
                               {L("body"), ProductionMark}}))
                  .status,
              201);
    // The sandbox: one ticket (id 1), so production's 2-4 do not exist there.
    createTicket(*olgaInside, QStringLiteral("orders"), SandboxMark);

    auto admin = signIn(QStringLiteral("admin"));
    const QByteArray before = admin->get(QStringLiteral("/api/v1/tickets/4")).body;
    // Sandboxes are managed from production only: its own trainer gets 403 on "iso" too.
    walk(*olgaInside, QStringLiteral("sandbox operator"), QStringLiteral("4"), ProductionMark,
         QStringLiteral("iso"));
    walk(*tanyaInside, QStringLiteral("sandbox trainer"), QStringLiteral("4"), ProductionMark,
         QStringLiteral("iso"));
    EXPECT_EQ(admin->get(QStringLiteral("/api/v1/tickets/4")).body, before);
    EXPECT_EQ(admin->get(QStringLiteral("/api/v1/tickets/4/messages"))
                  .json()
                  .value(u"messages")
                  .toArray()
                  .size(),
              0);

    // Now the sandbox has tickets 1-9, and production only 1-4 and seven accounts: 9 is the
    // sandbox's alone.
    for (int i = 0; i < 8; ++i)
        createTicket(*olgaInside, QStringLiteral("orders"), SandboxMark);
    olgaInside = signInTo(QStringLiteral("iso"), QStringLiteral("olga"));
    const QByteArray sandboxBefore = olgaInside->get(QStringLiteral("/api/v1/tickets/9")).body;
    ASSERT_TRUE(sandboxBefore.contains(SandboxMark.toUtf8()));
    for (const QString &who : {QStringLiteral("olga"), QStringLiteral("sofia"),
                               QStringLiteral("tanya"), QStringLiteral("admin")}) {
        auto client = signIn(who);
        // Production's trainer and admin manage sandboxes: walk them past a sandbox of nobody's.
        walk(*client, u"production " + who, QStringLiteral("9"), SandboxMark,
             QStringLiteral("no-such-sandbox"));
    }
    olgaInside = signInTo(QStringLiteral("iso"), QStringLiteral("olga"));
    EXPECT_EQ(olgaInside->get(QStringLiteral("/api/v1/tickets/9")).body, sandboxBefore);
    EXPECT_EQ(olgaInside->get(QStringLiteral("/api/v1/kb/articles?q=PRODUCTION"))
                  .json()
                  .value(u"articles")
                  .toArray()
                  .size(),
              0);
}

TEST_P(SandboxIsolationTest, ProductionFiguresDoNotCountSandboxWork)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_EQ(tanya
                  ->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                         sandboxBody(QStringLiteral("iso"), QStringLiteral("Isolation")))
                  .status,
              201);
    const QString olgaId = idOf(*signIn(QStringLiteral("olga")));
    ASSERT_EQ(tanya->send("PUT", u"/api/v1/training/sandboxes/iso/trainees/" + olgaId, {}).status,
              200);
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString from = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    const auto figures = [&] {
        QJsonObject all;
        for (const QString &path :
             {QStringLiteral("/api/v1/metrics/operators"), QStringLiteral("/api/v1/metrics/queues"),
              QStringLiteral("/api/v1/metrics/tickets")}) {
            const HttpReply reply = sofia->get(path + u"?from=" + from);
            EXPECT_EQ(reply.status, 200) << path.toStdString() << reply.body.toStdString();
            all.insert(path, reply.json());
        }
        return all;
    };
    const QJsonObject before = figures();

    // In the sandbox, olga takes a ticket and resolves it.
    auto olga = signInTo(QStringLiteral("iso"), QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"), SandboxMark);
    const QString path = u"/api/v1/tickets/" + ticket.value(u"id").toString();
    const HttpReply taken = olga->send("PATCH", path, json({{L("assignee_id"), idOf(*olga)}}),
                                       {{"Content-Type", "application/json"}, {"If-Match", "1"}});
    ASSERT_EQ(taken.status, 200) << taken.body.toStdString();
    const HttpReply resolved =
        olga->send("PATCH", path,
                   json({{L("status"), QStringLiteral("resolved")},
                         {L("resolution_code"), QStringLiteral("answered")}}),
                   {{"Content-Type", "application/json"}, {"If-Match", taken.header("ETag")}});
    ASSERT_EQ(resolved.status, 200) << resolved.body.toStdString();

    const QJsonObject after = figures();
    for (const QString &key : after.keys()) {
        const QByteArray text = QJsonDocument(after.value(key).toObject()).toJson();
        EXPECT_FALSE(text.contains(SandboxMark.toUtf8())) << key.toStdString();
    }
    const auto handled = [](const QJsonObject &all) {
        int sum = 0;
        for (const QJsonValue &row :
             all.value(u"/api/v1/metrics/operators")[u"operators"].toArray())
            sum += row[u"handled"].toInt();
        return sum;
    };
    EXPECT_EQ(handled(after), handled(before));
    EXPECT_EQ(after.value(u"/api/v1/metrics/tickets")[u"tickets"].toArray().size(),
              before.value(u"/api/v1/metrics/tickets")[u"tickets"].toArray().size());
    const HttpReply board = sofia->get(QStringLiteral("/api/v1/metrics/board"));
    ASSERT_EQ(board.status, 200);
    EXPECT_FALSE(board.body.contains(SandboxMark.toUtf8()));
}

INSTANTIATE_TEST_SUITE_P(Backends, SandboxIsolationTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

} // namespace
