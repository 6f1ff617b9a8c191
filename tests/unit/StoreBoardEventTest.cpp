// Issue 17, item 11: a store's client has an empty change feed, so its live board cannot follow
// `changed` pokes; the back office's events socket says `{"type":"board"}` instead. A real
// WebSocket server on loopback stands in for the back office's socket: the realtime channel turns
// the event into boardChanged() and the live board fetches again, as it does on a poke.
#include "app/board/LiveBoard.h"
#include "app/net/BackOfficeClient.h"
#include "app/sync/RealtimeChannel.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <gtest/gtest.h>

using namespace frontline;
using namespace std::chrono_literals;

namespace {

// A loopback port nobody listens on: the board's fetches fail at once, and are still counted.
QUrl closedPort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

class StoreBoardEventTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [this] {
            socket = server.nextPendingConnection();
            socket->setParent(&server); // the caller owns it: gone with the server
        });
        client.setBaseUrl(closedPort());
        channel.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                            "token");
        channel.open();
        ASSERT_TRUE(test::waitUntil([&] { return channel.isConnected() && socket; }, 10s));
        board.attachRealtime(&channel);
        board.setSafetyInterval(3600 * 1000); // only the events fetch in this test
        board.start();
        ASSERT_TRUE(test::waitUntil([&] { return !board.isFetching(); }, 10s));
        ASSERT_EQ(board.fetchCount(), 1);
    }

    QWebSocketServer server{QStringLiteral("events"), QWebSocketServer::NonSecureMode};
    QWebSocket *socket = nullptr;
    QNetworkAccessManager network;
    app::BackOfficeClient client{&network};
    app::RealtimeChannel channel;
    app::LiveBoard board{client};
};

} // namespace

TEST_F(StoreBoardEventTest, ABoardEventFetchesTheBoardAgain)
{
    QSignalSpy boardChanged(&channel, &app::RealtimeChannel::boardChanged);
    QSignalSpy poked(&channel, &app::RealtimeChannel::poked);
    socket->sendTextMessage(QStringLiteral(R"({"type":"board"})"));
    ASSERT_TRUE(test::waitUntil([&] { return board.fetchCount() == 2; }, 10s));
    EXPECT_EQ(boardChanged.count(), 1);
    EXPECT_EQ(poked.count(), 0) << "a board event is not a feed poke: the sync engine stays idle";

    // The same as a `changed` poke does for a supervisor.
    ASSERT_TRUE(test::waitUntil([&] { return !board.isFetching(); }, 10s));
    socket->sendTextMessage(QStringLiteral(R"({"type":"changed","seq":7})"));
    ASSERT_TRUE(test::waitUntil([&] { return board.fetchCount() == 3; }, 10s));
    EXPECT_EQ(poked.count(), 1);
}

TEST_F(StoreBoardEventTest, AStoppedBoardIgnoresBoardEvents)
{
    QSignalSpy boardChanged(&channel, &app::RealtimeChannel::boardChanged);
    board.stop();
    socket->sendTextMessage(QStringLiteral(R"({"type":"board"})"));
    ASSERT_TRUE(test::waitUntil([&] { return boardChanged.count() == 1; }, 10s));
    EXPECT_EQ(board.fetchCount(), 1);
}
