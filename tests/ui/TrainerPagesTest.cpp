// The trainer's Sandboxes and Scenario packs pages, the pack editor and its preview (issue 19),
// offscreen against a real demo back office, signed in as tanya.
#include "tests/ui/OperatorFlowFixture.h"

#include "app/training/PackDraft.h"
#include "app/training/PackListModel.h"
#include "app/training/SandboxListModel.h"
#include "ui/qa/QualityWorkspace.h"
#include "ui/training/NewSandboxDialog.h"
#include "ui/training/PackEditor.h"
#include "ui/training/PackPreview.h"
#include "ui/training/PackScenarioForm.h"
#include "ui/training/PackTurnsEditor.h"
#include "ui/training/PacksPage.h"
#include "ui/training/SandboxesPage.h"
#include "ui/training/TrainerWorkspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace frontline;
using namespace frontline::test;

namespace {

// Answers the next question box with its accepting button, and keeps its text in `seen`.
void acceptNextQuestion(std::shared_ptr<QString> seen, int tries = 400)
{
    QTimer::singleShot(25, [seen, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0)
                acceptNextQuestion(seen, tries - 1);
            return;
        }
        *seen = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click();
                return;
            }
        }
    });
}

QJsonObject demoPackJson()
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/training/demo-pack-en.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString written(const QTemporaryDir &dir, const QString &name, const QJsonObject &pack)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(pack).toJson());
    return path;
}

QStringList textsOf(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

class TrainerPagesTest : public OperatorFlowTest
{
protected:
    std::unique_ptr<ui::MainWindow> tanyaWindow()
    {
        tanya = signIn(QStringLiteral("tanya"));
        if (!tanya)
            return nullptr;
        auto window = windowFor(*tanya);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    // Ctrl+N on the page: the dialog offers the demo packs; a refusal keeps what was typed.
    static void makeCohort12(ui::SandboxesPage *page)
    {
        QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
        ui::NewSandboxDialog *dialog = page->newDialog();
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(waitUntil([&] { return dialog->packBox()->findData(u"demo-en"_qs) >= 1; }));
        dialog->packBox()->setCurrentIndex(dialog->packBox()->findData(QStringLiteral("demo-en")));
        dialog->titleEdit()->setText(QStringLiteral("Cohort 12"));
        dialog->nameEdit()->setText(QStringLiteral("production"));
        dialog->createButton()->click();
        ASSERT_TRUE(waitUntil([&] { return dialog->statusLabel()->text().contains(u"not made"); }));
        EXPECT_EQ(dialog->titleEdit()->text(), u"Cohort 12");
        EXPECT_EQ(dialog->focusWidget(), dialog->nameEdit()) << "the field the back office named";
        dialog->nameEdit()->setText(QStringLiteral("cohort-12"));
        dialog->createButton()->click();
        ASSERT_TRUE(waitUntil([&] { return !page->newDialog(); }, std::chrono::seconds(30)));
        ASSERT_EQ(page->model()->rowCount(), 1);
        EXPECT_EQ(page->currentName(), u"cohort-12");
        EXPECT_EQ(page->model()->index(0, app::SandboxListModel::PackColumn).data(), u"demo-en"_qs);
    }

    // The Scenario packs page shown, demo-en chosen and opened in the pack editor.
    static ui::PackEditor *editDemoPack(ui::MainWindow &window)
    {
        ui::PacksPage *page = window.packsPage();
        window.trainerWorkspace()->showPage(page);
        if (!waitUntil([&] { return page->model()->rowOf(u"demo-en"_qs) >= 0; }))
            return nullptr;
        page->select(u"demo-en"_qs);
        page->editCurrent();
        if (!waitUntil([&] { return page->editor() && page->editor()->draft()->rowCount(); }))
            return nullptr;
        return page->editor();
    }

    std::unique_ptr<DemoDesk> tanya;
};

TEST_F(TrainerPagesTest, TanyaMakesASandboxFromTheDemoPackAddsOlgaResetsAndDeletesIt)
{
    auto window = tanyaWindow();
    ASSERT_TRUE(window);
    ui::TrainerWorkspace *workspace = window->trainerWorkspace();
    ASSERT_TRUE(workspace);
    ASSERT_EQ(workspace->tabs()->count(), 4);
    EXPECT_EQ(workspace->tabs()->tabText(1), u"Sandboxes");
    EXPECT_EQ(workspace->tabs()->tabText(2), u"Scenario packs");
    EXPECT_EQ(workspace->tabs()->tabText(3), u"Exams");
    ui::SandboxesPage *page = window->sandboxesPage();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    workspace->showPage(page);
    ASSERT_TRUE(waitUntil([&] {
        const QString status = page->statusLabel()->text();
        return status.startsWith(u"No sandboxes yet");
    })) << page->statusLabel()->text().toStdString();

    makeCohort12(page);
    if (HasFatalFailure())
        return;
    // Olga joins the cohort from the colleagues the cache knows.
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString olgaId = olga->desk().user().id;
    ASSERT_TRUE(waitUntil([&] {
        page->reloadColleagues();
        return page->colleagueBox()->findData(olgaId) >= 0;
    }));
    page->colleagueBox()->setCurrentIndex(page->colleagueBox()->findData(olgaId));
    page->addTraineeButton()->click();
    ASSERT_TRUE(waitUntil([&] { return page->cohortList()->count() == 1; }));
    EXPECT_EQ(page->model()->index(0, app::SandboxListModel::TraineesColumn).data().toInt(), 1);
    auto server = colleague(QStringLiteral("tanya"));
    EXPECT_EQ(server->get(u"/api/v1/training/sandboxes/cohort-12"_qs)
                  .json()[u"trainees"]
                  .toArray()
                  .size(),
              1);

    // Reset asks first, naming the sandbox and what goes; the cohort stays.
    auto question = std::make_shared<QString>();
    acceptNextQuestion(question);
    page->resetButton()->click();
    EXPECT_TRUE(question->contains(u"Cohort 12")) << question->toStdString();
    EXPECT_TRUE(question->contains(u"removes every ticket")) << question->toStdString();
    ASSERT_TRUE(waitUntil([&] { return page->statusLabel()->text().contains(u"was reset"); },
                          std::chrono::seconds(30)))
        << page->statusLabel()->text().toStdString();
    EXPECT_EQ(page->cohortList()->count(), 1);

    // Olga leaves the cohort; then Delete (asks first) removes the sandbox.
    page->cohortList()->setCurrentRow(0);
    page->removeTraineeButton()->click();
    ASSERT_TRUE(
        waitUntil([&] { return page->statusLabel()->text().contains(u"left the cohort"); }));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    page->table()->setFocus();
    acceptNextQuestion(question);
    QTest::keyClick(page->table(), Qt::Key_Delete);
    EXPECT_TRUE(question->contains(u"for good")) << question->toStdString();
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 0; }));
    EXPECT_EQ(server->get(u"/api/v1/training/sandboxes"_qs).json()[u"sandboxes"].toArray().size(),
              0);
}

