#include "tests/integration/CoursePack.h"
#include "tests/integration/SyncFixture.h"

#include "app/store/CacheSearch.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/Outbox.h"
#include "app/sync/RealtimeChannel.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>

#include <signal.h>

#include <algorithm>

using namespace frontline;
using namespace frontline::test;

TEST_F(SyncTest, FirstAndIncrementalPullsConvergeWithTheServer)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    QStringList tickets;
    for (int i = 0; i < 5; ++i)
        tickets.append(
            createTicket(*sofia, i == 4 ? QStringLiteral("delivery") : QStringLiteral("orders")));
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(sofia
                      ->send("POST", u"/api/v1/tickets/" + tickets[0] + u"/messages",
                             json({{QStringLiteral("body"), QStringLiteral("hello %1").arg(i)}}),
                             {{"Content-Type", "application/json"},
                              {"Idempotency-Key", QByteArray::number(i)}})
                      .status,
                  201);
    }
    auto olga = connect(QStringLiteral("olga"));
    olga->engine->setPageSize(2); // several pages, each with its cursor
    QSignalSpy pages(olga->engine, &app::SyncEngine::pageApplied);
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_GT(pages.count(), 2);
    EXPECT_EQ(olga->store->count(QStringLiteral("tickets")).value(), 4); // not delivery's
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    EXPECT_EQ(olga->engine->state(), app::SyncEngine::State::Online);

    // Incremental: a change and a message made elsewhere arrive on the next pull.
    ASSERT_EQ(sofia
                  ->send("PATCH", u"/api/v1/tickets/" + tickets[1],
                         json({{QStringLiteral("priority"), QStringLiteral("urgent")}}),
                         {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}})
                  .status,
              200);
    // A message moves its ticket (version, status, first response) through the message's own
    // change: the cache follows without the whole ticket being sent again.
    ASSERT_EQ(sofia
                  ->send("POST", u"/api/v1/tickets/" + tickets[1] + u"/messages",
                         json({{QStringLiteral("body"), QStringLiteral("On its way")}}),
                         {{"Content-Type", "application/json"}, {"Idempotency-Key", "later"}})
                  .status,
              201);
    const qint64 before = olga->store->cursor();
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_GT(olga->store->cursor(), before);
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
}

// A first sync reads the largest pages; after it a backlog comes in live-sized pages, each applied
// as its own short step on the GUI thread, and the cache still converges.
TEST_F(SyncTest, ABacklogAfterTheFirstSyncComesInLivePages)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    for (int i = 0; i < 4; ++i)
        createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    olga->engine->setLivePageSize(2);
    QSignalSpy pages(olga->engine, &app::SyncEngine::pageApplied);
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(pages.count(), 1) << "the first sync is one large page";

    for (int i = 0; i < 6; ++i)
        createTicket(*sofia);
    pages.clear();
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_GE(pages.count(), 3) << "six new tickets in pages of two";
    EXPECT_EQ(olga->store->count(QStringLiteral("tickets")).value(), 10);
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
}

TEST_F(SyncTest, CommandsEchoAtOnceAndReachTheServerExactlyOnce)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(olga->commands->sendMessage(ticket, QStringLiteral("reply %1").arg(i)).ok());
    ASSERT_TRUE(olga->commands->addInternalNote(ticket, QStringLiteral("note")).ok());
    ASSERT_TRUE(olga->commands->changePriority(ticket, QStringLiteral("high")).ok());
    EXPECT_EQ(olga->store->messages(ticket).value().size(), 6); // local echo, before any push
    EXPECT_EQ(olga->store->ticket(ticket).value()->ticket.priority, protocol::Priority::High);
    ASSERT_TRUE(syncUntilIdle(*olga));
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(serverCount(ticket, QStringLiteral("reply %1").arg(i)), 1);
    EXPECT_EQ(serverCount(ticket, QStringLiteral("note")), 1);
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    EXPECT_EQ(olga->engine->pendingCount(), 0);
}

