#include "tests/integration/CoursePack.h"
#include "tests/integration/SyncFixture.h"

#include "app/store/Outbox.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>

#include <functional>

using namespace frontline;
using namespace frontline::test;

namespace {

using Fault = FaultyNetwork::Fault;

// Queues the scenario every fault loop replays: two replies and a priority change.
void queueScenario(ClientRig &rig, const QString &ticket, const QString &tag, int round)
{
    ASSERT_TRUE(rig.commands->sendMessage(ticket, tag + u" first").ok());
    ASSERT_TRUE(rig.commands->sendMessage(ticket, tag + u" second").ok());
    ASSERT_TRUE(
        rig.commands
            ->changePriority(ticket, round % 2 ? QStringLiteral("high") : QStringLiteral("low"))
            .ok());
}

} // namespace

class NetworkFaultTest : public SyncTest, public ::testing::WithParamInterface<Fault>
{
};

TEST_P(NetworkFaultTest, AFaultOnTheIthRequestIsRetriedAndNothingIsLostOrDoubled)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);

    // A clean run tells how many requests the scenario makes.
    int requests = 0;
    {
        auto clean = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*clean));
        const int before = clean->network->requestCount();
        queueScenario(*clean, ticket, QStringLiteral("clean"), 0);
        ASSERT_TRUE(syncUntilIdle(*clean));
        requests = clean->network->requestCount() - before;
    }
    ASSERT_GE(requests, 4);

    for (int i = 1; i <= requests + 1; ++i) {
        SCOPED_TRACE(i);
        auto olga = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*olga));
        olga->client->setTimeout(300); // a hung request is given up quickly
        const QString tag = QStringLiteral("round %1").arg(i);
        olga->network->injectFault(i, GetParam(), 100);
        queueScenario(*olga, ticket, tag, i);
        ASSERT_TRUE(syncUntilIdle(*olga));
        EXPECT_EQ(serverCount(ticket, tag + u" first"), 1);
        EXPECT_EQ(serverCount(ticket, tag + u" second"), 1);
        EXPECT_EQ(olga->store->ticket(ticket).value()->ticket.priority,
                  i % 2 ? protocol::Priority::High : protocol::Priority::Low);
        EXPECT_EQ(olga->engine->conflictCount(), 0);
        EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    }
}

// A supervisor's reassignment (issue 17, item 5) under the same faults: each round moves the
// ticket to the other operator with its own reason; it arrives once, the note once, its audit row
// once, and a retry of a reassignment that went through settles without a conflict.
TEST_P(NetworkFaultTest, AReassignmentUnderAFaultArrivesOnceWithItsReason)
{
    auto http = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*http);
    const QString olga = signIn(QStringLiteral("olga"))
                             ->get(QStringLiteral("/api/v1/me"))
                             .json()
                             .value(u"id")
                             .toString();
    const QString ivan = signIn(QStringLiteral("ivan"))
                             ->get(QStringLiteral("/api/v1/me"))
                             .json()
                             .value(u"id")
                             .toString();
    const auto notes = [&](const QString &reason) {
        int count = 0;
        for (const QJsonValue &message : http->get(u"/api/v1/tickets/" + ticket + u"/messages")
                                             .json()
                                             .value(u"messages")
                                             .toArray())
            count += message[u"body"].toString().endsWith(reason) ? 1 : 0;
        return count;
    };
    for (int i = 1; i <= 4; ++i) {
        SCOPED_TRACE(i);
        auto sofia = connect(QStringLiteral("sofia"));
        ASSERT_TRUE(syncUntilIdle(*sofia));
        sofia->client->setTimeout(300);
        const QString target = i % 2 ? ivan : olga;
        const QString reason = QStringLiteral("round %1 of the reassignment").arg(i);
        sofia->network->injectFault(i, GetParam(), 100);
        ASSERT_TRUE(sofia->commands->reassign(ticket, target, reason).ok());
        ASSERT_TRUE(syncUntilIdle(*sofia));
        EXPECT_EQ(http->get(u"/api/v1/tickets/" + ticket).json().value(u"assignee_id").toString(),
                  target);
        EXPECT_EQ(notes(reason), 1);
        // One audit row per reassignment: a retry after a lost answer is stale and writes none.
        const QJsonArray audited = http->get(u"/api/v1/audit?action=reassign&ticket_id=" + ticket)
                                       .json()[u"entries"]
                                       .toArray();
        ASSERT_EQ(audited.size(), i);
        EXPECT_EQ(audited[0][u"details"][u"reason"].toString(), reason);
        EXPECT_EQ(sofia->engine->conflictCount(), 0);
        EXPECT_EQ(app::Outbox(*sofia->store).failedCount().value(), 0);
        EXPECT_TRUE(converged(*sofia, QStringLiteral("sofia")));
    }
}

