#include "tests/integration/ApiFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace frontline::test;

namespace {

const QLatin1StringView Id("id");
const QLatin1StringView Slug("slug");
const QLatin1StringView Title("title");
const QLatin1StringView Body("body");
const QLatin1StringView Tags("tags");
const QLatin1StringView Locale("locale");
const QLatin1StringView Snippet("snippet");
const QLatin1StringView Version("version");

QString demoPath(const QString &relative)
{
    return QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/") + relative;
}

int articleFiles(const QString &folder)
{
    int count = 0;
    QDirIterator it(folder, {QStringLiteral("*.md"), QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QJsonArray articles(const HttpReply &reply)
{
    return reply.json().value(QLatin1StringView("articles")).toArray();
}

QStringList field(const QJsonArray &list, QLatin1StringView name)
{
    QStringList values;
    for (const QJsonValue &item : list)
        values << item[name].toString();
    return values;
}

QJsonObject withSlug(const QJsonArray &list, const QString &slug)
{
    for (const QJsonValue &item : list) {
        if (item[Slug].toString() == slug)
            return item.toObject();
    }
    return {};
}

QList<QPair<QByteArray, QByteArray>> ifMatch(const QByteArray &etag)
{
    return {{"Content-Type", "application/json"}, {"If-Match", etag}};
}

} // namespace

// The API fixture plus the knowledge-base commands and searches these tests share.
class KbApiTest : public ApiTest
{
protected:
    // Runs `kb import` like an administrator would; returns its output.
    QString importKb(const QString &folder, const QString &locale)
    {
        QString output;
        EXPECT_TRUE(backOffice->admin({QStringLiteral("kb"), QStringLiteral("import"), folder,
                                       QStringLiteral("--locale"), locale},
                                      &output));
        return output;
    }

    void importDemo()
    {
        for (const QString &locale : {QStringLiteral("en"), QStringLiteral("ru")}) {
            const QString output = importKb(demoPath(u"kb/" + locale), locale);
            ASSERT_TRUE(output.contains(u"imported ")) << output.toStdString();
        }
    }

    // Bad input names the field.
    void expectBadArticlesRefused(HttpClient &tanya)
    {
        struct Case
        {
            QJsonObject body;
            const char *field;
        };
        const Case cases[] = {
            {{{Locale, QStringLiteral("en")}, {Body, QStringLiteral("x")}}, "title"},
            {{{Locale, QStringLiteral("en")},
              {Title, QStringLiteral(" ")},
              {Body, QStringLiteral("x")}},
             "title"},
            {{{Title, QStringLiteral("t")}, {Body, QStringLiteral("x")}}, "locale"},
            {{{Locale, QStringLiteral("English")},
              {Title, QStringLiteral("t")},
              {Body, QStringLiteral("x")}},
             "locale"},
            {{{Locale, QStringLiteral("en")}, {Title, QStringLiteral("t")}}, "body"},
            {{{Locale, QStringLiteral("en")},
              {Title, QStringLiteral("t")},
              {Body, QStringLiteral("x")},
              {Slug, QStringLiteral("Not A Slug")}},
             "slug"},
            {{{Locale, QStringLiteral("en")},
              {Title, QStringLiteral("t")},
              {Body, QStringLiteral("x")},
              {Tags, QStringLiteral("payment")}},
             "tags"},
            {{{Locale, QStringLiteral("en")},
              {Title, QStringLiteral("t")},
              {Body, QStringLiteral("x")},
              {QLatin1StringView("version"), 3}},
             "version"},
        };
        for (const Case &c : cases) {
            const HttpReply reply =
                tanya.send("POST", QStringLiteral("/api/v1/kb/articles"), json(c.body));
            EXPECT_EQ(reply.status, 422) << c.field << " " << reply.body.toStdString();
            EXPECT_EQ(errorField(reply), QString::fromLatin1(c.field)) << reply.body.toStdString();
        }
    }

    // The article's history, newest first: the edit, then the first version by `authorId`.
    void expectTwoVersions(HttpClient &olga, const QString &path, const QString &authorId)
    {
        const HttpReply reply = olga.get(path + u"/versions");
        ASSERT_EQ(reply.status, 200);
        const QJsonArray versions = reply.json().value(QLatin1StringView("versions")).toArray();
        ASSERT_EQ(versions.size(), 2);
        EXPECT_EQ(versions[0][Version].toInteger(), 2);
        EXPECT_EQ(versions[0][Title].toString(), u"Gift cards");
        EXPECT_EQ(versions[1][Version].toInteger(), 1);
        EXPECT_EQ(versions[1][Title].toString(), u"Gift cards: balance & expiry");
        EXPECT_EQ(versions[1][QLatin1StringView("updated_by")].toString(), authorId);
        EXPECT_EQ(olga.get(QStringLiteral("/api/v1/kb/articles/999999/versions")).status, 404);
    }

    QJsonArray search(HttpClient &client, const QString &text, const QString &locale,
                      int limit = 100)
    {
        const HttpReply reply = client.get(u"/api/v1/kb/articles?q=" + encoded(text) + u"&locale=" +
                                           locale + u"&limit=" + QString::number(limit));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return articles(reply);
    }

    QJsonObject createArticle(HttpClient &client, const QJsonObject &fields, int status = 201)
    {
        const HttpReply reply =
            client.send("POST", QStringLiteral("/api/v1/kb/articles"), json(fields));
        EXPECT_EQ(reply.status, status) << reply.body.toStdString();
        return reply.json();
    }

    int kbChanges(HttpClient &client, const QString &entity)
    {
        const HttpReply reply = client.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
        EXPECT_EQ(reply.status, 200);
        int count = 0;
        for (const QJsonValue &change : reply.json().value(QLatin1StringView("changes")).toArray())
            count += change[QLatin1StringView("entity")].toString() == entity ? 1 : 0;
        return count;
    }
};

TEST_P(KbApiTest, ImportsTheDemoKnowledgeBaseAndReimportChangesNothing)
{
    const int english = articleFiles(demoPath(QStringLiteral("kb/en")));
    const int russian = articleFiles(demoPath(QStringLiteral("kb/ru")));
    ASSERT_GT(english, 0);
    QString output = importKb(demoPath(QStringLiteral("kb/en")), QStringLiteral("en"));
    EXPECT_TRUE(
        output.contains(QStringLiteral("imported %1 new, 0 updated, 0 unchanged").arg(english)))
        << output.toStdString();
    output = importKb(demoPath(QStringLiteral("kb/ru")), QStringLiteral("ru"));
    EXPECT_TRUE(
        output.contains(QStringLiteral("imported %1 new, 0 updated, 0 unchanged").arg(russian)))
        << output.toStdString();
    output = importKb(demoPath(QStringLiteral("kb/en")), QStringLiteral("en"));
    EXPECT_TRUE(
        output.contains(QStringLiteral("imported 0 new, 0 updated, %1 unchanged").arg(english)))
        << output.toStdString();

    auto olga = signIn(QStringLiteral("olga"));
    const QJsonArray all =
        articles(olga->get(QStringLiteral("/api/v1/kb/articles?locale=en&limit=100")));
    ASSERT_EQ(all.size(), english);
    for (const QJsonValue &article : all) {
        EXPECT_EQ(article[Locale].toString(), u"en");
        EXPECT_EQ(article[Tags].toArray().size(), 1) << article[Slug].toString().toStdString();
        EXPECT_FALSE(article[Snippet].toString().isEmpty());
        EXPECT_EQ(article[Version].toInteger(), 1);
    }
    EXPECT_EQ(articles(olga->get(QStringLiteral("/api/v1/kb/articles?locale=ru&limit=100"))).size(),
              russian);

    // Markdown: title from the heading, tag from the folder, slug from the path, plain text.
    const QJsonObject methods = withSlug(all, QStringLiteral("delivery-delivery-methods"));
    ASSERT_FALSE(methods.isEmpty());
    const HttpReply got = olga->get(u"/api/v1/kb/articles/" + methods[Id].toString());
    ASSERT_EQ(got.status, 200);
    EXPECT_EQ(got.header("ETag"), "\"1\"");
    const QJsonObject article = got.json();
    EXPECT_EQ(article[Title].toString(), u"Delivery methods, times and costs");
    EXPECT_EQ(article[Tags].toArray(), QJsonArray{QStringLiteral("delivery")});
    EXPECT_TRUE(article[QLatin1StringView("updated_by")].isNull());
    const QString body = article[Body].toString();
    EXPECT_TRUE(body.startsWith(u"Hopper delivers in Russia, Kazakhstan and Belarus."))
        << body.toStdString();
    EXPECT_TRUE(body.contains(
        u"international delivery (https://hopper.example/kb/delivery-kazakhstan-belarus)"));
    EXPECT_TRUE(body.contains(u"\n- Moscow and Saint Petersburg: 1–2 days.\n"));
    for (const char16_t *markup : {u"**", u"](", u"# ", u"\n>"})
        EXPECT_FALSE(body.contains(QStringView(markup)))
            << QStringView(markup).toString().toStdString();

    // HTML: title from <title>, the repeated <h1> gone, tags gone, entities decoded.
    const QJsonObject storage = withSlug(all, QStringLiteral("delivery-pickup-point-storage"));
    ASSERT_FALSE(storage.isEmpty());
    const QJsonObject html = olga->get(u"/api/v1/kb/articles/" + storage[Id].toString()).json();
    EXPECT_EQ(html[Title].toString(), u"Pickup points: storage period and extension");
    const QString htmlBody = html[Body].toString();
    EXPECT_TRUE(htmlBody.startsWith(u"When a parcel arrives at a pickup point"))
        << htmlBody.toStdString();
    EXPECT_TRUE(htmlBody.contains(u"\n1. Open the order and check the status"));
    EXPECT_FALSE(htmlBody.contains(u'<'));

    // Each new article went to everyone's change feed, once.
    EXPECT_EQ(kbChanges(*olga, QStringLiteral("kb_article")), english + russian);
}

TEST_P(KbApiTest, HtmlImportStripsTagsAndScripts)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    ASSERT_TRUE(QDir(folder.path()).mkpath(QStringLiteral("faq")));
    QFile file(folder.filePath(QStringLiteral("faq/greeting.html")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<html><head><title>Greeting &amp; tone</title><style>body { color: red }</style>"
               "<script>document.write('<b>owned</b>')</script></head>\n"
               "<body><h1>Greeting &amp; tone</h1>\n<p>Say <b>hello</b>&nbsp;first.</p>\n"
               "<script type=\"text/javascript\">alert('xss')</script>\n"
               "<ul>\n  <li>Be kind</li>\n  <li>Be <i>brief</i></li>\n</ul>\n"
               "<img src=\"x\" onerror=\"alert(1)\"></body></html>\n");
    file.close();
    const QString output = importKb(folder.path(), QStringLiteral("en"));
    EXPECT_TRUE(output.contains(u"imported 1 new, 0 updated, 0 unchanged")) << output.toStdString();

    auto tanya = signIn(QStringLiteral("tanya"));
    const QJsonArray found = articles(tanya->get(QStringLiteral("/api/v1/kb/articles?locale=en")));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0][Slug].toString(), u"faq-greeting");
    EXPECT_EQ(found[0][Title].toString(), u"Greeting & tone");
    EXPECT_EQ(found[0][Tags].toArray(), QJsonArray{QStringLiteral("faq")});
    const QJsonObject article =
        tanya->get(u"/api/v1/kb/articles/" + found[0][Id].toString()).json();
    EXPECT_EQ(article[Body].toString(), u"Say hello first.\n\n- Be kind\n- Be brief");
}

TEST_P(KbApiTest, SearchFindsEnglishAndRussianWhateverTheCase)
{
    importDemo();
    auto olga = signIn(QStringLiteral("olga"));

    // English: every hit mentions the word; title matches come first.
    const QJsonArray refunds = search(*olga, QStringLiteral("Refund"), QStringLiteral("en"));
    ASSERT_GT(refunds.size(), 3);
    bool titlesOver = false;
    for (const QJsonValue &hit : refunds) {
        EXPECT_EQ(hit[Locale].toString(), u"en");
        const bool inTitle = hit[Title].toString().contains(u"refund", Qt::CaseInsensitive);
        EXPECT_FALSE(inTitle && titlesOver) << hit[Title].toString().toStdString();
        titlesOver = titlesOver || !inTitle;
        if (!inTitle) {
            EXPECT_TRUE(hit[Snippet].toString().contains(u"refund", Qt::CaseInsensitive))
                << hit[Snippet].toString().toStdString();
        }
        EXPECT_LE(hit[Snippet].toString().size(), 170);
    }
    EXPECT_TRUE(refunds[0][Title].toString().contains(u"refund", Qt::CaseInsensitive));
    EXPECT_TRUE(titlesOver);

    // Several words: all of them, anywhere; a folder name is a tag and matches too.
    const QJsonArray delayed = search(*olga, QStringLiteral("delayed order"), QStringLiteral("en"));
    ASSERT_FALSE(delayed.isEmpty());
    EXPECT_EQ(delayed[0][Slug].toString(), u"order-status-order-delayed");
    EXPECT_GE(search(*olga, QStringLiteral("cancellation"), QStringLiteral("en")).size(),
              articleFiles(demoPath(QStringLiteral("kb/en/cancellation"))));

    // Russian: "ЗАКАЗ" finds "заказ" (SQLite's LOWER() alone would not), and ё is е.
    const QJsonArray upper = search(*olga, QStringLiteral("ЗАКАЗ"), QStringLiteral("ru"));
    const QJsonArray lower = search(*olga, QStringLiteral("заказ"), QStringLiteral("ru"));
    ASSERT_FALSE(upper.isEmpty());
    EXPECT_EQ(field(upper, Id), field(lower, Id));
    for (const QJsonValue &hit : upper) {
        EXPECT_EQ(hit[Locale].toString(), u"ru");
        const QString where = hit[Title].toString() + hit[Snippet].toString();
        EXPECT_TRUE(where.contains(u"заказ", Qt::CaseInsensitive)) << where.toStdString();
    }
    EXPECT_TRUE(field(search(*olga, QStringLiteral("Еще"), QStringLiteral("ru")), Slug)
                    .contains(u"order-status-where-is-my-order"));
    EXPECT_TRUE(search(*olga, QStringLiteral("заказ"), QStringLiteral("en")).isEmpty());

    // LIKE wildcards in the query are literal.
    EXPECT_TRUE(search(*olga, QStringLiteral("e_s"), QStringLiteral("en")).isEmpty());
    EXPECT_TRUE(search(*olga, QStringLiteral("o%e"), QStringLiteral("en")).isEmpty());
    EXPECT_TRUE(search(*olga, QStringLiteral("zzzqqq"), QStringLiteral("en")).isEmpty());

    // Without q: the most recently updated, up to limit.
    EXPECT_EQ(articles(olga->get(QStringLiteral("/api/v1/kb/articles?limit=5"))).size(), 5);
    EXPECT_EQ(articles(olga->get(QStringLiteral("/api/v1/kb/articles"))).size(), 20);
    for (const char *limit : {"0", "101", "ten"}) {
        const HttpReply reply =
            olga->get(u"/api/v1/kb/articles?limit=" + QString::fromLatin1(limit));
        EXPECT_EQ(reply.status, 422) << limit;
        EXPECT_EQ(errorField(reply), u"limit");
    }
}

TEST_P(KbApiTest, TrainerCreatesAndEditsVersionedArticles)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    auto olga = signIn(QStringLiteral("olga"));
    const QString tanyaId = tanya->get(QStringLiteral("/api/v1/me")).json()[Id].toString();

