#include "server/storage/Store.h"

#include "server/storage/CommitGroup.h"
#include "server/storage/Database.h"
#include "server/storage/Schema.h"
#include "server/storage/WalCheckpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace frontline::server {

Error sqlFailure(const QString &what, const QSqlQuery &query)
{
    return Error{QStringLiteral("database_error"),
                 what.simplified().left(200) + u": " + query.lastError().text()};
}

Result<std::unique_ptr<Store>> Store::open(const DatabaseUrl &url, const QString &workspace,
                                           const QString &schema)
{
    static const QRegularExpression safeName(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!schema.isEmpty() && !safeName.match(schema).hasMatch()) {
        return Error{QStringLiteral("invalid_workspace"),
                     QStringLiteral("Workspace schema name \"%1\" is not allowed").arg(schema)};
    }
    auto database = Database::open(url, u"store-" + workspace);
    if (!database)
        return database.error();
    std::unique_ptr<Store> store(
        new Store(std::make_unique<Database>(std::move(database).value()), workspace));
    if (!store->isPostgresql()) {
        store->m_checkpointer =
            std::make_unique<WalCheckpointer>(store->connection().databaseName());
        // The writer's own checkpoint is only a backstop for a checkpointer that cannot keep up.
        if (auto done = store->execute(QStringLiteral("PRAGMA wal_autocheckpoint=%1")
                                           .arg(store->m_checkpointer->writerBackstopFrames()));
            !done)
            return done.error();
    }
    if (store->isPostgresql() && !schema.isEmpty()) {
        // Each workspace is its own schema; search_path pins this connection to it.
        for (const QString &sql : QStringList{u"CREATE SCHEMA IF NOT EXISTS " + schema,
                                              u"SET search_path TO " + schema}) {
            if (auto done = store->execute(sql); !done)
                return done.error();
        }
    }
    return store;
}

Store::Store(std::unique_ptr<Database> database, QString workspace)
    : m_database(std::move(database))
    , m_workspace(std::move(workspace))
    , m_kind(m_database->kind())
{}

Store::~Store()
{
    if (m_group)
        static_cast<void>(finishGroup(false)); // a rollback only reports success
    else if (m_inTransaction)
        rollback();
    m_statements.clear();
}

QSqlDatabase Store::connection() const
{
    return m_database->connection();
}

Result<QSqlQuery *> Store::run(const QString &sql, const QVariantList &args)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(connection());
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql))
            return sqlFailure(sql, *prepared);
        it = m_statements.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery &query = *it->second;
    query.finish();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QVariant &value = args.at(i);
        // Qt binds a null QString as SQL NULL; only an invalid QVariant means NULL here.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec()) {
        noteFailure();
        return sqlFailure(sql, query);
    }
    return &query;
}

QString Store::inList(const QString &column) const
{
    if (isPostgresql())
        return column + u" IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb)))";
    return column + u" IN (SELECT value FROM json_each(?))";
}

QString Store::listParameter(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

Result<void> Store::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        noteFailure();
        return sqlFailure(sql, query);
    }
    return {};
}

void Store::noteFailure()
{
    // A failed statement aborts a PostgreSQL transaction; outside a savepoint nothing can undo
    // that but rolling back the whole batch.
    if (m_group && !m_inTransaction && isPostgresql())
        m_groupBroken = true;
}

Result<void> Store::control(const QString &sql)
{
    if (isPostgresql())
        return execute(sql);
    auto done = run(sql);
    if (!done)
        return done.error();
    return {};
}

void Store::finishStatements()
{
    // SQLite refuses to commit or roll back to a savepoint while a statement has rows to give.
    for (auto &[sql, statement] : m_statements)
        statement->finish();
}

Result<qint64> Store::insert(const QString &sql, const QVariantList &args)
{
    if (!isPostgresql()) {
        // SQLite buffers RETURNING rows in a temporary b-tree opened for every execution; the
        // returned column here is the row's INTEGER PRIMARY KEY, which last_insert_rowid gives
        // for free.
        auto known = m_rowidInserts.find(sql);
        if (known == m_rowidInserts.end()) {
            static const QRegularExpression returningKey(
                QStringLiteral("\\s+RETURNING\\s+(id|seq)\\s*$"),
                QRegularExpression::CaseInsensitiveOption);
            QString plain = sql;
            plain.remove(returningKey);
            known = m_rowidInserts.emplace(sql, plain == sql ? QString() : plain).first;
        }
        if (!known->second.isEmpty()) {
            auto query = run(known->second, args);
            if (!query)
                return query.error();
            if (query.value()->numRowsAffected() != 1)
                return sqlFailure(sql + u" (no id returned)", *query.value());
            return query.value()->lastInsertId().toLongLong();
        }
    }
    auto query = run(sql, args);
    if (!query)
        return query.error();
    if (!query.value()->next())
        return sqlFailure(sql + u" (no id returned)", *query.value());
    const qint64 id = query.value()->value(0).toLongLong();
    query.value()->finish();
    return id;
}

Result<QVariant> Store::scalar(const QString &sql, const QVariantList &args)
{
    auto query = run(sql, args);
    if (!query)
        return query.error();
    if (!query.value()->next())
        return QVariant();
    QVariant value = query.value()->value(0);
    query.value()->finish();
    return value;
}

Result<int> Store::update(const QString &sql, const QVariantList &args)
{
    auto query = run(sql, args);
    if (!query)
        return query.error();
    return query.value()->numRowsAffected();
}

