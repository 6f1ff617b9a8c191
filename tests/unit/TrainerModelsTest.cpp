// The trainer's pages' models (issue 19): the sandboxes and packs lists, the pack editor's draft
// (scenarios added, duplicated, removed, moved; problems as the back office's reader finds them)
// and the preview's rehearsal of a scripted customer on a clock the test moves.
#include "app/training/PackDraft.h"
#include "app/training/PackListModel.h"
#include "app/training/SandboxListModel.h"
#include "app/training/ScenarioRehearsal.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace frontline;

namespace {

protocol::ScenarioPack demoPack()
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/training/demo-pack-en.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    auto pack = protocol::ScenarioPack::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    EXPECT_TRUE(pack) << (pack ? "" : pack.error().message.toStdString());
    return pack ? pack.value() : protocol::ScenarioPack{};
}

protocol::Sandbox sandbox(const QString &name, const QString &title)
{
    protocol::Sandbox made;
    made.name = name;
    made.title = title;
    made.packId = QStringLiteral("demo-en");
    made.createdAt = QDateTime::currentDateTimeUtc();
    return made;
}

QStringList idsOf(const app::PackDraft &draft)
{
    QStringList ids;
    for (int row = 0; row < draft.rowCount(); ++row)
        ids.append(draft.index(row).data(app::PackDraft::ScenarioIdRole).toString());
    return ids;
}

} // namespace

TEST(PackDraftTest, ScenariosAreAddedDuplicatedMovedAndRemovedUnderAFatalTester)
{
    app::PackDraft draft;
    QAbstractItemModelTester tester(&draft, QAbstractItemModelTester::FailureReportingMode::Fatal);
    draft.setPack(demoPack());
    ASSERT_EQ(draft.rowCount(), 6);
    EXPECT_TRUE(draft.problems().isEmpty());
    EXPECT_FALSE(draft.isModified());

    const int copy = draft.duplicateScenario(0);
    EXPECT_EQ(copy, 1);
    EXPECT_EQ(idsOf(draft)[1], u"stuck-in-transit-copy");
    EXPECT_EQ(draft.scenario(1)->turns, draft.scenario(0)->turns);
    EXPECT_EQ(draft.duplicateScenario(0), 1);
    EXPECT_EQ(idsOf(draft)[1], u"stuck-in-transit-copy-2") << "a free id each time";
    EXPECT_TRUE(draft.isModified());

    EXPECT_EQ(draft.moveScenario(0, 1), 1);
    EXPECT_EQ(idsOf(draft).mid(0, 2),
              (QStringList{u"stuck-in-transit-copy-2"_qs, u"stuck-in-transit"_qs}));
    EXPECT_EQ(draft.moveScenario(1, -1), 0);
    EXPECT_EQ(draft.moveScenario(0, -1), 0) << "the first stays first";
    EXPECT_EQ(draft.moveScenario(draft.rowCount() - 1, 1), draft.rowCount() - 1);

    draft.removeScenario(1);
    draft.removeScenario(1);
    EXPECT_EQ(idsOf(draft)[0], u"stuck-in-transit");
    EXPECT_EQ(draft.rowCount(), 6);

    const int added = draft.addScenario();
    EXPECT_EQ(idsOf(draft)[added], u"scenario");
    EXPECT_TRUE(draft.problems().isEmpty())
        << draft.problems().first().toString().toStdString() << ": a new scenario is valid";
}

TEST(PackDraftTest, AProblemAppearsWithItsPathAndGoesWhenFixed)
{
    app::PackDraft draft;
    draft.setPack(demoPack());
    QSignalSpy changed(&draft, &app::PackDraft::changed);
    protocol::PackScenario scenario = *draft.scenario(2);
    scenario.turns[0].branches[1].then = QStringLiteral("nowhere");
    draft.setScenario(2, scenario);
    EXPECT_EQ(changed.count(), 1);
    const QList<protocol::PackProblem> problems = draft.problems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].path, u"scenarios[2].turns[0].branches[1].then");
    const app::ProblemPlace place = app::ProblemPlace::of(problems[0].path);
    EXPECT_EQ(place, (app::ProblemPlace{2, 0, 1, u"then"_qs}));

    scenario.turns[0].branches[1].then = protocol::ScriptEnd;
    draft.setScenario(2, scenario);
    EXPECT_TRUE(draft.problems().isEmpty());

    draft.setExtraProblems({{u"scoring"_qs, u"not a JSON object"_qs}});
    EXPECT_EQ(draft.problems().size(), 1);
    EXPECT_EQ(draft.document(7).value(u"version").toInt(), 7);
}

