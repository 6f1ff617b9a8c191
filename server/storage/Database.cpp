#include "server/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStorage, "backoffice.storage")

namespace frontline::server {
namespace {

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("database_error"), what + u": " + error.text()};
}

Result<void> exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return sqlError(statement, query.lastError());
    return {};
}

} // namespace

Result<Database> Database::open(const DatabaseUrl &url, const QString &connectionName)
{
    const bool sqlite = url.kind == DatabaseUrl::Kind::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), connectionName);
    Database handle(connectionName, url.kind);
    if (!db.isValid()) {
        return Error{QStringLiteral("database_driver_missing"),
                     QStringLiteral("The Qt Sql driver for %1 is not installed")
                         .arg(sqlite ? u"SQLite" : u"PostgreSQL")};
    }
    if (sqlite) {
        const QFileInfo file(url.path);
        if (!QDir().mkpath(file.absolutePath())) {
            return Error{QStringLiteral("database_error"),
                         QStringLiteral("Cannot create the folder %1").arg(file.absolutePath())};
        }
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        return sqlError(QStringLiteral("Cannot open ") + url.redacted(), db.lastError());

    if (sqlite) {
        // WAL lets readers run beside the one writer; NORMAL sync survives an application crash.
        // A longer checkpoint interval copies the hot pages (the change log's tail, the ticket
        // being worked) to the database once per checkpoint rather than every few hundred
        // commits; the page cache holds a busy day's working set.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA wal_autocheckpoint=4000",
                                   "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"}) {
            if (auto result = exec(db, QString::fromLatin1(pragma)); !result)
                return result.error();
        }
    }
    qCInfo(lcStorage) << "opened" << url.redacted();
    return handle;
}

Database::Database(QString connectionName, DatabaseUrl::Kind kind)
    : m_connectionName(std::move(connectionName))
    , m_kind(kind)
{}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_kind(other.m_kind)
{}

Database &Database::operator=(Database &&other) noexcept
{
    std::swap(m_connectionName, other.m_connectionName);
    std::swap(m_kind, other.m_kind);
    return *this;
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Database::ping() const
{
    QSqlDatabase db = connection();
    return exec(db, QStringLiteral("SELECT 1"));
}

} // namespace frontline::server
