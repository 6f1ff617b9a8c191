#include "tests/support/PostgresServer.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

namespace frontline::test {
namespace {

QString findBinDir()
{
    const QString override = qEnvironmentVariable("FRONTLINE_PG_BINDIR");
    if (!override.isEmpty())
        return override;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + u"/bin");
        if (QFileInfo(bin + u"/initdb").isExecutable())
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

std::unique_ptr<PostgresServer> &storage()
{
    static std::unique_ptr<PostgresServer> server;
    return server;
}

} // namespace

PostgresServer *PostgresServer::instance(QString *error)
{
    static QString startError;
    if (!storage() && startError.isEmpty()) {
        std::unique_ptr<PostgresServer> server(new PostgresServer);
        if (server->start(&startError))
            storage() = std::move(server);
    }
    if (!storage())
        *error = startError;
    return storage().get();
}

void PostgresServer::shutdown()
{
    storage().reset();
}

bool PostgresServer::run(const QStringList &command, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (m_asPostgresUser) {
        arguments.prepend(program);
        arguments =
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} +
            arguments;
        program = QStringLiteral("runuser");
    }
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::start(QString *error)
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql "
                                "(install the postgresql package: scripts/install-deps)");
        return false;
    }
    m_asPostgresUser = ::geteuid() == 0;
    // Under ctest one cluster serves the whole run (tests/support/pg-cluster, a ctest fixture).
    const QString shared = qEnvironmentVariable("FRONTLINE_TEST_PG_STATE");
    if (!shared.isEmpty()) {
        QFile portFile(shared + u"/port");
        if (!portFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("The shared test cluster in %1 is not running").arg(shared);
            return false;
        }
        m_port = portFile.readAll().trimmed().toInt();
        m_attached = true;
        return m_port > 0;
    }
    if (m_asPostgresUser && !::getpwnam("postgres")) {
        *error = QStringLiteral("Running as root, but there is no postgres system user");
        return false;
    }
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/frontline-pg-XXXXXX"));
    folder.setAutoRemove(false);
    if (!folder.isValid()) {
        *error = QStringLiteral("Cannot create a folder for the PostgreSQL cluster");
        return false;
    }
    m_dataDir = folder.path();
    if (m_asPostgresUser) {
        const passwd *user = ::getpwnam("postgres");
        if (::chown(QFile::encodeName(m_dataDir).constData(), user->pw_uid, user->pw_gid) != 0) {
            *error = QStringLiteral("Cannot give %1 to the postgres user").arg(m_dataDir);
            return false;
        }
    }
    QString output;
    if (!run({m_binDir + u"/initdb", QStringLiteral("-D"), m_dataDir + u"/data",
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-sync"), QStringLiteral("--locale=C")},
             &output)) {
        *error = u"initdb failed: " + output;
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        // fsync off: a test cluster is thrown away, so durability only costs time.
        const QString serverOptions =
            QStringLiteral("-k %1 -p %2 -h 127.0.0.1 -F -c max_connections=200")
                .arg(m_dataDir)
                .arg(m_port);
        if (run({m_binDir + u"/pg_ctl", QStringLiteral("-D"), m_dataDir + u"/data",
                 QStringLiteral("-o"), serverOptions, QStringLiteral("-l"),
                 m_dataDir + u"/server.log", QStringLiteral("-w"), QStringLiteral("-t"),
                 QStringLiteral("60"), QStringLiteral("start")},
                &output))
            return true;
    }
    QFile log(m_dataDir + u"/server.log");
    log.open(QIODevice::ReadOnly);
    *error = u"pg_ctl start failed: " + output + QString::fromLocal8Bit(log.readAll());
    return false;
}

PostgresServer::~PostgresServer()
{
    if (m_attached)
        return; // the fixture that started it stops it
    QString output;
    run({m_binDir + u"/pg_ctl", QStringLiteral("-D"), m_dataDir + u"/data", QStringLiteral("-m"),
         QStringLiteral("immediate"), QStringLiteral("stop")},
        &output);
    QDir(m_dataDir).removeRecursively();
}

QString PostgresServer::createDatabase(QString *error)
{
    const QString name = QStringLiteral("frontline_test_%1_%2").arg(::getpid()).arg(++m_databases);
    QString output;
    if (!run({m_binDir + u"/createdb", QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
              QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
              QStringLiteral("postgres"), name},
             &output)) {
        *error = u"createdb failed: " + output;
        return {};
    }
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

} // namespace frontline::test