    const QJsonObject created = createArticle(
        *tanya, {{Locale, QStringLiteral("en")},
                 {Title, QStringLiteral("  Gift cards: balance & expiry ")},
                 {Body, QStringLiteral("A gift card is valid for <b>1 year</b>.")},
                 {Tags, QJsonArray{QStringLiteral("Payment"), QStringLiteral(" gift "),
                                   QStringLiteral("payment")}}});
    const QString id = created[Id].toString();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(created[Slug].toString(), u"gift-cards-balance-expiry");
    EXPECT_EQ(created[Title].toString(), u"Gift cards: balance & expiry");
    // Bodies are plain text: kept verbatim, never interpreted.
    EXPECT_EQ(created[Body].toString(), u"A gift card is valid for <b>1 year</b>.");
    EXPECT_EQ(created[Tags].toArray(),
              (QJsonArray{QStringLiteral("payment"), QStringLiteral("gift")}));
    EXPECT_EQ(created[Version].toInteger(), 1);
    EXPECT_EQ(created[QLatin1StringView("updated_by")].toString(), tanyaId);
    const QString path = u"/api/v1/kb/articles/" + id;
    EXPECT_EQ(tanya->get(path).header("ETag"), "\"1\"");

    // A slug is unique per locale.
    HttpReply reply = tanya->send("POST", QStringLiteral("/api/v1/kb/articles"),
                                  json({{Locale, QStringLiteral("en")},
                                        {Title, QStringLiteral("Gift cards")},
                                        {Body, QStringLiteral("x")},
                                        {Slug, QStringLiteral("gift-cards-balance-expiry")}}));
    EXPECT_EQ(reply.status, 409);
    EXPECT_EQ(errorCode(reply), u"conflict");
    createArticle(*tanya, {{Locale, QStringLiteral("ru")},
                           {Title, QStringLiteral("Подарочные карты")},
                           {Body, QStringLiteral("Карта действует год.")},
                           {Slug, QStringLiteral("gift-cards-balance-expiry")}});
    const QJsonObject russian = createArticle(*tanya, {{Locale, QStringLiteral("ru")},
                                                       {Title, QStringLiteral("Возврат подарка")},
                                                       {Body, QStringLiteral("Текст.")}});
    EXPECT_EQ(russian[Slug].toString(), u"vozvrat-podarka");

