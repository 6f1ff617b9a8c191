#include "server/kb/KbImporter.h"
#include "server/feed/ChangeLog.h"
#include "server/kb/KbService.h"
#include "server/storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;

namespace {

// A migrated SQLite workspace in a temporary folder, and a folder for the articles.
class KbImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        auto url = DatabaseUrl::parse(u"sqlite:" + folder.filePath(QStringLiteral("kb.sqlite")));
        ASSERT_TRUE(url.ok());
        auto opened = Store::open(url.value(), QStringLiteral("production"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
        auto migrated = store->migrate();
        ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    }

    void write(const QString &relative, const QByteArray &content)
    {
        const QString path = folder.filePath(u"kb/" + relative);
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    Result<KbImportSummary> import(qint64 now = 1000)
    {
        return importKnowledgeBase(*store, changes, folder.filePath(QStringLiteral("kb")),
                                   QStringLiteral("en"), now);
    }

    QTemporaryDir folder;
    std::unique_ptr<Store> store;
    ChangeLog changes;
};

} // namespace

TEST_F(KbImporterTest, ImportsOnceAndUpdatesOnlyWhatChanged)
{
    write(QStringLiteral("delivery/methods.md"), "# Delivery methods\n\nCourier or *pickup*.\n");
    write(QStringLiteral("delivery/points/storage.html"),
          "<title>Storage</title><p>Seven days.</p><script>x()</script>");
    write(QStringLiteral("no-heading_here.md"), "Just text.");
    write(QStringLiteral("notes.txt"), "not an article");

    auto first = import();
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->toString(), u"imported 3 new, 0 updated, 0 unchanged");

    KbService kb(changes, [] { return qint64(5000); });
    auto methods = kb.findBySlug(*store, QStringLiteral("en"), QStringLiteral("delivery-methods"));
    ASSERT_TRUE(methods.ok() && methods.value().has_value());
    EXPECT_EQ(methods.value()->title, u"Delivery methods");
    EXPECT_EQ(methods.value()->body, u"Courier or pickup.");
    EXPECT_EQ(methods.value()->tags, QStringList{QStringLiteral("delivery")});
    EXPECT_TRUE(methods.value()->updatedBy.isEmpty());

    auto storage =
        kb.findBySlug(*store, QStringLiteral("en"), QStringLiteral("delivery-points-storage"));
    ASSERT_TRUE(storage.ok() && storage.value().has_value());
    EXPECT_EQ(storage.value()->title, u"Storage");
    EXPECT_EQ(storage.value()->body, u"Seven days.");
    EXPECT_EQ(storage.value()->tags,
              (QStringList{QStringLiteral("delivery"), QStringLiteral("points")}));

    auto untitled = kb.findBySlug(*store, QStringLiteral("en"), QStringLiteral("no-heading-here"));
    ASSERT_TRUE(untitled.ok() && untitled.value().has_value());
    EXPECT_EQ(untitled.value()->title, u"No heading here");
    EXPECT_TRUE(untitled.value()->tags.isEmpty());

    auto again = import(2000);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toString(), u"imported 0 new, 0 updated, 3 unchanged");

    write(QStringLiteral("delivery/methods.md"), "# Delivery methods\n\nCourier only.\n");
    auto changed = import(3000);
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->toString(), u"imported 0 new, 1 updated, 2 unchanged");
    auto history = kb.versions(*store, methods.value()->id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).version, 2);
    EXPECT_EQ(history->at(1).version, 1);
    auto current = kb.get(*store, methods.value()->id);
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(current->body, u"Courier only.");
}

TEST_F(KbImporterTest, JoinsTheCallersTransaction)
{
    write(QStringLiteral("a.md"), "# A\n\nText.");
    {
        Transaction outer(*store);
        ASSERT_TRUE(outer.started().ok());
        auto imported = import();
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        EXPECT_EQ(imported->created, 1);
        // Not committed: the outer transaction rolls the import back with everything else.
    }
    auto count = store->scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles"));
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value().toInt(), 0);
}

TEST_F(KbImporterTest, MissingFolderIsAnError)
{
    auto imported = importKnowledgeBase(*store, changes, folder.filePath(QStringLiteral("nope")),
                                        QStringLiteral("en"), 1);
    EXPECT_FALSE(imported.ok());
    write(QStringLiteral("a.md"), "# A");
    imported = importKnowledgeBase(*store, changes, folder.filePath(QStringLiteral("kb")),
                                   QStringLiteral("English"), 1);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().field, u"locale");
}

