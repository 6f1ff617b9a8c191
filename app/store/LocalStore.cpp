#include "app/store/LocalStore.h"

#include "app/store/CacheMaintenance.h"
#include "app/store/CacheSearch.h"
#include "app/store/MessageIndex.h"
#include "app/store/Outbox.h"
#include "app/store/SqlTransaction.h"
#include "app/store/StoreSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "frontline.store")

namespace frontline::app {
namespace {

// Tries of a write that finds the cache locked, a millisecond apart (see open()).
constexpr int BusyRetries = 5000;

QString databaseError()
{
    return QStringLiteral("database_error");
}

QString safeName(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@-]"));
    return text.replace(unsafe, QStringLiteral("_"));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A time field of the server's JSON as the queue's columns keep it: the text, or NULL (as
// json_extract gives it for null or missing).
QVariant timeOrNull(const QJsonObject &object, QStringView field)
{
    const QJsonValue value = object.value(field);
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_connection(u"frontline-cache-" + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<StoreChangeSet>();
}

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::cachePath(const QString &dataDirectory, const QUrl &server,
                              const QString &username, const QString &workspace)
{
    const QString host = safeName(server.host() + u'_' + QString::number(server.port(0)));
    return QDir(dataDirectory)
        .filePath(u"cache/" + host + u'/' + safeName(username) + u'@' + safeName(workspace) +
                  u".sqlite");
}

Error LocalStore::sqlError(const QString &what, const QSqlQuery &query) const
{
    const QString text = query.lastError().text();
    qCWarning(lcStore) << what << text;
    return Error{databaseError(), what + u": " + text};
}

Result<void> LocalStore::open(const QString &path)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QString text = m_db.lastError().text();
        close();
        return Error{databaseError(),
                     QCoreApplication::translate("LocalStore", "Cannot open the local cache %1: %2")
                         .arg(path, text)};
    }
    m_path = path;
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    m_preparedWrites.attach(m_handle);
    if (!m_handle) {
        close();
        return Error{databaseError(), QStringLiteral("the SQLite driver gave no handle")};
    }
    // Checkpoints run on CacheMaintenance's thread once the store is open (see its WAL hook
    // below). A 32 MB page cache keeps the indexes a first sync writes to in memory instead of
    // re-reading them.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA cache_size=-32768")}) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma)) {
            const Error error = sqlError(pragma, query);
            close();
            return error;
        }
    }
    // A write that finds the cache locked (the maintenance thread's step) tries again every
    // millisecond for up to about 5 s. SQLite's own busy timeout sleeps 1, 2, 5, 10, 15, 20, 25 ms
    // and on, so a wait for a lock held 20 ms took 33-53 ms: a frame of the UI, lost.
    sqlite3_busy_handler(
        m_handle,
        [](void *waits, int attempts) {
            if (attempts >= BusyRetries)
                return 0;
            auto *counter = static_cast<std::atomic<int> *>(waits);
            counter->fetch_add(1, std::memory_order_relaxed);
            counter->notify_all();
            sqlite3_sleep(1);
            return 1;
        },
        &m_busyWaits);
    if (auto migrated = migrate(); !migrated) {
        close();
        return migrated.error();
    }
    m_maintenance = std::make_unique<CacheMaintenance>(path, m_housekeeping);
    // Replaces SQLite's automatic checkpoint: tells the maintenance thread how long the log is,
    // and checkpoints here only when the log passed 40 MB anyway (that thread fell behind).
    sqlite3_wal_hook(
        m_handle,
        [](void *maintenance, sqlite3 *db, const char *, int frames) {
            static_cast<CacheMaintenance *>(maintenance)->committed(frames);
            if (frames >= 10000)
                sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            return SQLITE_OK;
        },
        m_maintenance.get());
    return {};
}

void LocalStore::close()
{
    if (m_handle)
        sqlite3_wal_hook(m_handle, nullptr, nullptr);
    m_maintenance.reset();
    // Before Qt closes the connection, which fails while statements are open.
    m_preparedWrites.clear();
    m_handle = nullptr;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_depth = 0;
    m_doomed = false;
    m_pending = {};
}