TEST(PackDraftTest, AProblemsPathNamesTheScenarioTurnBranchAndField)
{
    EXPECT_EQ(app::ProblemPlace::of(u"scenarios[3].opening"_qs),
              (app::ProblemPlace{3, -1, -1, u"opening"_qs}));
    EXPECT_EQ(app::ProblemPlace::of(u"scenarios[0].turns[4].id"_qs),
              (app::ProblemPlace{0, 4, -1, u"id"_qs}));
    EXPECT_EQ(app::ProblemPlace::of(u"scenarios[1].turns[2].branches[0].when.kind"_qs),
              (app::ProblemPlace{1, 2, 0, u"when.kind"_qs}));
    EXPECT_EQ(app::ProblemPlace::of(u"scenarios[5]"_qs), (app::ProblemPlace{5, -1, -1, {}}));
    EXPECT_EQ(app::ProblemPlace::of(u"exam.duration_minutes"_qs),
              (app::ProblemPlace{-1, -1, -1, u"exam.duration_minutes"_qs}));
}

TEST(TrainerListsTest, SandboxesByTitleAndPacksUnderFatalTesters)
{
    app::SandboxListModel sandboxes;
    QAbstractItemModelTester sandboxTester(&sandboxes,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    sandboxes.setSandboxes(
        {sandbox(u"cohort-12"_qs, u"Cohort 12"_qs), sandbox(u"autumn"_qs, u"Autumn cohort"_qs)});
    ASSERT_EQ(sandboxes.rowCount(), 2);
    EXPECT_EQ(sandboxes.sandbox(0)->name, u"autumn");
    protocol::Sandbox grown = sandbox(u"cohort-12"_qs, u"Cohort 12"_qs);
    grown.trainees.append({u"7"_qs, u"olga"_qs, u"Olga"_qs, QDateTime::currentDateTimeUtc()});
    sandboxes.put(grown);
    EXPECT_EQ(sandboxes.rowCount(), 2);
    EXPECT_EQ(sandboxes.index(1, app::SandboxListModel::TraineesColumn).data().toInt(), 1);
    sandboxes.put(sandbox(u"b-team"_qs, u"B team"_qs));
    EXPECT_EQ(sandboxes.sandbox(1)->name, u"b-team") << "a new one goes in its place by title";
    sandboxes.remove(u"autumn"_qs);
    EXPECT_EQ(sandboxes.rowCount(), 2);
    EXPECT_EQ(sandboxes.index(0, app::SandboxListModel::NameColumn).data(), u"b-team"_qs);

    app::PackListModel packs;
    QAbstractItemModelTester packTester(&packs,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    packs.setPacks({{u"demo-en"_qs, 3, u"Hopper first line"_qs, u"en"_qs, 6, 2, {}}});
    EXPECT_EQ(packs.rowOf(u"demo-en"_qs), 0);
    EXPECT_EQ(packs.index(0, app::PackListModel::VersionsColumn).data(), u"2 (newest 3)"_qs);
    EXPECT_EQ(packs.index(0, 0).data(app::PackListModel::NewestVersionRole).toInt(), 3);
}

TEST(ScenarioRehearsalTest, TheCustomerAnswersByBranchAfterHerDelayAndOnSilence)
{
    qint64 wall = 1'800'000'000'000;
    app::ScenarioRehearsal rehearsal(demoPack().scenarios.first(), nullptr, [&] { return wall; });
    QStringList said;
    QObject::connect(&rehearsal, &app::ScenarioRehearsal::customerSaid,
                     [&](const QString &text) { said.append(text); });
    rehearsal.start();
    ASSERT_EQ(said.size(), 1);
    EXPECT_TRUE(said[0].startsWith(u"Hello. Order HP-70010001"));
    EXPECT_EQ(rehearsal.turn(), u"waiting");
    EXPECT_EQ(rehearsal.nextAt(), wall + 90'000) << "the silence branch";

    rehearsal.act(protocol::TraineeAction::reply(u"I am so sorry about that"_qs));
    EXPECT_EQ(said.size(), 1) << "she types for 15 s first";
    EXPECT_TRUE(rehearsal.typing());
    EXPECT_EQ(rehearsal.turn(), u"asks-action");
    wall += 14'999;
    rehearsal.catchUp();
    EXPECT_EQ(said.size(), 1) << "not a millisecond early";
    wall += 1; // the clock reaches her answer
    rehearsal.catchUp();
    ASSERT_EQ(said.size(), 2);
    EXPECT_EQ(said[1], u"Thanks. But can you actually find out where it is?");
    EXPECT_FALSE(rehearsal.typing());

    // Two minutes of silence, skipped: she gives up, rates 2 and goes silent.
    QSignalSpy rated(&rehearsal, &app::ScenarioRehearsal::customerRated);
    QSignalSpy silent(&rehearsal, &app::ScenarioRehearsal::customerWentSilent);
    EXPECT_TRUE(rehearsal.skipWait());
    ASSERT_EQ(said.size(), 3);
    EXPECT_EQ(said[2], u"I'll try again later, I suppose.");
    EXPECT_EQ(rated.count(), 1);
    EXPECT_EQ(silent.count(), 1);
    EXPECT_TRUE(rehearsal.silent());
    EXPECT_FALSE(rehearsal.skipWait()) << "nothing waits on time any more";
}
