#include "server/storage/WalCheckpointer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace frontline::server {
namespace {

// What PRAGMA wal_checkpoint answers: frames in the log, and how many of them are in the
// database file now.
struct LogState
{
    bool ok = false;
    int frames = 0;
    int copied = 0;
};

LogState checkpoint(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
        qCDebug(lcStorage) << "checkpoint:" << query.lastError().text();
        return {};
    }
    return {true, query.value(1).toInt(), query.value(2).toInt()};
}

QSqlDatabase openConnection(const QString &name, const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    // Short: a checkpoint that cannot get a lock now tries again at the next poll.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
    if (!db.open())
        qCWarning(lcStorage) << "checkpointer cannot open the database:" << db.lastError().text();
    return db;
}

} // namespace

WalCheckpointer::WalCheckpointer(const QString &databaseFile)
    : WalCheckpointer(databaseFile, Settings{})
{}

WalCheckpointer::WalCheckpointer(const QString &databaseFile, Settings settings)
    : m_settings(settings)
{
    // Qt Sql connections belong to the thread that opens them: the whole life of these two is
    // inside the thread's function.
    m_thread.reset(QThread::create([this, databaseFile] { run(databaseFile); }));
    m_thread->setObjectName(QStringLiteral("wal-checkpointer"));
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    m_stop.store(true);
    m_thread->wait();
}

void WalCheckpointer::run(const QString &databaseFile)
{
    const QString base = QStringLiteral("wal-checkpointer-%1").arg(quintptr(this));
    const QString copierName = base + QStringLiteral("-copy");
    const QString pinName = base + QStringLiteral("-pin");
    {
        QSqlDatabase copier = openConnection(copierName, databaseFile);
        QSqlDatabase pin = openConnection(pinName, databaseFile);
        bool inWalMode = false;
        bool pinned = false;
        int pinFrame = -1; // the log's length when the pin was taken; -1 until known
        const auto releasePin = [&] {
            if (pinned)
                pin.commit();
            pinned = false;
        };
        // A read transaction that has read a page keeps its snapshot until it ends, and no
        // checkpoint copies frames past it. Taken while the log is fully copied, it reads the
        // database file alone and stops checkpoints altogether (but not the writer's restart
        // of the log) until it is moved on.
        const auto takePin = [&] {
            if (!pin.transaction())
                return;
            QSqlQuery read(pin);
            if (!read.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !read.next()) {
                pin.rollback();
                return;
            }
            pinned = true;
            pinFrame = -1;
        };
        const auto sleepUnlessStopped = [this](int ms) {
            for (int slept = 0; slept < ms && !m_stop.load(); slept += 10)
                QThread::msleep(std::min(10, ms - slept));
        };

        while (copier.isOpen() && pin.isOpen() && !m_stop.load()) {
            sleepUnlessStopped(m_settings.pollMs);
            if (m_stop.load())
                break;
            // A reader in a database with a rollback journal would block the writer: the pin is
            // only taken once a checkpoint has found a write-ahead log.
            if (!pinned && inWalMode)
                takePin();
            const LogState log = checkpoint(copier); // copies up to the pin
            inWalMode = log.ok && log.frames >= 0;   // -1: the database is not in WAL mode
            if (!inWalMode) {
                releasePin();
                continue;
            }
            if (pinFrame < 0)
                pinFrame = log.frames;
            if (log.frames >= m_settings.restartFrames) {
                // Catch up so that the next commit starts the log over. The writer may commit
                // meanwhile; each try copies what is left up to the newest frame.
                releasePin();
                for (int attempt = 0; attempt < 50 && !m_stop.load(); ++attempt) {
                    const LogState now = checkpoint(copier);
                    if (now.ok && now.frames == now.copied)
                        break;
                    QThread::msleep(1);
                }
                continue;
            }
            // Moved on after enough new frames, or at once when the log has started over.
            if (log.frames >= pinFrame && log.frames - pinFrame < m_settings.advanceFrames)
                continue;
            releasePin();
            takePin();
            pinFrame = log.frames;
        }
        releasePin();
        copier.close();
        pin.close();
    }
    QSqlDatabase::removeDatabase(copierName);
    QSqlDatabase::removeDatabase(pinName);
}

} // namespace frontline::server
