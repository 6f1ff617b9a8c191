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

// The two connections (one copies, one holds the pin) and where the pin stands. Qt Sql
// connections belong to the thread that opens them: a Rounds lives and dies on one thread.
class WalCheckpointer::Rounds
{
public:
    Rounds(const QString &databaseFile, const Settings &settings, const QString &name)
        : m_settings(settings)
        , m_copierName(name + QStringLiteral("-copy"))
        , m_pinName(name + QStringLiteral("-pin"))
        , m_copier(openConnection(m_copierName, databaseFile))
        , m_pin(openConnection(m_pinName, databaseFile))
    {}

    ~Rounds()
    {
        releasePin();
        m_copier.close();
        m_pin.close();
        m_copier = QSqlDatabase();
        m_pin = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_copierName);
        QSqlDatabase::removeDatabase(m_pinName);
    }

    bool isOpen() const { return m_copier.isOpen() && m_pin.isOpen(); }

    void run(const std::atomic_bool &stop)
    {
        // A reader in a database with a rollback journal would block the writer: the pin is
        // only taken once a checkpoint has found a write-ahead log.
        if (!m_pinned && m_inWalMode)
            takePin();
        const LogState log = checkpoint(m_copier); // copies up to the pin
        m_inWalMode = log.ok && log.frames >= 0;   // -1: the database is not in WAL mode
        if (!m_inWalMode) {
            releasePin();
            return;
        }
        if (m_pinFrame < 0)
            m_pinFrame = log.frames;
        if (log.frames >= m_settings.restartFrames) {
            catchUp(stop);
            return;
        }
        // Moved on after enough new frames, or at once when the log has started over.
        if (log.frames >= m_pinFrame && log.frames - m_pinFrame < m_settings.advanceFrames)
            return;
        releasePin();
        takePin();
        m_pinFrame = log.frames;
    }

private:
    // A read transaction that has read a page keeps its snapshot until it ends, and no
    // checkpoint copies frames past it. Taken while the log is fully copied, it reads the
    // database file alone and stops checkpoints altogether (but not the writer's restart of the
    // log) until it is moved on.
    void takePin()
    {
        if (!m_pin.transaction())
            return;
        QSqlQuery read(m_pin);
        if (!read.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !read.next()) {
            m_pin.rollback();
            return;
        }
        m_pinned = true;
        m_pinFrame = -1;
    }

    void releasePin()
    {
        if (m_pinned)
            m_pin.commit();
        m_pinned = false;
    }

    // Catch up so that the next commit starts the log over. The writer may commit meanwhile;
    // each try copies what is left up to the newest frame.
    void catchUp(const std::atomic_bool &stop)
    {
        releasePin();
        for (int attempt = 0; attempt < 50 && !stop.load(); ++attempt) {
            const LogState now = checkpoint(m_copier);
            if (now.ok && now.frames == now.copied)
                break;
            QThread::msleep(1);
        }
    }

    const Settings &m_settings;
    const QString m_copierName;
    const QString m_pinName;
    QSqlDatabase m_copier;
    QSqlDatabase m_pin;
    bool m_inWalMode = false;
    bool m_pinned = false;
    int m_pinFrame = -1; // the log's length when the pin was taken; -1 until known
};

WalCheckpointer::WalCheckpointer(const QString &databaseFile)
    : WalCheckpointer(databaseFile, Settings{})
{}

WalCheckpointer::WalCheckpointer(const QString &databaseFile, Settings settings)
    : m_settings(settings)
{
    // The connections live and die inside the thread's function.
    m_thread.reset(QThread::create([this, databaseFile] { run(databaseFile); }));
    m_thread->setObjectName(QStringLiteral("wal-checkpointer"));
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::WalCheckpointer(const QString &databaseFile, Settings settings, Driven)
    : m_settings(settings)
    , m_rounds(std::make_unique<Rounds>(databaseFile, m_settings,
                                        QStringLiteral("wal-checkpointer-%1").arg(quintptr(this))))
{}

std::unique_ptr<WalCheckpointer> WalCheckpointer::driven(const QString &databaseFile,
                                                         Settings settings)
{
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(databaseFile, settings, Driven{}));
}

WalCheckpointer::~WalCheckpointer()
{
    m_stop.store(true);
    if (m_thread)
        m_thread->wait();
}

void WalCheckpointer::step()
{
    Q_ASSERT(m_rounds);
    if (m_rounds && m_rounds->isOpen())
        m_rounds->run(m_stop);
}

void WalCheckpointer::run(const QString &databaseFile)
{
    Rounds rounds(databaseFile, m_settings,
                  QStringLiteral("wal-checkpointer-%1").arg(quintptr(this)));
    const auto sleepUnlessStopped = [this](int ms) {
        for (int slept = 0; slept < ms && !m_stop.load(); slept += 10)
            QThread::msleep(std::min(10, ms - slept));
    };
    while (rounds.isOpen() && !m_stop.load()) {
        sleepUnlessStopped(m_settings.pollMs);
        if (m_stop.load())
            break;
        rounds.run(m_stop);
    }
}

} // namespace frontline::server
