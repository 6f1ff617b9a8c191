#pragma once

#include <QStringList>

#include <vector>

namespace frontline::server::schema {

// One numbered step of the back office's schema. Statements are written once for both dialects;
// `{{ID}}` becomes the dialect's auto-increment primary key, `{{WITHOUT_ROWID}}` SQLite's
// WITHOUT ROWID (nothing on PostgreSQL).
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int latestVersion();

} // namespace frontline::server::schema
