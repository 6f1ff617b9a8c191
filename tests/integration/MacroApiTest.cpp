// Canned responses per store (issue 17, item 11), on both databases: `macros import` takes each
// response's store by slug, and GET /macros?project_id= gives a store's and the shared ones, as
// GET /kb/articles does.
#include "tests/integration/ApiFixture.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace frontline::test;

namespace {

const QLatin1StringView Slug("slug");
const QLatin1StringView ProjectId("project_id");

QString demoPath(const QString &relative)
{
    return QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/") + relative;
}

// The responses of a GET /macros answer, by slug, each with its store ("" for every store).
QHash<QString, QString> macrosOf(const HttpReply &reply)
{
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    QHash<QString, QString> found;
    for (const QJsonValue &macro : reply.json().value(QLatin1StringView("macros")).toArray())
        found.insert(macro[Slug].toString(), macro[ProjectId].toString());
    return found;
}

} // namespace

class MacroApiTest : public ApiTest
{
};

TEST_P(MacroApiTest, AStoresCannedResponsesAreListedWithTheSharedOnes)
{
    ASSERT_TRUE(backOffice->addProject(QStringLiteral("hopper"), QStringLiteral("Hopper"), {}));
    ASSERT_TRUE(backOffice->addProject(QStringLiteral("lavka"), QStringLiteral("Lavka"), {}));
    for (const QString &file :
         {QStringLiteral("macros.json"), QStringLiteral("macros-stores.json")})
        ASSERT_TRUE(backOffice->admin(
            {QStringLiteral("macros"), QStringLiteral("import"), demoPath(file)}));
    QVariant hopperId;
    QVariant lavkaId;
    ASSERT_TRUE(backOffice->query(QStringLiteral("SELECT id FROM projects WHERE slug = 'hopper'"),
                                  &hopperId));
    ASSERT_TRUE(backOffice->query(QStringLiteral("SELECT id FROM projects WHERE slug = 'lavka'"),
                                  &lavkaId));
    const QString hopper = hopperId.toString();
    const QString lavka = lavkaId.toString();

    auto olga = signIn(QStringLiteral("olga"));
    const QHash<QString, QString> all = macrosOf(olga->get(QStringLiteral("/api/v1/macros")));
    EXPECT_EQ(all.value(QStringLiteral("lavka-greeting-en")), lavka);
    EXPECT_EQ(all.value(QStringLiteral("hopper-greeting-en")), hopper);
    EXPECT_EQ(all.value(QStringLiteral("closing-en"), QStringLiteral("?")), QString());

    const QHash<QString, QString> forLavka =
        macrosOf(olga->get(u"/api/v1/macros?locale=ru&project_id=" + lavka));
    EXPECT_TRUE(forLavka.contains(QStringLiteral("lavka-greeting-ru")));
    EXPECT_TRUE(forLavka.contains(QStringLiteral("closing-ru")));
    EXPECT_FALSE(forLavka.contains(QStringLiteral("hopper-greeting-ru")));
    EXPECT_FALSE(forLavka.contains(QStringLiteral("lavka-greeting-en")));
    for (auto it = forLavka.begin(); it != forLavka.end(); ++it)
        EXPECT_TRUE(it.value().isEmpty() || it.value() == lavka) << it.key().toStdString();
    const QHash<QString, QString> forHopper =
        macrosOf(olga->get(u"/api/v1/macros?project_id=" + hopper));
    EXPECT_TRUE(forHopper.contains(QStringLiteral("hopper-greeting-en")));
    EXPECT_TRUE(forHopper.contains(QStringLiteral("closing-en")));
    EXPECT_FALSE(forHopper.contains(QStringLiteral("lavka-greeting-en")));

    // A store the workspace does not serve is not there; a project id that is none is refused.
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/macros?project_id=9999")).status, 404);
    const HttpReply refused = olga->get(QStringLiteral("/api/v1/macros?project_id=lavka"));
    EXPECT_EQ(refused.status, 422) << refused.body.toStdString();
    EXPECT_EQ(errorField(refused), u"project_id");

    // The feed carries each response's store, so the desktop's picker can keep to it.
    const HttpReply feed = olga->get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
    ASSERT_EQ(feed.status, 200);
    QHash<QString, QString> fed;
    for (const QJsonValue &change : feed.json().value(QLatin1StringView("changes")).toArray()) {
        if (change[QLatin1StringView("entity")].toString() == u"macro") {
            const QJsonValue data = change[QLatin1StringView("data")];
            fed.insert(data[Slug].toString(), data[ProjectId].toString());
        }
    }
    EXPECT_EQ(fed.value(QStringLiteral("lavka-greeting-ru")), lavka);
    EXPECT_EQ(fed.value(QStringLiteral("closing-ru"), QStringLiteral("?")), QString());
}

INSTANTIATE_TEST_SUITE_P(Backends, MacroApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
