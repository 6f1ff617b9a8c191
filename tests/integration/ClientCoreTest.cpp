// The embedded default: the desktop's core signs in to a demo back office, pulls the whole demo
// contact center into its cache, and searches it locally.
#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/KbArticleListModel.h"
#include "app/store/CacheSearch.h"
#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/TestEnvironment.h"

#include <QAbstractItemModelTester>

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

// The demo serves two stores (issue 17, item 11): ivan works queues of both, and his KB search
// beside a Lavka ticket offers Lavka's articles and the shared ones, never Hopper's own; beside a
// Hopper ticket, the other way round.
TEST(ClientCoreTest, TheKnowledgeBaseKeepsToTheOpenTicketsStore)
{
    auto backOffice = DemoDesk::startBackOffice();
    ASSERT_TRUE(backOffice);
    auto ivan = DemoDesk::signIn(backOffice->baseUrl(), QStringLiteral("ivan"));
    ASSERT_TRUE(ivan);
    app::LocalStore &store = ivan->desk().store();
    const auto [lavkaTicket, hopperTicket] = ivan->ticketOfEachStore();
    ASSERT_FALSE(lavkaTicket.isEmpty() || hopperTicket.isEmpty());

    app::KbArticleListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto offered = [&](const QString &ticket, const QString &query) {
        EXPECT_TRUE(model.setTicket(ticket).ok());
        EXPECT_TRUE(model.setQuery(query).ok());
        QStringList slugs;
        for (int row = 0; row < model.rowCount(); ++row)
            slugs << model.index(row, 0).data(app::KbArticleListModel::SlugRole).toString();
        return slugs;
    };
    ASSERT_TRUE(model.setLocale(QStringLiteral("en")).ok());
    EXPECT_FALSE(offered(lavkaTicket, QStringLiteral("warranty"))
                     .contains(u"hopper-warranty-service-centres"));
    EXPECT_TRUE(offered(hopperTicket, QStringLiteral("warranty"))
                    .contains(u"hopper-warranty-service-centres"));
    EXPECT_TRUE(offered(lavkaTicket, QStringLiteral("refund")).contains(u"lavka-refund"));
    EXPECT_FALSE(offered(hopperTicket, QStringLiteral("refund")).contains(u"lavka-refund"));
    // The articles for every store are offered beside either.
    EXPECT_TRUE(offered(lavkaTicket, QStringLiteral("refund"))
                    .contains(u"returns-and-claims-return-refund-timing"));
    EXPECT_TRUE(offered(hopperTicket, QStringLiteral("refund"))
                    .contains(u"returns-and-claims-return-refund-timing"));
}
