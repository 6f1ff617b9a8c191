#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace frontline::test {

struct HttpReply
{
    int status = 0; // 0 when no HTTP answer came (connection refused, timeout)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

// The contract's error code in a JSON answer body (`{"error":{"code":…}}`), empty for none.
QString errorCodeOf(const QByteArray &body);

// A blocking HTTP client for tests: it talks to the real back office over loopback exactly as the
// app does, through QNetworkAccessManager, and spins the event loop while it waits.
class HttpClient
{
public:
    explicit HttpClient(QUrl baseUrl);
    ~HttpClient();

    void setBearerToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // POST /auth/login; on 200 its token is sent with every request from then on. The reply
    // also carries the signed-in "operator".
    HttpReply signIn(const QString &username, const QString &password);

    HttpReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {
                       {"Content-Type", "application/json"}});

private:
    QUrl m_baseUrl;
    QByteArray m_token;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

// A client of `server` signed in as `username`; a refused sign-in fails the test.
std::unique_ptr<HttpClient> signedInClient(const QUrl &server, const QString &username,
                                           const QString &password = QStringLiteral("secret"));

} // namespace frontline::test