    // Edits need the current version.
    const QByteArray edit = json({{Title, QStringLiteral("Gift cards")},
                                  {Body, QStringLiteral("A gift card is valid for 2 years.")},
                                  {Tags, QJsonArray{QStringLiteral("payment")}}});
    reply = tanya->send("PUT", path, edit);
    EXPECT_EQ(reply.status, 428);
    EXPECT_EQ(errorCode(reply), u"precondition_required");
    reply = tanya->send("PUT", path, edit, ifMatch("\"1\""));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.header("ETag"), "\"2\"");
    EXPECT_EQ(reply.json()[Version].toInteger(), 2);
    EXPECT_EQ(reply.json()[Slug].toString(), u"gift-cards-balance-expiry");
    EXPECT_EQ(reply.json()[Body].toString(), u"A gift card is valid for 2 years.");
    reply = tanya->send("PUT", path, edit, ifMatch("\"1\""));
    EXPECT_EQ(reply.status, 412);
    EXPECT_EQ(errorCode(reply), u"version_mismatch");
    EXPECT_EQ(reply.header("ETag"), "\"2\"");
    reply = tanya->send("PUT", path, edit, ifMatch("soon"));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"If-Match");
    reply =
        tanya->send("PUT", QStringLiteral("/api/v1/kb/articles/999999"), edit, ifMatch("\"1\""));
    EXPECT_EQ(reply.status, 404);

    expectTwoVersions(*olga, path, tanyaId);
    if (HasFatalFailure())
        return;

    // Operators read the new version and hear about it in the change feed.
    EXPECT_EQ(field(search(*olga, QStringLiteral("2 years"), QStringLiteral("en")), Id),
              QStringList{id});
    EXPECT_EQ(kbChanges(*olga, QStringLiteral("kb_article")), 4);

    expectBadArticlesRefused(*tanya);
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/kb/articles/abc")).status, 404);
}