TEST_F(SyncTest, CommandsGivenWhileTheServerIsDownAreDeliveredWhenItIsBack)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));

    backOffice->stop();
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(olga->commands->sendMessage(ticket, QStringLiteral("offline %1").arg(i)).ok());
    ASSERT_TRUE(olga->commands->changeStatus(ticket, QStringLiteral("pending")).ok());
    EXPECT_FALSE(runCycle(*olga));
    EXPECT_EQ(olga->engine->state(), app::SyncEngine::State::Offline);
    EXPECT_EQ(olga->engine->pendingCount(), 4);
    // The retry state is in the database, not in memory.
    auto head = app::Outbox(*olga->store).head().value();
    ASSERT_TRUE(head.has_value());
    EXPECT_GE(head->attempts, 1);
    EXPECT_FALSE(head->lastError.isEmpty());

    ASSERT_TRUE(backOffice->start());
    olga->client->setBaseUrl(backOffice->baseUrl());
    // No forced sync: the engine's own backoff timer brings the outbox out.
    EXPECT_TRUE(
        waitUntil([&] { return olga->engine->pendingCount() == 0; }, std::chrono::seconds(20)));
    ASSERT_TRUE(syncUntilIdle(*olga));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(serverCount(ticket, QStringLiteral("offline %1").arg(i)), 1);
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    EXPECT_EQ(olga->store->ticket(ticket).value()->ticket.status, protocol::TicketStatus::Pending);
}

// The connection the UI shows: a retry while the back office stays away keeps showing "offline"
// (the engine is syncing, but nothing has answered), and only an answer makes it "online".
TEST_F(SyncTest, RetriesWhileTheServerIsDownKeepShowingOffline)
{
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(olga->engine->connection(), app::SyncEngine::Connection::Online);

    backOffice->stop();
    EXPECT_FALSE(runCycle(*olga));
    EXPECT_EQ(olga->engine->connection(), app::SyncEngine::Connection::Offline);
    QList<app::SyncEngine::Connection> shown;
    QObject::connect(olga->engine, &app::SyncEngine::connectionChanged, olga->engine,
                     [&](app::SyncEngine::Connection connection) { shown.append(connection); });
    for (int i = 0; i < 3; ++i) {
        olga->engine->syncNow(true);
        EXPECT_TRUE(olga->engine->isRetrying());
        EXPECT_EQ(olga->engine->connection(), app::SyncEngine::Connection::Offline);
        EXPECT_FALSE(runCycle(*olga));
    }
    EXPECT_TRUE(shown.isEmpty());

    ASSERT_TRUE(backOffice->start());
    olga->client->setBaseUrl(backOffice->baseUrl());
    ASSERT_TRUE(syncUntilIdle(*olga));
    // A retry armed while it was down may still run one more cycle (shown as syncing, as any
    // cycle after a success is); what matters is that the first change after offline is online.
    ASSERT_TRUE(waitUntil([&] {
        return !olga->engine->isBusy() &&
               olga->engine->connection() == app::SyncEngine::Connection::Online;
    }));
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_EQ(shown.first(), app::SyncEngine::Connection::Online);
    EXPECT_FALSE(shown.contains(app::SyncEngine::Connection::Offline));
}

TEST_F(SyncTest, ServerRestartedInTheMiddleOfAPull)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    for (int i = 0; i < 30; ++i)
        createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    olga->engine->setPageSize(4);
    bool stopped = false;
    QObject::connect(olga->engine, &app::SyncEngine::pageApplied, olga->engine, [&] {
        if (!stopped) {
            stopped = true;
            backOffice->stop();
        }
    });
    EXPECT_FALSE(runCycle(*olga));
    ASSERT_TRUE(stopped);
    const qint64 cursor = olga->store->cursor();
    EXPECT_GT(cursor, 0);
    // Whole pages only (the staff's profiles come first in the feed, with olga's own settings,
    // a second change of her row): the one applied when the server stopped and, as the engine
    // asks for the next page before applying one, that next page if its answer was already on
    // its way.
    const qint64 kept = olga->store->count(QStringLiteral("tickets")).value() +
                        olga->store->count(QStringLiteral("operators")).value();
    EXPECT_TRUE(kept == 3 || kept == 7) << kept;
    ASSERT_TRUE(backOffice->start());
    olga->client->setBaseUrl(backOffice->baseUrl());
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_GT(olga->store->cursor(), cursor);
    EXPECT_EQ(olga->store->count(QStringLiteral("tickets")).value(), 30);
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
}