TEST_F(TrainerPagesTest, ARefusedImportListsItsProblemsAndANewVersionIsListed)
{
    auto window = tanyaWindow();
    ASSERT_TRUE(window);
    ui::PacksPage *page = window->packsPage();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    window->trainerWorkspace()->showPage(page);
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowOf(u"demo-en"_qs) >= 0; }));

    QTemporaryDir dir;
    QJsonObject broken = demoPackJson();
    QJsonArray scenarios = broken[u"scenarios"].toArray();
    QJsonObject first = scenarios[0].toObject();
    QJsonArray turns = first[u"turns"].toArray();
    QJsonObject turn = turns[0].toObject();
    QJsonArray branches = turn[u"branches"].toArray();
    QJsonObject branch = branches[0].toObject();
    branch[u"then"] = QStringLiteral("nowhere");
    branches[0] = branch;
    turn[u"branches"] = branches;
    turns[0] = turn;
    first[u"turns"] = turns;
    scenarios[0] = first;
    broken[u"scenarios"] = scenarios;
    broken[u"version"] = 2;
    page->importFile(written(dir, u"broken.json"_qs, broken));
    ASSERT_TRUE(waitUntil([&] { return page->problemList()->count() > 0; }));
    EXPECT_TRUE(textsOf(page->problemList())
                    .first()
                    .startsWith(u"scenarios[0].turns[0].branches[0].then: "))
        << textsOf(page->problemList()).join(u'\n').toStdString();
    EXPECT_TRUE(page->statusLabel()->text().contains(u"not imported"));
    EXPECT_TRUE(page->problemList()->isVisibleTo(page));

    QJsonObject fine = demoPackJson();
    fine[u"version"] = 2;
    page->importFile(written(dir, u"fine.json"_qs, fine));
    const int row = page->model()->rowOf(u"demo-en"_qs);
    ASSERT_TRUE(waitUntil([&] {
        return page->model()->index(row, app::PackListModel::VersionsColumn).data() ==
               u"2 (newest 2)"_qs;
    }));
    EXPECT_FALSE(page->problemList()->isVisibleTo(page));
    EXPECT_EQ(page->currentId(), u"demo-en");

    // Export version 1 to a file: the pack as imported.
    const QString exported = dir.filePath(u"demo-en-v1.json"_qs);
    page->exportTo(exported, 1);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(exported); }));
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object()[u"version"].toInt(), 1);
}