TEST_P(KbApiTest, OnlyTrainersAndAdminsWriteKbArticles)
{
    const QJsonObject fields{{Locale, QStringLiteral("en")},
                             {Title, QStringLiteral("Returns")},
                             {Body, QStringLiteral("Within 14 days.")}};
    for (const QString &username : {QStringLiteral("olga"), QStringLiteral("sofia")}) {
        auto client = signIn(username);
        const HttpReply reply =
            client->send("POST", QStringLiteral("/api/v1/kb/articles"), json(fields));
        EXPECT_EQ(reply.status, 403) << username.toStdString();
        EXPECT_EQ(errorCode(reply), u"forbidden");
    }
    auto admin = signIn(QStringLiteral("admin"));
    const QJsonObject created = createArticle(*admin, fields);
    auto olga = signIn(QStringLiteral("olga"));
    const QString path = u"/api/v1/kb/articles/" + created[Id].toString();
    EXPECT_EQ(olga->send("PUT", path,
                         json({{Title, QStringLiteral("x")}, {Body, QStringLiteral("y")}}),
                         ifMatch("\"1\""))
                  .status,
              403);
    EXPECT_EQ(olga->get(path).status, 200);
    EXPECT_EQ(anonymous()->get(path).status, 401);
}

TEST_P(KbApiTest, KbUsageIsRecordedOncePerTicketAndArticle)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    const QString article =
        createArticle(*tanya, {{Locale, QStringLiteral("en")},
                               {Title, QStringLiteral("Where is my order")},
                               {Body, QStringLiteral("Check the tracking number.")}})[Id]
            .toString();
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QString usage = u"/api/v1/tickets/" + ticket[Id].toString() + u"/kb-usage";
    const QByteArray body = json({{QLatin1StringView("article_id"), article}});

    HttpReply reply = olga->send("POST", usage, body);
    EXPECT_EQ(reply.status, 204) << reply.body.toStdString();
    EXPECT_TRUE(reply.body.isEmpty());
    EXPECT_EQ(olga->send("POST", usage, body).status, 204);

    reply = olga->send("POST", usage,
                       json({{QLatin1StringView("article_id"), QStringLiteral("999999")}}));
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(errorCode(reply), u"not_found");
    reply = olga->send("POST", usage, json({}));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"article_id");
    // A ticket the caller cannot see is as good as absent.
    EXPECT_EQ(ivan->send("POST", usage, body).status, 404);
    EXPECT_EQ(olga->send("POST", QStringLiteral("/api/v1/tickets/999999/kb-usage"), body).status,
              404);
    EXPECT_EQ(tanya->send("POST", usage, body).status, 403);
    EXPECT_EQ(signIn(QStringLiteral("sofia"))->send("POST", usage, body).status, 204);
}

