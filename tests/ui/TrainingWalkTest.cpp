// Issue 19's "done when", walked through the real widgets against the real demo back office:
// tanya makes a sandbox from the demo pack on her Sandboxes page and puts olga in its cohort,
// starts a 45-minute exam for her on the Exams page; olga signs in to the sandbox, sees it marked,
// begins and answers the three simulated customers she has at once, and each answers her back;
// at the close tanya reads the score, the band, where olga lost points and the replay, and
// exports the cohort; production's tickets, customers, messages and figures did not move.
#include "app/ClientCore.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "app/training/ExamListModel.h"
#include "app/training/ExamSession.h"
#include "app/training/SandboxListModel.h"
#include "app/training/TrainerExams.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ExamDeskFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/SandboxBand.h"
#include "ui/training/CohortView.h"
#include "ui/training/ExamReplay.h"
#include "ui/training/ExamResultView.h"
#include "ui/training/ExamStrip.h"
#include "ui/training/ExamsPage.h"
#include "ui/training/NewSandboxDialog.h"
#include "ui/training/SandboxesPage.h"
#include "ui/training/StartExamDialog.h"
#include "ui/training/TrainerWorkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace frontline;
using namespace std::chrono_literals;

namespace {

class TrainingWalkTest : public test::ExamDeskTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ExamDeskTest::SetUp());
        sofiaHttp = std::make_unique<test::HttpClient>(backOffice->baseUrl());
        ASSERT_EQ(sofiaHttp->signIn(u"sofia"_qs, u"demo"_qs).status, 200);
    }

    // What production holds that training must never touch: its rows and its figures.
    QStringList productionFigures()
    {
        QStringList figures;
        for (const char *table : {"tickets", "customers", "messages", "escalations",
                                  "csat_responses", "ticket_assignments"}) {
            QVariant count;
            EXPECT_TRUE(
                backOffice->query(u"SELECT COUNT(*) FROM "_qs + QLatin1StringView(table), &count));
            figures.append(QLatin1StringView(table) + u'=' + count.toString());
        }
        figures.append(
            QString::fromUtf8(sofiaHttp
                                  ->get(u"/api/v1/metrics/operators?from=2026-01-01T00:00:00Z"
                                        "&to=2027-12-31T00:00:00Z"_qs)
                                  .body));
        return figures;
    }

    // The steps of the walk, in order; each leaves its state in the members below.
    void tanyaMakesTheSandbox();
    void tanyaPutsOlgaInTheCohort();
    void tanyaStartsTheExam();
    void olgaSignsInToTheMarkedSandbox();
    void olgaAnswersThreeCustomersAtOnce();
    void tanyaReadsTheResult();
    void tanyaExportsTheCohort();

    std::unique_ptr<test::HttpClient> sofiaHttp;
    std::unique_ptr<test::DemoDesk> tanya;
    std::unique_ptr<ui::MainWindow> trainerWindow;
    std::unique_ptr<QAbstractItemModelTester> sandboxesTester;
    std::unique_ptr<QAbstractItemModelTester> examsTester;
    ui::ExamsPage *examsPage = nullptr;
    QString olgaId;
    QString examId;
    std::unique_ptr<test::DemoDesk> olga;
    std::unique_ptr<ui::MainWindow> olgaWindow;
};

// Ctrl+N on the Sandboxes page: the dialog offers the demo pack; the sandbox is listed with it.
void TrainingWalkTest::tanyaMakesTheSandbox()
{
    tanya = test::DemoDesk::signIn(backOffice->baseUrl(), u"tanya"_qs);
    ASSERT_TRUE(tanya);
    tanya->desk().engine()->setRetryDelays(5, 200);
    trainerWindow = std::make_unique<ui::MainWindow>();
    trainerWindow->setClient(ui::partsOf(tanya->desk()));
    trainerWindow->resize(1500, 950);
    trainerWindow->show();
    trainerWindow->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(trainerWindow.get()));
    ui::SandboxesPage *page = trainerWindow->sandboxesPage();
    ASSERT_NE(page, nullptr);
    sandboxesTester = std::make_unique<QAbstractItemModelTester>(
        page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    trainerWindow->trainerWorkspace()->showPage(page);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
    ui::NewSandboxDialog *dialog = page->newDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(test::waitUntil([&] { return dialog->packBox()->findData(u"demo-en"_qs) >= 0; }));
    dialog->packBox()->setCurrentIndex(dialog->packBox()->findData(u"demo-en"_qs));
    dialog->titleEdit()->setText(u"December cohort"_qs);
    dialog->nameEdit()->setText(u"december"_qs);
    dialog->createButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return !page->newDialog(); }, 30s))
        << dialog->statusLabel()->text().toStdString();
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->currentName(), u"december");
    EXPECT_EQ(page->model()->index(0, app::SandboxListModel::PackColumn).data(), u"demo-en"_qs);
}

