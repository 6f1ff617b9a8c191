// Issue 19, item 4: scenario packs imported, listed, exported and deleted through the back office,
// by trainers and admins only.
#include "protocol/ScenarioPack.h"
#include "tests/integration/ApiFixture.h"

#include <QFile>

using namespace frontline;
using namespace frontline::test;

namespace {

const QString Packs = QStringLiteral("/api/v1/training/packs");

// A pack with its own knowledge base, so the bare test back office (no KB) takes it.
QJsonObject ownKbPack(int version, const QString &title = QStringLiteral("Refunds"))
{
    QJsonObject pack = QJsonDocument::fromJson(R"({
      "format": "frontline-scenario-pack", "format_version": 1, "id": "refunds",
      "title": "Refunds", "language": "en", "knowledge_base": {"articles": [
        {"slug": "refund-timing", "title": "Refund timing", "body": "Ten business days."}]},
      "customers": [{"id": "ann", "name": "Ann Green"}],
      "exam": {"scenarios": 1, "simultaneous": 1},
      "scenarios": [{"id": "when-money", "title": "When is my money back?",
        "persona": {"name": "Ann"}, "channel": "chat", "customer": "ann",
        "opening": "I cancelled yesterday. When do I get my money?",
        "turns": [{"id": "asks", "branches": [
          {"when": {"kind": "words", "any": ["business days"]}, "say": "Thanks!", "rate": 5,
           "then": "end"},
          {"when": {"kind": "otherwise"}, "say": "How many days?", "then": "asks"}]}],
        "expected": {"articles": ["refund-timing"], "escalation": null,
                     "resolution": "answered"}}]
    })")
                           .object();
    pack.insert(u"version"_qs, version);
    pack.insert(u"title"_qs, title);
    return pack;
}

QJsonObject demoPack()
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/training/demo-pack-en.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

using TrainingPackApiTest = ApiTest;

} // namespace

TEST_P(TrainingPackApiTest, ATrainerImportsVersionsListsExportsAndDeletes)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    const HttpReply first =
        tanya->send("POST", Packs, json(ownKbPack(1)), {{"Content-Type", "application/json"}});
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_EQ(first.json().value(u"id").toString(), u"refunds");
    EXPECT_EQ(first.json().value(u"scenarios").toInt(), 1);
    EXPECT_EQ(first.json().value(u"versions").toInt(), 1);

    // The same version again is refused; a higher one is added beside it.
    const HttpReply again =
        tanya->send("POST", Packs, json(ownKbPack(1)), {{"Content-Type", "application/json"}});
    EXPECT_EQ(again.status, 409) << again.body.toStdString();
    EXPECT_TRUE(again.json()[u"error"][u"message"].toString().contains(u"version 2 or higher"));
    const HttpReply second = tanya->send("POST", Packs, json(ownKbPack(3, u"Refunds, again"_qs)),
                                         {{"Content-Type", "application/json"}});
    ASSERT_EQ(second.status, 201) << second.body.toStdString();

    const QJsonArray list = tanya->get(Packs).json().value(u"packs").toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][u"version"].toInt(), 3);
    EXPECT_EQ(list[0][u"versions"].toInt(), 2);
    EXPECT_EQ(list[0][u"title"].toString(), u"Refunds, again");

    // Export gives back each version as imported, in the format's canonical form.
    for (int version : {1, 3}) {
        const HttpReply exported =
            tanya->get(Packs + u"/refunds?version=" + QString::number(version));
        ASSERT_EQ(exported.status, 200) << exported.body.toStdString();
        auto canonical = protocol::ScenarioPack::fromJson(
            ownKbPack(version, version == 1 ? u"Refunds"_qs : u"Refunds, again"_qs));
        ASSERT_TRUE(canonical.ok());
        EXPECT_EQ(exported.json(), canonical->toJson()) << version;
    }
    EXPECT_EQ(tanya->get(Packs + u"/refunds").json().value(u"version").toInt(), 3);
    EXPECT_EQ(tanya->get(Packs + u"/refunds?version=2").status, 404);

    EXPECT_EQ(tanya->send("DELETE", Packs + u"/refunds", {}).status, 204);
    EXPECT_EQ(tanya->get(Packs + u"/refunds").status, 404);
    EXPECT_EQ(tanya->send("DELETE", Packs + u"/refunds", {}).status, 404);
    EXPECT_TRUE(tanya->get(Packs).json().value(u"packs").toArray().isEmpty());
}

