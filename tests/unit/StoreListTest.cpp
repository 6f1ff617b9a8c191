// Issue 16, item 9: a list bound as one value shares one prepared statement whatever its length
// (each length used to be a statement of its own, cached for the life of the process).
#include "server/storage/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;

TEST(StoreList, ListsOfEveryLengthShareOneStatementAndMatchEachItem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto url = DatabaseUrl::parse(u"sqlite:" + dir.filePath(QStringLiteral("lists.sqlite")));
    ASSERT_TRUE(url);
    auto store = Store::open(url.value(), QStringLiteral("production"));
    ASSERT_TRUE(store) << store.error().message.toStdString();
    Store &db = *store.value();
    ASSERT_TRUE(db.execute(QStringLiteral("CREATE TABLE items (name TEXT NOT NULL)")));
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(db.run(QStringLiteral("INSERT INTO items (name) VALUES (?)"),
                           {QStringLiteral("item%1").arg(i)}));

    const QString sql = u"SELECT COUNT(*) FROM items WHERE " + db.inList(QStringLiteral("name"));
    auto countOf = [&](const QStringList &names) {
        auto count = db.scalar(sql, {Store::listParameter(names)});
        EXPECT_TRUE(count) << count.error().message.toStdString();
        return count ? count.value().toInt() : -1;
    };
    ASSERT_EQ(countOf({QStringLiteral("item3")}), 1);
    const std::size_t statements = db.preparedStatements();
    QStringList names;
    for (int i = 0; i < 40000; ++i)
        names << QStringLiteral("item%1").arg(i);
    for (const int length : {2, 7, 50, 33000, 40000})
        EXPECT_EQ(countOf(names.mid(0, length)), std::min(length, 50)) << length;
    EXPECT_EQ(countOf({QStringLiteral("it\"em\\1'"), QStringLiteral("item1")}), 1); // quoting
    EXPECT_EQ(db.preparedStatements(), statements);
}
