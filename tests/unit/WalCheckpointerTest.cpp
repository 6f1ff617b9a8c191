#include "server/storage/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

using frontline::server::WalCheckpointer;

namespace {

constexpr qint64 kPageSize = 4096;
constexpr qint64 kFrameSize = kPageSize + 24;

// The write-ahead log's header counts the times the log has been started over (its "checkpoint
// sequence number", bytes 12-15, big-endian): the observable trace of a writer restarting it.
quint32 walRestarts(const QString &databaseFile)
{
    QFile wal(databaseFile + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = wal.read(32);
    if (header.size() < 32)
        return 0;
    return qFromBigEndian<quint32>(header.constData() + 12);
}

qint64 walFrames(const QString &databaseFile)
{
    return QFile(databaseFile + QStringLiteral("-wal")).size() / kFrameSize;
}

// The request thread's connection as the back office opens it, its own automatic checkpoint only
// a backstop at the size the checkpointer names.
class Writer
{
public:
    Writer(const QString &file, int backstopFrames)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        for (const QString &sql :
             {QStringLiteral("PRAGMA page_size=4096"), QStringLiteral("PRAGMA journal_mode=WAL"),
              QStringLiteral("PRAGMA synchronous=NORMAL"),
              QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(backstopFrames),
              QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, body BLOB)")}) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        }
    }
    ~Writer()
    {
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }

    // One committed ticket message of about a page: at least one new frame in the log.
    void commitOne()
    {
        QSqlDatabase db = QSqlDatabase::database(name(), false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO messages (body) VALUES (?)"));
        query.addBindValue(QByteArray(3000, char('a' + (m_written % 26))));
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
        ++m_written;
    }

    qint64 written() const { return m_written; }
    qint64 stored() const
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        if (!query.exec(QStringLiteral("SELECT count(*) FROM messages")) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private:
    static QString name() { return QStringLiteral("wal-checkpointer-test-writer"); }
    qint64 m_written = 0;
};

} // namespace

// While the log is shorter than restartFrames, the checkpointer copies it into the database but
// never lets it be copied completely, so the writer never pays for starting it over; once it is
// that long, the checkpointer catches up and the next commit starts it over. The test drives the
// checkpointer's rounds between commits, where its thread would run them every pollMs.
TEST(WalCheckpointer, WriterRestartsTheLogOnlyWhenItIsLong)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("backoffice.sqlite"));
    WalCheckpointer::Settings settings;
    settings.advanceFrames = 20;
    settings.restartFrames = 400;
    Writer writer(file, 2 * settings.restartFrames);
    writer.commitOne();

    auto checkpointer = WalCheckpointer::driven(file, settings);
    ASSERT_EQ(checkpointer->writerBackstopFrames(), 2 * settings.restartFrames);
    // The first round finds the write-ahead log and, with nothing pinned yet, may copy all of it,
    // so the next commit may start it over: once, at start.
    checkpointer->step();
    writer.commitOne();
    const quint32 restartsAtStart = walRestarts(file);

    // Below the restart size: several rounds between commits (an unpinned checkpoint every round
    // would copy the whole log each time).
    const qint64 dbSizeBefore = QFileInfo(file).size();
    while (walFrames(file) < settings.restartFrames / 2) {
        writer.commitOne();
        for (int round = 0; round < 3; ++round)
            checkpointer->step();
    }
    EXPECT_EQ(walRestarts(file), restartsAtStart)
        << "the writer started the log over although it was short";

    // The copying itself went on: pages reached the database file.
    EXPECT_GT(QFileInfo(file).size(), dbSizeBefore);

    // Past the restart size the checkpointer catches up in a round between bursts of commits,
    // and the next commit starts the log over before the writer's own backstop checkpoint
    // (at twice the size) would have.
    qint64 longest = 0;
    for (int i = 0; i < 20000 && walRestarts(file) == restartsAtStart; ++i) {
        writer.commitOne();
        longest = std::max(longest, walFrames(file));
        if (i % 10 == 9)
            checkpointer->step();
    }
    EXPECT_GT(walRestarts(file), restartsAtStart) << "the log was never started over";
    EXPECT_LT(longest, qint64(checkpointer->writerBackstopFrames()))
        << "the log grew until the writer's backstop checkpoint";
    EXPECT_EQ(writer.stored(), writer.written());
}

// Nothing is lost when the store closes with the checkpointer running (on its thread, and
// driven), and a database not in WAL mode (a fresh file, rollback journal) leaves it idle.
TEST(WalCheckpointer, StopsCleanlyAndLeavesOtherJournalModesAlone)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("plain.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        {
            WalCheckpointer::Settings settings;
            settings.pollMs = 5;
            WalCheckpointer checkpointer(file, settings);
            auto driven = WalCheckpointer::driven(file, settings);
            for (int i = 0; i < 20; ++i) {
                ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")))
                    << query.lastError().text().toStdString();
                driven->step();
            }
        }
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM t")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 20);
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
}
