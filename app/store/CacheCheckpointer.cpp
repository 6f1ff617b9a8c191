#include "app/store/CacheCheckpointer.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace frontline::app {
namespace {

// Pages in the log and pages already copied to the database file, or nothing on an error.
bool checkpoint(QSqlDatabase &db, int &logPages, int &copiedPages)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
        qCDebug(lcStore) << "checkpoint:" << query.lastError().text();
        return false;
    }
    logPages = query.value(1).toInt();
    copiedPages = query.value(2).toInt();
    return true;
}

} // namespace

CacheCheckpointer::CacheCheckpointer(const QString &databaseFile, int walPages, int intervalMs)
{
    const QString connection = QStringLiteral("cache-checkpointer-%1").arg(quintptr(this));
    // Qt Sql connections belong to the thread that opens them: this one lives and dies inside the
    // thread's function.
    m_thread.reset(QThread::create([this, connection, databaseFile, walPages, intervalMs] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(databaseFile);
            // The log restart waits for a transaction of the UI thread to end; if that thread
            // writes again first, it restarts the log itself (and pays the sync) this time.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
            if (!db.open())
                qCWarning(lcStore)
                    << "checkpointer cannot open the cache:" << db.lastError().text();
            while (db.isOpen()) {
                {
                    std::unique_lock lock(m_mutex);
                    if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs),
                                        [this] { return m_stop; }))
                        break;
                }
                int logPages = 0, copiedPages = 0;
                if (!checkpoint(db, logPages, copiedPages) || logPages < walPages ||
                    copiedPages < logPages)
                    continue;
                // Everything is in the database file: the next write starts the log over, and
                // syncs its header. Make that write here.
                QSqlQuery restart(db);
                restart.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                                               "('log_restarted_at', ?) ON CONFLICT (key) DO "
                                               "UPDATE SET value = excluded.value"));
                restart.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
                if (!restart.exec())
                    qCDebug(lcStore) << "log restart:" << restart.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }));
    m_thread->setObjectName(QStringLiteral("cache-checkpointer"));
    m_thread->start(QThread::LowPriority);
}

CacheCheckpointer::~CacheCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
}

} // namespace frontline::app
