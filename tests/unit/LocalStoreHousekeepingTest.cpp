// CacheMaintenance, the cache's housekeeping thread: checkpoints, the log's restart, the message
// index's backlog and merges. The tests step its rounds and move its clock themselves.
#include "tests/unit/LocalStoreFixture.h"

#include "app/store/CacheSearch.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/SqlTransaction.h"

#include <QFile>
#include <QSqlDatabase>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <memory>

using namespace frontline::app;
using namespace frontline::test;

namespace {

// The write-ahead log's header counts how often the log was started over (bytes 12-15, its
// checkpoint sequence number).
quint32 walRestarts(const QString &databaseFile)
{
    QFile wal(databaseFile + u"-wal"_qs);
    if (!wal.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = wal.read(32);
    return header.size() < 32 ? 0 : qFromBigEndian<quint32>(header.constData() + 12);
}

// A feed page of `count` messages on ticket 1, each with "курьер" and its own number.
QJsonObject messagePage(qint64 firstSeq, int count)
{
    QJsonArray changes;
    for (int i = 0; i < count; ++i) {
        const qint64 seq = firstSeq + i;
        const QString id = u"b"_qs + QString::number(seq);
        changes.append(change(
            seq, u"message"_qs, id,
            messageJson(id, u"1"_qs, QStringLiteral("Курьер привезёт посылку %1").arg(seq))));
    }
    return {{u"changes"_qs, changes}, {u"next"_qs, firstSeq + count - 1}, {u"more"_qs, false}};
}

// Longer than any pause the housekeeping waits for (CacheMaintenance's IdleMs).
constexpr qint64 APause = 1000;

} // namespace

// CacheMaintenance: checkpoints, the log's restart and the message index's merges happen on its
// thread in the writer's pauses, not in the writer's commits; nothing is lost on the way.
TEST_F(LocalStoreTest, HousekeepingRunsOnItsOwnThreadInTheWritersPauses)
{
    // SQLite's own automatic checkpoint is off on the writing connection (the WAL hook replaces
    // it): a commit never copies the log.
    auto autocheckpoint = store.read(u"PRAGMA wal_autocheckpoint"_qs);
    ASSERT_TRUE(autocheckpoint.ok());
    ASSERT_TRUE(autocheckpoint.value().next());
    EXPECT_EQ(autocheckpoint.value().value(0).toInt(), 0);

    // Messages each in a commit of its own, as a feed of live traffic brings them.
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    qint64 seq = 4;
    const auto commitMessages = [&](int count) {
        for (int i = 0; i < count; ++i) {
            ++seq;
            const QString id = u"m"_qs + QString::number(seq);
            auto applied = ChangeFeedApplier(store).applyPage(
                {{u"changes"_qs,
                  QJsonArray{change(seq, u"message"_qs, id,
                                    messageJson(id, u"1"_qs,
                                                QStringLiteral("Посылка %1 уже в пути, курьер "
                                                               "позвонит заранее")
                                                    .arg(seq)))}},
                 {u"next"_qs, seq}});
            ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
        }
    };
    const quint32 restartsAtStart = walRestarts(path);
    // Past the 4,000-page mark.
    while (QFile(path + u"-wal"_qs).size() < 4200 * 4096)
        commitMessages(10);
    const int written = int(seq - 4);

    // While the writer commits without a pause, a round neither indexes nor merges; it takes a
    // read snapshot, and the checkpoint of the next round cannot copy what was committed after
    // it, so the log is not started over under the writer's feet.
    const CacheMaintenance::Round busy = housekeepingRound(0);
    EXPECT_EQ(busy.mergeSteps, 0);
    EXPECT_FALSE(busy.checkpointed);
    commitMessages(1);
    const CacheMaintenance::Round stillBusy = housekeepingRound(0);
    EXPECT_EQ(stillBusy.mergeSteps, 0);
    EXPECT_TRUE(stillBusy.checkpointed);
    EXPECT_FALSE(stillBusy.logRestarted);
    EXPECT_TRUE(store.stateValue(u"log_restarted_at"_qs).value().isEmpty());

    // In the pause that follows the index is merged and the log is started over by the
    // maintenance thread (the row it writes to do so is its mark), within a few rounds.
    int merges = 0;
    bool restarted = false;
    for (int round = 0; round < 100 && !restarted; ++round) {
        const CacheMaintenance::Round paused = housekeepingRound(APause);
        merges += paused.mergeSteps;
        restarted = paused.logRestarted;
    }
    EXPECT_TRUE(restarted);
    EXPECT_GT(merges, 0);
    EXPECT_FALSE(store.stateValue(u"log_restarted_at"_qs).value().isEmpty());
    EXPECT_GT(walRestarts(path), restartsAtStart);

    // Everything is there and findable, and the index is sound.
    EXPECT_EQ(store.count(u"messages"_qs).value(), written + 2);
    EXPECT_EQ(CacheSearch(store).searchMessages(u"курьер"_qs, 100000).value().size(), written + 1);
    auto check =
        store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
    store.close();
    ASSERT_TRUE(store.open(path).ok());
    EXPECT_EQ(store.count(u"messages"_qs).value(), written + 2);
}

// A write of the UI thread that finds the cache locked by another connection (the housekeeping
// thread's step) waits for the lock and goes through; it does not fail as busy.
TEST_F(LocalStoreTest, AWriteWaitsForAnotherConnectionsTransactionInsteadOfFailing)
{
    std::atomic<bool> locked{false};
    const int waitsBefore = store.busyWaits().load();
    std::unique_ptr<QThread> holder(QThread::create([&] {
        const QString name = u"lock-holder"_qs;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(u"BEGIN IMMEDIATE"_qs)) {
                locked = true;
                locked.notify_all();
                // Held until the store's write has found the lock taken and waits for it.
                store.busyWaits().wait(waitsBefore);
                query.exec(u"INSERT INTO sync_state (key, value) VALUES ('held', '1')"_qs);
                query.exec(u"COMMIT"_qs);
            }
            locked = true; // also when the lock could not be taken: the test then fails below
            locked.notify_all();
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }));
    holder->start();
    locked.wait(false);

