#include "app/store/LocalStore.h"

#include "app/store/CacheMaintenance.h"
#include "app/store/MessageIndex.h"
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
#include <QStringEncoder>
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
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
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
    // The feed writes the same few statements thousands of times: prepare each once.
    auto cached = m_statements.constFind(sql);
    if (cached == m_statements.cend()) {
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v3(m_handle, reinterpret_cast<const char *>(sql.toUtf8().constData()),
                               -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) != SQLITE_OK) {
            const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
            sqlite3_finalize(prepared);
            qCWarning(lcStore) << sql << text;
            return Error{databaseError(), sql + u": " + text};
        }
        cached = m_statements.insert(sql, prepared);
    }
    sqlite3_stmt *statement = cached.value();
    // Strings go in as UTF-8, converted into one reused buffer (handing SQLite UTF-16 makes it
    // allocate and convert each value itself), bound without a copy.
    static thread_local QByteArray buffer;
    static thread_local QStringEncoder utf8(QStringConverter::Utf8,
                                            QStringConverter::Flag::Stateless);
    qsizetype space = 0;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString)
            space += utf8.requiredSpace(static_cast<const QString *>(value.constData())->size());
    }
    if (buffer.size() < space)
        buffer.resize(space);
    char *out = buffer.data();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int bound = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString &text = *static_cast<const QString *>(value.constData());
            if (text.isNull()) {
                bound = sqlite3_bind_null(statement, i + 1);
                break;
            }
            char *start = out;
            out = utf8.appendToBuffer(out, text);
            bound = sqlite3_bind_text(statement, i + 1, start, int(out - start), SQLITE_STATIC);
            break;
        }
        case QMetaType::QByteArray: {
            // UTF-8 text, such as JSON kept as the back office sent it.
            const QByteArray &text = *static_cast<const QByteArray *>(value.constData());
            bound = text.isNull() ? sqlite3_bind_null(statement, i + 1)
                                  : sqlite3_bind_text(statement, i + 1, text.constData(),
                                                      int(text.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            bound = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            bound = sqlite3_bind_double(statement, i + 1, value.toDouble());
            break;
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            bound = sqlite3_bind_null(statement, i + 1);
            break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            bound = value.isNull() ? sqlite3_bind_null(statement, i + 1)
                                   : sqlite3_bind_text(statement, i + 1, text.constData(),
                                                       int(text.size()), SQLITE_TRANSIENT);
        }
        }
        if (bound != SQLITE_OK)
            break;
    }
    const int stepped = sqlite3_step(statement);
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        qCWarning(lcStore) << sql << text;
        return Error{databaseError(), sql + u": " + text};
    }
    SqlWrite done{QVariant(qint64(sqlite3_last_insert_rowid(m_handle))),
                  int(sqlite3_changes(m_handle))};
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return done;
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

Result<QSet<QString>> LocalStore::ticketsWithPendingCommands() const
{
    auto query = read(QStringLiteral("SELECT DISTINCT target_id FROM outbox WHERE state = "
                                     "'pending' AND command IN ('update_ticket', 'claim', "
                                     "'send_message')"));
    if (!query)
        return query.error();
    QSet<QString> ids;
    while (query.value().next())
        ids.insert(query->value(0).toString());
    return ids;
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
    return mayHaveLocalChanges ? reapplyLocalChanges(id) : Result<void>();
}

