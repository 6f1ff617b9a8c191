// The exam on the desktop against the real demo back office (issue 19, items 7-10): tanya starts
// an exam for olga from her Exams page, olga begins it under the sandbox's band, the countdown
// follows the back office's test clock, her answer and her knowledge-base searches reach the back
// office through the outbox, a reply after the close is refused and said so, and tanya sees the
// result with its criteria, timeline and replay and exports the cohort as CSV and PDF.
#include "app/ClientCore.h"
#include "app/models/KbArticleListModel.h"
#include "app/store/LocalStore.h"
#include "app/store/Outbox.h"
#include "app/sync/SyncEngine.h"
#include "app/training/ExamActivity.h"
#include "app/training/ExamListModel.h"
#include "app/training/ExamSession.h"
#include "app/training/TrainerExams.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ExamDeskFixture.h"
#include "tests/ui/PdfText.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/RefusalBanner.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/SandboxBand.h"
#include "ui/training/CohortView.h"
#include "ui/training/ExamQuestionsPanel.h"
#include "ui/training/ExamReplay.h"
#include "ui/training/ExamResultView.h"
#include "ui/training/ExamStrip.h"
#include "ui/training/ExamsPage.h"
#include "ui/training/StartExamDialog.h"
#include "ui/training/TrainerWorkspace.h"

#include <QAbstractButton>
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
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace frontline;
using namespace std::chrono_literals;

namespace {

class ExamFlowTest : public test::ExamDeskTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ExamDeskTest::SetUp());
        auto olgaHttp = std::make_unique<test::HttpClient>(backOffice->baseUrl());
        ASSERT_EQ(olgaHttp->signIn(u"olga"_qs, u"demo"_qs).status, 200);
        olgaId = olgaHttp->get(u"/api/v1/me"_qs).json().value(u"id").toString();
        const test::HttpReply made = tanyaHttp->send("POST", u"/api/v1/training/sandboxes"_qs,
                                                     json({{u"name"_qs, u"exam-ui"_qs},
                                                           {u"title"_qs, u"December cohort"_qs},
                                                           {u"pack_id"_qs, u"demo-en"_qs}}));
        ASSERT_EQ(made.status, 201) << made.body.toStdString();
        ASSERT_EQ(
            tanyaHttp->send("PUT", u"/api/v1/training/sandboxes/exam-ui/trainees/"_qs + olgaId, {})
                .status,
            200);
    }

    // The steps of the walk, in order; each leaves its state in the members below.
    void openTanyasExamsPage();
    void startExamForOlga();
    void olgaBeginsUnderTheBand();
    void theCountdownFollowsTheBackOfficesClock();
    void olgaAnswersAQuestion();
    void olgaSearchesOpensAndInserts();
    void aReplyAfterTheCloseIsRefused();
    void tanyaReadsTheResult();
    void tanyaExportsTheCohort();

    QString olgaId;
    std::unique_ptr<test::DemoDesk> tanya;
    std::unique_ptr<ui::MainWindow> trainerWindow;
    ui::ExamsPage *page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QString examId;
    std::unique_ptr<test::DemoDesk> olga;
    app::ExamSession *session = nullptr;
    std::unique_ptr<ui::MainWindow> window;
    ui::ExamStrip *strip = nullptr;
    QString ticketId;
    QJsonObject closed;
};

