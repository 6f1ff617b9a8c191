// Trainers' sandboxes through the real back office (issue 19, items 1-2): made from production's
// setup, owned by their trainer, their cohort signing in with their own passwords, reset and
// deleted for good, every change in the audit log.
#include "tests/integration/SandboxFixture.h"

#include <QDir>
#include <QJsonDocument>

using namespace frontline::test;

namespace {

using L = QLatin1StringView;

TEST_P(SandboxTest, ATrainerMakesSandboxesThatOnlySheAndAdminsSee)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    const HttpReply made =
        tanya->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                    sandboxBody(QStringLiteral("cohort-1"), QStringLiteral("December cohort")));
    ASSERT_EQ(made.status, 201) << made.body.toStdString();
    EXPECT_EQ(made.json().value(u"name").toString(), u"cohort-1");
    EXPECT_EQ(made.json().value(u"title").toString(), u"December cohort");
    EXPECT_TRUE(made.json().value(u"pack_id").isNull());
    EXPECT_EQ(made.json().value(u"created_by").toString(), idOf(*tanya));
    EXPECT_TRUE(made.json().value(u"trainees").toArray().isEmpty());

    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/training/sandboxes"))
                  .json()
                  .value(u"sandboxes")
                  .toArray()
                  .size(),
              1);
    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/training/sandboxes/cohort-1")).status, 200);
    // Another trainer's sandbox does not exist for her; admins see every one.
    auto tomas = signIn(QStringLiteral("tomas"));
    EXPECT_TRUE(tomas->get(QStringLiteral("/api/v1/training/sandboxes"))
                    .json()
                    .value(u"sandboxes")
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(tomas->get(QStringLiteral("/api/v1/training/sandboxes/cohort-1")).status, 404);
    EXPECT_EQ(
        tomas->send("DELETE", QStringLiteral("/api/v1/training/sandboxes/cohort-1"), {}).status,
        404);
    EXPECT_EQ(
        tomas->send("POST", QStringLiteral("/api/v1/training/sandboxes/cohort-1/reset"), {}).status,
        404);
    auto admin = signIn(QStringLiteral("admin"));
    EXPECT_EQ(admin->get(QStringLiteral("/api/v1/training/sandboxes/cohort-1")).status, 200);
    for (const QString &who : {QStringLiteral("sofia"), QStringLiteral("olga")}) {
        const HttpReply refused = signIn(who)->get(QStringLiteral("/api/v1/training/sandboxes"));
        EXPECT_EQ(refused.status, 403) << who.toStdString();
    }
}

TEST_P(SandboxTest, BadSandboxesAreRefusedWithTheFieldNamed)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    const auto create = [&](const QByteArray &body) {
        return tanya->send("POST", QStringLiteral("/api/v1/training/sandboxes"), body);
    };
    for (const QString &name :
         {QStringLiteral("production"), QStringLiteral("Cohort"), QStringLiteral("ab"),
          QStringLiteral("a_b"), QStringLiteral("1abc"), QString()}) {
        const HttpReply refused = create(sandboxBody(name, QStringLiteral("Title")));
        EXPECT_EQ(refused.status, 422) << name.toStdString();
        EXPECT_EQ(errorField(refused), u"name") << name.toStdString();
    }
    const HttpReply tooLong = create(sandboxBody(QString(33, u'a'), QStringLiteral("Title")));
    EXPECT_EQ(tooLong.status, 422);
    EXPECT_EQ(errorCode(tooLong), u"too_long");
    const HttpReply longTitle = create(sandboxBody(QStringLiteral("abc"), QString(81, u'x')));
    EXPECT_EQ(errorCode(longTitle), u"too_long");
    EXPECT_EQ(errorField(longTitle), u"title");
    EXPECT_EQ(errorField(create(sandboxBody(QStringLiteral("abc"), QStringLiteral("  ")))),
              u"title");
    const HttpReply badPack = create(json({{L("name"), QStringLiteral("abc")},
                                           {L("title"), QStringLiteral("T")},
                                           {L("pack_id"), 7}}));
    EXPECT_EQ(errorField(badPack), u"pack_id");
    ASSERT_EQ(create(sandboxBody(QStringLiteral("abc"), QStringLiteral("T"))).status, 201);
    const HttpReply twice = create(sandboxBody(QStringLiteral("abc"), QStringLiteral("T")));
    EXPECT_EQ(twice.status, 409);
    // Nothing half-made was left by the refusals: one sandbox, one audit row.
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonArray audit = sofia->get(QStringLiteral("/api/v1/audit?action=sandbox_create"))
                                 .json()
                                 .value(u"entries")
                                 .toArray();
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.at(0)[u"actor_name"].toString(), u"tanya");
    EXPECT_EQ(audit.at(0)[u"details"][u"sandbox"].toString(), u"abc");
}