Result<void> LocalStore::reapplyLocalChanges(const QString &ticketId)
{
    auto pending = read(QStringLiteral("SELECT command, payload FROM outbox WHERE target_id = ? "
                                       "AND state = 'pending' AND command IN ('update_ticket', "
                                       "'claim', 'send_message') ORDER BY id"),
                        {ticketId});
    if (!pending)
        return pending.error();
    auto server = serverTicket(ticketId);
    if (!server)
        return server.error().code == u"not_found" ? Result<void>() : server.error();
    QJsonObject shown = server.value();
    bool any = false;
    while (pending.value().next()) {
        const QJsonObject payload = parse(pending->value(1).toString());
        if (pending->value(0).toString() == u"send_message") {
            // The back office opens a new ticket on its first public reply: show that now, so
            // a status change queued after the reply is based on what the server will have.
            if (!payload.value(u"internal").toBool() && shown.value(u"status").toString() == u"new")
                shown.insert(QStringLiteral("status"), QStringLiteral("open"));
            continue;
        }
        any = true;
        if (pending->value(0).toString() == u"claim") {
            shown.insert(QStringLiteral("assignee_id"), payload.value(u"assignee_id"));
            continue;
        }
        const QJsonObject changes = payload.value(u"changes").toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            shown.insert(it.key(), it.value());
    }
    auto done =
        write(QStringLiteral("UPDATE tickets SET status = ?, priority = ?, queue = ?, "
                             "subject = ?, assignee_id = ?, local_pending = ? WHERE id = ?"),
              {shown.value(u"status").toString(), shown.value(u"priority").toString(),
               shown.value(u"queue").toString(), shown.value(u"subject").toString(),
               shown.value(u"assignee_id").toString(), any ? 1 : 0, ticketId});
    if (!done)
        return done.error();
    m_pending.tickets.insert(ticketId);
    return {};
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
                             {seq, foldForSearch(message.body)});
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
        QStringLiteral("operators"), QStringLiteral("kb_usage")};
    if (!known.contains(table))
        return Error{databaseError(), u"unknown table " + table};
    auto query = read(u"SELECT COUNT(*) FROM " + table);
    if (!query)
        return query.error();
    query.value().next();
    return query->value(0).toInt();
}

QString LocalStore::foldForSearch(const QString &text)
{
    // Built anew: replace() on literal data asserts in 6.4.
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : text)
        *out++ = c == u'ё' ? QChar(u'е') : c == u'Ё' ? QChar(u'Е') : c;
    return folded;
}

QString LocalStore::matchExpression(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : foldForSearch(query).split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + u"\"*");
    return terms.join(u' ');
}

QString LocalStore::kbRankSql(bool titles)
{
    // Newest matches first (FTS5 reads the doclists in rowid order and stops at the window);
    // the caller sorts the window by rank.
    return titles ? QStringLiteral(
                        "SELECT f.rowid, bm25(kb_title_fts, 10.0, 5.0) FROM kb_title_fts f JOIN "
                        "kb_articles a ON a.seq = f.rowid WHERE kb_title_fts MATCH ? AND (? = '' "
                        "OR a.locale = ?) ORDER BY f.rowid DESC LIMIT ?")
                  : QStringLiteral(
                        "SELECT f.rowid, bm25(kb_fts, 10.0, 1.0, 5.0) FROM kb_fts f JOIN "
                        "kb_articles a ON a.seq = f.rowid WHERE kb_fts MATCH ? AND (? = '' OR "
                        "a.locale = ?) ORDER BY f.rowid DESC LIMIT ?");
}

namespace {

// About twelve words of `body` around the first one that starts with one of `terms` (folded),
// hits in `[` `]`, "…" where text was left out: what FTS5's snippet() gives, without a second
// full-text query per hit (which would expand every prefix again).
QString kbSnippet(const QString &body, const QStringList &terms)
{
    constexpr int Words = 12;
    struct Span
    {
        qsizetype start;
        qsizetype end;
        bool hit;
    };
    QList<Span> words;
    qsizetype firstHit = -1;
    bool complete = true;
    for (qsizetype i = 0; i < body.size();) {
        if (!body.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < body.size() && body.at(end).isLetterOrNumber())
            ++end;
        const QString word = LocalStore::foldForSearch(body.mid(i, end - i)).toCaseFolded();
        const bool hit = std::any_of(terms.cbegin(), terms.cend(),
                                     [&](const QString &term) { return word.startsWith(term); });
        if (hit && firstHit < 0)
            firstHit = words.size();
        words.append({i, end, hit});
        i = end;
        // Enough read: the window around the first hit is known.
        if ((firstHit >= 0 && words.size() > firstHit + Words) ||
            (firstHit < 0 && words.size() > 2000)) {
            complete = false;
            break;
        }
    }
    if (words.isEmpty())
        return {};
    qsizetype from = std::max<qsizetype>(0, firstHit - 3);
    qsizetype to = std::min<qsizetype>(words.size(), from + Words);
    from = std::max<qsizetype>(0, to - Words);
    QString text;
    if (from > 0)
        text += u'…';
    else
        text += QStringView(body).left(words.at(0).start).trimmed(); // an opening quote, say
    for (qsizetype w = from; w < to; ++w) {
        const Span &span = words.at(w);
        if (w > from)
            text += QStringView(body).mid(words.at(w - 1).end, span.start - words.at(w - 1).end);
        if (span.hit)
            text += u'[' + QStringView(body).mid(span.start, span.end - span.start) + u']';
        else
            text += QStringView(body).mid(span.start, span.end - span.start);
    }
    if (to < words.size() || !complete)
        text += u'…';
    else
        text += QStringView(body).mid(words.constLast().end).trimmed(); // the final full stop
    return text;
}

} // namespace