TEST_F(TrainerPagesTest, TheEditorShowsAProblemGoesToItsFieldAndSavesANewVersion)
{
    auto window = tanyaWindow();
    ASSERT_TRUE(window);
    ui::PacksPage *page = window->packsPage();
    ui::PackEditor *editor = editDemoPack(*window);
    ASSERT_TRUE(editor);
    QAbstractItemModelTester tester(editor->draft(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor));
    EXPECT_EQ(editor->draft()->rowCount(), 6);
    EXPECT_EQ(editor->problemList()->count(), 0);

    // An empty opening: the problem appears at once; clicked, it puts the focus on the opening.
    QPlainTextEdit *opening = editor->scenarioForm()->openingEdit();
    const QString text = opening->toPlainText();
    opening->setPlainText(QString());
    ASSERT_EQ(editor->problemList()->count(), 1);
    EXPECT_TRUE(editor->problemList()->item(0)->text().startsWith(u"scenarios[0].opening"))
        << editor->problemList()->item(0)->text().toStdString();
    editor->saveButton()->click();
    EXPECT_TRUE(editor->statusLabel()->text().contains(u"Fix the 1 problem"));
    editor->problemList()->setFocus();
    editor->goToProblem(0);
    EXPECT_EQ(editor->focusWidget(), opening);
    opening->setPlainText(text + QStringLiteral(" Please help."));
    EXPECT_EQ(editor->problemList()->count(), 0) << "the problem goes with its cause";

    // A duplicated scenario, then Save: version 2 is listed.
    editor->chooseScenario(1);
    QTest::keyClick(editor->scenarioList(), Qt::Key_D, Qt::ControlModifier);
    ASSERT_EQ(editor->draft()->rowCount(), 7);
    EXPECT_EQ(editor->currentScenario(), 2);
    QTest::keyClick(editor->scenarioList(), Qt::Key_S, Qt::ControlModifier);
    const int row = page->model()->rowOf(u"demo-en"_qs);
    ASSERT_TRUE(waitUntil([&] {
        return page->model()->index(row, app::PackListModel::VersionsColumn).data() ==
               u"2 (newest 2)"_qs;
    })) << editor->statusLabel()->text().toStdString();
    EXPECT_EQ(page->model()->index(row, app::PackListModel::ScenariosColumn).data().toInt(), 7);
    EXPECT_TRUE(editor->statusLabel()->text().contains(u"version 2"));
}

// Renaming a turn takes the branches that go to it along; nothing is left pointing nowhere.
TEST_F(TrainerPagesTest, RenamingATurnMovesTheBranchesThatGoToIt)
{
    auto window = tanyaWindow();
    ASSERT_TRUE(window);
    ui::PackEditor *editor = editDemoPack(*window);
    ASSERT_TRUE(editor);
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor));
    editor->chooseScenario(0);
    ui::PackTurnsEditor *turns = editor->turnsEditor();
    const auto goingTo = [&](const QString &id) {
        int count = 0;
        for (const protocol::ScriptTurn &turn : turns->turns()) {
            for (const protocol::ScriptBranch &branch : turn.branches)
                count += branch.then == id ? 1 : 0;
        }
        return count;
    };
    const int before = goingTo(u"asks-action"_qs);
    ASSERT_GT(before, 0);
    int at = -1;
    for (int t = 0; t < turns->turns().size(); ++t) {
        if (turns->turns()[t].id == u"asks-action")
            at = t;
    }
    ASSERT_GE(at, 0);
    turns->select(at, -1, u"id"_qs);
    QLineEdit *id = turns->turnIdEdit();
    ASSERT_EQ(id->text(), u"asks-action");
    id->setFocus();
    // "end" says where a branch goes by itself: nothing moves to it, and the rename goes on.
    id->selectAll();
    QTest::keyClicks(id, u"end"_qs);
    QTest::keyClick(id, Qt::Key_Return);
    EXPECT_EQ(goingTo(u"asks-action"_qs), before);
    id->selectAll();
    QTest::keyClicks(id, u"asks-to-act"_qs);
    QTest::keyClick(id, Qt::Key_Return);
    EXPECT_EQ(turns->turns()[at].id, u"asks-to-act");
    EXPECT_EQ(goingTo(u"asks-action"_qs), 0);
    EXPECT_EQ(goingTo(u"asks-to-act"_qs), before);
    EXPECT_EQ(editor->problemList()->count(), 0);
}

