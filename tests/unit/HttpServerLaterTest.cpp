#include "server/http/HttpServer.h"
#include "tests/support/TestEnvironment.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace frontline::server;

// A handler's slow work (HttpResponse::later) may end after the server is gone, as a login's
// password check does when the back office shuts down: nothing of the server may run then.
TEST(HttpServerLater, WorkEndingAfterTheServerIsGoneRunsNothing)
{
    auto promise = std::make_shared<QPromise<HttpResponse::Step>>();
    bool handled = false;
    auto server = std::make_unique<HttpServer>();
    server->router().add(QStringLiteral("GET"), QStringLiteral("/slow"),
                         [promise, &handled](const HttpRequest &) {
                             handled = true;
                             HttpResponse pending;
                             promise->start();
                             pending.later = promise->future();
                             return pending;
                         });
    const quint16 port = server->listen(QHostAddress::LocalHost, 0);
    ASSERT_NE(port, 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(client.waitForConnected(5000));
    client.write("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
    ASSERT_TRUE(frontline::test::waitUntil([&] { return handled; }));

    server.reset();
    bool stepRan = false;
    promise->addResult([&stepRan] {
        stepRan = true;
        return HttpResponse::text("late", "text/plain");
    });
    promise->finish();
    QCoreApplication::processEvents();
    EXPECT_FALSE(stepRan);
    EXPECT_TRUE(promise->future().isFinished());
}