void ExamFlowTest::openTanyasExamsPage()
{
    tanya = test::DemoDesk::signIn(backOffice->baseUrl(), u"tanya"_qs);
    ASSERT_TRUE(tanya);
    trainerWindow = std::make_unique<ui::MainWindow>();
    trainerWindow->setClient(ui::partsOf(tanya->desk()));
    page = trainerWindow->examsPage();
    ASSERT_NE(page, nullptr);
    tester = std::make_unique<QAbstractItemModelTester>(
        page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->exams().setPollInterval(200);
    trainerWindow->show();
    trainerWindow->trainerWorkspace()->showPage(page);
    ASSERT_TRUE(page->exams().isPolling());
}

void ExamFlowTest::startExamForOlga()
{
    ASSERT_TRUE(test::waitUntil([&] { return page->sandboxBox()->findData(u"exam-ui"_qs) >= 0; }));
    page->sandboxBox()->setCurrentIndex(page->sandboxBox()->findData(u"exam-ui"_qs));
    ui::StartExamDialog *dialog = page->openStartDialog();
    ASSERT_TRUE(test::waitUntil([&] { return dialog->trainees()->count() == 1; }));
    dialog->wholeCohort()->setChecked(false);
    EXPECT_TRUE(dialog->trainees()->isEnabled());
    dialog->trainees()->item(0)->setCheckState(Qt::Checked);
    EXPECT_EQ(dialog->trainees()->item(0)->data(Qt::UserRole).toString(), olgaId);
    dialog->simultaneousBox()->setValue(3);
    dialog->durationBox()->setValue(45);
    dialog->start();
    ASSERT_TRUE(test::waitUntil([&] { return page->model()->rowCount() == 1; }, 20s))
        << page->stateLabel()->text().toStdString();
    EXPECT_EQ(page->model()->index(0, app::ExamListModel::StateColumn).data().toString(),
              u"Not started");
    EXPECT_EQ(page->model()->index(0, app::ExamListModel::TraineeColumn).data().toString(),
              u"Olga Smirnova");
    examId = page->model()->index(0, 0).data(app::ExamListModel::ExamIdRole).toString();
    ASSERT_FALSE(examId.isEmpty());
}

// Olga, in her sandbox: the band says what the exam is and offers Begin.
void ExamFlowTest::olgaBeginsUnderTheBand()
{
    olga = test::DemoDesk::signIn(backOffice->baseUrl(), u"olga"_qs, u"demo"_qs, u"exam-ui"_qs);
    ASSERT_TRUE(olga);
    olga->desk().engine()->setRetryDelays(5, 200);
    session = olga->desk().exam();
    ASSERT_NE(session, nullptr);
    session->activity().setSettleInterval(100);
    window = std::make_unique<ui::MainWindow>();
    window->setClient(ui::partsOf(olga->desk()));
    window->resize(1500, 950);
    window->show();
    strip = window->examStrip();
    ASSERT_NE(strip, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return strip->beginButton()->isVisible(); }, 20s));
    EXPECT_TRUE(strip->statusLabel()->text().contains(u"3 customer"))
        << strip->statusLabel()->text().toStdString();
    EXPECT_TRUE(strip->statusLabel()->text().contains(u"45 minute"));
    strip->beginButton()->click();
    ASSERT_TRUE(
        test::waitUntil([&] { return session->phase() == app::ExamSession::Phase::Running; }, 20s));
    ASSERT_TRUE(test::waitUntil([&] { return strip->countdownText().startsWith(u"Exam: 4"); }));
    EXPECT_FALSE(strip->isWarning());
}

// The back office's clock moves 41 minutes and 10 s: after a read, so does the band, now red;
// the trainer's table shows her running, with the time left.
void ExamFlowTest::theCountdownFollowsTheBackOfficesClock()
{
    advanceClock((41 * 60 + 10) * 1000);
    session->refresh();
    ASSERT_TRUE(test::waitUntil(
        [&] {
            const auto left = session->secondsLeft();
            return left && *left <= 4 * 60 && *left > 3 * 60;
        },
        10s))
        << strip->countdownText().toStdString();
    EXPECT_TRUE(strip->countdownText().startsWith(u"Exam: 3:"))
        << strip->countdownText().toStdString();
    ASSERT_TRUE(test::waitUntil([&] { return strip->isWarning(); }, 3s));
    ASSERT_TRUE(test::waitUntil(
        [&] {
            return page->model()->index(0, app::ExamListModel::StateColumn).data().toString() ==
                       u"Running" &&
                   !page->model()
                        ->index(0, app::ExamListModel::TimeLeftColumn)
                        .data()
                        .toString()
                        .isEmpty();
        },
        10s));
}

