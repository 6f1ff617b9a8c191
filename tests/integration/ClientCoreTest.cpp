// The embedded default: the desktop's core signs in to a demo back office, pulls the whole demo
// contact center into its cache, and searches it locally.
#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/store/CacheSearch.h"
#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/TestEnvironment.h"

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;

TEST(ClientCoreTest, SignsInToTheDemoBackOfficeAndSyncsItsContactCenter)
{
    auto backOffice = DemoDesk::startBackOffice();
    ASSERT_TRUE(backOffice);
    auto olga = DemoDesk::signIn(backOffice->baseUrl(), QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    app::ClientCore &desk = olga->desk();
    ASSERT_TRUE(waitUntil([&] { return desk.realtime()->isConnected(); }));
    app::LocalStore &store = desk.store();
    EXPECT_GT(store.count(QStringLiteral("tickets")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("messages")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("kb_articles")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("customers")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("orders")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("macros")).value(), 0);
    EXPECT_FALSE(app::CacheSearch(store).searchKb(QStringLiteral("заказ")).value().isEmpty());
    EXPECT_FALSE(app::CacheSearch(store).searchKb(QStringLiteral("refund")).value().isEmpty());

    // A reply from the desk reaches the back office and comes back synced.
    const auto tickets = store.tickets().value();
    const auto open = std::find_if(tickets.cbegin(), tickets.cend(), [](const auto &cached) {
        return cached.ticket.status == protocol::TicketStatus::Open;
    });
    ASSERT_NE(open, tickets.cend());
    const QString ticket = open->ticket.id;
    auto local = desk.commands()->sendMessage(ticket, QStringLiteral("hello"));
    ASSERT_TRUE(local.ok());
    EXPECT_TRUE(waitUntil([&] { return desk.engine()->pendingCount() == 0; }));
    const auto messages = store.messages(ticket).value();
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_EQ(messages.last().body, u"hello");
    EXPECT_EQ(messages.last().state, u"synced");
}
