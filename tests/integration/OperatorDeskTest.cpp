// The embedded default: the desktop's core signs in to a demo back office, pulls the whole demo
// contact center into its cache, and searches it locally.
#include "app/OperatorDesk.h"
#include "app/commands/OperatorCommands.h"
#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;

TEST(OperatorDeskTest, SignsInToTheDemoBackOfficeAndSyncsItsContactCenter)
{
    BackOfficeProcess backOffice(
        {QStringLiteral("--demo"), QStringLiteral("--login-delay-ms"), QStringLiteral("1")});
    ASSERT_TRUE(backOffice.start());
    QTemporaryDir data;
    QNetworkAccessManager network;
    app::OperatorDesk desk(&network, data.path());
    desk.setKeychainEnabled(false);
    QSignalSpy ready(&desk, &app::OperatorDesk::ready);
    QSignalSpy failed(&desk, &app::OperatorDesk::failed);
    desk.signIn(backOffice.baseUrl(), QStringLiteral("olga"), QStringLiteral("demo"));
    ASSERT_TRUE(waitUntil([&] { return !ready.isEmpty() || !failed.isEmpty(); }));
    ASSERT_TRUE(failed.isEmpty()) << failed.at(0).at(0).toString().toStdString();
    ASSERT_TRUE(waitUntil(
        [&] {
            return desk.engine()->state() == app::SyncEngine::State::Online &&
                   desk.realtime()->isConnected();
        },
        std::chrono::seconds(60)));
    app::LocalStore &store = desk.store();
    EXPECT_GT(store.count(QStringLiteral("tickets")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("messages")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("kb_articles")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("customers")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("orders")).value(), 10);
    EXPECT_GT(store.count(QStringLiteral("macros")).value(), 0);
    EXPECT_FALSE(store.searchKb(QStringLiteral("заказ")).value().isEmpty());
    EXPECT_FALSE(store.searchKb(QStringLiteral("refund")).value().isEmpty());

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