TEST_P(KbApiTest, MacrosAreListedByLocale)
{
    QFile file(demoPath(QStringLiteral("macros.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray demo = QJsonDocument::fromJson(file.readAll()).array();
    ASSERT_FALSE(demo.isEmpty());
    int russian = 0;
    for (const QJsonValue &macro : demo)
        russian += macro[Locale].toString() == u"ru" ? 1 : 0;

    for (int run = 0; run < 2; ++run) {
        QString output;
        ASSERT_TRUE(backOffice->admin({QStringLiteral("macros"), QStringLiteral("import"),
                                       demoPath(QStringLiteral("macros.json"))},
                                      &output));
        EXPECT_TRUE(output.contains(QStringLiteral("imported %1 macros").arg(demo.size())))
            << output.toStdString();
    }

    auto olga = signIn(QStringLiteral("olga"));
    HttpReply reply = olga->get(QStringLiteral("/api/v1/macros"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json().value(QLatin1StringView("macros")).toArray().size(), demo.size());

    reply = olga->get(QStringLiteral("/api/v1/macros?locale=ru"));
    ASSERT_EQ(reply.status, 200);
    const QJsonArray macros = reply.json().value(QLatin1StringView("macros")).toArray();
    EXPECT_EQ(macros.size(), russian);
    for (const QJsonValue &macro : macros)
        EXPECT_EQ(macro[Locale].toString(), u"ru");
    // The file's responses are for every store: no project_id (resources/demo/macros-stores.json
    // holds the stores' own, MacroApiTest).
    const QJsonObject closing = withSlug(macros, QStringLiteral("closing-ru"));
    EXPECT_EQ(closing[Title].toString(), u"Завершение диалога");
    EXPECT_EQ(closing[QLatin1StringView("shortcut")].toString(), u"/bye");
    EXPECT_FALSE(closing[Id].toString().isEmpty());
    EXPECT_TRUE(closing[Body].toString().startsWith(u"{customer_name}, могу ли я"));
    EXPECT_FALSE(closing.contains(QLatin1StringView("project_id")));

    // The second import changed nothing, so the feed has each macro once.
    EXPECT_EQ(kbChanges(*olga, QStringLiteral("macro")), demo.size());
    EXPECT_EQ(signIn(QStringLiteral("tanya"))->get(QStringLiteral("/api/v1/macros")).status, 200);
}

// An article is for one store or for every store (issue 17, item 11): written with a project, a
// store's search gives its own and the shared ones, an edit keeps the project, and a project the
// workspace does not have is refused.
TEST_P(KbApiTest, AStoresArticlesAreSearchedWithTheSharedOnes)
{
    backOffice->stop();
    ASSERT_TRUE(backOffice->execute(
        QStringLiteral("INSERT INTO projects (slug, name, created_at, updated_at) VALUES "
                       "('hopper', 'Hopper', 0, 0), ('lavka', 'Lavka', 0, 0)")));
    ASSERT_TRUE(backOffice->start());
    QVariant hopper;
    QVariant lavka;
    ASSERT_TRUE(backOffice->query(QStringLiteral("SELECT id FROM projects WHERE slug = 'hopper'"),
                                  &hopper));
    ASSERT_TRUE(
        backOffice->query(QStringLiteral("SELECT id FROM projects WHERE slug = 'lavka'"), &lavka));
    const QString ofLavka = lavka.toString();
    auto tanya = signIn(QStringLiteral("tanya"));
    const auto write = [&](const QString &title, const QString &project) {
        QJsonObject fields{{Locale, QStringLiteral("en")},
                           {Title, title},
                           {Body, QStringLiteral("Refunds go to the card.")}};
        if (!project.isEmpty())
            fields.insert(QLatin1StringView("project_id"), project);
        return createArticle(*tanya, fields);
    };
    const QJsonObject groceries = write(QStringLiteral("Refunds for groceries"), ofLavka);
    EXPECT_EQ(groceries[QLatin1StringView("project_id")].toString(), ofLavka);
    const QJsonObject gadgets = write(QStringLiteral("Refunds for gadgets"), hopper.toString());
    const QJsonObject shared = write(QStringLiteral("Refunds"), QString());
    EXPECT_TRUE(shared[QLatin1StringView("project_id")].isNull());

    auto olga = signIn(QStringLiteral("olga"));
    const auto found = [&](const QString &query) {
        const HttpReply reply = olga->get(u"/api/v1/kb/articles?q=refunds" + query);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        QStringList slugs = field(articles(reply), Slug);
        slugs.sort();
        return slugs;
    };
    EXPECT_EQ(found(QString()),
              (QStringList{QStringLiteral("refunds"), QStringLiteral("refunds-for-gadgets"),
                           QStringLiteral("refunds-for-groceries")}));
    EXPECT_EQ(found(u"&project_id=" + ofLavka),
              (QStringList{QStringLiteral("refunds"), QStringLiteral("refunds-for-groceries")}));
    EXPECT_EQ(found(u"&project_id=" + hopper.toString()),
              (QStringList{QStringLiteral("refunds"), QStringLiteral("refunds-for-gadgets")}));
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/kb/articles?project_id=9999")).status, 404);
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/kb/articles?project_id=-1")).status, 422);
    // The search's summaries say whose each article is, as the feed's articles do.
    const QJsonObject listed =
        withSlug(articles(olga->get(u"/api/v1/kb/articles?q=groceries&project_id=" + ofLavka)),
                 QStringLiteral("refunds-for-groceries"));
    EXPECT_EQ(listed[QLatin1StringView("project_id")].toString(), ofLavka);

    // An edit keeps the article's store.
    const QString path = u"/api/v1/kb/articles/" + groceries[Id].toString();
    const HttpReply edited =
        tanya->send("PUT", path,
                    json({{Title, QStringLiteral("Refunds for groceries")},
                          {Body, QStringLiteral("Refunds go to the card or the Lavka account.")}}),
                    ifMatch("\"1\""));
    ASSERT_EQ(edited.status, 200) << edited.body.toStdString();
    EXPECT_EQ(edited.json()[QLatin1StringView("project_id")].toString(), ofLavka);
    EXPECT_EQ(gadgets[QLatin1StringView("project_id")].toString(), hopper.toString());

    // A store the workspace does not have, or not an id, is refused naming the field.
    for (const QJsonValue &project : {QJsonValue(QStringLiteral("9999")), QJsonValue(7)}) {
        const HttpReply refused = tanya->send("POST", QStringLiteral("/api/v1/kb/articles"),
                                              json({{Locale, QStringLiteral("en")},
                                                    {Title, QStringLiteral("Nowhere")},
                                                    {Body, QStringLiteral("x")},
                                                    {QLatin1StringView("project_id"), project}}));
        EXPECT_EQ(refused.status, 422) << refused.body.toStdString();
        EXPECT_EQ(errorField(refused), u"project_id");
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, KbApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
