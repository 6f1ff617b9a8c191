#pragma once

#include <QStringList>

#include <vector>

namespace frontline::server::schema {

// One numbered step of the back office's schema. Statements are written once for both dialects;
// `{{ID}}` becomes the dialect's auto-increment primary key, `{{WITHOUT_ROWID}}` SQLite's
// WITHOUT ROWID (nothing on PostgreSQL). A statement that starts with `{{SQLITE}}` or
// `{{POSTGRESQL}}` runs on that dialect only.
struct Migration
{
    int version;
    QStringList statements;
    // SQLite rebuilds a table (sqlite.org, "ALTER TABLE", section 7): the step runs with foreign
    // keys off, and every reference is checked before it commits.
    bool rebuildsTables = false;
};

const std::vector<Migration> &migrations();
// Whether `statement` runs on this dialect; strips its dialect marker when it does.
bool forDialect(QString *statement, bool postgresql);
int latestVersion();

} // namespace frontline::server::schema
