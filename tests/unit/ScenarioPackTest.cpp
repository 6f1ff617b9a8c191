// Issue 19, item 4: the scenario pack format read and written by protocol/ScenarioPack.
#include "protocol/ScenarioPack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::protocol;

namespace {

QJsonObject demoPack(const char *language)
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/training/demo-pack-%1.json")
                   .arg(QLatin1StringView(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A small valid pack to break one field at a time.
QJsonObject minimalPack()
{
    return QJsonDocument::fromJson(R"({
      "format": "frontline-scenario-pack", "format_version": 1, "id": "mini", "version": 1,
      "title": "Mini", "language": "en", "knowledge_base": {"articles": [
        {"slug": "refunds", "title": "Refunds", "body": "Ten business days.", "tags": []}]},
      "customers": [{"id": "ann", "name": "Ann"}],
      "exam": {"scenarios": 1, "simultaneous": 1},
      "scenarios": [{"id": "s1", "title": "One", "persona": {"name": "Ann"}, "channel": "chat",
        "customer": "ann", "opening": "Hi",
        "turns": [{"id": "t1", "branches": [
          {"when": {"kind": "words", "any": ["refund"]}, "say": "Thanks", "then": "end"},
          {"when": {"kind": "otherwise"}, "then": "t1"}]}],
        "expected": {"articles": ["refunds"], "escalation": null, "resolution": "answered"}}]
    })")
        .object();
}

QJsonObject withScenarioValue(QJsonObject pack, const QString &path, const QJsonValue &value)
{
    // path inside scenarios[0]: "turns.0.branches.0.when.kind"
    std::function<QJsonValue(QJsonValue, QStringList)> put = [&](QJsonValue node,
                                                                 QStringList steps) -> QJsonValue {
        if (steps.isEmpty())
            return value;
        const QString step = steps.takeFirst();
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = node.toArray();
            array[index] = put(array.at(index), steps);
            return array;
        }
        QJsonObject object = node.toObject();
        object[step] = put(object.value(step), steps);
        return object;
    };
    return put(pack,
               QStringList{QStringLiteral("scenarios"), QStringLiteral("0")} + path.split(u'.'))
        .toObject();
}

QStringList problemTexts(const QJsonObject &pack)
{
    QStringList texts;
    for (const PackProblem &problem : ScenarioPack::problemsOf(pack))
        texts.append(problem.toString());
    return texts;
}

} // namespace

TEST(ScenarioPack, TheDemoPacksAreValidAndComeBackFromExportUnchanged)
{
    for (const char *language : {"en", "ru"}) {
        const QJsonObject json = demoPack(language);
        ASSERT_FALSE(json.isEmpty()) << language;
        auto pack = ScenarioPack::fromJson(json);
        ASSERT_TRUE(pack.ok()) << pack.error().message.toStdString();
        EXPECT_EQ(pack->scenarios.size(), 6);
        EXPECT_EQ(pack->exam.questions.size(), 6);
        EXPECT_EQ(pack->language, QLatin1StringView(language));
        // Export writes exactly what was imported: the demo files are in the canonical form.
        EXPECT_EQ(pack->toJson(), json) << language;
        auto again = ScenarioPack::fromJson(pack->toJson());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again.value(), pack.value());
    }
}

TEST(ScenarioPack, TheDemoPacksCoverWhatTheIssueAsks)
{
    for (const char *language : {"en", "ru"}) {
        auto pack = ScenarioPack::fromJson(demoPack(language));
        ASSERT_TRUE(pack.ok());
        int withBot = 0, escalationRight = 0, escalationWrong = 0;
        QSet<ScriptTrigger::Kind> kinds;
        for (const PackScenario &scenario : pack->scenarios) {
            withBot += scenario.botTranscript.isEmpty() ? 0 : 1;
            bool punishesEscalation = false;
            for (const ScriptTurn &turn : scenario.turns) {
                EXPECT_GE(turn.branches.size(), 2) << scenario.id.toStdString();
                for (const ScriptBranch &branch : turn.branches) {
                    kinds.insert(branch.when.kind);
                    punishesEscalation |= branch.when.kind == ScriptTrigger::Kind::Escalation;
                }
            }
            if (scenario.expectedEscalation)
                ++escalationRight;
            else if (punishesEscalation)
                ++escalationWrong;
        }
        EXPECT_GE(withBot, 1);
        EXPECT_GE(escalationRight, 1);
        EXPECT_GE(escalationWrong, 1);
        for (auto kind : {ScriptTrigger::Kind::Words, ScriptTrigger::Kind::MacroUsed,
                          ScriptTrigger::Kind::ArticleInserted, ScriptTrigger::Kind::Escalation,
                          ScriptTrigger::Kind::Resolution, ScriptTrigger::Kind::Silence,
                          ScriptTrigger::Kind::Otherwise})
            EXPECT_TRUE(kinds.contains(kind)) << toString(kind).toStdString();
        QSet<PackQuestion::Kind> questionKinds;
        for (const PackQuestion &question : pack->exam.questions)
            questionKinds.insert(question.kind);
        EXPECT_EQ(questionKinds.size(), 3);
    }
}