TEST_F(KbImporterTest, MacrosAreUpsertedBySlug)
{
    const QString demo = QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/macros.json");
    auto first = importMacros(*store, changes, demo, 1000);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_GT(first.value(), 0);
    auto again = importMacros(*store, changes, demo, 2000);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), first.value());

    KbService kb(changes, [] { return qint64(5000); });
    auto all = kb.macros(*store, {});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), first.value());
    auto russian = kb.macros(*store, QStringLiteral("ru"));
    ASSERT_TRUE(russian.ok());
    EXPECT_FALSE(russian->isEmpty());
    for (const protocol::Macro &macro : russian.value())
        EXPECT_EQ(macro.locale, u"ru");

    const QString broken = folder.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"([{"id": "Bad Slug", "locale": "en", "title": "x", "body": "y"}])");
    file.close();
    auto refused = importMacros(*store, changes, broken, 3000);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"slug");
}

// Issue 16, item 12: a link in the folder made /etc/passwd an article every operator could search.
TEST_F(KbImporterTest, LinksAndAnythingOutsideTheFolderAreRefused)
{
    write(QStringLiteral("delivery/methods.md"), "# Delivery methods\n\nCourier.");
    const QString secret = folder.filePath(QStringLiteral("secret.md"));
    QFile outside(secret);
    ASSERT_TRUE(outside.open(QIODevice::WriteOnly));
    outside.write("# Secret\n\nroot:x:0:0");
    outside.close();
    const auto countArticles = [this] {
        return store->scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles")).value().toInt();
    };
    const QString kb = folder.filePath(QStringLiteral("kb"));

    // A link to a file outside, a link inside the folder, a linked folder, a dangling link.
    const QList<std::pair<QString, QString>> links{
        {secret, kb + u"/passwd.md"},
        {kb + u"/delivery/methods.md", kb + u"/copy.md"},
        {folder.path(), kb + u"/delivery/everything"},
        {folder.filePath(QStringLiteral("gone.md")), kb + u"/dangling.md"},
    };
    for (const auto &[target, link] : links) {
        SCOPED_TRACE(link.toStdString());
        ASSERT_TRUE(QFile::link(target, link));
        auto imported = import();
        ASSERT_FALSE(imported.ok());
        EXPECT_EQ(imported.error().code, u"import_failed");
        EXPECT_TRUE(imported.error().message.contains(link))
            << imported.error().message.toStdString();
        EXPECT_EQ(countArticles(), 0) << "nothing of a refused import is kept";
        ASSERT_TRUE(QFile::remove(link));
    }
    auto clean = import();
    ASSERT_TRUE(clean.ok()) << clean.error().message.toStdString();
    EXPECT_EQ(countArticles(), 1);

    // A folder handed over through a link is the folder itself: its files are inside it.
    ASSERT_TRUE(QFile::link(kb, folder.filePath(QStringLiteral("kb-link"))));
    auto throughLink = importKnowledgeBase(
        *store, changes, folder.filePath(QStringLiteral("kb-link")), QStringLiteral("en"), 2000);
    ASSERT_TRUE(throughLink.ok()) << throughLink.error().message.toStdString();
    EXPECT_EQ(throughLink->unchanged, 1);
}

TEST_F(KbImporterTest, AMacroFileThatIsALinkIsRefused)
{
    const QString demo = QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/macros.json");
    const QString link = folder.filePath(QStringLiteral("macros.json"));
    ASSERT_TRUE(QFile::link(demo, link));
    auto imported = importMacros(*store, changes, link, 1000);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(u"symbolic link"));
    EXPECT_EQ(store->scalar(QStringLiteral("SELECT COUNT(*) FROM macros")).value().toInt(), 0);
}

