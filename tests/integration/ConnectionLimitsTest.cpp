// The back office's own limits on connections (issue 16, item 10), a second line behind the nginx
// front: where it may listen, idle and slow connections, the connection and event-socket caps,
// requests too big to buffer and clients that never read their answers.
#include "protocol/ApiPaths.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkRequest>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <memory>

using namespace frontline;
using namespace frontline::test;

namespace {

// The error code of a raw HTTP answer (status line, headers, body).
QString errorCode(const QByteArray &answer)
{
    return errorCodeOf(answer.mid(answer.indexOf("\r\n\r\n") + 4));
}

// A raw client: tests here need to send half a request, or never read.
std::unique_ptr<QTcpSocket> connectTo(const QUrl &baseUrl)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    waitUntil([&] { return socket->state() == QAbstractSocket::ConnectedState; });
    return socket;
}

// Everything the server sends until it closes the connection.
QByteArray readUntilClosed(QTcpSocket &socket, std::chrono::milliseconds timeout)
{
    QByteArray received;
    waitUntil(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeout);
    return received + socket.readAll();
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

// Runs the back office with `arguments` until it exits or prints its listening line.
struct BackOfficeRun
{
    int exitCode = -1; // -1 while it still runs (it was listening)
    QByteArray output;
};
BackOfficeRun runBackOffice(const QStringList &arguments)
{
    QTemporaryDir data;
    QProcess process;
    process.start(backOfficeProgram(),
                  QStringList{QStringLiteral("--database"),
                              u"sqlite:" + data.filePath(QStringLiteral("bo.sqlite"))} +
                      arguments);
    BackOfficeRun run;
    waitUntil([&] {
        run.output += process.readAllStandardOutput() + process.readAllStandardError();
        return process.state() == QProcess::NotRunning || run.output.contains("listening on");
    });
    if (process.state() == QProcess::NotRunning) {
        run.exitCode = process.exitCode();
    } else {
        process.kill();
        process.waitForFinished(5000);
    }
    return run;
}

} // namespace

TEST(BackOfficeCommandLine, RefusesToListenBeyondLoopbackWithoutTheFront)
{
    for (const char *address : {"0.0.0.0:0", "[::]:0"}) {
        const BackOfficeRun refused =
            runBackOffice({QStringLiteral("--listen"), QString::fromLatin1(address)});
        EXPECT_EQ(refused.exitCode, 2) << address;
        EXPECT_TRUE(refused.output.contains("refusing to listen on"))
            << refused.output.toStdString();
        EXPECT_TRUE(refused.output.contains("nginx")) << refused.output.toStdString();
        EXPECT_TRUE(refused.output.contains("--behind-proxy")) << refused.output.toStdString();
    }
    // Loopback needs no front: the desktop's own back office and the tests listen there.
    EXPECT_EQ(runBackOffice({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}).exitCode,
              -1);
    const BackOfficeRun behind =
        runBackOffice({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                       QStringLiteral("--behind-proxy")});
    EXPECT_EQ(behind.exitCode, -1) << behind.output.toStdString();
}

TEST(ConnectionLimits, IdleAndSlowConnectionsAreClosed)
{
    BackOfficeProcess backOffice({QStringLiteral("--http-idle-ms"), QStringLiteral("300"),
                                  QStringLiteral("--http-request-ms"), QStringLiteral("400")});
    ASSERT_TRUE(backOffice.start());

    // Connected and silent: closed without an answer.
    auto idle = connectTo(backOffice.baseUrl());
    EXPECT_EQ(readUntilClosed(*idle, std::chrono::seconds(10)), QByteArray());

    // Answered, then silent: kept for the next request until the idle timeout.
    auto keptAlive = connectTo(backOffice.baseUrl());
    keptAlive->write(get("/healthz"));
    EXPECT_TRUE(readUntilClosed(*keptAlive, std::chrono::seconds(10)).startsWith("HTTP/1.1 200"));

    // Headers sent a little at a time: 408 once the request has taken too long, then closed.
    auto slow = connectTo(backOffice.baseUrl());
    slow->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QByteArray answer;
    EXPECT_TRUE(waitUntil([&] {
        slow->write("X-Slow: a\r\n"); // the request grows, but its clock does not restart
        answer += slow->readAll();
        return slow->state() == QAbstractSocket::UnconnectedState;
    }));
    answer += slow->readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 408")) << answer.toStdString();
    EXPECT_EQ(errorCode(answer), u"request_timeout");

    HttpClient http(backOffice.baseUrl());
    EXPECT_EQ(http.get(QStringLiteral("/healthz")).status, 200);
}

