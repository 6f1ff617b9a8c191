// A client core closed while a request hangs (an operator signs out or quits while the back
// office does not answer) shuts down without a crash and loses nothing it had queued.
#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/sync/SyncEngine.h"
#include "tests/integration/SyncFixture.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/TestEnvironment.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::test;

namespace {

using Fault = FaultyNetwork::Fault;

// Signs `desk` in as `username` and waits until its first sync is done.
::testing::AssertionResult signInAndSync(app::ClientCore &desk, const QUrl &server,
                                         const QString &username)
{
    QSignalSpy ready(&desk, &app::ClientCore::ready);
    QSignalSpy failed(&desk, &app::ClientCore::failed);
    desk.signIn(server, username, QStringLiteral("secret"));
    if (!waitUntil([&] { return !ready.isEmpty() || !failed.isEmpty(); }, std::chrono::seconds(30)))
        return ::testing::AssertionFailure() << "no answer to the sign-in";
    if (!failed.isEmpty())
        return ::testing::AssertionFailure() << failed.at(0).at(0).toString().toStdString();
    return DemoDesk::waitUntilOnline(desk);
}

} // namespace

TEST_F(SyncTest, ARigClosedWhileARequestHangsShutsDownAndLosesNothing)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    const QString body = QStringLiteral("sent while the back office hangs");
    const QString cache = cacheDirectory.filePath(QStringLiteral("closing.sqlite"));
    {
        auto olga = connect(QStringLiteral("olga"), cache);
        ASSERT_TRUE(syncUntilIdle(*olga));
        olga->network->injectFault(1, Fault::Hang);
        ASSERT_TRUE(olga->commands->sendMessage(ticket, body).ok());
        ASSERT_TRUE(waitUntil([&] { return olga->network->isHanging(); }));
    } // every part of the rig, the network last, goes while the request is open

    auto again = connect(QStringLiteral("olga"), cache);
    ASSERT_TRUE(syncUntilIdle(*again));
    EXPECT_EQ(serverCount(ticket, body), 1);
    EXPECT_TRUE(converged(*again, QStringLiteral("olga")));
}

TEST_F(SyncTest, ADeskClosedWhileARequestHangsGivesItUpAndLosesNothing)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*sofia);
    const QString body = QStringLiteral("sent from a desk that closes");
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    // As in the app, the network outlives every desk that used it.
    FaultyNetwork network;
    auto desk = std::make_unique<app::ClientCore>(&network, data.path());
    desk->setKeychainEnabled(false);
    ASSERT_TRUE(signInAndSync(*desk, backOffice->baseUrl(), QStringLiteral("olga")));
    network.injectFault(1, Fault::Hang);
    ASSERT_TRUE(desk->commands()->sendMessage(ticket, body).ok());
    ASSERT_TRUE(waitUntil([&] { return network.isHanging(); }));

    desk.reset();
    EXPECT_FALSE(network.isHanging()) << "a request outlived the desk that sent it";

    // The next sign-in on this computer opens the same cache and sends the message once.
    desk = std::make_unique<app::ClientCore>(&network, data.path());
    desk->setKeychainEnabled(false);
    ASSERT_TRUE(signInAndSync(*desk, backOffice->baseUrl(), QStringLiteral("olga")));
    EXPECT_TRUE(waitUntil([&] { return desk->engine()->pendingCount() == 0; }));
    EXPECT_EQ(serverCount(ticket, body), 1);
}
