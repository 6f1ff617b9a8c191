#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline::test;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        backOffice = std::make_unique<BackOfficeProcess>(
            QStringList{QStringLiteral("--login-delay-ms"), QStringLiteral("1")});
        ASSERT_TRUE(backOffice->addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                        {QStringLiteral("orders")}));
        ASSERT_TRUE(backOffice->addUser(QStringLiteral("sofia"), QStringLiteral("supervisor")));
        ASSERT_NO_FATAL_FAILURE(beforeStart());
        ASSERT_TRUE(backOffice->start());
        sofia = std::make_unique<HttpClient>(backOffice->baseUrl());
        ASSERT_EQ(sofia->signIn(QStringLiteral("sofia"), QStringLiteral("secret")).status, 200);
    }

    // After the staff is added, before the back office starts: stores and their accounts.
    virtual void beforeStart() {}

    QStringList common() const
    {
        return {QStringLiteral("--data"), data.path(), QStringLiteral("--no-keychain")};
    }

    // Runs frontline-cli with `input` on its standard input (then closed).
    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(FRONTLINE_CLI_PATH), common() + arguments);
        process.write(input);
        process.closeWriteChannel();
        CliResult result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QStringList signInAsOlga() const
    {
        return {QStringLiteral("login"), QStringLiteral("--server"),
                backOffice->baseUrl().toString(), QStringLiteral("--user"), QStringLiteral("olga")};
    }

    // The password on standard input, as a script gives it.
    CliResult login(bool remember)
    {
        QStringList arguments = signInAsOlga();
        if (remember)
            arguments << QStringLiteral("--remember-in-file");
        return cli(arguments, "secret\n");
    }

    QString createTicket()
    {
        const HttpReply reply =
            sofia->send("POST", QStringLiteral("/api/v1/tickets"),
                        R"({"queue": "orders", "subject": "Где мой заказ?", "channel": "chat"})");
        EXPECT_EQ(reply.status, 201);
        return reply.json().value(u"id").toString();
    }

    QStringList serverBodies(const QString &ticket)
    {
        QStringList bodies;
        const HttpReply reply = sofia->get(u"/api/v1/tickets/" + ticket + u"/messages?limit=500");
        for (const QJsonValue &message : reply.json().value(u"messages").toArray())
            bodies.append(message[u"body"].toString());
        return bodies;
    }

    // A chat of "orders" assigned to olga and resolved by sofia; returns its id.
    QString resolvedChatOfOlga(QString *olgaId)
    {
        HttpClient olga(backOffice->baseUrl());
        EXPECT_EQ(olga.signIn(QStringLiteral("olga"), QStringLiteral("secret")).status, 200);
        *olgaId = olga.get(QStringLiteral("/api/v1/me")).json().value(u"id").toString();
        const QString ticket = createTicket();
        for (const QJsonObject &change :
             {QJsonObject{{QStringLiteral("assignee_id"), *olgaId}},
              QJsonObject{{QStringLiteral("status"), u"resolved"_qs},
                          {QStringLiteral("resolution_code"), u"answered"_qs}}}) {
            const HttpReply current = sofia->get(u"/api/v1/tickets/" + ticket);
            const HttpReply changed = sofia->send(
                "PATCH", u"/api/v1/tickets/" + ticket, QJsonDocument(change).toJson(),
                {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}});
            EXPECT_EQ(changed.status, 200) << changed.body.toStdString();
        }
        return ticket;
    }

    void signInAs(const QString &username)
    {
        const CliResult signedIn = cli({QStringLiteral("login"), QStringLiteral("--server"),
                                        backOffice->baseUrl().toString(), QStringLiteral("--user"),
                                        username, QStringLiteral("--remember-in-file")},
                                       "secret\n");
        ASSERT_EQ(signedIn.exitCode, 0) << signedIn.err.toStdString();
    }
    void signInAsSofia() { signInAs(QStringLiteral("sofia")); }

    static QStringList lastAndNextHour()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return {QStringLiteral("--from"), now.addSecs(-3600).toString(Qt::ISODateWithMs),
                QStringLiteral("--to"), now.addSecs(3600).toString(Qt::ISODateWithMs)};
    }

    std::unique_ptr<BackOfficeProcess> backOffice;
    std::unique_ptr<HttpClient> sofia;
    QTemporaryDir data;
};

} // namespace

