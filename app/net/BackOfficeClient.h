#pragma once

#include "app/net/ApiReply.h"

#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace frontline::app {

// The back office's REST API over an injected QNetworkAccessManager (tests inject one that fails,
// hangs or delays chosen requests). Plain http for loopback, https with certificate verification
// and an optional extra CA. Every request has a timeout; every answer is mapped to an ApiReply
// whose error says what kind of failure it was, from the contract's error body.
class BackOfficeClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiReply &)>;

    explicit BackOfficeClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    // Aborts the requests still under way, without calling their callbacks.
    ~BackOfficeClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // Adds the PEM certificates in `path` to the trusted CAs (for a company's own CA).
    Result<void> addCaCertificates(const QString &path);
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    QNetworkAccessManager *network() const { return m_network; }

    // Sends the request; `callback` runs once, on `context`'s thread, unless `context` or this
    // client is gone.
    void send(const ApiRequest &request, QObject *context, Callback callback);

    // ETag / If-Match value for a version: "\"7\"".
    static QByteArray versionTag(qint64 version);

    // Successful answers from this size on are parsed on a worker thread (feed pages).
    static constexpr qsizetype ParseAsideBytes = 64 * 1024;

private:
    ApiReply toReply(QNetworkReply *reply, bool timedOut) const;

    QNetworkAccessManager *m_network;
    // Sent and not yet answered: the network owns them, this client ends them.
    QSet<QNetworkReply *> m_pending;
    QUrl m_baseUrl;
    QByteArray m_token;
    int m_timeoutMs = 15000;
    QSslConfiguration m_ssl;
};

} // namespace frontline::app
