#pragma once

#include "protocol/Result.h"
#include "server/storage/DatabaseUrl.h"

#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace frontline::server {

class CommitGroup;
class Database;
class WalCheckpointer;

// One workspace's database (the production one, or a trainer's sandbox): prepared statements
// cached by their SQL, dialect-aware helpers and transactions. Every query a request makes goes
// through the Store of its caller's workspace, so no query can reach another workspace's rows.
class Store
{
public:
    // `schema` is used on PostgreSQL only: each workspace lives in its own schema there.
    static Result<std::unique_ptr<Store>> open(const DatabaseUrl &url, const QString &workspace,
                                               const QString &schema = {});
    ~Store();

    const QString &workspace() const { return m_workspace; }
    DatabaseUrl::Kind kind() const { return m_kind; }
    bool isPostgresql() const { return m_kind == DatabaseUrl::Kind::Postgresql; }
    QSqlDatabase connection() const;

    // Runs `sql` with positional `?` placeholders bound to `args`. The returned query stays valid
    // until the same SQL text is run again.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &args = {});
    // Runs one statement without preparing it: DDL and SET, which PostgreSQL cannot PREPARE.
    Result<void> execute(const QString &sql);
    // Runs an INSERT and returns the new row's integer id (`RETURNING id` on both dialects).
    Result<qint64> insert(const QString &sql, const QVariantList &args = {});
    // Runs `sql` and returns the first column of the first row, or a null QVariant.
    Result<QVariant> scalar(const QString &sql, const QVariantList &args = {});
    // "`column` IN (the list)" with the whole list bound as ONE parameter, listParameter(values):
    // lists of every length share one prepared statement (json_each on SQLite,
    // jsonb_array_elements_text on PostgreSQL), and no list meets a bound-parameter limit.
    QString inList(const QString &column) const;
    static QString listParameter(const QStringList &values);
    // How many prepared statements the cache holds: each distinct SQL text stays for good, so
    // this must not grow with what clients send.
    std::size_t preparedStatements() const { return m_statements.size(); }
    // Number of rows the last `run` of `sql` changed.
    Result<int> update(const QString &sql, const QVariantList &args = {});

    // Inside a CommitGroup (see there) these open, release and roll back a savepoint of the
    // group's transaction instead.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    // Runs `action` once what was written so far is committed: at once outside a transaction,
    // else after the COMMIT (of the whole batch, in a CommitGroup). Dropped when the transaction
    // or savepoint open now rolls back, or the COMMIT fails.
    void afterCommit(std::function<void()> action);

    // Migrates the schema to the newest version; refuses a database written by a newer build.
    Result<int> migrate();

private:
    friend class CommitGroup;

    Store(std::unique_ptr<Database> database, QString workspace);
    // SAVEPOINT, RELEASE and friends: cached prepared statements on SQLite; PostgreSQL cannot
    // prepare them.
    Result<void> control(const QString &sql);
    void finishStatements();
    void undoSavepoint();
    void noteFailure();
    // Ends the group's outer transaction: COMMIT (then the after-commit actions) or ROLLBACK.
    Result<void> finishGroup(bool commit);
    void runAfterCommit();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite only
    QString m_workspace;
    DatabaseUrl::Kind m_kind;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    // insert()'s SQL without `RETURNING id` on SQLite (empty: keep RETURNING), by original SQL.
    std::unordered_map<QString, QString> m_rowidInserts;
    bool m_inTransaction = false;   // a Transaction (or, in a group, its savepoint) is open
    CommitGroup *m_group = nullptr; // the group whose outer transaction is open here
    bool m_groupBroken = false;     // a failure the savepoints could not contain
    std::vector<std::function<void()>> m_afterCommit;
    std::size_t m_savepointActions = 0; // m_afterCommit's size when the savepoint began
};

// Rolls back unless committed: an early return can never leave a transaction open.
class Transaction
{
public:
    explicit Transaction(Store &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; check before doing work.
    const Result<void> &started() const { return m_started; }
    Result<void> commit();

private:
    Store &m_store;
    Result<void> m_started;
    bool m_done = false;
};

Error sqlFailure(const QString &what, const QSqlQuery &query);

} // namespace frontline::server