    auto applied = ChangeFeedApplier(store).applyPage(samplePage());
    holder->wait();
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_GT(store.busyWaits().load(), waitsBefore);
    EXPECT_EQ(store.stateValue(u"held"_qs).value(), u"1"_qs);
    EXPECT_EQ(store.count(u"messages"_qs).value(), 1);
}

// A page of many messages (a first sync) leaves their indexing to the housekeeping thread: they
// are stored at once, out of the index, behind the backlog's mark; a small page is indexed in
// its own transaction as before.
TEST_F(LocalStoreTest, APageOfManyMessagesLeavesTheirIndexingToHousekeeping)
{
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    const auto indexed = [&](const QString &word) {
        auto query =
            store.read(u"SELECT COUNT(*) FROM message_fts WHERE message_fts MATCH ?"_qs, {word});
        EXPECT_TRUE(query.ok());
        query.value().next();
        return query.value().value(0).toInt();
    };
    const int many = ChangeFeedApplier::DeferIndexAtMessages;
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(messagePage(5, 10)).ok());
    EXPECT_EQ(indexed(u"курьер"_qs), 10);
    EXPECT_TRUE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());

    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(messagePage(15, many)).ok());
    EXPECT_EQ(indexed(u"курьер"_qs), 10);
    EXPECT_FALSE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());
    // While the backlog lasts, even a single message waits behind the mark.
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(messagePage(15 + many, 1)).ok());
    EXPECT_EQ(indexed(u"курьер"_qs), 10);
    EXPECT_EQ(store.count(u"messages"_qs).value(), 1 + 10 + many + 1);

    // Not while the writer is busy: the backlog waits for a pause.
    EXPECT_EQ(housekeepingRound(0).backlogSteps, 0);
    EXPECT_FALSE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());

    // The housekeeping thread catches up by itself in the writer's pause and removes the mark.
    EXPECT_GT(housekeepingRound(APause).backlogSteps, 0);
    EXPECT_TRUE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());
    EXPECT_EQ(indexed(u"курьер"_qs), 10 + many + 1);
    auto check =
        store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
}

// A search never misses a message of the backlog, and deleting or editing one of them leaves the
// index sound.
TEST_F(LocalStoreTest, TheBacklogIsSearchableAndSurvivesDeletesAndEdits)
{
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    const int many = ChangeFeedApplier::DeferIndexAtMessages + 50;
    {
        SqlTransaction hold(store);
        ASSERT_TRUE(hold.begun().ok());
        ASSERT_TRUE(ChangeFeedApplier(store).applyPage(messagePage(5, many)).ok());
        ASSERT_FALSE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());
        // One message of the backlog deleted, another edited, before anything is indexed.
        ASSERT_TRUE(store.write(u"DELETE FROM messages WHERE id = 'b5'"_qs).ok());
        ASSERT_TRUE(
            store.write(u"UPDATE messages SET body = 'Заказ отменён' WHERE id = 'b6'"_qs).ok());
        ASSERT_TRUE(hold.commit().ok());
    }
    // searchMessages indexes what is left first; the housekeeping thread has done nothing.
    EXPECT_EQ(CacheSearch(store).searchMessages(u"курьер"_qs, 100000).value().size(), many - 2);
    EXPECT_EQ(CacheSearch(store).searchMessages(u"отменен"_qs).value(), QStringList{u"b6"_qs});
    EXPECT_TRUE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());
    auto check =
        store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();

    // After the catch-up, deletes and edits reach the index again.
    ASSERT_TRUE(store.write(u"DELETE FROM messages WHERE id = 'b7'"_qs).ok());
    EXPECT_EQ(CacheSearch(store).searchMessages(u"курьер"_qs, 100000).value().size(), many - 3);
    check = store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
}