Result<QList<KbSearchHit>> LocalStore::searchKb(const QString &text, int limit,
                                                const QString &locale) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return QList<KbSearchHit>();
    // Ranked rowids: the title-and-tags tier, then everything else.
    QList<qint64> ranked;
    QSet<qint64> seen;
    for (const bool titles : {true, false}) {
        if (ranked.size() >= limit)
            break;
        const QString only = locale.isNull() ? QStringLiteral("") : locale;
        auto query = read(kbRankSql(titles), {match, only, only, KbRankWindow});
        if (!query)
            return query.error();
        QList<QPair<double, qint64>> window;
        while (query.value().next())
            window.append({query->value(1).toDouble(), query->value(0).toLongLong()});
        // bm25 is lower for better matches; ties keep the newer article first.
        std::stable_sort(window.begin(), window.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[rank, seq] : std::as_const(window)) {
            if (ranked.size() >= limit)
                break;
            if (!seen.contains(seq)) {
                seen.insert(seq);
                ranked.append(seq);
            }
        }
    }
    if (ranked.isEmpty())
        return QList<KbSearchHit>();
    QStringList list;
    for (const qint64 seq : std::as_const(ranked))
        list.append(QString::number(seq));
    auto rows = read(u"SELECT seq, id, slug, locale, title, body, tags FROM kb_articles WHERE seq "
                     u"IN (" +
                     list.join(u',') + u')');
    if (!rows)
        return rows.error();
    QStringList terms;
    for (const QString &word : matchExpression(text).split(u' ', Qt::SkipEmptyParts))
        terms.append(word.mid(1, word.size() - 3).toCaseFolded()); // "word"* -> word
    QHash<qint64, KbSearchHit> bySeq;
    while (rows.value().next()) {
        bySeq.insert(rows->value(0).toLongLong(),
                     KbSearchHit{rows->value(1).toString(), rows->value(2).toString(),
                                 rows->value(3).toString(), rows->value(4).toString(),
                                 kbSnippet(rows->value(5).toString(), terms),
                                 rows->value(6).toString().split(u' ', Qt::SkipEmptyParts)});
    }
    QList<KbSearchHit> hits;
    for (const qint64 seq : std::as_const(ranked)) {
        if (bySeq.contains(seq))
            hits.append(bySeq.take(seq));
    }
    return hits;
}

Result<QStringList> LocalStore::searchMessages(const QString &text, int limit)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QStringList();
    // Messages the housekeeping thread has not indexed yet are indexed now: a search never
    // misses one.
    for (bool caughtUp = false; !caughtUp;) {
        auto step = indexMessageBacklog(20000);
        if (!step)
            return step.error();
        caughtUp = step.value();
    }
    auto query = read(QStringLiteral("SELECT m.id FROM message_fts JOIN messages m ON m.seq = "
                                     "message_fts.rowid WHERE message_fts MATCH ? ORDER BY "
                                     "m.seq DESC LIMIT ?"),
                      {match, limit});
    if (!query)
        return query.error();
    QStringList ids;
    while (query.value().next())
        ids.append(query->value(0).toString());
    return ids;
}

} // namespace frontline::app