TEST_F(SyncTest, AStaleUpdateBecomesAConflictAndEitherSideCanWin)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString first = createTicket(*sofia);
    const QString second = createTicket(*sofia);
    const QString third = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    for (const QString &ticket : {first, second}) {
        ASSERT_EQ(sofia
                      ->send("PATCH", u"/api/v1/tickets/" + ticket,
                             json({{QStringLiteral("status"), QStringLiteral("open")}}),
                             {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}})
                      .status,
                  200);
    }
    // A change to another field is not a conflict: it is sent again on the new version.
    ASSERT_EQ(sofia
                  ->send("PATCH", u"/api/v1/tickets/" + third,
                         json({{QStringLiteral("priority"), QStringLiteral("low")}}),
                         {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}})
                  .status,
              200);
    ASSERT_TRUE(olga->commands->changeStatus(first, QStringLiteral("pending")).ok());
    ASSERT_TRUE(olga->commands->changeStatus(second, QStringLiteral("pending")).ok());
    ASSERT_TRUE(olga->commands->changeStatus(third, QStringLiteral("pending")).ok());
    QSignalSpy conflicts(olga->engine, &app::SyncEngine::conflictCountChanged);
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(olga->engine->conflictCount(), 2);
    EXPECT_FALSE(conflicts.isEmpty());
    // Nothing was overwritten: the server keeps sofia's status and the cache shows it.
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    EXPECT_EQ(olga->store->ticket(first).value()->ticket.status, protocol::TicketStatus::Open);
    EXPECT_EQ(olga->store->ticket(third).value()->ticket.status, protocol::TicketStatus::Pending);
    EXPECT_EQ(olga->store->ticket(third).value()->ticket.priority, protocol::Priority::Low);

    const auto recorded = olga->commands->conflicts().value();
    ASSERT_EQ(recorded.size(), 2);
    EXPECT_EQ(recorded[0].entityId, first);
    EXPECT_EQ(recorded[0].mine[u"changes"][u"status"].toString(), u"pending");
    EXPECT_EQ(recorded[0].theirs[u"status"].toString(), u"open");
    ASSERT_TRUE(olga->commands->keepMine(recorded[0].id).ok());
    ASSERT_TRUE(olga->commands->takeTheirs(recorded[1].id).ok());
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(olga->engine->conflictCount(), 0);
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    EXPECT_EQ(olga->store->ticket(first).value()->ticket.status, protocol::TicketStatus::Pending);
    EXPECT_EQ(olga->store->ticket(second).value()->ticket.status, protocol::TicketStatus::Open);
}

// Her other desktop started the course while this one, not synced since, completed it on the
// version before: a conflict, which shows the course as the back office has it and which she
// makes again on the current version (My training offers it: MyTrainingDialogTest).
TEST_F(SyncTest, AStaleCourseMoveBecomesAConflictSheCanMakeAgain)
{
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("tanya"), QStringLiteral("trainer")));
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_EQ(importCoursePack(*tanya).status, 201);
    auto elsewhere = signIn(QStringLiteral("olga"));
    const QString olgaId = elsewhere->get(QStringLiteral("/api/v1/me")).json()[u"id"].toString();
    const HttpReply assigned =
        tanya->send("POST", QStringLiteral("/api/v1/training/courses"),
                    json({{QStringLiteral("operator_id"), olgaId},
                          {QStringLiteral("pack_id"), QStringLiteral("demo-en")},
                          {QStringLiteral("scenario_ids"), QJsonArray{u"late-delivery"_qs}},
                          {QStringLiteral("reason"), QStringLiteral("Late deliveries")}}));
    ASSERT_EQ(assigned.status, 201) << assigned.body.toStdString();
    const QString course = assigned.json()[u"id"].toString();
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    ASSERT_EQ(elsewhere
                  ->send("PATCH", u"/api/v1/training/courses/" + course,
                         json({{QStringLiteral("status"), QStringLiteral("started")},
                               {QStringLiteral("version"), 1}}))
                  .status,
              200);
    ASSERT_TRUE(olga->commands->moveCourse(course, protocol::CourseStatus::Completed).ok());
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(olga->engine->conflictCount(), 1);
    const auto recorded = olga->commands->conflicts().value();
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded[0].entity, u"training_course");
    EXPECT_EQ(recorded[0].entityId, course);
    const auto cachedStatus = [&] {
        auto row = olga->store->read(
            QStringLiteral("SELECT status FROM training_courses WHERE id = ?"), {course});
        return row && row.value().next() ? row.value().value(0).toString() : QString();
    };
    EXPECT_EQ(cachedStatus(), u"started"); // the back office's, over her echo

    ASSERT_TRUE(olga->commands->keepMine(recorded[0].id).ok());
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(olga->engine->conflictCount(), 0);
    const QJsonObject server = tanya->get(u"/api/v1/training/courses/" + course).json();
    EXPECT_EQ(server[u"status"].toString(), u"completed");
    EXPECT_EQ(server[u"version"].toInteger(), 3);
    EXPECT_EQ(cachedStatus(), u"completed");
}