TEST(ScenarioPack, AMinimalPackReadsWithItsDefaults)
{
    auto pack = ScenarioPack::fromJson(minimalPack());
    ASSERT_TRUE(pack.ok()) << pack.error().message.toStdString();
    EXPECT_TRUE(pack->ownKnowledgeBase);
    EXPECT_EQ(pack->exam.durationMinutes, 45);
    EXPECT_EQ(pack->hintAfterSeconds, 120);
    const PackScenario &scenario = pack->scenarios.first();
    EXPECT_FALSE(scenario.expectedEscalation.has_value());
    EXPECT_EQ(scenario.firstResponseSeconds, 60);
    EXPECT_EQ(scenario.turns.first().branches.first().when.words, QStringList{u"refund"_qs});
    auto again = ScenarioPack::fromJson(pack->toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), pack.value());
}

TEST(ScenarioPack, EveryProblemIsNamedWithItsPath)
{
    QJsonObject pack = withScenarioValue(minimalPack(), u"turns.0.branches.0.when"_qs,
                                         QJsonObject{{u"kind"_qs, u"foo"_qs}});
    pack = withScenarioValue(pack, u"turns.0.branches.1.then"_qs, u"nowhere"_qs);
    pack = withScenarioValue(pack, u"customer"_qs, u"bob"_qs);
    pack = withScenarioValue(pack, u"expected.articles"_qs, QJsonArray{u"missing-article"_qs});
    pack.insert(u"colour"_qs, u"blue"_qs);
    const QStringList problems = problemTexts(pack);
    EXPECT_TRUE(problems.contains(u"scenarios[0].turns[0].branches[0].when.kind: unknown trigger "
                                  u"'foo'"_qs))
        << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.contains(u"scenarios[0].turns[0].branches[1].then: no turn 'nowhere' in "
                                  u"the scenario; name a turn, \"end\" or \"silent\""_qs));
    EXPECT_TRUE(problems.contains(u"scenarios[0].customer: no customer 'bob' in the pack"_qs));
    EXPECT_TRUE(problems.contains(u"scenarios[0].expected.articles[0]: no article "
                                  u"'missing-article' in the pack's knowledge base"_qs));
    EXPECT_TRUE(problems.contains(u"colour: unknown field"_qs));
    EXPECT_EQ(problems.size(), 5) << problems.join(u'\n').toStdString();
    auto read = ScenarioPack::fromJson(pack);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, u"invalid_field");
    EXPECT_EQ(read.error().field, u"colour");
    EXPECT_EQ(read.error().message.split(u'\n').size(), 5);
}

TEST(ScenarioPack, TextsAndListsOverTheirMaximumAreProblems)
{
    QJsonObject pack = withScenarioValue(minimalPack(), u"opening"_qs, QString(4001, u'x'));
    QJsonArray words;
    for (int i = 0; i < 51; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    pack = withScenarioValue(pack, u"turns.0.branches.0.when.any"_qs, words);
    const QStringList problems = problemTexts(pack);
    EXPECT_TRUE(problems.contains(u"scenarios[0].opening: at most 4000 characters"_qs))
        << problems.join(u'\n').toStdString();
    EXPECT_TRUE(
        problems.contains(u"scenarios[0].turns[0].branches[0].when.any: at most 50 items"_qs));
}

TEST(ScenarioPack, ANewerFormatIsRefusedWhole)
{
    QJsonObject pack = minimalPack();
    pack.insert(u"format_version"_qs, 2);
    pack.insert(u"something_new"_qs, true);
    const QStringList problems = problemTexts(pack);
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_EQ(problems.first(), u"format_version: 2 is newer than this back office reads (1); "
                                u"update Frontline to import this pack"_qs);
}

TEST(ScenarioPack, QuestionsAndScoringFollowTheirRules)
{
    QJsonObject pack = minimalPack();
    QJsonObject exam = pack.value(u"exam").toObject();
    exam.insert(u"questions"_qs,
                QJsonArray{QJsonObject{{u"id"_qs, u"q1"_qs},
                                       {u"kind"_qs, u"single"_qs},
                                       {u"text"_qs, u"Which?"_qs},
                                       {u"options"_qs, QJsonArray{u"a"_qs, u"b"_qs}},
                                       {u"correct"_qs, QJsonArray{0, 1}}},
                           QJsonObject{{u"id"_qs, u"q2"_qs},
                                       {u"kind"_qs, u"free"_qs},
                                       {u"text"_qs, u"Why?"_qs},
                                       {u"options"_qs, QJsonArray{u"a"_qs}}}});
    pack.insert(u"exam"_qs, exam);
    pack.insert(u"scoring"_qs,
                QJsonObject{{u"pass_mark"_qs, 120},
                            {u"bands"_qs,
                             QJsonArray{QJsonObject{{u"min"_qs, 50}, {u"label"_qs, u"Fine"_qs}}}}});
    const QStringList problems = problemTexts(pack);
    for (const char *expected : {
             "exam.questions[0].correct: a single choice has exactly one",
             "exam.questions[1].options: a free answer has no options",
             "exam.questions[1].expected_words: missing",
             "scoring.pass_mark: must be from 0 to 100",
             "scoring.bands: the last band's min is 0",
         })
        EXPECT_TRUE(problems.contains(QString::fromUtf8(expected)))
            << expected << "\n"
            << problems.join(u'\n').toStdString();
}

TEST(ScenarioPack, MatchingFoldsCaseAndYo)
{
    EXPECT_EQ(foldForMatching(u"ОТМЕНЁН Refund"_qs), u"отменен refund"_qs);
}