TEST_P(SandboxTest, TheCohortSignsInWithItsOwnPasswordsToACopyOfProductionsSetup)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    const HttpReply article =
        tanya->send("POST", QStringLiteral("/api/v1/kb/articles"),
                    json({{L("locale"), QStringLiteral("en")},
                          {L("slug"), QStringLiteral("where-is-my-order")},
                          {L("title"), QStringLiteral("Where is my order")},
                          {L("body"), QStringLiteral("Look the order up by its number.")}}));
    ASSERT_EQ(article.status, 201) << article.body.toStdString();
    ASSERT_EQ(tanya
                  ->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                         sandboxBody(QStringLiteral("cohort-2"), QStringLiteral("Cohort 2")))
                  .status,
              201);
    const QString olgaId = idOf(*signIn(QStringLiteral("olga")));
    const HttpReply added =
        tanya->send("PUT", u"/api/v1/training/sandboxes/cohort-2/trainees/" + olgaId, {});
    ASSERT_EQ(added.status, 200) << added.body.toStdString();
    ASSERT_EQ(added.json().value(u"trainees").toArray().size(), 1);
    EXPECT_EQ(added.json()[u"trainees"][0][u"username"].toString(), u"olga");
    // Again: nothing changes.
    EXPECT_EQ(tanya->send("PUT", u"/api/v1/training/sandboxes/cohort-2/trainees/" + olgaId, {})
                  .json()
                  .value(u"trainees")
                  .toArray()
                  .size(),
              1);
    EXPECT_EQ(tanya
                  ->send("PUT",
                         QStringLiteral("/api/v1/training/sandboxes/cohort-2/trainees/"
                                        "9999"),
                         {})
                  .status,
              404);
    const QString sofiaId = idOf(*signIn(QStringLiteral("sofia")));
    EXPECT_EQ(
        tanya->send("PUT", u"/api/v1/training/sandboxes/cohort-2/trainees/" + sofiaId, {}).status,
        422);

    HttpReply login;
    auto olga = signInTo(QStringLiteral("cohort-2"), QStringLiteral("olga"), &login);
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    EXPECT_TRUE(login.json().value(u"token").toString().startsWith(u"cohort-2."));
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).json().value(u"workspace").toString(),
              u"cohort-2");
    // The center's articles, queues and her queues came along; nothing else of production.
    EXPECT_EQ(slugsOf(olga->get(QStringLiteral("/api/v1/kb/articles")), L("articles")),
              QStringList{QStringLiteral("where-is-my-order")});
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).json().value(u"queues").toArray().size(), 2);
    EXPECT_TRUE(
        olga->get(QStringLiteral("/api/v1/tickets")).json().value(u"tickets").toArray().isEmpty());
    // Not in the cohort: not in the sandbox.
    signInTo(QStringLiteral("cohort-2"), QStringLiteral("ivan"), &login);
    EXPECT_EQ(login.status, 401);

    const QJsonArray mine = signIn(QStringLiteral("olga"))
                                ->get(QStringLiteral("/api/v1/me/workspaces"))
                                .json()
                                .value(u"workspaces")
                                .toArray();
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(mine.at(0)[u"kind"].toString(), u"production");
    EXPECT_EQ(mine.at(1)[u"name"].toString(), u"cohort-2");
    EXPECT_EQ(mine.at(1)[u"title"].toString(), u"Cohort 2");
    EXPECT_EQ(mine.at(1)[u"role"].toString(), u"operator");
    const QJsonArray inside =
        olga->get(QStringLiteral("/api/v1/me/workspaces")).json().value(u"workspaces").toArray();
    ASSERT_EQ(inside.size(), 1);
    EXPECT_EQ(inside.at(0)[u"title"].toString(), u"Cohort 2");
    EXPECT_EQ(signIn(QStringLiteral("ivan"))
                  ->get(QStringLiteral("/api/v1/me/workspaces"))
                  .json()
                  .value(u"workspaces")
                  .toArray()
                  .size(),
              1);
}

