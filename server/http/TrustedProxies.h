#pragma once

#include "protocol/Result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

namespace frontline::server {

// The proxies (the nginx front) whose X-Forwarded-For the back office believes: `--trusted-proxy
// ADDR[/PREFIX][,...]`. Behind a front every client arrives from the front's address, so
// throttles keyed by address need the client's own, but only a trusted hop may name it.
class TrustedProxies
{
public:
    // "127.0.0.1,10.0.0.0/8,::1"; empty text trusts no one.
    static Result<TrustedProxies> parse(const QString &list);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    // Who made the request: the peer itself unless the peer is trusted; then X-Forwarded-For is
    // read from the right, hop by hop, up to the first address that is not a trusted proxy (what
    // the client wrote to the left of it is the client's own claim, never believed).
    QHostAddress clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace frontline::server
