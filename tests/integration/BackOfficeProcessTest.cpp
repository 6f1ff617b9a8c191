#include "tests/support/BackOfficeProcess.h"
#include "protocol/Version.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"

#include "app/EmbeddedBackOffice.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace frontline;
using namespace frontline::test;

namespace {

bool processAlive(qint64 pid)
{
    // kill(pid, 0) also succeeds for a zombie; a reaped or exited child is gone from /proc too.
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return false;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    return !status.readAll().contains("State:\tZ");
}

} // namespace

TEST(BackOfficeProcess, StartsAnswersHealthAndStops)
{
    BackOfficeProcess backOffice;
    ASSERT_TRUE(backOffice.start());
    EXPECT_EQ(backOffice.baseUrl().host(), u"127.0.0.1");
    EXPECT_GT(backOffice.baseUrl().port(), 0);
    const qint64 pid = backOffice.processId();
    ASSERT_GT(pid, 0);

    HttpClient http(backOffice.baseUrl());
    const HttpReply health = http.get(QStringLiteral("/healthz"));
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.header("Content-Type"), "application/json");
    EXPECT_EQ(health.json().value(QLatin1StringView("status")).toString(), u"ok");
    EXPECT_EQ(health.json().value(QLatin1StringView("version")).toString(), protocol::version());

    backOffice.stop();
    EXPECT_TRUE(waitUntil([pid] { return !processAlive(pid); }, std::chrono::seconds(5)));
    EXPECT_NE(http.get(QStringLiteral("/healthz")).status, 200);
}

TEST(BackOfficeProcess, UnknownRoutesAndMethodsGetContractErrors)
{
    BackOfficeProcess backOffice;
    ASSERT_TRUE(backOffice.start());
    HttpClient http(backOffice.baseUrl());

    const HttpReply missing = http.get(QStringLiteral("/api/v1/no-such-thing"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.json()[QLatin1StringView("error")][QLatin1StringView("code")].toString(),
              u"not_found");

    const HttpReply wrongMethod = http.send("POST", QStringLiteral("/healthz"), "{}");
    EXPECT_EQ(wrongMethod.status, 405);
    EXPECT_EQ(wrongMethod.header("Allow"), "GET");
    EXPECT_EQ(wrongMethod.json()[QLatin1StringView("error")][QLatin1StringView("code")].toString(),
              u"method_not_allowed");
}

TEST(BackOfficeProcess, OversizeBodiesAreRefused)
{
    BackOfficeProcess backOffice;
    ASSERT_TRUE(backOffice.start());
    HttpClient http(backOffice.baseUrl());
    const HttpReply reply =
        http.send("POST", QStringLiteral("/healthz"), QByteArray(2 * 1024 * 1024, 'x'));
    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.json()[QLatin1StringView("error")][QLatin1StringView("code")].toString(),
              u"payload_too_large");
}