TEST_F(TrainerPagesTest, ThePreviewAnswersByABranchAndOnSkippingTheWait)
{
    auto window = tanyaWindow();
    ASSERT_TRUE(window);
    ui::PackEditor *editor = editDemoPack(*window);
    ASSERT_TRUE(editor);
    editor->chooseScenario(0);
    editor->previewButton()->click();
    ui::PackPreview *preview = editor->preview();
    ASSERT_TRUE(preview);
    const auto transcript = [&] { return preview->transcript()->toPlainText(); };
    EXPECT_TRUE(transcript().contains(u"Chatbot: I'm connecting you with an operator."));
    EXPECT_TRUE(transcript().contains(u"James Walker: Hello. Order HP-70010001"));
    EXPECT_EQ(preview->turnLabel()->text(), u"Turn: waiting");

    // Words: an apology takes the branch to "asks-action"; she types for 15 s, skipped.
    preview->replyEdit()->setText(QStringLiteral("I am so sorry about the wait"));
    QTest::keyClick(preview->replyEdit(), Qt::Key_Return);
    EXPECT_TRUE(transcript().contains(u"You: I am so sorry about the wait"));
    EXPECT_EQ(preview->turnLabel()->text(), u"Turn: asks-action");
    EXPECT_FALSE(transcript().contains(u"Thanks. But can you"));
    preview->skipButton()->click();
    EXPECT_TRUE(transcript().contains(u"James Walker: Thanks. But can you actually find out"));

    // Silence: two minutes without an answer, skipped; she gives up.
    preview->skipButton()->click();
    EXPECT_TRUE(transcript().contains(u"James Walker: I'll try again later, I suppose."));
    EXPECT_EQ(preview->turnLabel()->text(), u"She answers nothing more.");
    EXPECT_FALSE(preview->skipButton()->isEnabled());
}

TEST_F(TrainerPagesTest, ThePagesComeAfterQualityAndFollowTheLanguage)
{
    auto window = tanyaWindow();
    ASSERT_TRUE(window);
    QTabWidget *tabs = window->trainerWorkspace()->tabs();
    ASSERT_EQ(tabs->count(), 4);
    EXPECT_EQ(tabs->widget(0), window->qualityWorkspace());
    EXPECT_EQ(tabs->widget(1), window->sandboxesPage());
    EXPECT_EQ(tabs->widget(2), window->packsPage());
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
    EXPECT_TRUE(waitUntil([&] { return tabs->tabText(1) == u"Учебные среды"; }))
        << tabs->tabText(1).toStdString();
    EXPECT_EQ(tabs->tabText(2), u"Пакеты сценариев");
    EXPECT_EQ(tabs->tabText(3), u"Экзамены");
    EXPECT_EQ(window->packsPage()->table()->accessibleName(), u"Пакеты сценариев");
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    EXPECT_TRUE(waitUntil([&] { return tabs->tabText(1) == u"Sandboxes"; }));
    EXPECT_EQ(tabs->tabText(2), u"Scenario packs");
    EXPECT_EQ(tabs->tabText(3), u"Exams");

    // Ctrl+PgDown and Ctrl+PgUp leave a page even from its table, which has page keys of its own.
    window->trainerWorkspace()->showPage(window->qualityWorkspace());
    window->qualityWorkspace()->table()->setFocus();
    ASSERT_TRUE(waitUntil([&] { return window->qualityWorkspace()->table()->hasFocus(); }));
    QTest::keyClick(window->qualityWorkspace()->table(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentWidget(), window->sandboxesPage());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentWidget(), window->qualityWorkspace());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 3) << "round to the last page";
}
