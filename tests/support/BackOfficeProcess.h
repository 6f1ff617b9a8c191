#pragma once

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>

class QNetworkAccessManager;

namespace frontline::app {
class EmbeddedBackOffice;
}

namespace frontline::test {

enum class Backend
{
    Sqlite,
    Postgresql
};

std::string backendName(const ::testing::TestParamInfo<Backend> &info);

// The real frontline-backoffice, started on a free loopback port with its data in a temporary
// folder (SQLite) or a fresh database on the test cluster (PostgreSQL), for integration tests. It
// uses the app's own launcher, so tests start the back office exactly as `frontline --demo` does.
class BackOfficeProcess
{
public:
    explicit BackOfficeProcess(QStringList extraArguments = {}, Backend backend = Backend::Sqlite);
    ~BackOfficeProcess();

    // Before start(): run on `other`'s database instead of a new one (a second instance).
    void shareDatabaseWith(const BackOfficeProcess &other) { m_databaseUrl = other.m_databaseUrl; }
    // Prepares the database (if not yet), starts the process and waits until /healthz answers.
    ::testing::AssertionResult start();
    void stop();

    // Runs an administrative command (`user add ...`) on the same database, `input` on its
    // standard input (then closed); stdout + stderr.
    ::testing::AssertionResult admin(const QStringList &arguments, QString *output = nullptr,
                                     const QByteArray &input = {});
    // `user add` with password "secret" (on standard input, never in the arguments).
    ::testing::AssertionResult addUser(const QString &username, const QString &role,
                                       const QStringList &queues = {}, int line = 1);

    // `project add --slug SLUG --name NAME --queues a,b`: a store the center serves.
    ::testing::AssertionResult addProject(const QString &slug, const QString &name,
                                          const QStringList &queues = {});
    // `user add --role client --project SLUG`: a store's account (password "secret").
    ::testing::AssertionResult addClient(const QString &username, const QString &projectSlug);

    // `token create --name NAME --role integration`: the new token.
    QByteArray createIntegrationToken(const QString &name);
    // Runs one SQL statement on the production workspace's tables, behind the back office's back:
    // for setting up what an older back office would have left. Call it while stopped.
    ::testing::AssertionResult execute(const QString &sql);
    // Runs one SQL query and gives the first column of its first row (null when none). Reading
    // is safe while the back office runs: tests check what it left in the database.
    ::testing::AssertionResult query(const QString &sql, QVariant *firstValue);

    QUrl baseUrl() const;
    qint64 processId() const;
    QString dataDirectory() const { return m_dataDirectory.path(); }
    QString databaseUrl() const { return m_databaseUrl; }

private:
    ::testing::AssertionResult prepareDatabase();

    Backend m_backend;
    QTemporaryDir m_dataDirectory;
    QString m_databaseUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<app::EmbeddedBackOffice> m_backOffice;
};

} // namespace frontline::test
