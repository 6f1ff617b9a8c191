#pragma once

#include "protocol/Result.h"

namespace frontline::server {

// Where the back office keeps its state: `sqlite:PATH` (one machine) or
// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB` (a shared server).
struct DatabaseUrl
{
    enum class Kind
    {
        Sqlite,
        Postgresql
    };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;

    static Result<DatabaseUrl> parse(const QString &text);
    // The URL again, with any password masked, for logs and errors.
    QString redacted() const;
};

} // namespace frontline::server