TEST_F(CliTest, ANewUserSignsInSyncsSearchesSendsAndQueuesWhileOffline)
{
    // Without a keychain and without opting in, the session is not kept, and the user is told.
    const CliResult unkept = login(false);
    ASSERT_EQ(unkept.exitCode, 0) << unkept.err.toStdString();
    EXPECT_TRUE(unkept.err.contains(u"not kept")) << unkept.err.toStdString();
    const CliResult refused = cli({QStringLiteral("status")});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_EQ(refused.err.trimmed().count(u'\n'), 0) << refused.err.toStdString();

    const CliResult kept = login(true);
    ASSERT_EQ(kept.exitCode, 0) << kept.err.toStdString();
    EXPECT_EQ(kept.json()[u"token_storage"].toString(), u"file");
    const QFileInfoList tokens =
        QDir(data.path()).entryInfoList({QStringLiteral("token-*")}, QDir::Files);
    ASSERT_EQ(tokens.size(), 1);
    EXPECT_EQ(tokens[0].permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());

    const QString ticket = createTicket();
    ASSERT_TRUE(backOffice->admin({QStringLiteral("kb"), QStringLiteral("import"),
                                   QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/kb/ru"),
                                   QStringLiteral("--locale"), QStringLiteral("ru")}));
    const CliResult synced = cli({QStringLiteral("sync")});
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    EXPECT_EQ(synced.json()[u"pending"].toInt(), 0);

    const CliResult tickets = cli({QStringLiteral("tickets")});
    ASSERT_EQ(tickets.exitCode, 0);
    ASSERT_EQ(tickets.json().array().size(), 1);
    EXPECT_EQ(tickets.json().array()[0][u"id"].toString(), ticket);

    const CliResult found = cli({QStringLiteral("kb-search"), QStringLiteral("заказ")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    ASSERT_FALSE(found.json().array().isEmpty()) << found.out.toStdString();
    EXPECT_TRUE(found.json().array()[0][u"snippet"].toString().contains(u'['));

    const CliResult sent = cli({QStringLiteral("send"), ticket, QStringLiteral("Уже в пути")});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_TRUE(sent.json()[u"delivered"].toBool());
    EXPECT_EQ(serverBodies(ticket).count(u"Уже в пути"_qs), 1);

    const CliResult online = cli({QStringLiteral("status")});
    ASSERT_EQ(online.exitCode, 0);
    EXPECT_TRUE(online.json()[u"online"].toBool());
    EXPECT_EQ(online.json()[u"pending"].toInt(), 0);
    EXPECT_EQ(online.json()[u"conflicts"].toInt(), 0);
    EXPECT_EQ(online.json()[u"tickets"].toInt(), 1);
    EXPECT_GT(online.json()[u"cursor"].toInteger(), 0);

    backOffice->stop();
    const CliResult queued = cli({QStringLiteral("send"), ticket, QStringLiteral("offline")});
    EXPECT_EQ(queued.exitCode, 0) << queued.err.toStdString();
    EXPECT_FALSE(queued.json()[u"delivered"].toBool());
    EXPECT_EQ(queued.json()[u"pending"].toInt(), 1);
    const CliResult offline = cli({QStringLiteral("status")});
    ASSERT_EQ(offline.exitCode, 0);
    EXPECT_FALSE(offline.json()[u"online"].toBool());
    EXPECT_EQ(offline.json()[u"pending"].toInt(), 1);
    const CliResult failed = cli({QStringLiteral("sync")});
    EXPECT_NE(failed.exitCode, 0);
    EXPECT_EQ(failed.err.trimmed().count(u'\n'), 0) << failed.err.toStdString();

    // Signing out forgets the session even while the back office is away.
    EXPECT_EQ(cli({QStringLiteral("logout")}).exitCode, 0);
    EXPECT_TRUE(QDir(data.path()).entryList({QStringLiteral("token-*")}, QDir::Files).isEmpty());
    EXPECT_NE(cli({QStringLiteral("status")}).exitCode, 0);
}

TEST_F(CliTest, KilledInTheMiddleOfPushingABurstEveryMessageArrivesOnce)
{
    ASSERT_EQ(login(true).exitCode, 0);
    const QString ticket = createTicket();
    ASSERT_EQ(cli({QStringLiteral("sync")}).exitCode, 0);
    constexpr int Burst = 60;
    for (int i = 0; i < Burst; ++i) {
        ASSERT_EQ(cli({QStringLiteral("send"), QStringLiteral("--queue-only"), ticket,
                       QStringLiteral("burst %1").arg(i)})
                      .exitCode,
                  0);
    }
    int kills = 0;
    for (int threshold : {3, 15, 30}) {
        QProcess sync;
        sync.start(QStringLiteral(FRONTLINE_CLI_PATH), common() << QStringLiteral("sync"));
        ASSERT_TRUE(sync.waitForStarted());
        waitUntil(
            [&] {
                return sync.state() == QProcess::NotRunning ||
                       serverBodies(ticket).size() >= threshold;
            },
            std::chrono::seconds(30));
        if (sync.state() != QProcess::NotRunning) {
            sync.kill(); // SIGKILL: no chance to finish the request or the transaction
            ++kills;
        }
        sync.waitForFinished();
    }
    EXPECT_GE(kills, 1);
    const CliResult last = cli({QStringLiteral("sync")});
    ASSERT_EQ(last.exitCode, 0) << last.err.toStdString();
    const QStringList bodies = serverBodies(ticket);
    EXPECT_EQ(bodies.size(), Burst);
    for (int i = 0; i < Burst; ++i)
        EXPECT_EQ(bodies.count(QStringLiteral("burst %1").arg(i)), 1) << i;
    const CliResult status = cli({QStringLiteral("status")});
    EXPECT_EQ(status.json()[u"pending"].toInt(), 0);
}

// Every local user reads every process's arguments (ps, /proc/PID/cmdline): the password comes
// from a file, the environment, a prompt that does not show it, or standard input; never there.
TEST_F(CliTest, APasswordComesFromAFileTheEnvironmentOrAPromptNeverTheArguments)
{
    const CliResult refused =
        cli(signInAsOlga() << QStringLiteral("--password") << QStringLiteral("secret"));
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"--password-file")) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_NE(cli({QStringLiteral("status")}).exitCode, 0); // not signed in
    const CliResult help = cli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("--password-file")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("$FRONTLINE_PASSWORD")) << help.out.toStdString();
    EXPECT_FALSE(help.out.contains("--password <")) << help.out.toStdString();

    const QString passwordFile = data.filePath(QStringLiteral("password"));
    QFile file(passwordFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("secret\n");
    file.close();
    const CliResult fromFile =
        cli(signInAsOlga() << QStringLiteral("--password-file") << passwordFile);
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.toStdString();
    EXPECT_EQ(fromFile.json()[u"user"].toString(), u"olga");

    qputenv("FRONTLINE_PASSWORD", "secret");
    const CliResult fromEnvironment = cli(signInAsOlga());
    qputenv("FRONTLINE_PASSWORD", "wrong");
    const CliResult wrong = cli(signInAsOlga(), "secret\n"); // the environment comes first
    qunsetenv("FRONTLINE_PASSWORD");
    EXPECT_EQ(fromEnvironment.exitCode, 0) << fromEnvironment.err.toStdString();
    EXPECT_NE(wrong.exitCode, 0);

    // On a terminal (script(1) gives it one) it asks, and what is typed does not show.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        GTEST_SKIP() << "no script(1) to give frontline-cli a terminal";
    QStringList command{QStringLiteral(FRONTLINE_CLI_PATH)};
    for (const QString &argument : common() + signInAsOlga())
        command << u'\'' + argument + u'\'';
    QProcess terminal;
    terminal.setProcessChannelMode(QProcess::MergedChannels);
    terminal.start(script,
                   {QStringLiteral("-qec"), command.join(u' '), QStringLiteral("/dev/null")});
    QByteArray shown;
    ASSERT_TRUE(waitUntil([&] {
        terminal.waitForReadyRead(50);
        shown += terminal.readAll();
        return shown.contains("Password for olga: ");
    })) << shown.toStdString();
    terminal.write("secret\n");
    ASSERT_TRUE(terminal.waitForFinished(30000));
    shown += terminal.readAll();
    EXPECT_EQ(terminal.exitCode(), 0) << shown.toStdString();
    EXPECT_TRUE(shown.contains("\"user\": \"olga\"")) << shown.toStdString();
    EXPECT_FALSE(shown.contains("secret")) << shown.toStdString();
}

