#include "tests/support/BackOfficeProcess.h"

#include "app/EmbeddedBackOffice.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace frontline::test {

using State = app::EmbeddedBackOffice::State;

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgresql";
}

BackOfficeProcess::BackOfficeProcess(QStringList extraArguments, Backend backend)
    : m_backend(backend)
    , m_dataDirectory(QDir::tempPath() + QStringLiteral("/frontline-backoffice-XXXXXX"))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_backOffice(std::make_unique<app::EmbeddedBackOffice>(m_network.get()))
{
    m_backOffice->setProgram(backOfficeProgram());
    m_backOffice->setDataDirectory(m_dataDirectory.path());
    // Suites sign the same users in afresh for every test or fault round, far more often than the
    // 10 a minute a person may; the tests of that limit give it again (the last value counts).
    // Their passwords are hashed at argon2id's least cost: a sign-in at the real cost takes a
    // third of a second, and the suites sign in thousands of times.
    m_backOffice->setExtraArguments(QStringList{QStringLiteral("--sign-ins-per-minute"),
                                                QStringLiteral("1000"),
                                                QStringLiteral("--test-password-cost")} +
                                    extraArguments);
}

BackOfficeProcess::~BackOfficeProcess()
{
    stop();
}

::testing::AssertionResult BackOfficeProcess::prepareDatabase()
{
    if (!m_databaseUrl.isEmpty())
        return ::testing::AssertionSuccess();
    if (!m_dataDirectory.isValid())
        return ::testing::AssertionFailure() << "no temporary directory";
    if (m_backend == Backend::Sqlite) {
        m_databaseUrl = u"sqlite:" + m_dataDirectory.filePath(QStringLiteral("backoffice.sqlite"));
        return ::testing::AssertionSuccess();
    }
    QString error;
    PostgresServer *server = PostgresServer::instance(&error);
    if (!server)
        return ::testing::AssertionFailure() << "PostgreSQL: " << error.toStdString();
    m_databaseUrl = server->createDatabase(&error);
    if (m_databaseUrl.isEmpty())
        return ::testing::AssertionFailure() << "PostgreSQL: " << error.toStdString();
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult BackOfficeProcess::start()
{
    if (auto prepared = prepareDatabase(); !prepared)
        return prepared;
    m_backOffice->setDatabaseUrl(m_databaseUrl);
    // Seeding the demo's month of history under the sanitizers, beside another test doing the
    // same on two cores, can take longer than a user's 20 s: a slow start is not a failure here.
    m_backOffice->setStartTimeout(60000);
    m_backOffice->start();
    waitUntil([this] { return m_backOffice->state() != State::Starting; },
              std::chrono::seconds(70));
    if (m_backOffice->state() != State::Running) {
        return ::testing::AssertionFailure()
               << "back office did not start: " << m_backOffice->errorString().toStdString();
    }
    return ::testing::AssertionSuccess();
}

void BackOfficeProcess::stop()
{
    m_backOffice->stop();
}

::testing::AssertionResult BackOfficeProcess::admin(const QStringList &arguments, QString *output,
                                                    const QByteArray &input)
{
    if (auto prepared = prepareDatabase(); !prepared)
        return prepared;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(backOfficeProgram(),
                  arguments + QStringList{QStringLiteral("--database"), m_databaseUrl,
                                          QStringLiteral("--test-password-cost")});
    process.write(input);
    process.closeWriteChannel(); // a command that reads a password sees the end, not a hang
    if (!process.waitForFinished(60000))
        return ::testing::AssertionFailure() << "frontline-backoffice did not finish";
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return ::testing::AssertionFailure()
               << "frontline-backoffice " << arguments.join(u' ').toStdString() << " failed ("
               << process.exitCode() << "): " << text.toStdString();
    }
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult BackOfficeProcess::addUser(const QString &username, const QString &role,
                                                      const QStringList &queues, int line)
{
    QStringList arguments{QStringLiteral("user"),       QStringLiteral("add"),
                          QStringLiteral("--username"), username,
                          QStringLiteral("--role"),     role,
                          QStringLiteral("--line"),     QString::number(line)};
    if (!queues.isEmpty())
        arguments << QStringLiteral("--queues") << queues.join(u',');
    return admin(arguments, nullptr, "secret\n");
}

::testing::AssertionResult BackOfficeProcess::addProject(const QString &slug, const QString &name,
                                                         const QStringList &queues)
{
    QStringList arguments{QStringLiteral("project"), QStringLiteral("add"),
                          QStringLiteral("--slug"),  slug,
                          QStringLiteral("--name"),  name};
    if (!queues.isEmpty())
        arguments << QStringLiteral("--queues") << queues.join(u',');
    return admin(arguments);
}

::testing::AssertionResult BackOfficeProcess::addClient(const QString &username,
                                                        const QString &projectSlug)
{
    return admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                  username, QStringLiteral("--role"), QStringLiteral("client"),
                  QStringLiteral("--project"), projectSlug},
                 nullptr, "secret\n");
}

QByteArray BackOfficeProcess::createIntegrationToken(const QString &name)
{
    QString output;
    if (!admin({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), name,
                QStringLiteral("--role"), QStringLiteral("integration")},
               &output))
        return {};
    // The token is alone on the last line.
    return output.trimmed().section(u'\n', -1).trimmed().toLatin1();
}

QUrl BackOfficeProcess::baseUrl() const
{
    return m_backOffice->baseUrl();
}

qint64 BackOfficeProcess::processId() const
{
    return m_backOffice->processId();
}

::testing::AssertionResult BackOfficeProcess::execute(const QString &sql)
{
    return query(sql, nullptr);
}

::testing::AssertionResult BackOfficeProcess::query(const QString &sql, QVariant *firstValue)
{
    const QString name = QStringLiteral("backoffice-process-execute");
    QString failure;
    {
        QSqlDatabase db;
        if (m_databaseUrl.startsWith(u"sqlite:")) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_databaseUrl.mid(7));
        } else {
            const QUrl url(m_databaseUrl);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            // Each workspace is a schema of its own on PostgreSQL.
            if (db.driverName() == u"QPSQL" &&
                !query.exec(QStringLiteral("SET search_path TO production")))
                failure = query.lastError().text();
            else if (!query.exec(sql))
                failure = query.lastError().text();
            else if (firstValue && query.next())
                *firstValue = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return ::testing::AssertionFailure() << sql.toStdString() << ": " << failure.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace frontline::test