void TrainingWalkTest::tanyaPutsOlgaInTheCohort()
{
    QVariant id; // not signed in to production: her hours there stay as they were
    ASSERT_TRUE(backOffice->query(u"SELECT id FROM operators WHERE username = 'olga'"_qs, &id));
    olgaId = id.toString();
    ui::SandboxesPage *page = trainerWindow->sandboxesPage();
    ASSERT_TRUE(test::waitUntil([&] {
        page->reloadColleagues();
        return page->colleagueBox()->findData(olgaId) >= 0;
    }));
    page->colleagueBox()->setCurrentIndex(page->colleagueBox()->findData(olgaId));
    page->addTraineeButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return page->cohortList()->count() == 1; }));
    EXPECT_EQ(page->model()->index(0, app::SandboxListModel::TraineesColumn).data().toInt(), 1);
}

// On the Exams page: the exam for olga alone, three customers at once, 45 minutes.
void TrainingWalkTest::tanyaStartsTheExam()
{
    examsPage = trainerWindow->examsPage();
    ASSERT_NE(examsPage, nullptr);
    examsTester = std::make_unique<QAbstractItemModelTester>(
        examsPage->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    examsPage->exams().setPollInterval(200);
    trainerWindow->trainerWorkspace()->showPage(examsPage);
    QComboBox *sandboxes = examsPage->sandboxBox();
    ASSERT_TRUE(test::waitUntil([&] { return sandboxes->findData(u"december"_qs) >= 0; }));
    sandboxes->setCurrentIndex(sandboxes->findData(u"december"_qs));
    ui::StartExamDialog *dialog = examsPage->openStartDialog();
    ASSERT_TRUE(test::waitUntil([&] { return dialog->trainees()->count() == 1; }));
    dialog->wholeCohort()->setChecked(false);
    dialog->trainees()->item(0)->setCheckState(Qt::Checked);
    dialog->simultaneousBox()->setValue(3);
    dialog->durationBox()->setValue(45);
    dialog->start();
    ASSERT_TRUE(test::waitUntil([&] { return examsPage->model()->rowCount() == 1; }, 20s))
        << examsPage->stateLabel()->text().toStdString();
    examId = examsPage->model()->index(0, 0).data(app::ExamListModel::ExamIdRole).toString();
    ASSERT_FALSE(examId.isEmpty());
}

// The sign-in names the sandbox; the window carries its band and title; Begin starts the clock.
void TrainingWalkTest::olgaSignsInToTheMarkedSandbox()
{
    olga = test::DemoDesk::signIn(backOffice->baseUrl(), u"olga"_qs, u"demo"_qs, u"december"_qs);
    ASSERT_TRUE(olga);
    olga->desk().engine()->setRetryDelays(5, 200);
    olgaWindow = std::make_unique<ui::MainWindow>();
    olgaWindow->setClient(ui::partsOf(olga->desk()));
    olgaWindow->resize(1500, 950);
    olgaWindow->show();
    ui::SandboxBand *band = olgaWindow->sandboxBand();
    ASSERT_NE(band, nullptr);
    EXPECT_TRUE(band->isVisible());
    EXPECT_TRUE(band->text().contains(u"Training — no real customers"));
    EXPECT_EQ(band->palette().color(band->backgroundRole()), QColor(0x9a, 0x4a, 0x00))
        << "the band's amber, not the tool bar's button colour";
    ASSERT_TRUE(test::waitUntil([&] { return band->text().contains(u"December cohort"); }, 10s));
    ui::ExamStrip *strip = olgaWindow->examStrip();
    ASSERT_NE(strip, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return strip->beginButton()->isVisible(); }, 20s));
    strip->beginButton()->click();
    app::ExamSession *session = olga->desk().exam();
    ASSERT_TRUE(
        test::waitUntil([&] { return session->phase() == app::ExamSession::Phase::Running; }, 20s));
    ASSERT_TRUE(test::waitUntil([&] { return strip->countdownText().startsWith(u"Exam: 4"); }));
}

// Three customers write at once; she answers each from her reply box, and each answers back.
void TrainingWalkTest::olgaAnswersThreeCustomersAtOnce()
{
    app::ExamSession *session = olga->desk().exam();
    QStringList tickets;
    ASSERT_TRUE(test::waitUntil(
        [&] {
            tickets.clear();
            for (const QJsonValue &conversation :
                 session->exam().exam.value(u"conversations").toArray()) {
                const QString id = conversation[u"ticket_id"].toString();
                auto cached = olga->desk().store().ticket(id);
                if (!id.isEmpty() && cached && cached.value())
                    tickets.append(id);
            }
            return tickets.size() == 3;
        },
        30s))
        << tickets.size() << " conversations in the cache";
    ui::ConversationPane *chat = olgaWindow->operatorPerspective()->conversationPane();
    for (const QString &ticket : tickets) {
        chat->openTicket(ticket);
        chat->composer()->setPlainText(u"Sorry for the wait, I am looking into it right now."_qs);
        ASSERT_TRUE(chat->send()) << ticket.toStdString();
    }
    // Once her replies are in, the customers take their time to read and type (the script's
    // seconds, on the back office's clock): half a minute passes, short of any silence the script
    // waits for.
    ASSERT_TRUE(test::waitUntil([&] { return olga->desk().engine()->pendingCount() == 0; }, 20s));
    advanceClock(30 * 1000);
    const auto customerAnswered = [&](const QString &ticket) {
        auto messages = olga->desk().store().messages(ticket);
        if (!messages)
            return false;
        bool replied = false;
        for (const app::CachedMessage &message : messages.value()) {
            if (message.authorKind == u"operator" && !message.internal)
                replied = true;
            else if (replied && message.authorKind == u"customer")
                return true;
        }
        return false;
    };
    for (const QString &ticket : tickets) {
        ASSERT_TRUE(test::waitUntil([&] { return customerAnswered(ticket); }, 30s))
            << "no answer from the customer of " << ticket.toStdString();
    }
}