void ExamFlowTest::olgaAnswersAQuestion()
{
    window->examQuestionsAction()->trigger();
    ui::ExamQuestionsPanel *panel = window->examQuestionsPanel();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(panel->isVisible());
    const QString questionId = panel->currentQuestionId();
    EXPECT_EQ(session->activity().questionOnScreen(), questionId);
    if (!panel->optionButtons().isEmpty())
        panel->optionButtons().first()->setChecked(true);
    else
        panel->freeAnswer()->setText(u"14 days"_qs);
    panel->submit();
    EXPECT_TRUE(session->exam().isAnswered(questionId));
    panel->close();
    EXPECT_TRUE(session->activity().questionOnScreen().isEmpty());
    ASSERT_TRUE(test::waitUntil(
        [&] {
            for (const QJsonValue &question : examAsTrainer(examId).value(u"questions").toArray())
                if (question[u"id"].toString() == questionId)
                    return question[u"answered"].toBool();
            return false;
        },
        20s));
}

void ExamFlowTest::olgaSearchesOpensAndInserts()
{
    ASSERT_TRUE(test::waitUntil(
        [&] {
            for (const QJsonValue &conversation :
                 session->exam().exam.value(u"conversations").toArray()) {
                const QString id = conversation[u"ticket_id"].toString();
                auto cached = olga->desk().store().ticket(id);
                if (!id.isEmpty() && cached && cached.value())
                    ticketId = id;
            }
            return !ticketId.isEmpty();
        },
        20s));
    ui::OperatorPerspective *desk = window->operatorPerspective();
    ASSERT_NE(desk, nullptr);
    desk->conversationPane()->openTicket(ticketId);
    ui::KnowledgeBasePane *kb = desk->knowledgeBasePane();
    ASSERT_EQ(kb->currentTicket(), ticketId);
    QSignalSpy reported(&session->activity(), &app::ExamActivity::reported);
    kb->searchField()->setText(u"return"_qs);
    kb->searchNow();
    ASSERT_GT(kb->results()->rowCount(), 0);
    ASSERT_TRUE(test::waitUntil([&] { return reported.count() == 1; }, 5s));
    kb->openArticle(kb->results()->articleId(0));
    kb->insertLink();
    ASSERT_TRUE(test::waitUntil([&] { return reported.count() == 3; }, 5s));
    ASSERT_TRUE(test::waitUntil([&] { return olga->desk().engine()->pendingCount() == 0; }, 20s));
    EXPECT_EQ(app::Outbox(olga->desk().store()).failedCount().value(), 0);
}

void ExamFlowTest::aReplyAfterTheCloseIsRefused()
{
    advanceClock(4 * 60 * 1000);
    ASSERT_TRUE(test::waitUntil(
        [&] { return examAsTrainer(examId).value(u"state").toString() != u"running"; }, 20s));
    ASSERT_TRUE(
        test::waitUntil([&] { return session->phase() == app::ExamSession::Phase::Over; }, 20s));
    EXPECT_TRUE(strip->statusLabel()->text().startsWith(u"The exam is over"));
    ASSERT_TRUE(olga->desk().commands()->sendMessage(ticketId, u"Sorry for the wait"_qs).ok());
    ui::RefusalBanner *banner = window->operatorPerspective()->conversationPane()->refusalBanner();
    ASSERT_TRUE(test::waitUntil([&] { return banner->hasRefusal(ticketId); }, 20s));
    EXPECT_TRUE(banner->accessibleName().startsWith(u"The exam is over"))
        << banner->accessibleName().toStdString();
}

