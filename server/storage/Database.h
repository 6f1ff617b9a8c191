#pragma once

#include "protocol/Result.h"
#include "server/storage/DatabaseUrl.h"

#include <QSqlDatabase>

namespace frontline::server {

// One named Qt Sql connection to the back office's store, opened on the calling thread (Qt Sql
// connections may only be used from the thread that made them).
class Database
{
public:
    static Result<Database> open(const DatabaseUrl &url, const QString &connectionName);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase connection() const;
    DatabaseUrl::Kind kind() const { return m_kind; }
    // A cheap round trip that proves the connection still answers.
    Result<void> ping() const;

private:
    Database(QString connectionName, DatabaseUrl::Kind kind);

    QString m_connectionName;
    DatabaseUrl::Kind m_kind;
};

} // namespace frontline::server
