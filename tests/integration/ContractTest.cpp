// The contract in docs/ against the running server: every route the server registers is in
// docs/api/openapi.yaml and docs/api/roles.md and vice versa, and the role table is walked with a
// token of every role.
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace frontline::test;

namespace {

const QStringList Roles{QStringLiteral("operator"),    QStringLiteral("supervisor"),
                        QStringLiteral("trainer"),     QStringLiteral("admin"),
                        QStringLiteral("integration"), QStringLiteral("client")};

QString readSource(const QString &relative)
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "METHOD /full/path" for every operation under `paths:` in the OpenAPI file.
QSet<QString> specRoutes()
{
    QSet<QString> routes;
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:]*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|patch|delete):\\s*$"));
    bool inPaths = false;
    QString path;
    for (const QString &line : readSource(QStringLiteral("docs/api/openapi.yaml")).split(u'\n')) {
        if (!line.startsWith(u' ') && !line.isEmpty())
            inPaths = line.startsWith(u"paths:");
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            if (path != u"/healthz" && path != u"/metrics")
                path.prepend(u"/api/v1");
        } else if (const auto m = methodLine.match(line); m.hasMatch() && !path.isEmpty()) {
            routes << m.captured(1).toUpper() + u' ' + path;
        }
    }
    return routes;
}

struct RoleRow
{
    QString method;
    QString path;
    QStringList cells; // one per Roles entry: yes / no / public
};

QList<RoleRow> roleTable()
{
    QList<RoleRow> rows;
    for (const QString &line : readSource(QStringLiteral("docs/api/roles.md")).split(u'\n')) {
        QStringList cells = line.split(u'|');
        if (cells.size() != Roles.size() + 4)
            continue;
        for (QString &cell : cells)
            cell = cell.trimmed();
        static const QRegularExpression method(QStringLiteral("^(GET|POST|PUT|PATCH|DELETE)$"));
        if (!method.match(cells[1]).hasMatch())
            continue;
        rows.append(RoleRow{cells[1], cells[2], cells.mid(3, Roles.size())});
    }
    return rows;
}

QSet<QString> serverRoutes(QString *error)
{
    BackOfficeProcess backOffice;
    QString output;
    if (!backOffice.admin({QStringLiteral("routes")}, &output)) {
        *error = output;
        return {};
    }
    QSet<QString> routes;
    for (const QString &line : output.split(u'\n')) {
        static const QRegularExpression route(
            QStringLiteral("^(GET|POST|PUT|PATCH|DELETE) /\\S*$"));
        if (route.match(line.trimmed()).hasMatch())
            routes << line.trimmed();
    }
    return routes;
}

} // namespace

TEST(Contract, ServerSpecAndRoleTableNameTheSameRoutes)
{
    QString error;
    const QSet<QString> server = serverRoutes(&error);
    ASSERT_FALSE(server.isEmpty()) << error.toStdString();
    const QSet<QString> spec = specRoutes();
    QSet<QString> table;
    for (const RoleRow &row : roleTable())
        table << row.method + u' ' + row.path;

    const auto list = [](QSet<QString> set) {
        QStringList sorted(set.begin(), set.end());
        sorted.sort();
        return sorted.join(u", ").toStdString();
    };
    EXPECT_TRUE((server - spec).isEmpty()) << "not in openapi.yaml: " << list(server - spec);
    EXPECT_TRUE((spec - server).isEmpty())
        << "in openapi.yaml, not served: " << list(spec - server);
    EXPECT_TRUE((server - table).isEmpty()) << "not in roles.md: " << list(server - table);
    EXPECT_TRUE((table - server).isEmpty()) << "in roles.md, not served: " << list(table - server);
}

