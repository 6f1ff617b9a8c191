#include "app/store/LocalStore.h"

#include "app/store/SqlTransaction.h"
#include "app/store/StoreSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "frontline.store")

namespace frontline::app {
namespace {

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
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000")}) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma)) {
            const Error error = sqlError(pragma, query);
            close();
            return error;
        }
    }
    if (auto migrated = migrate(); !migrated) {
        close();
        return migrated.error();
    }
    return {};
}

void LocalStore::close()
{
    m_statements.clear();
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
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            return sqlError(sql, query);
        cached = m_statements.insert(sql, query);
    }
    QSqlQuery &query = cached.value();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return sqlError(sql, query);
    SqlWrite done{query.lastInsertId(), query.numRowsAffected()};
    query.finish();
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
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        return sqlError(QStringLiteral("BEGIN"), query);
    }
    return {};
}

Result<void> LocalStore::commitTransaction()
{
    if (m_depth == 0)
        return Error{databaseError(), QStringLiteral("commit without a transaction")};
    if (--m_depth > 0)
        return {};
    if (m_doomed) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_pending = {};
        return Error{databaseError(), QStringLiteral("a nested step failed; rolled back")};
    }
    if (auto done = write(QStringLiteral("COMMIT")); !done) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_pending = {};
        return done.error();
    }
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

Result<void> LocalStore::storeServerTicket(const QJsonObject &ticket, bool mayHaveLocalChanges)
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
         compact(ticket), timeOrNull(ticket, u"first_response_due"),
         timeOrNull(ticket, u"resolution_due"), timeOrNull(ticket, u"first_response_at"),
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

QString LocalStore::matchExpression(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    // ё as е, as the index triggers do (built anew: replace() on literal data asserts in 6.4).
    QString folded;
    folded.reserve(query.size());
    for (const QChar c : query)
        folded.append(c == u'ё' ? QChar(u'е') : c == u'Ё' ? QChar(u'Е') : c);
    for (const QString &word : folded.split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + u"\"*");
    return terms.join(u' ');
}

Result<QList<KbSearchHit>> LocalStore::searchKb(const QString &text, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QList<KbSearchHit>();
    auto query = read(QStringLiteral("SELECT a.id, a.slug, a.locale, a.title, "
                                     "snippet(kb_fts, 1, '[', ']', '…', 12), a.tags FROM kb_fts "
                                     "JOIN kb_articles a ON a.seq = kb_fts.rowid WHERE kb_fts "
                                     "MATCH ? ORDER BY bm25(kb_fts, 10.0, 1.0, 5.0) LIMIT ?"),
                      {match, limit});
    if (!query)
        return query.error();
    QList<KbSearchHit> hits;
    while (query.value().next()) {
        hits.append(KbSearchHit{query->value(0).toString(), query->value(1).toString(),
                                query->value(2).toString(), query->value(3).toString(),
                                query->value(4).toString(),
                                query->value(5).toString().split(u' ', Qt::SkipEmptyParts)});
    }
    return hits;
}

Result<QStringList> LocalStore::searchMessages(const QString &text, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QStringList();
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