Result<void> Store::begin()
{
    if (m_inTransaction)
        return Error{QStringLiteral("database_error"), QStringLiteral("Nested transaction")};
    // IMMEDIATE takes SQLite's write lock up front, so two writers queue on the busy timeout
    // instead of failing to upgrade a read lock half-way through.
    const QString beginSql =
        isPostgresql() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (!m_group) {
        if (CommitGroup *group = CommitGroup::current()) {
            if (auto begun = execute(beginSql); !begun)
                return begun.error();
            m_group = group;
            m_groupBroken = false;
            group->join(this);
        }
    }
    if (m_group) {
        if (auto saved = control(QStringLiteral("SAVEPOINT request")); !saved)
            return saved.error();
        m_savepointActions = m_afterCommit.size();
    } else if (auto begun = execute(beginSql); !begun) {
        return begun.error();
    }
    m_inTransaction = true;
    return {};
}

Result<void> Store::commit()
{
    finishStatements();
    if (m_group) {
        // Still "in" the savepoint while releasing it: a failure here is the request's own.
        auto released = control(QStringLiteral("RELEASE SAVEPOINT request"));
        m_inTransaction = false;
        if (!released)
            undoSavepoint();
        return released;
    }
    m_inTransaction = false;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        Error error = sqlFailure(QStringLiteral("COMMIT"), query);
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        m_afterCommit.clear();
        return error;
    }
    runAfterCommit();
    return {};
}

void Store::rollback()
{
    m_inTransaction = false;
    finishStatements();
    if (m_group) {
        undoSavepoint();
        return;
    }
    m_afterCommit.clear();
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "ROLLBACK failed:" << query.lastError().text();
}

void Store::undoSavepoint()
{
    finishStatements();
    m_afterCommit.resize(std::min(m_afterCommit.size(), m_savepointActions));
    const bool undone = control(QStringLiteral("ROLLBACK TO SAVEPOINT request")) &&
                        control(QStringLiteral("RELEASE SAVEPOINT request"));
    if (!undone) {
        qCWarning(lcStorage) << "a request's savepoint could not be rolled back; the batch fails";
        m_groupBroken = true;
    }
}

void Store::afterCommit(std::function<void()> action)
{
    if (!m_group && !m_inTransaction) {
        action();
        return;
    }
    m_afterCommit.push_back(std::move(action));
}

void Store::runAfterCommit()
{
    // Moved out first: an action may begin a new transaction here.
    std::vector<std::function<void()>> actions;
    actions.swap(m_afterCommit);
    for (const auto &action : actions)
        action();
}

Result<void> Store::finishGroup(bool commit)
{
    finishStatements();
    m_group = nullptr;
    if (m_inTransaction) {
        // A Transaction outlived its batch: never commit half of a request.
        m_inTransaction = false;
        commit = false;
    }
    const bool broken = std::exchange(m_groupBroken, false);
    if (!commit || broken) {
        m_afterCommit.clear();
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "ROLLBACK failed:" << query.lastError().text();
        if (!commit)
            return {};
        return Error{QStringLiteral("database_error"),
                     QStringLiteral("A statement failed outside its request's savepoint; the "
                                    "batch was rolled back")};
    }
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        Error error = sqlFailure(QStringLiteral("COMMIT"), query);
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        m_afterCommit.clear();
        return error;
    }
    runAfterCommit();
    return {};
}

Result<int> Store::migrate()
{
    if (auto created = execute(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !created)
        return created.error();
    auto current = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!current)
        return current.error();
    const int from = current.value().isNull() ? 0 : current.value().toInt();
    if (from > schema::latestVersion()) {
        return Error{
            QStringLiteral("schema_too_new"),
            QStringLiteral("The database is at schema version %1, newer than this "
                           "frontline-backoffice understands (%2); upgrade the back office")
                .arg(from)
                .arg(schema::latestVersion())};
    }
    const QString idColumn = isPostgresql() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                            : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (const schema::Migration &migration : schema::migrations()) {
        if (migration.version <= from)
            continue;
        // SQLite ignores the pragma inside a transaction; back on however the step ends.
        const bool rebuild = migration.rebuildsTables && !isPostgresql();
        if (rebuild) {
            if (auto off = execute(QStringLiteral("PRAGMA foreign_keys=OFF")); !off)
                return off.error();
        }
        const auto foreignKeysBack = qScopeGuard([&] {
            if (rebuild)
                (void)execute(QStringLiteral("PRAGMA foreign_keys=ON"));
        });
        Transaction transaction(*this);
        if (!transaction.started())
            return transaction.started().error();
        for (QString statement : migration.statements) {
            if (!schema::forDialect(&statement, isPostgresql()))
                continue;
            statement.replace(QStringLiteral("{{ID}}"), idColumn);
            // A table that is only ever read by its key is its key's b-tree on SQLite.
            statement.replace(QStringLiteral("{{WITHOUT_ROWID}}"),
                              isPostgresql() ? QString() : QStringLiteral("WITHOUT ROWID"));
            if (auto done = execute(statement); !done)
                return done.error();
        }
        if (rebuild) {
            auto dangling = scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check"));
            if (!dangling)
                return dangling.error();
            if (dangling->toLongLong() != 0)
                return Error{QStringLiteral("schema_migration_failed"),
                             QStringLiteral("Schema version %1 left %2 rows pointing at nothing")
                                 .arg(migration.version)
                                 .arg(dangling->toLongLong())};
        }
        if (auto recorded = run(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
                                {migration.version});
            !recorded)
            return recorded.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        qCInfo(lcStorage) << "workspace" << m_workspace << "migrated to schema version"
                          << migration.version;
    }
    return schema::latestVersion();
}

Transaction::Transaction(Store &store)
    : m_store(store)
    , m_started(store.begin())
{}

Transaction::~Transaction()
{
    if (!m_done && m_started)
        m_store.rollback();
}

Result<void> Transaction::commit()
{
    m_done = true;
    if (!m_started)
        return m_started.error();
    return m_store.commit();
}

} // namespace frontline::server