// A supervisor's script: the tickets of a window as CSV into a file, as JSON, and the series.
TEST_F(CliTest, ASupervisorWritesTheWindowsTicketsAndSeriesAsCsv)
{
    QString olgaId;
    const QString ticket = resolvedChatOfOlga(&olgaId);
    const QString number = QString::number(
        sofia->get(u"/api/v1/tickets/" + ticket).json().value(u"number").toInteger());
    ASSERT_NO_FATAL_FAILURE(signInAsSofia());
    const QStringList window = lastAndNextHour();

    const QString path = data.filePath(QStringLiteral("tickets.csv"));
    const CliResult written = cli(QStringList{QStringLiteral("report"), QStringLiteral("tickets"),
                                              QStringLiteral("--output"), path}
                                  << window);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(written.out.isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 3); // header, the ticket, and nothing after the last CRLF
    EXPECT_EQ(lines[0], "id,number,queue_id,channel,status,assignee_id,assignee_name,created_at,"
                        "resolved_at,first_response_seconds,handle_seconds,resolution_seconds,"
                        "escalations,escalation_outcome,csat\r");
    const QList<QByteArray> cells = lines[1].chopped(1).split(',');
    ASSERT_EQ(cells.size(), 15) << lines[1].toStdString();
    EXPECT_EQ(cells[0], ticket.toUtf8());
    EXPECT_EQ(cells[1], number.toUtf8());
    EXPECT_EQ(cells[2], "orders");
    EXPECT_EQ(cells[3], "chat");
    EXPECT_EQ(cells[4], "resolved");
    EXPECT_EQ(cells[5], olgaId.toUtf8());
    EXPECT_TRUE(cells[7].endsWith('Z')) << cells[7].toStdString();
    EXPECT_EQ(cells[9], ""); // nobody answered
    EXPECT_EQ(cells[12], "0");
    EXPECT_EQ(cells[13], "none");
    EXPECT_TRUE(lines[2].isEmpty());

    const CliResult json = cli(QStringList{QStringLiteral("report"), QStringLiteral("tickets"),
                                           QStringLiteral("--format"), QStringLiteral("json")}
                               << window);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    ASSERT_EQ(json.json()[u"tickets"].toArray().size(), 1) << json.out.toStdString();
    EXPECT_EQ(json.json()[u"tickets"][0][u"id"].toString(), ticket);

    const CliResult series = cli(QStringList{QStringLiteral("report"), QStringLiteral("series"),
                                             QStringLiteral("--bucket"), QStringLiteral("day")}
                                 << window);
    ASSERT_EQ(series.exitCode, 0) << series.err.toStdString();
    const QList<QByteArray> points = series.out.split('\n');
    ASSERT_EQ(points.size(), 3) << series.out.toStdString();
    EXPECT_EQ(points[0], "start,arrived,handled,aht_seconds,service_level,csat\r");
    EXPECT_EQ(points[1].split(',').value(1), "1") << points[1].toStdString();
    EXPECT_EQ(points[1].split(',').value(2), "1") << points[1].toStdString();
}