TEST(Contract, EveryRoleGetsExactlyTheRoutesTheTableGivesIt)
{
    BackOfficeProcess backOffice;
    for (const QString &role : Roles) {
        if (role != u"integration" && role != u"client") {
            ASSERT_TRUE(backOffice.addUser(u"user-" + role, role, {QStringLiteral("orders")}));
        }
    }
    // A store's account of the project that owns queue "orders", and one of another store.
    ASSERT_TRUE(backOffice.addProject(QStringLiteral("hopper"), QStringLiteral("Hopper"),
                                      {QStringLiteral("orders")}));
    ASSERT_TRUE(backOffice.addProject(QStringLiteral("lavka"), QStringLiteral("Lavka"),
                                      {QStringLiteral("lavka-orders")}));
    ASSERT_TRUE(backOffice.addClient(QStringLiteral("user-client"), QStringLiteral("hopper")));
    ASSERT_TRUE(backOffice.addClient(QStringLiteral("other-client"), QStringLiteral("lavka")));
    // Channel adapters have no password: an administrator makes them a token.
    const QByteArray integrationToken =
        backOffice.createIntegrationToken(QStringLiteral("chat-widget"));
    ASSERT_TRUE(integrationToken.startsWith("production.")) << integrationToken.toStdString();
    ASSERT_TRUE(backOffice.start());

    const auto signIn = [&](const QString &role) {
        if (role == u"integration") {
            auto client = std::make_unique<HttpClient>(backOffice.baseUrl());
            client->setBearerToken(integrationToken);
            return client;
        }
        return signedInClient(backOffice.baseUrl(), u"user-" + role);
    };

    QList<RoleRow> rows = roleTable();
    ASSERT_GT(rows.size(), 20);
    // Signing out spends the token: walk it last.
    std::stable_partition(rows.begin(), rows.end(),
                          [](const RoleRow &row) { return !row.path.endsWith(u"/logout"); });
    int checked = 0;
    for (qsizetype r = 0; r < Roles.size(); ++r) {
        auto client = signIn(Roles[r]);
        for (const RoleRow &row : rows) {
            const QString cell = row.cells[r];
            if (cell == u"public" || row.path.endsWith(u"/events"))
                continue; // public routes need no token; /events is a WebSocket (RealtimeApiTest)
            QString path = row.path;
            path.replace(QStringLiteral("{id}"), QStringLiteral("1"));
            const HttpReply reply = client->send(row.method.toLatin1(), path, "{}",
                                                 {{"Content-Type", "application/json"}});
            const std::string what =
                QString(Roles[r] + u' ' + row.method + u' ' + row.path).toStdString();
            ASSERT_NE(reply.status, 0) << what << ": " << reply.networkError.toStdString();
            EXPECT_NE(reply.status, 401) << what;
            if (cell == u"no")
                EXPECT_EQ(reply.status, 403) << what << " " << reply.body.toStdString();
            else
                EXPECT_NE(reply.status, 403) << what << " " << reply.body.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 100);

    // Past the role check: a ticket of Hopper's queue is Hopper's client's to read once the store
    // shares conversations, and does not exist for Lavka's client.
    auto admin = signIn(QStringLiteral("admin"));
    ASSERT_EQ(admin
                  ->send("PATCH", QStringLiteral("/api/v1/projects/1"),
                         R"({"version": 1, "show_conversations": true})",
                         {{"Content-Type", "application/json"}})
                  .status,
              200);
    const HttpReply ticket =
        admin->send("POST", QStringLiteral("/api/v1/tickets"),
                    R"({"queue": "orders", "subject": "Where is my order?", "channel": "email"})",
                    {{"Content-Type", "application/json"}});
    ASSERT_EQ(ticket.status, 201) << ticket.body.toStdString();
    const QString messages =
        u"/api/v1/tickets/" + ticket.json().value(u"id").toString() + u"/messages";
    EXPECT_EQ(signIn(QStringLiteral("client"))->get(messages).status, 200);
    auto other = signedInClient(backOffice.baseUrl(), QStringLiteral("other-client"));
    const HttpReply hidden = other->get(messages);
    EXPECT_EQ(hidden.status, 404) << hidden.body.toStdString();
}