TEST_P(SandboxTest, LeavingTheCohortSignsHerOutOfTheSandboxAtOnce)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_EQ(tanya
                  ->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                         sandboxBody(QStringLiteral("cohort-2"), QStringLiteral("Cohort 2")))
                  .status,
              201);
    const QString olgaId = idOf(*signIn(QStringLiteral("olga")));
    ASSERT_EQ(
        tanya->send("PUT", u"/api/v1/training/sandboxes/cohort-2/trainees/" + olgaId, {}).status,
        200);
    HttpReply login;
    auto olga = signInTo(QStringLiteral("cohort-2"), QStringLiteral("olga"), &login);
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    auto trainer = signInTo(QStringLiteral("cohort-2"), QStringLiteral("tanya"), &login);
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    EXPECT_EQ(login.json()[u"operator"][u"role"].toString(), u"trainer");

    // Leaving the cohort signs her out of the sandbox at once and for good.
    const HttpReply removed =
        tanya->send("DELETE", u"/api/v1/training/sandboxes/cohort-2/trainees/" + olgaId, {});
    ASSERT_EQ(removed.status, 200) << removed.body.toStdString();
    EXPECT_TRUE(removed.json().value(u"trainees").toArray().isEmpty());
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 401);
    signInTo(QStringLiteral("cohort-2"), QStringLiteral("olga"), &login);
    EXPECT_EQ(login.status, 401);
    EXPECT_EQ(
        tanya->send("DELETE", u"/api/v1/training/sandboxes/cohort-2/trainees/" + olgaId, {}).status,
        404);
    EXPECT_EQ(trainer->get(QStringLiteral("/api/v1/me")).status, 200);
    // Sandboxes are managed from production only.
    EXPECT_EQ(trainer->get(QStringLiteral("/api/v1/training/sandboxes")).status, 403);

    auto sofia = signIn(QStringLiteral("sofia"));
    for (const char *action : {"trainee_add", "trainee_remove"}) {
        const QJsonArray rows = sofia->get(u"/api/v1/audit?action=" + QString::fromLatin1(action))
                                    .json()
                                    .value(u"entries")
                                    .toArray();
        ASSERT_EQ(rows.size(), 1) << action;
        EXPECT_EQ(rows.at(0)[u"subject_id"].toString(), olgaId) << action;
    }
}

TEST_P(SandboxTest, ResetEmptiesTheSandboxAndDeleteRemovesItForGood)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_EQ(tanya
                  ->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                         sandboxBody(QStringLiteral("cohort-3"), QStringLiteral("Cohort 3")))
                  .status,
              201);
    const QString olgaId = idOf(*signIn(QStringLiteral("olga")));
    ASSERT_EQ(
        tanya->send("PUT", u"/api/v1/training/sandboxes/cohort-3/trainees/" + olgaId, {}).status,
        200);
    auto olga = signInTo(QStringLiteral("cohort-3"), QStringLiteral("olga"));
    createTicket(*olga, QStringLiteral("orders"), QStringLiteral("Practice ticket"));
    ASSERT_EQ(olga->get(QStringLiteral("/api/v1/tickets")).json()[u"tickets"].toArray().size(), 1);

    const HttpReply reset =
        tanya->send("POST", QStringLiteral("/api/v1/training/sandboxes/cohort-3/reset"), {});
    ASSERT_EQ(reset.status, 200) << reset.body.toStdString();
    EXPECT_FALSE(reset.json().value(u"reset_at").isNull());
    EXPECT_EQ(reset.json().value(u"trainees").toArray().size(), 1);
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 401);
    HttpReply login;
    olga = signInTo(QStringLiteral("cohort-3"), QStringLiteral("olga"), &login);
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    EXPECT_TRUE(
        olga->get(QStringLiteral("/api/v1/tickets")).json()[u"tickets"].toArray().isEmpty());

    if (GetParam() == Backend::Sqlite) {
        const QStringList files = QDir(backOffice->dataDirectory())
                                      .entryList({QStringLiteral("*.sandbox-cohort-3.sqlite")});
        EXPECT_EQ(files.size(), 1);
    }
    // Survives a restart: the registry opens it again.
    backOffice->stop();
    ASSERT_TRUE(backOffice->start());
    tanya = signIn(QStringLiteral("tanya"));
    olga = signInTo(QStringLiteral("cohort-3"), QStringLiteral("olga"), &login);
    EXPECT_EQ(login.status, 200) << login.body.toStdString();

    const HttpReply deleted =
        tanya->send("DELETE", QStringLiteral("/api/v1/training/sandboxes/cohort-3"), {});
    ASSERT_EQ(deleted.status, 204) << deleted.body.toStdString();
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/me")).status, 401);
    signInTo(QStringLiteral("cohort-3"), QStringLiteral("olga"), &login);
    EXPECT_EQ(login.status, 401);
    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/training/sandboxes/cohort-3")).status, 404);
    if (GetParam() == Backend::Sqlite) {
        EXPECT_TRUE(QDir(backOffice->dataDirectory())
                        .entryList({QStringLiteral("*.sandbox-cohort-3.sqlite*")})
                        .isEmpty());
    } else {
        QVariant schemas;
        ASSERT_TRUE(backOffice->query(QStringLiteral("SELECT COUNT(*) FROM "
                                                     "information_schema.schemata WHERE "
                                                     "schema_name = 'sandbox_cohort_3'"),
                                      &schemas));
        EXPECT_EQ(schemas.toInt(), 0);
    }
    // The name is free again, and the new sandbox starts empty.
    ASSERT_EQ(tanya
                  ->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                         sandboxBody(QStringLiteral("cohort-3"), QStringLiteral("Again")))
                  .status,
              201);
    auto sofia = signIn(QStringLiteral("sofia"));
    for (const char *action : {"sandbox_create", "sandbox_reset", "sandbox_delete"}) {
        EXPECT_FALSE(sofia->get(u"/api/v1/audit?action=" + QString::fromLatin1(action))
                         .json()
                         .value(u"entries")
                         .toArray()
                         .isEmpty())
            << action;
    }
}

