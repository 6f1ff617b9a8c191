#include "server/storage/WalCheckpointer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace frontline::server {

WalCheckpointer::WalCheckpointer(const QString &databaseFile, int intervalMs)
{
    const QString connection = QStringLiteral("wal-checkpointer-%1").arg(quintptr(this));
    // Qt Sql connections belong to the thread that opens them: the whole life of this one is
    // inside the thread's function.
    m_thread.reset(QThread::create([this, connection, databaseFile, intervalMs] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(databaseFile);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
            if (!db.open()) {
                qCWarning(lcStorage)
                    << "checkpointer cannot open the database:" << db.lastError().text();
            }
            int waited = 0;
            while (db.isOpen() && !m_stop.load()) {
                QThread::msleep(50);
                waited += 50;
                if (waited < intervalMs)
                    continue;
                waited = 0;
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    qCDebug(lcStorage) << "checkpoint:" << query.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }));
    m_thread->setObjectName(QStringLiteral("wal-checkpointer"));
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    m_stop.store(true);
    m_thread->wait();
}

} // namespace frontline::server
