// The back-office client over HTTPS: certificates are verified, and a company's own CA can be
// added. A small TLS server on loopback stands in for nginx in front of the back office.
#include "app/net/BackOfficeClient.h"
#include "tests/support/TestEnvironment.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;

namespace {

app::ApiReply get(app::BackOfficeClient &client, const QString &path)
{
    app::ApiRequest request;
    request.path = path;
    app::ApiReply answer;
    QEventLoop loop;
    client.send(request, &loop, [&](const app::ApiReply &reply) {
        answer = reply;
        loop.quit();
    });
    loop.exec();
    return answer;
}

} // namespace

TEST(TlsClientTest, VerifiesTheCertificateAndTrustsAnAddedCa)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        GTEST_SKIP() << "openssl could not make a certificate";

    QFile keyFile(key);
    QFile certFile(cert);
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
    QSslConfiguration serverSsl = QSslConfiguration::defaultConfiguration();
    serverSsl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    serverSsl.setLocalCertificate(QSslCertificate(certFile.readAll()));
    serverSsl.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslServer server;
    server.setSslConfiguration(serverSsl);
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&] {
        while (auto *socket = qobject_cast<QSslSocket *>(server.nextPendingConnection())) {
            QObject::connect(socket, &QSslSocket::readyRead, socket, [socket] {
                socket->readAll();
                const QByteArray body = R"({"id": "1", "username": "olga"})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    });
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QUrl url(QStringLiteral("https://localhost"));
    url.setPort(server.serverPort());

    QNetworkAccessManager network;
    app::BackOfficeClient untrusting(&network);
    untrusting.setBaseUrl(url);
    untrusting.setTimeout(10000);
    const app::ApiReply refused = get(untrusting, QStringLiteral("/me"));
    EXPECT_EQ(refused.error.kind, app::ApiError::Kind::Tls) << refused.error.message.toStdString();
    EXPECT_FALSE(refused.error.isTransient());

    QNetworkAccessManager other; // no TLS session cached from the refused attempt
    app::BackOfficeClient trusting(&other);
    trusting.setBaseUrl(url);
    trusting.setTimeout(10000);
    ASSERT_TRUE(trusting.addCaCertificates(cert).ok());
    const app::ApiReply accepted = get(trusting, QStringLiteral("/me"));
    EXPECT_TRUE(accepted.ok()) << accepted.error.message.toStdString();
    EXPECT_EQ(accepted.json.value(u"username").toString(), u"olga");

    EXPECT_FALSE(trusting.addCaCertificates(dir.filePath(QStringLiteral("missing.pem"))).ok());
}
