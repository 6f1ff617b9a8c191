#pragma once

#include "protocol/Result.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace frontline::app {

// What a write did (statements are prepared once and reused, so the query itself stays inside).
struct SqlWrite
{
    QVariant insertId;
    int rows = 0;

    QVariant lastInsertId() const { return insertId; }
    int numRowsAffected() const { return rows; }
};

// The cache's writes through SQLite's own API on the connection Qt opened: each statement
// prepared once and reused, strings bound as UTF-8 without a copy. QSqlQuery's binding and
// result bookkeeping were a fifth of a first sync's time.
class PreparedWrites
{
public:
    PreparedWrites() = default;
    PreparedWrites(const PreparedWrites &) = delete;
    PreparedWrites &operator=(const PreparedWrites &) = delete;
    ~PreparedWrites() { clear(); }

    void attach(sqlite3 *handle) { m_handle = handle; }
    // Finalizes every statement; before the connection closes, which fails while any is open.
    void clear();
    // QString and QByteArray values are bound as UTF-8 text, a null one as NULL.
    Result<SqlWrite> run(const QString &sql, const QVariantList &values);

private:
    Result<sqlite3_stmt *> prepared(const QString &sql);
    int bind(sqlite3_stmt *statement, const QVariantList &values);
    Error failure(const QString &sql) const;

    sqlite3 *m_handle = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace frontline::app