// Front matter keeps an article to one store (issue 17, item 11); importing it again without
// one gives it back to every store; an unknown store or another key is refused with the file.
TEST_F(KbImporterTest, FrontMatterNamesTheStoreAnArticleIsFor)
{
    ASSERT_TRUE(store
                    ->run(QStringLiteral("INSERT INTO projects (slug, name, created_at, "
                                         "updated_at) VALUES ('lavka', 'Lavka', 0, 0)"))
                    .ok());
    const qint64 lavka =
        store->scalar(QStringLiteral("SELECT id FROM projects WHERE slug = 'lavka'"))
            .value()
            .toLongLong();
    write(QStringLiteral("lavka/refund.md"),
          "---\nproject: lavka\n---\n# Refunds\n\nTo the card within 3 days.\n");
    write(QStringLiteral("shared.md"), "# Shared\n\nFor every store.\n");
    auto imported = import();
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    KbService kb(changes, [] { return qint64(1000); });
    auto refund = kb.findBySlug(*store, QStringLiteral("en"), QStringLiteral("lavka-refund"));
    ASSERT_TRUE(refund.ok() && refund.value());
    EXPECT_EQ(refund.value()->projectId, QString::number(lavka));
    EXPECT_EQ(refund.value()->title, u"Refunds"); // the front matter is not the article
    EXPECT_FALSE(refund.value()->body.contains(u"project"));
    auto shared = kb.findBySlug(*store, QStringLiteral("en"), QStringLiteral("shared"));
    ASSERT_TRUE(shared.ok() && shared.value());
    EXPECT_TRUE(shared.value()->projectId.isEmpty());

    // The store's search has both; another store's has only the shared one.
    KbQuery query;
    query.projectId = lavka;
    EXPECT_EQ(kb.search(*store, query).value().size(), 2);
    query.projectId = lavka + 1;
    auto other = kb.search(*store, query);
    ASSERT_TRUE(other.ok());
    ASSERT_EQ(other->size(), 1);
    EXPECT_EQ(other->at(0).slug, u"shared");

    write(QStringLiteral("lavka/refund.md"), "# Refunds\n\nTo the card within 3 days.\n");
    imported = import(2000);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->updated, 1);
    refund = kb.findBySlug(*store, QStringLiteral("en"), QStringLiteral("lavka-refund"));
    EXPECT_TRUE(refund.value()->projectId.isEmpty());

    write(QStringLiteral("lavka/refund.md"), "---\nproject: nowhere\n---\n# Refunds\n");
    imported = import(3000);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(u"lavka/refund.md"))
        << imported.error().message.toStdString();
    EXPECT_TRUE(imported.error().message.contains(u"nowhere"));
    write(QStringLiteral("lavka/refund.md"), "---\nstore: lavka\n---\n# Refunds\n");
    imported = import(4000);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(u"front matter"));
}

// A canned response names its store by slug as an article's front matter does (issue 17, item
// 11): the demo's stores' file keeps each response to its store; importing one again without a
// project gives it back to every store; an unknown store, or a project that is not a slug, is
// refused with the entry and nothing of the file is kept.
TEST_F(KbImporterTest, AMacroNamesTheStoreItIsFor)
{
    ASSERT_TRUE(store
                    ->run(QStringLiteral("INSERT INTO projects (slug, name, created_at, "
                                         "updated_at) VALUES ('hopper', 'Hopper', 0, 0), "
                                         "('lavka', 'Lavka', 0, 0)"))
                    .ok());
    const QString lavka =
        store->scalar(QStringLiteral("SELECT id FROM projects WHERE slug = 'lavka'"))
            .value()
            .toString();
    const QString stores =
        QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/macros-stores.json");
    auto imported = importMacros(*store, changes, stores, 1000);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    KbService kb(changes, [] { return qint64(5000); });
    const auto slugs = [&](qint64 project) {
        QStringList found;
        const auto macros = kb.macros(*store, QStringLiteral("en"), project);
        EXPECT_TRUE(macros.ok());
        for (const protocol::Macro &macro : macros.value())
            found.append(macro.slug);
        return found;
    };
    EXPECT_TRUE(slugs(lavka.toLongLong()).contains(u"lavka-greeting-en"));
    EXPECT_FALSE(slugs(lavka.toLongLong()).contains(u"hopper-greeting-en"));
    const auto all = kb.macros(*store, {});
    ASSERT_TRUE(all.ok());
    for (const protocol::Macro &macro : all.value())
        EXPECT_FALSE(macro.projectId.isEmpty()) << macro.slug.toStdString();

    write(QStringLiteral("macros.json"),
          R"([{"id": "lavka-greeting-en", "locale": "en", "title": "Greeting",
               "shortcut": "/greet", "body": "Hello!"}])");
    ASSERT_TRUE(
        importMacros(*store, changes, folder.filePath(QStringLiteral("kb/macros.json")), 2000)
            .ok());
    EXPECT_TRUE(slugs(0).contains(u"lavka-greeting-en"));
    auto shared = store->scalar(
        QStringLiteral("SELECT project_id FROM macros WHERE slug = 'lavka-greeting-en'"));
    ASSERT_TRUE(shared.ok());
    EXPECT_TRUE(shared.value().isNull());

    const auto count = [&] {
        return store->scalar(QStringLiteral("SELECT COUNT(*) FROM macros")).value().toInt();
    };
    const int before = count();
    for (const QByteArray &project : {QByteArray(R"("nowhere")"), QByteArray("7")}) {
        write(QStringLiteral("bad.json"),
              R"([{"id": "fresh-a", "locale": "en", "title": "A", "body": "a"},
                  {"id": "fresh-b", "locale": "en", "title": "B", "body": "b", "project": )" +
                  project + "}]");
        auto refused =
            importMacros(*store, changes, folder.filePath(QStringLiteral("kb/bad.json")), 3000);
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().message.contains(u"macro 2 (\"fresh-b\")"))
            << refused.error().message.toStdString();
        EXPECT_EQ(count(), before) << "nothing of a refused file is kept";
    }
}