TEST_F(SyncTest, APokeOnTheEventsSocketTriggersAPull)
{
    auto olga = connect(QStringLiteral("olga"));
    app::RealtimeChannel channel;
    channel.setEndpoint(backOffice->baseUrl(), olga->client->token());
    channel.setReconnectDelays(10, 100);
    olga->engine->setPollInterval(600000); // only the poke may bring the change
    olga->engine->attachRealtime(&channel);
    olga->engine->start();
    ASSERT_TRUE(waitUntil([&] { return channel.isConnected(); }));
    ASSERT_TRUE(waitUntil([&] { return !olga->engine->isBusy(); }));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    EXPECT_TRUE(waitUntil([&] { return olga->store->ticket(ticket).value().has_value(); }));

    // The socket drops with the server; the channel reconnects once it is back.
    QSignalSpy connected(&channel, &app::RealtimeChannel::connectedChanged);
    backOffice->stop();
    ASSERT_TRUE(waitUntil([&] { return !channel.isConnected(); }));
    ASSERT_TRUE(backOffice->start());
    olga->client->setBaseUrl(backOffice->baseUrl());
    channel.setEndpoint(backOffice->baseUrl(), olga->client->token());
    EXPECT_TRUE(waitUntil([&] { return channel.isConnected(); }, std::chrono::seconds(20)));
    const QString another = createTicket(*signIn(QStringLiteral("sofia")));
    EXPECT_TRUE(waitUntil([&] { return olga->store->ticket(another).value().has_value(); }));
    olga->engine->stop();
}

// After sleep or a silent network drop nothing closes the socket. A back office frozen with
// SIGSTOP is that: its sockets stay open, but no ping is answered.
TEST_F(SyncTest, ASilentBackOfficeIsNoticedByPingsAndPulledFromOnceItAnswers)
{
    using Connection = app::SyncEngine::Connection;
    auto olga = connect(QStringLiteral("olga"));
    app::RealtimeChannel channel;
    channel.setEndpoint(backOffice->baseUrl(), olga->client->token());
    channel.setReconnectDelays(10, 100);
    channel.setPingInterval(100);
    olga->engine->setPollInterval(600000); // only the socket's return may start the pull
    olga->engine->attachRealtime(&channel);
    olga->engine->start();
    ASSERT_TRUE(waitUntil([&] { return channel.isConnected(); }));
    ASSERT_TRUE(waitUntil([&] { return olga->engine->connection() == Connection::Online; }));

    const pid_t pid = pid_t(backOffice->processId());
    ASSERT_EQ(::kill(pid, SIGSTOP), 0);
    // Thawed however the test ends, or the fixture would wait for it forever.
    auto thaw = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
    EXPECT_TRUE(waitUntil([&] { return !channel.isConnected(); }));
    EXPECT_TRUE(waitUntil([&] { return olga->engine->connection() == Connection::Offline; }));
    EXPECT_FALSE(olga->engine->lastError().isEmpty());

    QSignalSpy cycles(olga->engine, &app::SyncEngine::cycleFinished);
    ASSERT_EQ(::kill(pid, SIGCONT), 0);
    thaw.dismiss();
    EXPECT_TRUE(waitUntil([&] { return channel.isConnected(); }));
    EXPECT_TRUE(waitUntil([&] { return olga->engine->connection() == Connection::Online; }));
    EXPECT_TRUE(waitUntil([&] {
        return std::any_of(cycles.cbegin(), cycles.cend(),
                           [](const QList<QVariant> &cycle) { return cycle.at(0).toBool(); });
    })) << "no successful pull once the back office answered again";
    const QString ticket = createTicket(*signIn(QStringLiteral("sofia")));
    EXPECT_TRUE(waitUntil([&] { return olga->store->ticket(ticket).value().has_value(); }));
    olga->engine->stop();
}

