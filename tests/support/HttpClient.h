#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
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

// A blocking HTTP client for tests: it talks to the real back office over loopback exactly as the
// app does, through QNetworkAccessManager, and spins the event loop while it waits.
class HttpClient
{
public:
    explicit HttpClient(QUrl baseUrl);
    ~HttpClient();

    void setBearerToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }

    HttpReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {
                       {"Content-Type", "application/json"}});

private:
    QUrl m_baseUrl;
    QByteArray m_token;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace frontline::test