// Bad usage and a refusal are one line each; a failed report leaves no file behind.
TEST_F(CliTest, AReportsMistakeIsOneLineAndWritesNoFile)
{
    ASSERT_NO_FATAL_FAILURE(signInAsSofia());
    const QString refusedPath = data.filePath(QStringLiteral("refused.csv"));
    const CliResult badBucket = cli(QStringList{QStringLiteral("report"), QStringLiteral("series"),
                                                QStringLiteral("--bucket"), QStringLiteral("week"),
                                                QStringLiteral("--output"), refusedPath}
                                    << lastAndNextHour());
    EXPECT_EQ(badBucket.exitCode, 1);
    EXPECT_EQ(badBucket.err.trimmed().count(u'\n'), 0) << badBucket.err.toStdString();
    EXPECT_TRUE(badBucket.err.contains(u"bucket")) << badBucket.err.toStdString();
    EXPECT_FALSE(QFile::exists(refusedPath));
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("agents")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("tickets"), QStringLiteral("--from"),
                   QStringLiteral("yesterday")})
                  .exitCode,
              2);
}

// The board of a window as CSV: a row per operator, the totals (needs GET /metrics/board).
TEST_F(CliTest, ASupervisorWritesTheBoardAsCsv)
{
    QString olgaId;
    resolvedChatOfOlga(&olgaId);
    ASSERT_NO_FATAL_FAILURE(signInAsSofia());
    const CliResult operators =
        cli(QStringList{QStringLiteral("report"), QStringLiteral("board")} << lastAndNextHour());
    ASSERT_EQ(operators.exitCode, 0) << operators.err.toStdString();
    const QList<QByteArray> lines = operators.out.split('\n');
    ASSERT_GE(lines.size(), 4) << operators.out.toStdString(); // header, olga, total, ""
    EXPECT_TRUE(lines[0].startsWith("row,id,name,team,line,queues,")) << lines[0].toStdString();
    QByteArray olgaRow;
    QByteArray totalRow;
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray("operator," + olgaId.toUtf8() + ',')))
            olgaRow = line;
        if (line.startsWith("total,"))
            totalRow = line;
    }
    ASSERT_FALSE(olgaRow.isEmpty()) << operators.out.toStdString();
    ASSERT_FALSE(totalRow.isEmpty()) << operators.out.toStdString();
    const int handled = int(lines[0].split(',').indexOf("handled"));
    EXPECT_EQ(olgaRow.split(',').value(handled), "1") << olgaRow.toStdString();
    EXPECT_EQ(totalRow.split(',').value(handled), "1") << totalRow.toStdString();

    const CliResult queues = cli(QStringList{QStringLiteral("report"), QStringLiteral("board"),
                                             QStringLiteral("--table"), QStringLiteral("queues")}
                                 << lastAndNextHour());
    ASSERT_EQ(queues.exitCode, 0) << queues.err.toStdString();
    EXPECT_TRUE(queues.out.startsWith("row,id,name,waiting,")) << queues.out.toStdString();
    EXPECT_TRUE(queues.out.contains("\r\nqueue,orders,")) << queues.out.toStdString();
    EXPECT_TRUE(queues.out.contains("\r\ntotal,")) << queues.out.toStdString();
}

