#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

class QHttpServerRequest;

namespace frontline::server {

// A request copied off its socket on the HTTP thread, by value, so it can cross to the request
// thread and outlive Qt's per-connection request object (which the next request on the same
// connection overwrites). It answers the same questions as QHttpServerRequest.
class HttpRequestData
{
public:
    HttpRequestData() = default;
    explicit HttpRequestData(const QHttpServerRequest &request);

    // The header's value, found case-insensitively; repeated headers joined with ", " (as Qt does).
    QByteArray value(const QByteArray &name) const;
    const QUrl &url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url.query()); }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_remoteAddress; }
    // Who made the request: the peer, or behind a trusted proxy the client it names
    // (TrustedProxies); throttles key on this, never on the peer.
    const QHostAddress &clientAddress() const { return m_clientAddress; }
    void setClientAddress(const QHostAddress &address) { m_clientAddress = address; }

private:
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    QHostAddress m_clientAddress;
};

} // namespace frontline::server
