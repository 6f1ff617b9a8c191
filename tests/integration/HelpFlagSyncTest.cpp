// The help flag's commands through the outbox (issue 17, item 4): raised and withdrawn offline or
// through a failing network or a failing cache, each arrives once, and the cache ends as the back
// office has it.
#include "tests/integration/SyncFixture.h"

#include "app/models/HelpFlagModel.h"
#include "app/store/Outbox.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;

namespace {

using Fault = FaultyNetwork::Fault;

// The ticket's flags on the back office, as a supervisor lists them.
QJsonArray serverFlags(HttpClient &supervisor, const QString &ticket)
{
    QJsonArray found;
    for (const QJsonValue &flag : supervisor.get(QStringLiteral("/api/v1/help-flags?status=all"))
                                      .json()
                                      .value(u"help_flags")
                                      .toArray()) {
        if (flag[u"ticket_id"].toString() == ticket)
            found.append(flag);
    }
    return found;
}

// Olga raises a flag with `note` and withdraws it.
void queueFlagScenario(ClientRig &rig, const QString &ticket, const QString &note)
{
    auto raised = rig.commands->raiseHelpFlag(ticket, note);
    ASSERT_TRUE(raised.ok()) << raised.error().message.toStdString();
    ASSERT_TRUE(rig.commands->lowerHelpFlag(raised.value()).ok());
}

// One flag on the back office with the note, lowered by olga, and the cache holding exactly it.
void expectOneWithdrawnFlag(ClientRig &rig, HttpClient &sofia, const QString &ticket,
                            const QString &note)
{
    const QJsonArray flags = serverFlags(sofia, ticket);
    ASSERT_EQ(flags.size(), 1);
    EXPECT_EQ(flags.at(0)[u"note"].toString(), note);
    EXPECT_EQ(flags.at(0)[u"status"].toString(), u"lowered");
    EXPECT_EQ(flags.at(0)[u"lowered_by"], flags.at(0)[u"raised_by"]);
    const auto cached = app::HelpFlagModel::latestFor(*rig.store, ticket);
    ASSERT_TRUE(cached);
    EXPECT_EQ(cached->id, flags.at(0)[u"id"].toString());
    EXPECT_FALSE(cached->isRaised());
    auto rows = rig.store->read(QStringLiteral("SELECT COUNT(*) FROM help_flags WHERE ticket_id = "
                                               "? AND local_pending = 0"),
                                {ticket});
    ASSERT_TRUE(rows.ok() && rows.value().next());
    EXPECT_EQ(rows.value().value(0).toInt(), 1);
    EXPECT_EQ(app::Outbox(*rig.store).failedCount().value(), 0);
}

} // namespace

class HelpFlagFaultTest : public SyncTest, public ::testing::WithParamInterface<Fault>
{
};

TEST_P(HelpFlagFaultTest, AFaultOnTheIthRequestNeitherLosesNorDoublesAFlag)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    int requests = 0;
    {
        const QString ticket = createTicket(*sofia);
        auto clean = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*clean));
        const int before = clean->network->requestCount();
        ASSERT_NO_FATAL_FAILURE(queueFlagScenario(*clean, ticket, QStringLiteral("clean")));
        ASSERT_TRUE(syncUntilIdle(*clean));
        requests = clean->network->requestCount() - before;
        ASSERT_NO_FATAL_FAILURE(
            expectOneWithdrawnFlag(*clean, *sofia, ticket, QStringLiteral("clean")));
    }
    ASSERT_GE(requests, 2);
    for (int i = 1; i <= requests + 1; ++i) {
        SCOPED_TRACE(i);
        const QString ticket = createTicket(*sofia);
        auto olga = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*olga));
        olga->client->setTimeout(300);
        const QString note = QStringLiteral("round %1").arg(i);
        olga->network->injectFault(i, GetParam(), 100);
        ASSERT_NO_FATAL_FAILURE(queueFlagScenario(*olga, ticket, note));
        ASSERT_TRUE(syncUntilIdle(*olga));
        ASSERT_NO_FATAL_FAILURE(expectOneWithdrawnFlag(*olga, *sofia, ticket, note));
    }
}

INSTANTIATE_TEST_SUITE_P(Faults, HelpFlagFaultTest, everyNetworkFault(), faultName);

TEST_F(SyncTest, ADatabaseFaultOnTheIthWriteNeitherLosesNorDoublesAFlag)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    int writes = 0;
    {
        const QString ticket = createTicket(*sofia);
        auto clean = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*clean));
        ASSERT_NO_FATAL_FAILURE(queueFlagScenario(*clean, ticket, QStringLiteral("clean")));
        const int before = clean->store->writeCount();
        ASSERT_TRUE(syncUntilIdle(*clean));
        writes = clean->store->writeCount() - before;
    }
    ASSERT_GT(writes, 2);
    for (int i = 1; i <= writes; ++i) {
        SCOPED_TRACE(i);
        const QString ticket = createTicket(*sofia);
        auto olga = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*olga));
        const QString note = QStringLiteral("db %1").arg(i);
        ASSERT_NO_FATAL_FAILURE(queueFlagScenario(*olga, ticket, note));
        olga->store->failWriteAt(i);
        runCycle(*olga); // fails somewhere inside; the cache stays consistent
        olga->store->failWriteAt(0);
        ASSERT_TRUE(syncUntilIdle(*olga));
        ASSERT_NO_FATAL_FAILURE(expectOneWithdrawnFlag(*olga, *sofia, ticket, note));
    }
}

TEST_F(SyncTest, AFlagRaisedWhileTheNetworkIsDownGoesUpOnceItIsBack)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    // No retry of its own while the test looks: only the sync asked for below sends it again.
    olga->engine->setRetryDelays(600'000, 600'000);
    olga->network->injectFault(1, Fault::FailBeforeSend); // the network is down
    auto raised = olga->commands->raiseHelpFlag(ticket, QStringLiteral("refund over the limit"));
    ASSERT_TRUE(raised.ok());
    // Shown at once, and a second one is refused here already.
    const auto shown = app::HelpFlagModel::latestFor(*olga->store, ticket);
    ASSERT_TRUE(shown && shown->isRaised());
    EXPECT_FALSE(olga->commands->raiseHelpFlag(ticket, {}).ok());
    EXPECT_FALSE(runCycle(*olga));
    EXPECT_TRUE(serverFlags(*sofia, ticket).isEmpty());
    ASSERT_TRUE(syncUntilIdle(*olga));
    const QJsonArray flags = serverFlags(*sofia, ticket);
    ASSERT_EQ(flags.size(), 1);
    EXPECT_EQ(flags.at(0)[u"status"].toString(), u"raised");
    const auto cached = app::HelpFlagModel::latestFor(*olga->store, ticket);
    ASSERT_TRUE(cached);
    EXPECT_EQ(cached->id, flags.at(0)[u"id"].toString());
    // Over the note's maximum: refused before anything is queued, the words kept by the caller.
    EXPECT_FALSE(olga->commands->raiseHelpFlag(createTicket(*sofia), QString(501, u'x')).ok());
    EXPECT_EQ(app::Outbox(*olga->store).pendingCount().value(), 0);
}