TEST(BackOfficeCommandLine, HelpAndVersion)
{
    QProcess process;
    process.start(backOfficeProgram(), {QStringLiteral("--version")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardOutput().contains(protocol::version().toUtf8()));

    process.start(backOfficeProgram(), {QStringLiteral("--help")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    EXPECT_TRUE(help.contains("--listen"));
    EXPECT_TRUE(help.contains("--database"));
}

// `frontline --help` and `--version` answer on a machine without a display (over SSH, in a
// script): no window system is touched for them.
TEST(DesktopCommandLine, HelpAndVersionNeedNoDisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(variable));
    QTemporaryDir home;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FRONTLINE_DESKTOP_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(process.readAllStandardOutput().contains(protocol::version().toUtf8()));

    process.start(QStringLiteral(FRONTLINE_DESKTOP_PATH), {QStringLiteral("--help")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QByteArray help = process.readAllStandardOutput();
    EXPECT_TRUE(help.contains("--demo")) << help.toStdString();
    EXPECT_TRUE(help.contains("--version"));
}

TEST(BackOfficeCommandLine, BadArgumentsFailWithAClearMessage)
{
    QProcess process;
    process.start(backOfficeProgram(),
                  {QStringLiteral("--database"), QStringLiteral("mysql://x@y/z")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_NE(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardError().contains("Unknown database URL"));

    process.start(backOfficeProgram(), {QStringLiteral("--listen"), QStringLiteral("nowhere")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_NE(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardError().contains("HOST:PORT"));
}

TEST(BackOfficeCommandLine, PortInUseIsAnError)
{
    BackOfficeProcess first;
    ASSERT_TRUE(first.start());
    QTemporaryDir data;
    QProcess second;
    second.start(backOfficeProgram(), {QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:%1").arg(first.baseUrl().port()),
                                       QStringLiteral("--database"),
                                       u"sqlite:" + data.filePath(QStringLiteral("b.db"))});
    ASSERT_TRUE(second.waitForFinished(10000));
    EXPECT_EQ(second.exitCode(), 1);
    EXPECT_TRUE(second.readAllStandardError().contains("Cannot listen"));
}

TEST(EmbeddedBackOffice, ChildDiesWithAKilledParent)
{
    QTemporaryDir data;
    QProcess host;
    host.start(QStringLiteral(FRONTLINE_EMBEDDED_HOST_PATH), {backOfficeProgram(), data.path()});
    ASSERT_TRUE(host.waitForStarted(10000));
    ASSERT_TRUE(
        waitUntil([&host] { return host.canReadLine() || host.state() != QProcess::Running; },
                  std::chrono::seconds(30)));
    const QByteArray line = host.readLine().trimmed();
    ASSERT_TRUE(line.startsWith("backoffice-pid ")) << line.toStdString();
    const qint64 childPid = line.mid(15).toLongLong();
    ASSERT_GT(childPid, 0);
    ASSERT_TRUE(processAlive(childPid));

    ::kill(static_cast<pid_t>(host.processId()), SIGKILL);
    ASSERT_TRUE(host.waitForFinished(10000));
    // The orphaned child is reparented and reaped by init (or a subreaper); either way it ends.
    EXPECT_TRUE(waitUntil([childPid] { return !processAlive(childPid); }, std::chrono::seconds(10)))
        << "frontline-backoffice " << childPid << " outlived its parent";
    if (processAlive(childPid))
        ::kill(static_cast<pid_t>(childPid), SIGKILL);
}

TEST(EmbeddedBackOffice, MissingProgramFailsWithAReason)
{
    QTemporaryDir data;
    QNetworkAccessManager network;
    app::EmbeddedBackOffice backOffice(&network);
    backOffice.setProgram(data.filePath(QStringLiteral("no-such-backoffice")));
    backOffice.setDataDirectory(data.path());
    backOffice.start();
    ASSERT_TRUE(
        waitUntil([&] { return backOffice.state() == app::EmbeddedBackOffice::State::Failed; }));
    EXPECT_FALSE(backOffice.errorString().isEmpty());
}

// Every local user reads every process's arguments (ps, /proc/PID/cmdline): no password is taken
// from them. They come from a file, the environment or standard input (a prompt on a terminal).
TEST(BackOfficeCommandLine, PasswordsComeFromAFileTheEnvironmentOrStandardInputNeverArguments)
{
    QTemporaryDir folder;
    const auto run = [](const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(backOfficeProgram(), arguments);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return qMakePair(process.exitCode(), QString::fromLocal8Bit(process.readAll()));
    };
    const QString sqlite = u"sqlite:" + folder.filePath(QStringLiteral("refused.sqlite"));
    auto refused = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                        QStringLiteral("kim"), QStringLiteral("--role"), QStringLiteral("operator"),
                        QStringLiteral("--password"), QStringLiteral("s3cret!"),
                        QStringLiteral("--database"), sqlite});
    EXPECT_NE(refused.first, 0);
    EXPECT_TRUE(refused.second.contains(u"--password-file")) << refused.second.toStdString();
    EXPECT_FALSE(QFile::exists(folder.filePath(QStringLiteral("refused.sqlite"))));
    // Refused before any connection is tried (nothing listens on port 1).
    refused = run({QStringLiteral("--database"),
                   QStringLiteral("postgresql://frontline:s3cret@127.0.0.1:1/cc")});
    EXPECT_NE(refused.first, 0);
    EXPECT_TRUE(refused.second.contains(u"$PGPASSWORD")) << refused.second.toStdString();
    EXPECT_FALSE(refused.second.contains(u"s3cret")) << refused.second.toStdString();
    const auto help = run({QStringLiteral("--help")});
    EXPECT_TRUE(help.second.contains(u"--password-file")) << help.second.toStdString();
    EXPECT_TRUE(help.second.contains(u"--database-password-file")) << help.second.toStdString();

    BackOfficeProcess backOffice;
    const QString passwordFile = folder.filePath(QStringLiteral("olga.password"));
    QFile file(passwordFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("from a file\n");
    file.close();
    const QStringList add{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--role"),
                          QStringLiteral("operator"), QStringLiteral("--username")};
    ASSERT_TRUE(
        backOffice.admin(add + QStringList{QStringLiteral("olga"),
                                           QStringLiteral("--password-file"), passwordFile}));
    qputenv("FRONTLINE_PASSWORD", "from the environment");
    const auto added = backOffice.admin(add + QStringList{QStringLiteral("ivan")});
    qunsetenv("FRONTLINE_PASSWORD");
    ASSERT_TRUE(added);
    ASSERT_TRUE(backOffice.admin(add + QStringList{QStringLiteral("sofia")}, nullptr,
                                 "from standard input\n"));
    QString output;
    EXPECT_FALSE(backOffice.admin(add + QStringList{QStringLiteral("pavel")}, &output));
    EXPECT_TRUE(output.contains(u"empty")) << output.toStdString();
    ASSERT_TRUE(backOffice.start());
    HttpClient http(backOffice.baseUrl());
    EXPECT_EQ(http.signIn(QStringLiteral("olga"), QStringLiteral("from a file")).status, 200);
    EXPECT_EQ(http.signIn(QStringLiteral("ivan"), QStringLiteral("from the environment")).status,
              200);
    EXPECT_EQ(http.signIn(QStringLiteral("sofia"), QStringLiteral("from standard input")).status,
              200);
}

// PostgreSQL's password comes from --database-password-file (or libpq's $PGPASSWORD, ~/.pgpass).
TEST(BackOfficeCommandLine, TheDatabasePasswordComesFromAFile)
{
    QTemporaryDir folder;
    const QString passwordFile = folder.filePath(QStringLiteral("db.password"));
    QFile file(passwordFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("database secret\n");
    file.close();
    BackOfficeProcess postgres({QStringLiteral("--database-password-file"), passwordFile},
                               Backend::Postgresql);
    ASSERT_TRUE(postgres.start());
    EXPECT_EQ(HttpClient(postgres.baseUrl()).get(QStringLiteral("/healthz")).status, 200);

    BackOfficeProcess missing(
        {QStringLiteral("--database-password-file"), folder.filePath(QStringLiteral("nowhere"))},
        Backend::Postgresql);
    EXPECT_FALSE(missing.start());
    BackOfficeProcess sqlite({QStringLiteral("--database-password-file"), passwordFile});
    EXPECT_FALSE(sqlite.start());
}