int LocalStore::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<void> LocalStore::migrate()
{
    const auto &migrations = storeMigrations();
    const int target = int(migrations.size());
    const int current = schemaVersion();
    if (current < 0)
        return Error{databaseError(), QStringLiteral("Cannot read the cache's schema version")};
    if (current > target) {
        return Error{QStringLiteral("cache_too_new"),
                     QCoreApplication::translate("LocalStore",
                                                 "The local cache %1 was written by a newer "
                                                 "Frontline (schema %2; this one knows %3). "
                                                 "Update Frontline or remove the file.")
                         .arg(m_path)
                         .arg(current)
                         .arg(target)};
    }
    // One transaction per step, so a failed step leaves the file at the previous version.
    for (int version = current; version < target; ++version) {
        SqlTransaction transaction(*this);
        if (!transaction.begun())
            return transaction.begun().error();
        for (const QString &statement : migrations.at(version)) {
            if (auto done = write(statement); !done)
                return done.error();
        }
        if (auto done = write(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)); !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        qCInfo(lcStore) << "cache" << m_path << "migrated to schema" << version + 1;
    }
    m_pending = {};
    return {};
}

Result<QSqlQuery> LocalStore::read(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    // Callers only step forward; Qt then does not keep a copy of every row read.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(sql, query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(sql, query);
    return query;
}

Result<SqlWrite> LocalStore::write(const QString &sql, const QVariantList &values)
{
    if (!m_db.isOpen())
        return Error{databaseError(), QStringLiteral("the local cache is not open")};
    ++m_writes;
    if (m_failAt > 0 && --m_failAt == 0) {
        qCWarning(lcStore) << "injected fault on write" << m_writes << sql.left(60);
        return Error{databaseError(), QStringLiteral("injected fault on write %1").arg(m_writes)};
    }
    return m_preparedWrites.run(sql, values);
}

void LocalStore::failWriteAt(int n)
{
    m_failAt = n;
}

Result<void> LocalStore::beginTransaction()
{
    if (m_depth++ > 0)
        return {};
    m_doomed = false;
    m_pending = {};
    // A read left open on this connection (a QSqlQuery not stepped to its end and still alive)
    // holds its snapshot: once the housekeeping thread has committed, BEGIN IMMEDIATE fails at
    // once as busy, without waiting (SQLite cannot wait out a stale snapshot). Name it.
    if (sqlite3_txn_state(m_handle, nullptr) == SQLITE_TXN_READ) {
        for (sqlite3_stmt *open = sqlite3_next_stmt(m_handle, nullptr); open;
             open = sqlite3_next_stmt(m_handle, open)) {
            if (sqlite3_stmt_busy(open))
                qCWarning(lcStore)
                    << "a write begins while a read is still open:" << sqlite3_sql(open);
        }
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        return sqlError(QStringLiteral("BEGIN"), query);
    }
    m_messageIndexUpto = MarkUnread;
    if (m_maintenance)
        m_maintenance->writing(true);
    return {};
}

Result<qint64> LocalStore::messageIndexMark()
{
    // Only the housekeeping thread moves the mark, and not while this connection's transaction
    // holds the write lock: read once per transaction.
    if (m_depth == 0 || m_messageIndexUpto == MarkUnread) {
        auto mark = stateValue(QString::fromLatin1(MessageIndex::BacklogKey));
        if (!mark)
            return mark.error();
        m_messageIndexUpto = mark->isEmpty() ? -1 : mark->toLongLong();
    }
    return m_messageIndexUpto;
}