TEST_F(SyncTest, TypingAndPresenceEventsArePassedOn)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    app::RealtimeChannel olgas;
    olgas.setEndpoint(backOffice->baseUrl(), olga->client->token());
    app::RealtimeChannel supervisors;
    supervisors.setEndpoint(backOffice->baseUrl(), sofia->token());
    QSignalSpy typing(&supervisors, &app::RealtimeChannel::typing);
    QSignalSpy presence(&supervisors, &app::RealtimeChannel::presenceChanged);
    olgas.open();
    supervisors.open();
    ASSERT_TRUE(waitUntil([&] { return olgas.isConnected() && supervisors.isConnected(); }));
    olgas.sendTyping(ticket);
    ASSERT_TRUE(waitUntil([&] { return !typing.isEmpty(); }));
    EXPECT_EQ(typing.at(0).at(0).toString(), ticket);
    ASSERT_TRUE(olga->commands->setPresence(QStringLiteral("online")).ok());
    ASSERT_TRUE(syncUntilIdle(*olga));
    ASSERT_TRUE(waitUntil([&] { return !presence.isEmpty(); }));
    EXPECT_EQ(presence.at(0).at(1).toString(), u"online");
}

TEST_F(SyncTest, WhenTheSocketCannotBeHeldTheEnginePollsTheFeed)
{
    auto olga = connect(QStringLiteral("olga"));
    app::RealtimeChannel channel;
    // A token the events route refuses: every socket is closed at once (1008).
    channel.setEndpoint(backOffice->baseUrl(), "production.refused");
    channel.setReconnectDelays(10, 50);
    olga->engine->setPollInterval(100);
    olga->engine->attachRealtime(&channel);
    olga->engine->start();
    ASSERT_TRUE(waitUntil([&] { return channel.reconnectAttempts() >= 2; }));
    const QString ticket = createTicket(*signIn(QStringLiteral("sofia")));
    EXPECT_TRUE(waitUntil([&] { return olga->store->ticket(ticket).value().has_value(); }));
    EXPECT_FALSE(channel.isConnected());
    olga->engine->stop();
}

TEST_F(SyncTest, ClaimUsesTheClaimRoute)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    auto olga = connect(QStringLiteral("olga"));
    ASSERT_TRUE(syncUntilIdle(*olga));
    ASSERT_TRUE(olga->commands->claim(ticket).ok());
    const QString me = olga->core->user().id;
    EXPECT_EQ(olga->store->ticket(ticket).value()->ticket.assigneeId, me);
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    EXPECT_EQ(olga->store->ticket(ticket).value()->ticket.assigneeId, me);
}

// A first sync as big as a real one in its shape: a page of many messages (over a worker
// thread's parse threshold, and enough to leave their indexing to the housekeeping thread)
// converges, and a search finds every message.
TEST_F(SyncTest, ABigPageIsParsedAsideAndItsMessagesAreAllSearchable)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    const int count = app::ChangeFeedApplier::DeferIndexAtMessages + 20;
    const QString filler =
        QStringLiteral(" Уточните, пожалуйста, номер заказа и адрес.").repeated(6);
    qsizetype text = 0;
    for (int i = 0; i < count; ++i) {
        const QString body = QStringLiteral("Посылка %1 у курьера.").arg(i) + filler;
        text += body.toUtf8().size();
        ASSERT_EQ(sofia
                      ->send("POST", u"/api/v1/tickets/" + ticket + u"/messages",
                             json({{QStringLiteral("body"), body}}),
                             {{"Content-Type", "application/json"},
                              {"Idempotency-Key", "big-" + QByteArray::number(i)}})
                      .status,
                  201);
    }
    ASSERT_GT(text, app::BackOfficeClient::ParseAsideBytes);
    auto olga = connect(QStringLiteral("olga"));
    QSignalSpy pages(olga->engine, &app::SyncEngine::pageApplied);
    ASSERT_TRUE(syncUntilIdle(*olga));
    EXPECT_EQ(pages.count(), 1); // one page of the default size carries it all
    EXPECT_TRUE(converged(*olga, QStringLiteral("olga")));
    EXPECT_EQ(app::CacheSearch(*olga->store)
                  .searchMessages(QStringLiteral("курьера"), 1000)
                  .value()
                  .size(),
              count);
}
