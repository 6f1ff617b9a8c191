// The stretches a ticket was open in front of the operator reach the back office through the
// outbox exactly once: through every network fault, offline and across a restart of the desktop;
// and the recorder reports what the conversation pane showed while she was at her desk.
#include "tests/integration/SyncFixture.h"

#include "app/commands/WorkIntervalRecorder.h"
#include "app/store/Outbox.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace frontline;
using namespace frontline::test;

namespace {

using Fault = FaultyNetwork::Fault;

// The back office's stored stretches of the ticket (read from its SQLite file): their total
// length in ms, and how many there are.
QPair<qint64, int> storedIntervals(const BackOfficeProcess &backOffice, const QString &ticket)
{
    QPair<qint64, int> stored{0, 0};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"work"_qs);
        db.setDatabaseName(backOffice.databaseUrl().mid(QStringLiteral("sqlite:").size()));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT COALESCE(SUM(ended_at - started_at), 0), "
                                         "COUNT(*) FROM work_intervals WHERE ticket_id = ?"));
            query.addBindValue(ticket.toLongLong());
            if (query.exec() && query.next())
                stored = {query.value(0).toLongLong(), query.value(1).toInt()};
        }
    }
    QSqlDatabase::removeDatabase(u"work"_qs);
    return stored;
}

} // namespace

TEST_F(SyncTest, AWorkIntervalArrivesOnceWhateverTheNetworkDoes)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
    int sent = 0;
    for (const Fault fault :
         {Fault::FailBeforeSend, Fault::LoseResponse, Fault::Hang, Fault::Delay}) {
        SCOPED_TRACE(int(fault));
        auto olga = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*olga));
        olga->client->setTimeout(300);
        olga->network->injectFault(1, fault, 100);
        const QDateTime from = base.addSecs(sent * 120);
        ASSERT_TRUE(olga->commands->recordWorkInterval(ticket, from, from.addSecs(60)).ok());
        ++sent;
        ASSERT_TRUE(syncUntilIdle(*olga));
        EXPECT_EQ(app::Outbox(*olga->store).failedCount().value(), 0);
        EXPECT_EQ(storedIntervals(*backOffice, ticket), qMakePair(qint64(sent) * 60000, sent));
    }
}

TEST_F(SyncTest, AWorkIntervalRecordedOfflineArrivesOnceAfterARestart)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    const QString cache = cacheDirectory.filePath(QStringLiteral("olga-offline.sqlite"));
    {
        auto olga = connect(QStringLiteral("olga"), cache);
        ASSERT_TRUE(syncUntilIdle(*olga));
        // Offline: the requests fail; the stretch waits in the outbox when the desktop closes.
        olga->network->injectFault(1, Fault::FailBeforeSend);
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-600);
        ASSERT_TRUE(olga->commands->recordWorkInterval(ticket, from, from.addSecs(90)).ok());
        runCycle(*olga);
        EXPECT_EQ(storedIntervals(*backOffice, ticket).second, 0);
    }
    auto olga = connect(QStringLiteral("olga"), cache);
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(storedIntervals(*backOffice, ticket), qMakePair(qint64(90000), 1));
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(storedIntervals(*backOffice, ticket).second, 1);
}

// The ticket counts only while shown, the window active and she online; a switch of ticket
// closes the stretch; stretches under a second are no work.
TEST_F(SyncTest, TheRecorderReportsWhatWasInFrontOfHer)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString first = createTicket(*sofia);
    const QString second = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-1800);
    {
        app::WorkIntervalRecorder recorder(*olga->commands, [&now] { return now; });
        recorder.setShownTicket(first);
        recorder.setWindowActive(true);
        EXPECT_FALSE(recorder.isRecording()); // not online yet
        recorder.setOnline(true);
        EXPECT_TRUE(recorder.isRecording());
        now = now.addSecs(100);
        recorder.setWindowActive(false); // 100 s on the first ticket
        now = now.addSecs(500);
        recorder.setWindowActive(true);
        now = now.addSecs(40);
        recorder.setShownTicket(second); // 40 s more on the first
        now = now.addMSecs(500);
        recorder.setOnline(false); // half a second on the second: no work
        recorder.setOnline(true);
        now = now.addSecs(30);
    } // closing the desktop: 30 s on the second
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(storedIntervals(*backOffice, first), qMakePair(qint64(140000), 2));
    EXPECT_EQ(storedIntervals(*backOffice, second), qMakePair(qint64(30000), 1));
}