namespace {

// Two stores the center serves: Hopper (orders, returns) with its account kira, and Lavka
// (delivery).
class CliStoreTest : public CliTest
{
protected:
    void beforeStart() override
    {
        ASSERT_TRUE(backOffice->addProject(QStringLiteral("hopper"), QStringLiteral("Hopper"),
                                           {QStringLiteral("orders"), QStringLiteral("returns")}));
        ASSERT_TRUE(backOffice->addProject(QStringLiteral("lavka"), QStringLiteral("Lavka"),
                                           {QStringLiteral("delivery")}));
        ASSERT_TRUE(backOffice->addClient(QStringLiteral("kira"), QStringLiteral("hopper")));
    }

    // The queues of `report board --table queues` (CSV), in order.
    static QStringList queuesOf(const CliResult &report)
    {
        QStringList queues;
        for (const QByteArray &line : report.out.split('\n')) {
            if (line.startsWith("queue,"))
                queues.append(QString::fromUtf8(line.split(',').value(1)));
        }
        return queues;
    }

    static QStringList queuesBoard()
    {
        return {QStringLiteral("report"), QStringLiteral("board"), QStringLiteral("--table"),
                QStringLiteral("queues")};
    }
};

} // namespace

// A store's account gets its own store's figures without asking, and a clear refusal for another
// store's; staff name a store by its slug or id (issue 17, items 7 and 11).
TEST_F(CliStoreTest, AReportIsOneStoresWhenAStoreIsNamedOrAsksForIt)
{
    ASSERT_NO_FATAL_FAILURE(signInAs(QStringLiteral("kira")));
    const CliResult kiras = cli(queuesBoard() << lastAndNextHour());
    ASSERT_EQ(kiras.exitCode, 0) << kiras.err.toStdString();
    EXPECT_EQ(queuesOf(kiras), (QStringList{QStringLiteral("orders"), QStringLiteral("returns")}))
        << kiras.out.toStdString();
    const CliResult ownByName =
        cli(queuesBoard() << QStringLiteral("--project") << QStringLiteral("hopper"));
    ASSERT_EQ(ownByName.exitCode, 0) << ownByName.err.toStdString();
    EXPECT_EQ(queuesOf(ownByName), queuesOf(kiras));
    const CliResult kirasTickets =
        cli(QStringList{QStringLiteral("report"), QStringLiteral("tickets"),
                        QStringLiteral("--format"), QStringLiteral("json")}
            << lastAndNextHour());
    EXPECT_EQ(kirasTickets.exitCode, 0) << kirasTickets.err.toStdString();
    const CliResult othersStore =
        cli(queuesBoard() << QStringLiteral("--project") << QStringLiteral("lavka"));
    EXPECT_NE(othersStore.exitCode, 0);
    EXPECT_TRUE(othersStore.out.isEmpty()) << othersStore.out.toStdString();
    EXPECT_TRUE(othersStore.err.contains(u"No store lavka")) << othersStore.err.toStdString();
    EXPECT_TRUE(othersStore.err.contains(u"hopper")) << othersStore.err.toStdString();
    EXPECT_FALSE(othersStore.err.contains(u"Lavka")) << "no word of another store";

    ASSERT_NO_FATAL_FAILURE(signInAsSofia());
    const CliResult everything = cli(queuesBoard() << lastAndNextHour());
    ASSERT_EQ(everything.exitCode, 0) << everything.err.toStdString();
    EXPECT_TRUE(queuesOf(everything).contains(u"delivery"_qs)) << everything.out.toStdString();
    EXPECT_TRUE(queuesOf(everything).contains(u"orders"_qs)) << everything.out.toStdString();
    const CliResult lavkas = cli(queuesBoard() << QStringLiteral("--project")
                                               << QStringLiteral("lavka") << lastAndNextHour());
    ASSERT_EQ(lavkas.exitCode, 0) << lavkas.err.toStdString();
    EXPECT_EQ(queuesOf(lavkas), QStringList{QStringLiteral("delivery")})
        << lavkas.out.toStdString();
    QVariant lavkaId;
    ASSERT_TRUE(backOffice->query(QStringLiteral("SELECT id FROM projects WHERE slug = 'lavka'"),
                                  &lavkaId));
    const CliResult byId = cli(queuesBoard() << QStringLiteral("--project") << lavkaId.toString());
    ASSERT_EQ(byId.exitCode, 0) << byId.err.toStdString();
    EXPECT_EQ(queuesOf(byId), queuesOf(lavkas));

    const QString path = data.filePath(QStringLiteral("unknown.csv"));
    const CliResult unknown =
        cli(queuesBoard() << QStringLiteral("--project") << QStringLiteral("nosuch")
                          << QStringLiteral("--output") << path);
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_EQ(unknown.err.trimmed().count(u'\n'), 0) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(u"No store nosuch")) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(u"hopper, lavka")) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}