// After the grace minute for late reports the result is computed: the reports are in its
// timeline, and the trainer's page shows the criteria, the timeline and the replay.
void ExamFlowTest::tanyaReadsTheResult()
{
    advanceClock(61 * 1000);
    ASSERT_TRUE(test::waitUntil(
        [&] {
            closed = examAsTrainer(examId);
            return closed.value(u"state").toString() == u"closed" &&
                   closed.value(u"result").isObject();
        },
        30s))
        << QJsonDocument(closed).toJson().toStdString();
    QSet<QString> kinds;
    for (const QJsonValue &entry : closed.value(u"result")[u"timeline"].toArray())
        kinds.insert(entry[u"kind"].toString());
    for (const QString &kind :
         {u"search"_qs, u"article_opened"_qs, u"article_inserted"_qs, u"answer"_qs})
        EXPECT_TRUE(kinds.contains(kind)) << kind.toStdString();
    ASSERT_TRUE(test::waitUntil(
        [&] {
            return page->model()->index(0, app::ExamListModel::StateColumn).data().toString() ==
                   u"Closed";
        },
        10s));
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    ui::ExamResultView *result = page->resultView();
    ASSERT_TRUE(test::waitUntil([&] { return result->scores()->topLevelItemCount() > 0; }, 10s));
    EXPECT_TRUE(result->summary()->text().startsWith(u"Olga Smirnova: "));
    EXPECT_EQ(result->scores()->topLevelItem(0)->childCount(), 6); // the six criteria
    EXPECT_GT(result->timeline()->topLevelItemCount(), 0);
    EXPECT_EQ(result->questions()->topLevelItemCount(),
              int(closed.value(u"questions").toArray().size()));
    ui::ExamReplay *replay = result->replay();
    ASSERT_GT(replay->conversations()->count(), 0);
    ASSERT_GT(replay->messageCount(), 0);
    EXPECT_EQ(replay->shownCount(), 0);
    replay->step();
    EXPECT_EQ(replay->shownCount(), 1);
    replay->setPlayInterval(10);
    replay->play();
    ASSERT_TRUE(test::waitUntil([&] { return replay->shownCount() == replay->messageCount(); }));
    ASSERT_TRUE(test::waitUntil([&] { return !replay->isPlaying(); }));
}

void ExamFlowTest::tanyaExportsTheCohort()
{
    ui::CohortView *cohort = page->cohortView();
    ASSERT_TRUE(test::waitUntil([&] { return cohort->summary().taken == 1; }, 10s))
        << QJsonDocument(page->exams().exams().value(0)).toJson().toStdString();
    QTemporaryDir exports;
    const QString csvPath = exports.filePath(u"cohort.csv"_qs);
    ASSERT_TRUE(cohort->exportCsv(csvPath).ok());
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], "trainee,operator_id,exam_id,total,band,passed,closed_at\r");
    const QByteArray first = "Olga Smirnova," + olgaId.toUtf8() + "," + examId.toUtf8();
    EXPECT_TRUE(lines[1].startsWith(first)) << lines[1].toStdString();
    const QString pdfPath = exports.filePath(u"cohort.pdf"_qs);
    ASSERT_TRUE(cohort->exportPdf(pdfPath).ok());
    EXPECT_GT(QFile(pdfPath).size(), 1000);
    const QString text = test::pdfText(pdfPath);
    EXPECT_TRUE(text.contains(u"Exams of December cohort"));
    EXPECT_TRUE(text.contains(u"Olga Smirnova"));
    EXPECT_EQ(text.count(u'\f'), 1); // one page
}

} // namespace

TEST_F(ExamFlowTest, TanyaStartsAnExamOlgaTakesItAndTanyaReadsTheResult)
{
    ASSERT_NO_FATAL_FAILURE(openTanyasExamsPage());
    ASSERT_NO_FATAL_FAILURE(startExamForOlga());
    ASSERT_NO_FATAL_FAILURE(olgaBeginsUnderTheBand());
    ASSERT_NO_FATAL_FAILURE(theCountdownFollowsTheBackOfficesClock());
    ASSERT_NO_FATAL_FAILURE(olgaAnswersAQuestion());
    ASSERT_NO_FATAL_FAILURE(olgaSearchesOpensAndInserts());
    ASSERT_NO_FATAL_FAILURE(aReplyAfterTheCloseIsRefused());
    ASSERT_NO_FATAL_FAILURE(tanyaReadsTheResult());
    ASSERT_NO_FATAL_FAILURE(tanyaExportsTheCohort());
}