// At the close (and the grace minute for late reports) the result: score, band, each criterion
// with what was missed, the replay of each conversation.
void TrainingWalkTest::tanyaReadsTheResult()
{
    advanceClock((45 * 60 + 61) * 1000);
    ASSERT_TRUE(test::waitUntil(
        [&] {
            return examsPage->model()
                       ->index(0, app::ExamListModel::StateColumn)
                       .data()
                       .toString() == u"Closed";
        },
        30s));
    examsPage->table()->setCurrentIndex(examsPage->model()->index(0, 0));
    ui::ExamResultView *result = examsPage->resultView();
    ASSERT_TRUE(test::waitUntil([&] { return result->scores()->topLevelItemCount() > 0; }, 10s));
    const QString summary = result->summary()->text();
    EXPECT_TRUE(summary.startsWith(u"Olga Smirnova: ")) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u" of 100, ")) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"not passed")) << "kind words alone do not pass";
    int lost = 0;
    for (int row = 0; row < result->scores()->topLevelItemCount(); ++row) {
        QTreeWidgetItem *scenario = result->scores()->topLevelItem(row);
        EXPECT_EQ(scenario->childCount(), 6) << "the six criteria";
        for (int line = 0; line < scenario->childCount(); ++line) {
            QTreeWidgetItem *criterion = scenario->child(line);
            if (criterion->text(1) != criterion->text(2) && criterion->text(1) != u"N/A")
                ++lost;
        }
    }
    EXPECT_GT(lost, 0) << "where she lost points is shown";
    ui::ExamReplay *replay = result->replay();
    ASSERT_GE(replay->conversations()->count(), 3);
    ASSERT_GT(replay->messageCount(), 0);
    replay->setPlayInterval(10);
    replay->play();
    ASSERT_TRUE(test::waitUntil([&] { return replay->shownCount() == replay->messageCount(); }));
}

void TrainingWalkTest::tanyaExportsTheCohort()
{
    ui::CohortView *cohort = examsPage->cohortView();
    ASSERT_TRUE(test::waitUntil([&] { return cohort->summary().taken == 1; }, 10s));
    QTemporaryDir exports;
    const QString csvPath = exports.filePath(u"cohort.csv"_qs);
    ASSERT_TRUE(cohort->exportCsv(csvPath).ok());
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    ASSERT_GE(lines.size(), 2);
    const QByteArray first = "Olga Smirnova," + olgaId.toUtf8() + "," + examId.toUtf8();
    EXPECT_TRUE(lines[1].startsWith(first)) << lines[1].toStdString();
    const QString pdfPath = exports.filePath(u"cohort.pdf"_qs);
    ASSERT_TRUE(cohort->exportPdf(pdfPath).ok());
    EXPECT_GT(QFile(pdfPath).size(), 1000);
}

} // namespace

TEST_F(TrainingWalkTest, TanyaExaminesOlgaInASandboxAndProductionIsUntouched)
{
    const QStringList before = productionFigures();
    ASSERT_NO_FATAL_FAILURE(tanyaMakesTheSandbox());
    ASSERT_NO_FATAL_FAILURE(tanyaPutsOlgaInTheCohort());
    ASSERT_NO_FATAL_FAILURE(tanyaStartsTheExam());
    ASSERT_NO_FATAL_FAILURE(olgaSignsInToTheMarkedSandbox());
    ASSERT_NO_FATAL_FAILURE(olgaAnswersThreeCustomersAtOnce());
    ASSERT_NO_FATAL_FAILURE(tanyaReadsTheResult());
    ASSERT_NO_FATAL_FAILURE(tanyaExportsTheCohort());
    EXPECT_EQ(productionFigures(), before);
    QVariant records;
    ASSERT_TRUE(backOffice->query(
        u"SELECT COUNT(*) FROM training_results WHERE exam_id = '"_qs + examId + u"'", &records));
    EXPECT_EQ(records.toInt(), 1) << "the record, the only production data training writes";
}
