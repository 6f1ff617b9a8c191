// The shipped nginx front (deploy/nginx/frontline.conf) in a real, throwaway nginx before the real
// back office (issue 16, item 10): tests/support/nginx-front changes only its addresses, ports and
// certificate paths, so what passes here is what a contact center installs.
#include "protocol/ApiPaths.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace frontline;
using namespace frontline::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// How many requests the back office itself answered on `route` (its /metrics, asked directly).
int requestsSeen(const QUrl &backOffice, const QByteArray &route)
{
    HttpClient direct(backOffice);
    int seen = 0;
    const QByteArray prefix = "frontline_http_requests_total{route=\"" + route + '"';
    for (const QByteArray &line : direct.get(QStringLiteral("/metrics")).body.split('\n')) {
        if (line.startsWith(prefix))
            seen += line.mid(line.lastIndexOf(' ') + 1).toInt();
    }
    return seen;
}

struct FrontReply
{
    int status = 0;
    QByteArray body;
    QString code() const { return errorCodeOf(body); }
};

// A throwaway nginx running the shipped front before `backOffice`, on TLS with its own certificate.
class NginxFront
{
public:
    explicit NginxFront(const QUrl &backOffice)
    {
        const QString render = QStringLiteral(FRONTLINE_SOURCE_DIR "/tests/support/nginx-front");
        QProcess renderer;
        renderer.start(render, {m_dir.path(), backOffice.authority(), QString::number(m_httpsPort),
                                QString::number(freePort())});
        renderer.waitForFinished(30000);
        m_renderError = renderer.readAllStandardError();
        m_rendered = renderer.exitStatus() == QProcess::NormalExit && renderer.exitCode() == 0;
        if (!m_rendered)
            return;
        QFile certificate(m_dir.filePath(QStringLiteral("cert.pem")));
        certificate.open(QIODevice::ReadOnly);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromData(certificate.readAll()));
        m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_nginx.start(QStringLiteral(FRONTLINE_NGINX_PATH),
                      {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                       m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-g"),
                       QStringLiteral("daemon off;")});
    }
    ~NginxFront()
    {
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(5000))
            m_nginx.kill();
    }

    // Whether nginx runs and passes /healthz on to the back office.
    ::testing::AssertionResult ready()
    {
        if (!m_rendered || m_nginx.state() == QProcess::NotRunning)
            return ::testing::AssertionFailure() << "nginx-front: " << m_renderError.toStdString();
        if (!waitUntil([this] { return send("GET", QStringLiteral("/healthz")).status == 200; }))
            return ::testing::AssertionFailure() << "nginx does not pass /healthz on";
        return ::testing::AssertionSuccess();
    }

    QUrl url(const QString &scheme, const QString &path) const
    {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_httpsPort);
        url.setPath(path);
        return url;
    }
    const QSslConfiguration &tls() const { return m_tls; }

    FrontReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &token = {})
    {
        QNetworkReply *reply = start(method, path, body, token);
        waitUntil([reply] { return reply->isFinished(); });
        return finish(reply);
    }
    // Sends without waiting: many requests at once share one HTTP/2 connection.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &token = {})
    {
        QNetworkRequest request(url(QStringLiteral("https"), path));
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return m_network.sendCustomRequest(request, method, body);
    }
    static FrontReply finish(QNetworkReply *reply)
    {
        FrontReply answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          reply->readAll()};
        reply->deleteLater();
        return answer;
    }

private:
    QTemporaryDir m_dir;
    quint16 m_httpsPort = freePort();
    bool m_rendered = false;
    QByteArray m_renderError;
    QSslConfiguration m_tls;
    QProcess m_nginx;
    QNetworkAccessManager m_network;
};

class NginxFrontTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(backOffice.addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                       {QStringLiteral("orders")}));
        ASSERT_TRUE(backOffice.start());
        front = std::make_unique<NginxFront>(backOffice.baseUrl());
        ASSERT_TRUE(front->ready());
    }

    BackOfficeProcess backOffice;
    std::unique_ptr<NginxFront> front;
};

const QByteArray OlgaSignIn = R"({"username":"olga","password":"secret"})";

} // namespace

TEST_F(NginxFrontTest, RefusesAnOversizedBodyBeforeTheBackOfficeSeesIt)
{
    const FrontReply reply =
        front->send("POST", QStringLiteral("/api/v1/tickets"), QByteArray(2 * 1024 * 1024, ' '));
    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.code(), u"payload_too_large") << reply.body.toStdString();
    EXPECT_EQ(requestsSeen(backOffice.baseUrl(), "/api/v1/tickets"), 0);

    // The test clock's route is never passed on, whatever the back office was started with.
    const FrontReply clock = front->send("POST", QStringLiteral("/api/v1/test/clock"), "{}");
    EXPECT_EQ(clock.status, 404);
    EXPECT_EQ(clock.code(), u"not_found");
    EXPECT_EQ(requestsSeen(backOffice.baseUrl(), "unmatched"), 0);
}

TEST_F(NginxFrontTest, PassesTheEventsWebSocket)
{
    const FrontReply signIn = front->send("POST", QStringLiteral("/api/v1/auth/login"), OlgaSignIn);
    ASSERT_EQ(signIn.status, 200) << signIn.body.toStdString();
    const QByteArray token = QJsonDocument::fromJson(signIn.body)
                                 .object()
                                 .value(QLatin1StringView("token"))
                                 .toString()
                                 .toLatin1();

    QWebSocket events;
    events.setSslConfiguration(front->tls());
    QStringList received;
    QObject::connect(&events, &QWebSocket::textMessageReceived, &events,
                     [&](const QString &text) { received.append(text); });
    QNetworkRequest request(front->url(QStringLiteral("wss"), protocol::paths::Events.toString()));
    request.setRawHeader("Authorization", "Bearer " + token);
    events.open(request);
    ASSERT_TRUE(waitUntil([&] { return !received.isEmpty(); }));
    EXPECT_TRUE(received.first().contains(u"welcome")) << received.first().toStdString();

    // Frames pass the other way too: the back office answers a ping through the front.
    bool ponged = false;
    QObject::connect(&events, &QWebSocket::pong, &events, [&] { ponged = true; });
    events.ping("front");
    EXPECT_TRUE(waitUntil([&] { return ponged; }));
    EXPECT_EQ(events.state(), QAbstractSocket::ConnectedState);
}

TEST_F(NginxFrontTest, LimitsABurstOfSignIns)
{
    constexpr int Burst = 60;
    std::vector<QNetworkReply *> replies;
    for (int i = 0; i < Burst; ++i)
        replies.push_back(front->start("POST", QStringLiteral("/api/v1/auth/login"), OlgaSignIn));
    ASSERT_TRUE(waitUntil(
        [&] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *reply) { return reply->isFinished(); });
        },
        std::chrono::seconds(60)));
    int limitedByTheFront = 0;
    for (QNetworkReply *reply : replies) {
        const FrontReply answer = NginxFront::finish(reply);
        if (answer.status == 429 && answer.body.contains("from this address"))
            ++limitedByTheFront;
        else
            EXPECT_NE(answer.status, 0) << "no answer at all";
    }
    EXPECT_GT(limitedByTheFront, 0);
    // Every sign-in the front refused is one the back office never had to hash.
    EXPECT_EQ(requestsSeen(backOffice.baseUrl(), "/api/v1/auth/login"), Burst - limitedByTheFront);
}
