#pragma once

#include <QString>

#include <memory>

namespace frontline::test {

// A throwaway PostgreSQL cluster for the tests of this process: initdb in a temporary folder,
// started on a free loopback port, stopped and removed at exit. PostgreSQL refuses to run as root,
// so as root the cluster belongs to the `postgres` system user.
class PostgresServer
{
public:
    // The cluster of this test process, started on first use. Null (with `error` set) when it
    // cannot start; callers fail their test with that message.
    static PostgresServer *instance(QString *error);

    // Stops the cluster, if one was started; the test main calls it before the app goes away.
    static void shutdown();
    ~PostgresServer();

    // A new, empty database; returns its URL for `--database`.
    QString createDatabase(QString *error);
    int port() const { return m_port; }

private:
    PostgresServer() = default;
    bool start(QString *error);
    bool run(const QStringList &command, QString *output) const;

    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_attached = false; // using the ctest run's shared cluster
    int m_databases = 0;
};

} // namespace frontline::test