Result<void> LocalStore::deferMessageIndex()
{
    if (m_depth == 0)
        return Error{databaseError(), QStringLiteral("deferMessageIndex outside a transaction")};
    auto mark = messageIndexMark();
    if (!mark)
        return mark.error();
    if (mark.value() >= 0)
        return {};
    auto last = read(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM messages"));
    if (!last)
        return last.error();
    last.value().next();
    const qint64 upto = last->value(0).toLongLong();
    last.value().finish();
    if (auto saved =
            setStateValue(QString::fromLatin1(MessageIndex::BacklogKey), QString::number(upto));
        !saved)
        return saved.error();
    m_messageIndexUpto = upto;
    return {};
}

Result<bool> LocalStore::indexMessageBacklog(int limit)
{
    SqlTransaction transaction(*this);
    if (!transaction.begun())
        return transaction.begun().error();
    auto done = MessageIndex::indexBacklog(m_db, limit);
    if (!done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return done.value();
}

Result<void> LocalStore::commitTransaction()
{
    if (m_depth == 0)
        return Error{databaseError(), QStringLiteral("commit without a transaction")};
    if (--m_depth > 0)
        return {};
    // The write lock is released once COMMIT or ROLLBACK has run, and before the change signal,
    // whose slots may begin the next transaction.
    const auto released = [this] {
        if (m_maintenance)
            m_maintenance->writing(false);
    };
    if (m_doomed) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        released();
        m_pending = {};
        return Error{databaseError(), QStringLiteral("a nested step failed; rolled back")};
    }
    if (auto done = write(QStringLiteral("COMMIT")); !done) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        released();
        m_pending = {};
        return done.error();
    }
    released();
    StoreChangeSet changes = std::exchange(m_pending, {});
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    return {};
}

void LocalStore::rollbackTransaction()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_doomed = true;
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_pending = {};
    if (m_maintenance)
        m_maintenance->writing(false);
}