// A sandbox made from a scenario pack holds the pack's own articles beside production's setup;
// production does not. An unknown pack is refused naming the field, and nothing is made.
TEST_P(SandboxTest, ASandboxFromAPackHoldsThePacksKnowledgeBase)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    const QJsonObject pack = QJsonDocument::fromJson(R"({
      "format": "frontline-scenario-pack", "format_version": 1, "id": "refunds", "version": 1,
      "title": "Refunds", "language": "en", "knowledge_base": {"articles": [
        {"slug": "refund-timing", "title": "Refund timing", "body": "Ten business days."}]},
      "customers": [{"id": "ann", "name": "Ann Green"}],
      "exam": {"scenarios": 1, "simultaneous": 1},
      "scenarios": [{"id": "when-money", "title": "When is my money back?",
        "persona": {"name": "Ann"}, "channel": "chat", "customer": "ann",
        "opening": "I cancelled yesterday. When do I get my money?",
        "turns": [{"id": "asks", "branches": [
          {"when": {"kind": "otherwise"}, "say": "Thanks!", "then": "end"}]}],
        "expected": {"articles": ["refund-timing"], "escalation": null,
                     "resolution": "answered"}}]})")
                                 .object();
    const HttpReply imported =
        tanya->send("POST", QStringLiteral("/api/v1/training/packs"), json(pack));
    ASSERT_EQ(imported.status, 201) << imported.body.toStdString();
    const HttpReply unknown = tanya->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                                          json({{L("name"), QStringLiteral("nowhere")},
                                                {L("title"), QStringLiteral("No such pack")},
                                                {L("pack_id"), QStringLiteral("no-such-pack")}}));
    EXPECT_EQ(unknown.status, 422) << unknown.body.toStdString();
    EXPECT_EQ(errorField(unknown), u"pack_id");
    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/training/sandboxes/nowhere")).status, 404);

    const HttpReply made = tanya->send("POST", QStringLiteral("/api/v1/training/sandboxes"),
                                       json({{L("name"), QStringLiteral("refunds-1")},
                                             {L("title"), QStringLiteral("Refunds, cohort 1")},
                                             {L("pack_id"), QStringLiteral("refunds")}}));
    ASSERT_EQ(made.status, 201) << made.body.toStdString();
    EXPECT_EQ(made.json().value(u"pack_id").toString(), u"refunds");
    auto inside = signInTo(QStringLiteral("refunds-1"), QStringLiteral("tanya"));
    EXPECT_EQ(slugsOf(inside->get(QStringLiteral("/api/v1/kb/articles")), L("articles")),
              QStringList{QStringLiteral("refund-timing")});
    EXPECT_TRUE(
        slugsOf(tanya->get(QStringLiteral("/api/v1/kb/articles")), L("articles")).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, SandboxTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

} // namespace