TEST(ConnectionLimits, ConnectionsOverTheCapGet503)
{
    BackOfficeProcess backOffice({QStringLiteral("--max-connections"), QStringLiteral("2")});
    ASSERT_TRUE(backOffice.start());
    // start() waited on /healthz over a connection the client may keep; the cap counts it too.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    QByteArray refused;
    for (int i = 0; i < 3 && refused.isEmpty(); ++i) {
        auto socket = connectTo(backOffice.baseUrl());
        socket->write(get("/healthz"));
        QByteArray answer;
        waitUntil([&] {
            answer += socket->readAll();
            return answer.contains("}") || socket->state() == QAbstractSocket::UnconnectedState;
        });
        if (answer.startsWith("HTTP/1.1 503"))
            refused = answer + readUntilClosed(*socket, std::chrono::seconds(10));
        else
            held.push_back(std::move(socket));
    }
    ASSERT_FALSE(refused.isEmpty()) << "three connections were all served";
    EXPECT_EQ(errorCode(refused), u"too_many_connections");
    EXPECT_TRUE(refused.contains("Retry-After: 1"));

    // A place frees up when a client leaves.
    held.clear();
    EXPECT_TRUE(waitUntil([&] {
        auto socket = connectTo(backOffice.baseUrl());
        socket->write(get("/healthz"));
        return readUntilClosed(*socket, std::chrono::milliseconds(300)).startsWith("HTTP/1.1 200");
    }));
}

TEST(ConnectionLimits, ABodyTooBigIsRefusedWhileItArrives)
{
    BackOfficeProcess backOffice;
    ASSERT_TRUE(backOffice.start());
    auto upload = connectTo(backOffice.baseUrl());
    // 1.5 GB declared; Qt 6.4 alone would buffer all of it before anyone could answer.
    upload->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Content-Type: application/json\r\nContent-Length: 1500000000\r\n\r\n");
    const QByteArray chunk(64 * 1024, 'x');
    qint64 sent = 0;
    QByteArray answer;
    waitUntil([&] {
        if (upload->bytesToWrite() < 1024 * 1024 && sent < 64 * 1024 * 1024) {
            upload->write(chunk);
            sent += chunk.size();
        }
        answer += upload->readAll();
        return answer.contains("}") || upload->state() == QAbstractSocket::UnconnectedState;
    });
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 413")) << answer.left(200).toStdString();
    EXPECT_EQ(errorCode(answer), u"payload_too_large");
    EXPECT_LT(sent, 8 * 1024 * 1024);
    EXPECT_TRUE(waitUntil([&] { return upload->state() == QAbstractSocket::UnconnectedState; }));
}

TEST(ConnectionLimits, AClientThatDoesNotReadIsCutOff)
{
    BackOfficeProcess backOffice({QStringLiteral("--max-unsent-bytes"), QStringLiteral("65536")});
    ASSERT_TRUE(backOffice.start());
    auto greedy = std::make_unique<QTcpSocket>();
    greedy->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    greedy->connectToHost(backOffice.baseUrl().host(), quint16(backOffice.baseUrl().port()));
    ASSERT_TRUE(waitUntil([&] { return greedy->state() == QAbstractSocket::ConnectedState; }));
    // Ask for the metrics page again and again, pipelined, and never read an answer.
    QByteArray requests;
    for (int i = 0; i < 200; ++i)
        requests += get("/metrics");
    int rounds = 0;
    EXPECT_TRUE(waitUntil(
        [&] {
            if (greedy->bytesToWrite() < 64 * 1024 && rounds < 100) {
                greedy->write(requests);
                ++rounds;
            }
            return greedy->state() == QAbstractSocket::UnconnectedState;
        },
        std::chrono::seconds(30)));
    HttpClient http(backOffice.baseUrl());
    EXPECT_EQ(http.get(QStringLiteral("/healthz")).status, 200);
}

TEST(ConnectionLimits, EventSocketsOverTheCapAreClosedWithAReason)
{
    BackOfficeProcess backOffice({QStringLiteral("--max-event-sockets"), QStringLiteral("1")});
    ASSERT_TRUE(backOffice.addUser(QStringLiteral("olga"), QStringLiteral("operator")));
    ASSERT_TRUE(backOffice.start());
    auto olga = signedInClient(backOffice.baseUrl(), QStringLiteral("olga"));

    QUrl url = backOffice.baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(protocol::paths::Events.toString());
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + olga->token());
    QWebSocket first;
    QWebSocket second;
    bool welcomed = false;
    QObject::connect(&first, &QWebSocket::textMessageReceived, &first,
                     [&](const QString &text) { welcomed = text.contains(u"welcome"); });
    first.open(request);
    ASSERT_TRUE(waitUntil([&] { return welcomed; }));
    bool secondClosed = false;
    QObject::connect(&second, &QWebSocket::disconnected, &second, [&] { secondClosed = true; });
    second.open(request);
    ASSERT_TRUE(waitUntil([&] { return secondClosed; }));
    EXPECT_EQ(int(second.closeCode()), 4503);
    EXPECT_TRUE(second.closeReason().contains(u"try again")) << second.closeReason().toStdString();
    EXPECT_EQ(first.state(), QAbstractSocket::ConnectedState);

    // The place is free again once the first client leaves.
    first.close();
    QWebSocket third;
    bool thirdWelcomed = false;
    QObject::connect(&third, &QWebSocket::textMessageReceived, &third,
                     [&](const QString &text) { thirdWelcomed = text.contains(u"welcome"); });
    EXPECT_TRUE(waitUntil([&] {
        if (third.state() == QAbstractSocket::UnconnectedState)
            third.open(request);
        return thirdWelcomed;
    }));
}
