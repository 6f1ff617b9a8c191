#include "server/storage/DatabaseUrl.h"
#include "server/BackOfficeOptions.h"

#include <gtest/gtest.h>

using namespace frontline::server;

TEST(DatabaseUrl, SqlitePath)
{
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/frontline/backoffice.sqlite"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->kind, DatabaseUrl::Kind::Sqlite);
    EXPECT_EQ(url->path, u"/var/lib/frontline/backoffice.sqlite");

    url = DatabaseUrl::parse(QStringLiteral("sqlite:data/bo.sqlite"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->path, u"data/bo.sqlite");
}

TEST(DatabaseUrl, PostgresqlUrl)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://frontline:s3cret@db.local:6543/cc"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->kind, DatabaseUrl::Kind::Postgresql);
    EXPECT_EQ(url->user, u"frontline");
    EXPECT_EQ(url->password, u"s3cret");
    EXPECT_EQ(url->host, u"db.local");
    EXPECT_EQ(url->port, 6543);
    EXPECT_EQ(url->database, u"cc");
    EXPECT_FALSE(url->redacted().contains(u"s3cret"));

    url = DatabaseUrl::parse(QStringLiteral("postgresql://frontline@127.0.0.1/cc"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->port, 5432);
}

TEST(DatabaseUrl, RejectsWhatItCannotUse)
{
    for (const char *text : {"", "sqlite:", "mysql://a@b/c", "postgresql://u@h:5432/",
                             "postgresql:///db", "/just/a/path"}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        ASSERT_FALSE(url.ok()) << text;
        EXPECT_EQ(url.error().code, u"invalid_database_url") << text;
    }
}

TEST(ListenAddress, HostAndPort)
{
    auto address = parseListenAddress(QStringLiteral("127.0.0.1:0"));
    ASSERT_TRUE(address.ok());
    EXPECT_EQ(address->first, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(address->second, 0);

    address = parseListenAddress(QStringLiteral("[::1]:8080"));
    ASSERT_TRUE(address.ok());
    EXPECT_EQ(address->first, QHostAddress(QHostAddress::LocalHostIPv6));
    EXPECT_EQ(address->second, 8080);

    for (const char *text :
         {"8080", "127.0.0.1", "127.0.0.1:http", "300.1.1.1:80", "127.0.0.1:70000"})
        EXPECT_FALSE(parseListenAddress(QString::fromLatin1(text)).ok()) << text;
}