TEST_P(TrainingPackApiTest, ABrokenPackIsRefusedWithEveryProblemAndItsPath)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    QJsonObject pack = ownKbPack(1);
    QJsonObject scenario = pack[u"scenarios"][0].toObject();
    scenario.insert(u"customer"_qs, u"bob"_qs);
    QJsonArray turns = scenario[u"turns"].toArray();
    QJsonObject turn = turns[0].toObject();
    QJsonArray branches = turn[u"branches"].toArray();
    QJsonObject branch = branches[0].toObject();
    branch.insert(u"when"_qs, QJsonObject{{u"kind"_qs, u"foo"_qs}});
    branches[0] = branch;
    turn.insert(u"branches"_qs, branches);
    turns[0] = turn;
    scenario.insert(u"turns"_qs, turns);
    pack.insert(u"scenarios"_qs, QJsonArray{scenario});

    const HttpReply refused =
        tanya->send("POST", Packs, json(pack), {{"Content-Type", "application/json"}});
    ASSERT_EQ(refused.status, 422) << refused.body.toStdString();
    EXPECT_EQ(errorCode(refused), u"invalid_field");
    EXPECT_EQ(errorField(refused), u"scenarios[0].turns[0].branches[0].when.kind");
    const QJsonArray problems = refused.json()[u"error"][u"problems"].toArray();
    ASSERT_EQ(problems.size(), 2) << refused.body.toStdString();
    EXPECT_EQ(problems[0][u"message"].toString(), u"unknown trigger 'foo'");
    EXPECT_EQ(problems[1][u"path"].toString(), u"scenarios[0].customer");
    EXPECT_TRUE(tanya->get(Packs).json().value(u"packs").toArray().isEmpty());

    // The demo pack names production's articles, which this back office has none of.
    const HttpReply withoutKb =
        tanya->send("POST", Packs, json(demoPack()), {{"Content-Type", "application/json"}});
    ASSERT_EQ(withoutKb.status, 422) << withoutKb.body.toStdString();
    EXPECT_EQ(errorField(withoutKb), u"scenarios[0].expected.articles[0]");
    EXPECT_TRUE(withoutKb.json()[u"error"][u"message"].toString().contains(
        u"no article 'order-status-order-delayed' in the en knowledge base"))
        << withoutKb.body.toStdString();

    // A newer format, and a body over the pack's 1 MB.
    QJsonObject newer = ownKbPack(1);
    newer.insert(u"format_version"_qs, 2);
    const HttpReply tooNew =
        tanya->send("POST", Packs, json(newer), {{"Content-Type", "application/json"}});
    EXPECT_EQ(tooNew.status, 422);
    EXPECT_EQ(errorField(tooNew), u"format_version");
    QJsonObject huge = ownKbPack(1);
    huge.insert(u"title"_qs, QString(1100 * 1024, u'x'));
    EXPECT_EQ(tanya->send("POST", Packs, json(huge), {{"Content-Type", "application/json"}}).status,
              413);
}

TEST_P(TrainingPackApiTest, OnlyTrainersAndAdminsTouchPacks)
{
    auto admin = signIn(QStringLiteral("admin"));
    EXPECT_EQ(admin->send("POST", Packs, json(ownKbPack(1)), {{"Content-Type", "application/json"}})
                  .status,
              201);
    for (const char *name : {"olga", "pavel", "sofia"}) {
        auto client = signIn(QString::fromLatin1(name));
        EXPECT_EQ(client->get(Packs).status, 403) << name;
        EXPECT_EQ(client->get(Packs + u"/refunds").status, 403) << name;
        EXPECT_EQ(
            client->send("POST", Packs, json(ownKbPack(2)), {{"Content-Type", "application/json"}})
                .status,
            403)
            << name;
        EXPECT_EQ(client->send("DELETE", Packs + u"/refunds", {}).status, 403) << name;
    }
    EXPECT_EQ(admin->get(Packs + u"/refunds").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Backends, TrainingPackApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
