#pragma once

#include "app/store/CacheMaintenance.h"
#include "app/store/PreparedWrites.h"
#include "app/store/StoreChangeSet.h"
#include "protocol/Result.h"
#include "protocol/Ticket.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <optional>

struct sqlite3;

namespace frontline::app {

// A ticket as the operator sees it: the server's state with the operator's queued changes laid
// over it (local echo).
struct CachedTicket
{
    protocol::Ticket ticket;
    bool localChangesPending = false;
};

// One message of a conversation in the cache; `state` is "synced", "pending" (local echo not yet
// delivered) or "failed" (the back office refused it for good).
struct CachedMessage
{
    QString id;
    QString ticketId;
    QString authorKind;
    QString authorId;
    QString authorName;
    bool internal = false;
    QString body;
    QString createdAt;
    QString state;
};

// The client's local cache: one SQLite file per user and workspace (WAL, numbered migrations on
// PRAGMA user_version), mirroring what the change feed carries, plus the outbox, the feed cursor
// and conflict records. Every write goes through write(), which counts writes so tests can make
// the i-th one fail. After each committed transaction `changed` names what changed.
class LocalStore : public QObject
{
    Q_OBJECT
public:
    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    // The cache file of `username` in `workspace` on `server`, under `dataDirectory`.
    static QString cachePath(const QString &dataDirectory, const QUrl &server,
                             const QString &username, const QString &workspace);

    // Opens (creating if needed) and migrates; refuses a file from a newer version (code
    // "cache_too_new").
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    // How the housekeeping thread of the next open() runs (tests drive its rounds and clock).
    void setHousekeeping(CacheMaintenance::Options options) { m_housekeeping = std::move(options); }
    // The open cache's housekeeping thread; null while closed.
    CacheMaintenance *housekeeping() const { return m_maintenance.get(); }
    int schemaVersion() const;

    Result<QSqlQuery> read(const QString &sql, const QVariantList &values = {}) const;
    // QString and QByteArray values are bound as UTF-8 text, a null one as NULL.
    Result<SqlWrite> write(const QString &sql, const QVariantList &values = {});

    // Transactions; use SqlTransaction rather than these.
    Result<void> beginTransaction();
    Result<void> commitTransaction();
    void rollbackTransaction();
    bool inTransaction() const { return m_depth > 0; }
    // Records what the running transaction changes; emitted as `changed` after the commit.
    StoreChangeSet &pendingChanges() { return m_pending; }

    // How often a write found the cache locked by another connection and waited for it (a test
    // holding the lock waits on this).
    const std::atomic<int> &busyWaits() const { return m_busyWaits; }

    // Fault injection for tests: the n-th write from now (1-based, COMMIT included) fails. 0 off.
    void failWriteAt(int n);
    int writeCount() const { return m_writes; }

    // Key/value sync state (feed cursor, who I am, pull retry state).
    Result<QString> stateValue(const QString &key) const;
    Result<void> setStateValue(const QString &key, const QString &value);
    qint64 cursor() const;

    // Tickets and messages.
    Result<QList<CachedTicket>> tickets() const;
    Result<std::optional<CachedTicket>> ticket(const QString &id) const;
    // The server's own state of a ticket (without local changes), as JSON.
    Result<QJsonObject> serverTicket(const QString &id) const;
    // Stores the server's state of a ticket and lays pending local changes over it (unless the
    // caller knows there are none for it). `json` is `ticket` as the back office sent it, if the
    // caller has it (kept as is rather than written out again).
    Result<void> storeServerTicket(const QJsonObject &ticket, bool mayHaveLocalChanges = true,
                                   QByteArrayView json = {});
    Result<QList<CachedMessage>> messages(const QString &ticketId) const;
    // Inserts a message unless one with its id is cached, and indexes its text in the same
    // transaction; true when it was added. Every message insert goes through here (the store,
    // not a trigger, writes the full-text index: see migration 5).
    Result<bool> insertMessage(const CachedMessage &message);
    Result<int> count(const QString &table) const;

    // Inside a transaction: messages inserted from now until it commits wait for the
    // housekeeping thread instead of being indexed one by one (a feed page of many messages).
    Result<void> deferMessageIndex();
    // Indexes up to `limit` messages of the backlog in a transaction; true when none is left.
    Result<bool> indexMessageBacklog(int limit);
Q_SIGNALS:
    void changed(const frontline::app::StoreChangeSet &changes);

private:
    Result<qint64> messageIndexMark();
    Result<void> migrate();
    Error sqlError(const QString &what, const QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    int m_depth = 0;
    // The message index's backlog mark (-1: none) as this transaction read it.
    static constexpr qint64 MarkUnread = -2;
    qint64 m_messageIndexUpto = MarkUnread;
    bool m_doomed = false;
    int m_writes = 0;
    int m_failAt = 0;
    std::atomic<int> m_busyWaits{0};
    StoreChangeSet m_pending;
    // Writes go to SQLite's own API on Qt's connection (see PreparedWrites).
    sqlite3 *m_handle = nullptr;
    PreparedWrites m_preparedWrites;
    CacheMaintenance::Options m_housekeeping;
    std::unique_ptr<CacheMaintenance> m_maintenance;
};

} // namespace frontline::app