// An operator starts and completes a course (issue 19, item 10) under the same faults: each move
// arrives once, a retry of a move that went through is answered as it is, and nothing conflicts.
TEST_P(NetworkFaultTest, ACourseMovedUnderAFaultArrivesOnceWithoutAConflict)
{
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("tanya"), QStringLiteral("trainer")));
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_EQ(importCoursePack(*tanya).status, 201); // courses name a pack the back office has
    const QString olgaId = signIn(QStringLiteral("olga"))
                               ->get(QStringLiteral("/api/v1/me"))
                               .json()
                               .value(u"id")
                               .toString();
    for (int i = 1; i <= 3; ++i) {
        SCOPED_TRACE(i);
        const HttpReply assigned = tanya->send(
            "POST", QStringLiteral("/api/v1/training/courses"),
            json({{QStringLiteral("operator_id"), olgaId},
                  {QStringLiteral("pack_id"), QStringLiteral("demo-en")},
                  {QStringLiteral("scenario_ids"), QJsonArray{QStringLiteral("late-delivery")}},
                  {QStringLiteral("reason"), QStringLiteral("round %1").arg(i)}}));
        ASSERT_EQ(assigned.status, 201) << assigned.body.toStdString();
        const QString course = assigned.json().value(u"id").toString();
        auto olga = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*olga));
        olga->client->setTimeout(300);
        olga->network->injectFault(i, GetParam(), 100);
        ASSERT_TRUE(olga->commands->moveCourse(course, protocol::CourseStatus::Started).ok());
        ASSERT_TRUE(olga->commands->moveCourse(course, protocol::CourseStatus::Completed).ok());
        ASSERT_TRUE(syncUntilIdle(*olga));
        const QJsonObject server = tanya->get(u"/api/v1/training/courses/" + course).json();
        EXPECT_EQ(server.value(u"status").toString(), u"completed");
        EXPECT_EQ(server.value(u"version").toInteger(), 3); // two moves, each once
        EXPECT_EQ(olga->engine->conflictCount(), 0);
        EXPECT_EQ(app::Outbox(*olga->store).failedCount().value(), 0);
        auto cached = olga->store->read(
            QStringLiteral("SELECT status, version FROM training_courses WHERE id = ?"), {course});
        ASSERT_TRUE(cached.ok());
        ASSERT_TRUE(cached.value().next());
        EXPECT_EQ(cached.value().value(0).toString(), u"completed");
        EXPECT_EQ(cached.value().value(1).toLongLong(), 3);
    }
}

INSTANTIATE_TEST_SUITE_P(Faults, NetworkFaultTest, everyNetworkFault(), faultName);

TEST_F(SyncTest, ADatabaseFaultOnTheIthWriteIsRecoveredWithoutLossOrDoubles)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    int writes = 0;
    {
        auto clean = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*clean));
        queueScenario(*clean, ticket, QStringLiteral("clean"), 0);
        const int before = clean->store->writeCount();
        ASSERT_TRUE(syncUntilIdle(*clean));
        writes = clean->store->writeCount() - before;
    }
    ASSERT_GT(writes, 5);
    for (int i = 1; i <= writes; ++i) {
        SCOPED_TRACE(i);
        auto olga = connect(QStringLiteral("olga"));
        ASSERT_TRUE(syncUntilIdle(*olga));
        const QString tag = QStringLiteral("db %1").arg(i);
        queueScenario(*olga, ticket, tag, i);
        olga->store->failWriteAt(i);
        runCycle(*olga); // fails somewhere inside; the cache stays consistent
        olga->store->failWriteAt(0);
        ASSERT_TRUE(syncUntilIdle(*olga));
        EXPECT_EQ(serverCount(ticket, tag + u" first"), 1);
        EXPECT_EQ(serverCount(ticket, tag + u" second"), 1);
        EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    }
}

