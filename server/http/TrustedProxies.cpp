#include "server/http/TrustedProxies.h"

namespace frontline::server {
namespace {

// An IPv4 peer seen through a dual-stack socket (::ffff:10.0.0.1) is the IPv4 address.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// One X-Forwarded-For entry: "10.0.0.1", "2001:db8::1" or "[2001:db8::1]"; null when not an
// address.
QHostAddress hopAddress(QByteArray entry)
{
    entry = entry.trimmed();
    if (entry.startsWith('[') && entry.endsWith(']'))
        entry = entry.mid(1, entry.size() - 2);
    return plain(QHostAddress(QString::fromLatin1(entry)));
}

} // namespace

Result<TrustedProxies> TrustedProxies::parse(const QString &list)
{
    TrustedProxies proxies;
    for (const QString &item : list.split(u',', Qt::SkipEmptyParts)) {
        const QString text = item.trimmed();
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text);
        if (!text.contains(u'/')) {
            const QHostAddress single(text);
            subnet =
                qMakePair(single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            return Error{QStringLiteral("invalid_argument"),
                         QStringLiteral("--trusted-proxy expects IP addresses or subnets "
                                        "(ADDR[/PREFIX],...), got \"%1\"")
                             .arg(text)};
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress candidate = plain(address);
    for (const auto &subnet : m_subnets) {
        if (candidate.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer,
                                      const QByteArray &forwardedFor) const
{
    QHostAddress client = plain(peer);
    if (!contains(client) || forwardedFor.isEmpty())
        return client;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend() && contains(client); ++hop) {
        const QHostAddress named = hopAddress(*hop);
        // A trusted hop that names no address leaves that hop the furthest one known.
        if (named.isNull())
            break;
        client = named;
    }
    return client;
}

} // namespace frontline::server
