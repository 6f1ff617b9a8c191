#include "server/clock/BackgroundLane.h"
#include "server/http/HttpServer.h"
#include "tests/support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QThread>

#include <gtest/gtest.h>

using namespace frontline::server;
using frontline::test::waitUntil;

// A trainer's sandboxes must never hold production up (issue 19): their work goes behind it.

TEST(BackgroundLane, PiecesWaitWhileTheForegroundHasWorkThenRunInOrder)
{
    BackgroundLane lane;
    lane.setMaxDeferMs(3'600'000); // never, here
    bool foreground = true;
    lane.setForegroundWaiting([&foreground] { return foreground; });
    QStringList ran;
    lane.post([&] {
        ran.append(QStringLiteral("first"));
        // Posted from a piece: behind the pieces already waiting.
        lane.post([&] { ran.append(QStringLiteral("third")); });
    });
    lane.post([&] { ran.append(QStringLiteral("second")); });
    for (int turn = 0; turn < 20; ++turn)
        QCoreApplication::processEvents();
    EXPECT_TRUE(ran.isEmpty());
    EXPECT_EQ(lane.waiting(), 2u);

    foreground = false;
    ASSERT_TRUE(waitUntil([&] { return ran.size() == 3; }));
    EXPECT_EQ(ran, (QStringList{u"first"_qs, u"second"_qs, u"third"_qs}));
    EXPECT_EQ(lane.waiting(), 0u);
}

// Production that never lets up slows the lane down, never stops it.
TEST(BackgroundLane, APiecePutOffTooLongRunsAnyway)
{
    BackgroundLane lane;
    lane.setMaxDeferMs(0);
    lane.setForegroundWaiting([] { return true; });
    bool ran = false;
    lane.post([&ran] { ran = true; });
    ASSERT_TRUE(waitUntil([&] { return ran; }));
    EXPECT_EQ(lane.waiting(), 0u);
}

// The test clock's advance does at once what the time passed brought, production waiting or not.
TEST(BackgroundLane, DrainRunsEveryPieceNowThoseItPostsToo)
{
    BackgroundLane lane;
    lane.setForegroundWaiting([] { return true; });
    QStringList ran;
    lane.post([&] {
        ran.append(QStringLiteral("first"));
        lane.post([&] { ran.append(QStringLiteral("second")); });
    });
    lane.drain();
    EXPECT_EQ(ran, (QStringList{u"first"_qs, u"second"_qs}));
    EXPECT_EQ(lane.waiting(), 0u);
    QCoreApplication::processEvents(); // the turn it had asked for finds nothing to do
    EXPECT_EQ(ran.size(), 2);
}

namespace {

QByteArray get(const QByteArray &path, const QByteArray &lane)
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Lane: " + lane + "\r\n\r\n";
}

} // namespace

// The first background request's handler makes a foreground request arrive while it runs: the
// foreground one is handled next, before the background request that was queued before it.
TEST(HttpServerBackground, AForegroundRequestGoesBeforeTheBackgroundOnesWaiting)
{
    HttpServer server;
    server.setBackground(
        [](const HttpRequestData &request) { return request.value("X-Lane") == "background"; });
    QStringList handled;
    QTcpSocket production;
    const auto answer = [&handled](const HttpRequest &request) {
        handled.append(request.path);
        return HttpResponse::text("ok", "text/plain");
    };
    server.router().add(QStringLiteral("GET"), QStringLiteral("/sandbox/first"),
                        [&](const HttpRequest &request) {
                            production.write(get("/production", "foreground"));
                            production.flush();
                            // The HTTP thread queues it meanwhile; nothing here turns the loop.
                            const QDeadlineTimer deadline(10000);
                            while (!server.foregroundWaiting() && !deadline.hasExpired())
                                QThread::yieldCurrentThread();
                            return answer(request);
                        });
    server.router().add(QStringLiteral("GET"), QStringLiteral("/sandbox/second"), answer);
    server.router().add(QStringLiteral("GET"), QStringLiteral("/production"), answer);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    ASSERT_NE(port, 0);
    QTcpSocket sandbox;
    sandbox.connectToHost(QHostAddress::LocalHost, port);
    production.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(sandbox.waitForConnected(5000));
    ASSERT_TRUE(production.waitForConnected(5000));

    sandbox.write(get("/sandbox/first", "background") + get("/sandbox/second", "background"));
    ASSERT_TRUE(waitUntil([&] { return handled.size() == 3; }));
    EXPECT_EQ(handled,
              (QStringList{u"/sandbox/first"_qs, u"/production"_qs, u"/sandbox/second"_qs}));
    EXPECT_FALSE(server.foregroundWaiting());
}
