#include "server/http/TrustedProxies.h"

#include <gtest/gtest.h>

using namespace frontline::server;

namespace {

TrustedProxies proxies(const QString &list)
{
    auto parsed = TrustedProxies::parse(list);
    EXPECT_TRUE(parsed) << list.toStdString();
    return parsed ? parsed.value() : TrustedProxies{};
}

QString clientOf(const TrustedProxies &trusted, const char *peer, const QByteArray &forwardedFor)
{
    return trusted.clientOf(QHostAddress(QString::fromLatin1(peer)), forwardedFor).toString();
}

} // namespace

TEST(TrustedProxies, AnUntrustedPeerIsTheClientWhateverItForwards)
{
    EXPECT_EQ(clientOf(proxies({}), "203.0.113.66", "10.0.0.1"), u"203.0.113.66");
    EXPECT_EQ(clientOf(proxies(QStringLiteral("127.0.0.1")), "203.0.113.66", "10.0.0.1"),
              u"203.0.113.66");
}

TEST(TrustedProxies, TheRightMostUntrustedHopIsTheClient)
{
    const TrustedProxies front = proxies(QStringLiteral("127.0.0.1, 10.1.0.0/16"));
    EXPECT_EQ(clientOf(front, "127.0.0.1", "198.51.100.7"), u"198.51.100.7");
    // What the client wrote to the left of its own address is never believed.
    EXPECT_EQ(clientOf(front, "127.0.0.1", "1.2.3.4, 198.51.100.7"), u"198.51.100.7");
    // A chain of trusted fronts is walked through.
    EXPECT_EQ(clientOf(front, "127.0.0.1", "1.2.3.4, 198.51.100.7, 10.1.2.3"), u"198.51.100.7");
    // Only trusted hops: the left-most one is as far as anyone can tell.
    EXPECT_EQ(clientOf(front, "127.0.0.1", "10.1.0.9, 10.1.2.3"), u"10.1.0.9");
    // No header: the front itself.
    EXPECT_EQ(clientOf(front, "127.0.0.1", {}), u"127.0.0.1");
    // A hop that is not an address ends the walk at the last trusted one.
    EXPECT_EQ(clientOf(front, "127.0.0.1", "198.51.100.7, unknown"), u"127.0.0.1");
}

TEST(TrustedProxies, ReadsIpv6AndMappedAddresses)
{
    const TrustedProxies front = proxies(QStringLiteral("::1,127.0.0.1"));
    EXPECT_EQ(clientOf(front, "::1", "[2001:db8::7]"), u"2001:db8::7");
    EXPECT_EQ(clientOf(front, "::ffff:127.0.0.1", "198.51.100.7"), u"198.51.100.7");
}

TEST(TrustedProxies, RefusesWhatIsNotAnAddress)
{
    EXPECT_FALSE(TrustedProxies::parse(QStringLiteral("nginx.local")));
    EXPECT_FALSE(TrustedProxies::parse(QStringLiteral("10.0.0.0/99")));
    EXPECT_TRUE(TrustedProxies::parse(QStringLiteral("")));
}