TEST_F(SyncTest, EscalationPresenceAndKbUsageCommandsAreDelivered)
{
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("pavel"), QStringLiteral("operator"),
                                    {QStringLiteral("orders")}, 2));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    app::EscalationRequest request;
    request.targetLine = 2;
    request.reasonCode = QStringLiteral("vip_customer");
    auto local = olga->commands->escalate(ticket, request);
    ASSERT_TRUE(local.ok()) << local.error().message.toStdString();
    EXPECT_EQ(olga->store->count(QStringLiteral("escalations")).value(), 1);
    // The POST's answer is lost: the retry, with the same Idempotency-Key, gets the first
    // answer again from the back office rather than making a second escalation.
    olga->network->injectFault(1, FaultyNetwork::Fault::LoseResponse);
    ASSERT_TRUE(olga->commands->setPresence(QStringLiteral("break"), QStringLiteral("lunch")).ok());
    ASSERT_TRUE(syncUntilIdle(*olga));
    auto rows = olga->store->read(QStringLiteral("SELECT id, status FROM escalations"));
    ASSERT_TRUE(rows.ok());
    ASSERT_TRUE(rows.value().next());
    const QString escalation = rows.value().value(0).toString();
    EXPECT_FALSE(escalation.startsWith(u"local:"));
    EXPECT_FALSE(rows.value().next()); // the echo was replaced, not doubled
    EXPECT_EQ(sofia->get(u"/api/v1/tickets/" + ticket + u"/escalations")
                  .json()
                  .value(u"escalations")
                  .toArray()
                  .size(),
              1);
    EXPECT_EQ(signIn(QStringLiteral("olga"))
                  ->get(QStringLiteral("/api/v1/presence"))
                  .json()[u"operators"][0][u"status"]
                  .toString(),
              u"break");

    auto pavel = connect(QStringLiteral("pavel"));
    ASSERT_TRUE(syncUntilIdle(*pavel));
    ASSERT_TRUE(pavel->commands->acceptEscalation(escalation).ok());
    ASSERT_TRUE(syncUntilIdle(*pavel));
    ASSERT_TRUE(pavel->commands->resolveEscalation(escalation, QStringLiteral("done")).ok());
    ASSERT_TRUE(syncUntilIdle(*pavel));
    EXPECT_EQ(app::Outbox(*pavel->store).failedCount().value(), 0);
    ASSERT_TRUE(syncUntilIdle(*olga));
    { // closed before the commands below: an open read keeps the cache's snapshot
        auto status = olga->store->read(
            QStringLiteral("SELECT status FROM escalations WHERE id = ?"), {escalation});
        ASSERT_TRUE(status.ok());
        ASSERT_TRUE(status.value().next());
        EXPECT_EQ(status.value().value(0).toString(), u"resolved");
    }

    // A command the back office refuses for good is kept as failed; the rest go on.
    ASSERT_TRUE(olga->commands->recordKbUsage(ticket, QStringLiteral("999999")).ok());
    ASSERT_TRUE(olga->commands->sendMessage(ticket, QStringLiteral("after the refusal")).ok());
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(app::Outbox(*olga->store).failedCount().value(), 1);
    EXPECT_EQ(serverCount(ticket, QStringLiteral("after the refusal")), 1);
}

// The outbox retries forever; the back office keeps a key's record 48 hours. Every creating
// command whose answer was lost must still arrive once when retried after two days offline.
TEST_F(SyncTest, ACreatingCommandRetriedAfterTwoDaysOfflineArrivesOnce)
{
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("pavel"), QStringLiteral("operator"),
                                    {QStringLiteral("orders")}, 2));
    auto sofia = signIn(QStringLiteral("sofia"));
    const auto messages = [this](const QString &text) {
        return [this, text](const QString &ticket) { return serverCount(ticket, text); };
    };
    const auto escalations = [&sofia](const QString &ticket) {
        return int(sofia->get(u"/api/v1/tickets/" + ticket + u"/escalations")
                       .json()
                       .value(u"escalations")
                       .toArray()
                       .size());
    };
    app::EscalationRequest escalation;
    escalation.targetLine = 2;
    escalation.reasonCode = QStringLiteral("vip_customer");
    struct Creating
    {
        const char *name;
        std::function<bool(app::OperatorCommands &, const QString &)> queue;
        std::function<int(const QString &)> count;
    };
    const QList<Creating> creating{
        {"reply",
         [](app::OperatorCommands &commands, const QString &ticket) {
             return commands.sendMessage(ticket, QStringLiteral("Your refund is on its way")).ok();
         },
         messages(QStringLiteral("Your refund is on its way"))},
        {"internal note",
         [](app::OperatorCommands &commands, const QString &ticket) {
             return commands.addInternalNote(ticket, QStringLiteral("Refund approved by Pavel"))
                 .ok();
         },
         messages(QStringLiteral("Refund approved by Pavel"))},
        {"escalation",
         [&escalation](app::OperatorCommands &commands, const QString &ticket) {
             return commands.escalate(ticket, escalation).ok();
         },
         escalations},
    };
    auto olga = connect(QStringLiteral("olga"));
    olga->engine->setRetryDelays(3600000, 3600000); // no retry but the ones the test forces
    for (const Creating &command : creating) {
        SCOPED_TRACE(command.name);
        const QString ticket = createTicket(*sofia);
        ASSERT_TRUE(syncUntilIdle(*olga));
        olga->network->injectFault(1, Fault::LoseResponse);
        ASSERT_TRUE(command.queue(*olga->commands, ticket));
        EXPECT_FALSE(runCycle(*olga)); // the back office made it; its answer was lost
        ASSERT_EQ(command.count(ticket), 1);
        ASSERT_EQ(app::Outbox(*olga->store).pendingCount().value(), 1);

        // More than two days pass before the network is back: the key's record is purged.
        const HttpReply moved =
            sofia->send("POST", QStringLiteral("/api/v1/test/clock"),
                        json({{QStringLiteral("advance_ms"), qint64(49) * 3600 * 1000}}),
                        {{"Content-Type", "application/json"}});
        ASSERT_EQ(moved.status, 200) << moved.body.toStdString();

        ASSERT_TRUE(syncUntilIdle(*olga));
        EXPECT_EQ(command.count(ticket), 1);
        EXPECT_EQ(app::Outbox(*olga->store).failedCount().value(), 0);
        EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    }
}