Result<QString> LocalStore::stateValue(const QString &key) const
{
    auto query = read(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query.value().next() ? query->value(0).toString() : QString();
}

Result<void> LocalStore::setStateValue(const QString &key, const QString &value)
{
    auto done = write(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON "
                                     "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value.isNull() ? QStringLiteral("") : value});
    if (!done)
        return done.error();
    return {};
}

qint64 LocalStore::cursor() const
{
    auto value = stateValue(QStringLiteral("cursor"));
    return value ? value->toLongLong() : 0;
}

namespace {

CachedTicket ticketFromRow(const QSqlQuery &query)
{
    CachedTicket cached;
    auto parsed = protocol::Ticket::fromJson(parse(query.value(0).toString()));
    if (parsed)
        cached.ticket = parsed.value();
    // The display columns carry the operator's queued changes.
    cached.ticket.status =
        protocol::ticketStatusFromString(query.value(1).toString()).value_or(cached.ticket.status);
    cached.ticket.priority =
        protocol::priorityFromString(query.value(2).toString()).value_or(cached.ticket.priority);
    cached.ticket.queue = query.value(3).toString();
    cached.ticket.subject = query.value(4).toString();
    cached.ticket.assigneeId = query.value(5).toString();
    cached.localChangesPending = query.value(6).toBool();
    return cached;
}

const QString TicketColumns = QStringLiteral(
    "server_json, status, priority, queue, subject, assignee_id, local_pending FROM tickets");

} // namespace

Result<QList<CachedTicket>> LocalStore::tickets() const
{
    auto query = read(u"SELECT " + TicketColumns + u" ORDER BY number DESC");
    if (!query)
        return query.error();
    QList<CachedTicket> list;
    while (query.value().next())
        list.append(ticketFromRow(query.value()));
    return list;
}

Result<std::optional<CachedTicket>> LocalStore::ticket(const QString &id) const
{
    auto query = read(u"SELECT " + TicketColumns + u" WHERE id = ?", {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<CachedTicket>();
    return std::optional<CachedTicket>(ticketFromRow(query.value()));
}

Result<QJsonObject> LocalStore::serverTicket(const QString &id) const
{
    auto query = read(QStringLiteral("SELECT server_json FROM tickets WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{
            QStringLiteral("not_found"),
            QCoreApplication::translate("LocalStore", "No ticket %1 in the local cache").arg(id)};
    return parse(query->value(0).toString());
}

Result<void> LocalStore::storeServerTicket(const QJsonObject &ticket, bool mayHaveLocalChanges,
                                           QByteArrayView json)
{
    const QString id = ticket.value(u"id").toString();
    auto done = write(
        QStringLiteral(
            "INSERT INTO tickets (id, number, channel, status, priority, queue, subject, "
            "customer_id, assignee_id, version, updated_at, server_json, first_response_due, "
            "resolution_due, first_response_at, last_customer_message_at) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET number = "
            "excluded.number, channel = excluded.channel, status = excluded.status, priority = "
            "excluded.priority, queue = excluded.queue, subject = excluded.subject, customer_id = "
            "excluded.customer_id, assignee_id = excluded.assignee_id, version = "
            "excluded.version, updated_at = excluded.updated_at, server_json = "
            "excluded.server_json, first_response_due = excluded.first_response_due, "
            "resolution_due = excluded.resolution_due, first_response_at = "
            "excluded.first_response_at, last_customer_message_at = "
            "excluded.last_customer_message_at, local_pending = 0"),
        {id, ticket.value(u"number").toInteger(), ticket.value(u"channel").toString(),
         ticket.value(u"status").toString(), ticket.value(u"priority").toString(),
         ticket.value(u"queue").toString(), ticket.value(u"subject").toString(),
         ticket.value(u"customer_id").toString(), ticket.value(u"assignee_id").toString(),
         ticket.value(u"version").toInteger(), ticket.value(u"updated_at").toString(),
         json.isEmpty() ? QVariant(compact(ticket))
                        : QVariant(QByteArray::fromRawData(json.data(), json.size())),
         timeOrNull(ticket, u"first_response_due"), timeOrNull(ticket, u"resolution_due"),
         timeOrNull(ticket, u"first_response_at"),
         timeOrNull(ticket, u"last_customer_message_at")});
    if (!done)
        return done.error();
    m_pending.tickets.insert(id);
    return mayHaveLocalChanges ? Outbox(*this).reapplyLocalChanges(id) : Result<void>();
}

Result<QList<CachedMessage>> LocalStore::messages(const QString &ticketId) const
{
    auto query = read(QStringLiteral("SELECT id, ticket_id, author_kind, author_id, author_name, "
                                     "internal, body, created_at, state FROM messages WHERE "
                                     "ticket_id = ? ORDER BY seq"),
                      {ticketId});
    if (!query)
        return query.error();
    QList<CachedMessage> list;
    while (query.value().next()) {
        list.append(CachedMessage{
            query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toString(), query->value(4).toString(), query->value(5).toBool(),
            query->value(6).toString(), query->value(7).toString(), query->value(8).toString()});
    }
    return list;
}

Result<bool> LocalStore::insertMessage(const CachedMessage &message)
{
    // In a transaction of its own when the caller has none, so the backlog mark is current.
    SqlTransaction transaction(*this);
    if (!transaction.begun())
        return transaction.begun().error();
    auto inserted = write(
        QStringLiteral("INSERT INTO messages (id, ticket_id, author_kind, author_id, author_name, "
                       "internal, body, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                       "CONFLICT (id) DO NOTHING"),
        {message.id, message.ticketId, message.authorKind, message.authorId, message.authorName,
         message.internal ? 1 : 0, message.body, message.createdAt,
         message.state.isEmpty() ? QStringLiteral("synced") : message.state});
    if (!inserted)
        return inserted.error();
    if (inserted->numRowsAffected() == 0) {
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return false;
    }
    // Behind the backlog's mark, the message waits its turn (MessageIndex); the delete trigger
    // removes the same folded text from the index.
    const qint64 seq = inserted->lastInsertId().toLongLong();
    auto mark = messageIndexMark();
    if (!mark)
        return mark.error();
    if (mark.value() < 0 || seq <= mark.value()) {
        auto indexed = write(QStringLiteral("INSERT INTO message_fts (rowid, body) VALUES (?, ?)"),
                             {seq, CacheSearch::foldForSearch(message.body)});
        if (!indexed)
            return indexed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

Result<int> LocalStore::count(const QString &table) const
{
    static const QStringList known{
        QStringLiteral("tickets"),   QStringLiteral("messages"), QStringLiteral("escalations"),
        QStringLiteral("customers"), QStringLiteral("orders"),   QStringLiteral("kb_articles"),
        QStringLiteral("macros"),    QStringLiteral("presence"), QStringLiteral("conflicts"),
        QStringLiteral("operators"), QStringLiteral("kb_usage"), QStringLiteral("queues")};
    if (!known.contains(table))
        return Error{databaseError(), u"unknown table " + table};
    auto query = read(u"SELECT COUNT(*) FROM " + table);
    if (!query)
        return query.error();
    query.value().next();
    return query->value(0).toInt();
}

} // namespace frontline::app
