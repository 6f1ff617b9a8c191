// The desktop side of QA reviews (issue 18, items 6 and 7) against the real demo back office:
// the review screen scores as protocol::scoreReview does (a hand-computed case with N/A and a
// critical miss) and submits; the review list pages and filters (model tester in Fatal mode); an
// operator finds her new review, disputes it, reads the reply and acknowledges it; the trainer's
// perspective is the Quality workspace and shows no contact data; English and Russian.
#include "ui/qa/QualityWorkspace.h"
#include "app/board/OperatorBoardModel.h"
#include "app/qa/QaCandidateModel.h"
#include "app/qa/QaReviewListModel.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "tests/ui/PdfText.h"
#include "ui/qa/NewReviewDialog.h"
#include "ui/qa/ReviewScreen.h"
#include "ui/qa/ReviewThreadView.h"
#include "ui/qa/ScoreBreakdownView.h"
#include "ui/qa/ScorecardForm.h"
#include "ui/shell/StatusMessage.h"
#include "ui/supervisor/SupervisorPerspective.h"
#include "ui/training/TrainerWorkspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace frontline;
using namespace frontline::test;

namespace {

using L = QLatin1StringView;

QJsonObject criterion(const char *id, const char *title, int weight, const char *scale,
                      bool na = false, bool critical = false)
{
    return {{L("id"), L(id)},       {L("title"), L(title)}, {L("weight"), weight},
            {L("scale"), L(scale)}, {L("na_allowed"), na},  {L("critical"), critical}};
}

class QualityWorkspaceTest : public OperatorFlowTest
{
protected:
    // Greeting (yes/no, 20), Solution (1-5, 60, critical), Tone (1-3, 20, N/A allowed).
    protocol::Scorecard testCard(HttpClient &reviewer)
    {
        const QJsonObject body{
            {L("name"), QStringLiteral("Chat check")},
            {L("channel"), QStringLiteral("chat")},
            {L("locale"), QStringLiteral("en")},
            {L("sections"),
             QJsonArray{
                 QJsonObject{{L("title"), QStringLiteral("Conversation")},
                             {L("criteria"),
                              QJsonArray{criterion("greeting", "Greeting", 20, "yes_no"),
                                         criterion("solution", "Solution", 60, "1_5", false, true),
                                         criterion("tone", "Tone", 20, "1_3", true)}}}}}};
        const HttpReply created =
            reviewer.send("POST", QStringLiteral("/api/v1/scorecards"), json(body));
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        auto card = protocol::Scorecard::fromJson(created.json());
        EXPECT_TRUE(card.ok());
        return card.ok() ? card.value() : protocol::Scorecard{};
    }
    // A resolved conversation of `operatorId` (any operator when empty) nobody reviewed yet.
    static QString unreviewedTicket(HttpClient &reviewer, const QString &operatorId = {})
    {
        QSet<QString> reviewed;
        for (const QJsonValue &r : reviewer.get(QStringLiteral("/api/v1/qa/reviews?limit=500"))
                                       .json()[L("reviews")]
                                       .toArray())
            reviewed.insert(r[L("ticket_id")].toString());
        const QString query = operatorId.isEmpty() ? QString() : u"&operator_id=" + operatorId;
        for (const QJsonValue &t : reviewer.get(u"/api/v1/qa/candidates?limit=500" + query)
                                       .json()[L("tickets")]
                                       .toArray()) {
            if (!reviewed.contains(t[L("ticket_id")].toString()))
                return t[L("ticket_id")].toString();
        }
        return {};
    }
    static void choose(ui::ScorecardForm &form, const char *id, std::optional<int> value)
    {
        QAbstractButton *button = form.choice(QString::fromLatin1(id), value);
        ASSERT_TRUE(button) << id;
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static void dropTranslations()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCoreApplication::processEvents();
    }
};

} // namespace

// 20 + 60 + 20 with Tone N/A: its 20 spread over the 80 answered, so Greeting weighs 25 and
// Solution 75. Greeting yes (25) and Solution 4 of 5 (75 × 3/4 = 56.25): 81.25, shown 81.3.
// Solution at 1 is a critical miss: 0.
TEST_F(QualityWorkspaceTest, TheReviewScreenShowsScoreReviewsBreakdownAndSubmits)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto sofiaHttp = colleague(QStringLiteral("sofia"));
    const protocol::Scorecard card = testCard(*sofiaHttp);
    const QString ticket = unreviewedTicket(*sofiaHttp);
    ASSERT_FALSE(ticket.isEmpty());

    app::QaReviewActions actions(sofia->desk().client());
    ui::ReviewScreen screen(actions, ui::ReviewScreen::Reader::Reviewer);
    QSignalSpy loaded(&screen, &ui::ReviewScreen::loaded);
    screen.startReview(ticket, card);
    screen.show();
    ASSERT_TRUE(waitUntil([&] { return loaded.size() == 1; }));
    EXPECT_FALSE(screen.conversationText()->toPlainText().isEmpty());
    EXPECT_TRUE(screen.figuresLabel()->text().contains(u"Ticket #"));
    ui::ScorecardForm &form = *screen.form();
    EXPECT_FALSE(screen.submitButton()->isEnabled());
    EXPECT_EQ(screen.breakdown()->scoreText(), u"Score: 3 criteria to answer");
    EXPECT_FALSE(form.choice(QStringLiteral("greeting"), std::nullopt)) << "no N/A on Greeting";

    choose(form, "greeting", 1);
    choose(form, "solution", 4);
    choose(form, "tone", std::nullopt);
    EXPECT_EQ(screen.breakdown()->scoreText(), u"Score: 81.3 %");
    const auto expected = protocol::scoreReview(card, form.draft().answers());
    ASSERT_TRUE(expected.ok());
    EXPECT_DOUBLE_EQ(expected->percent, 81.3);
    QTableWidget *table = screen.breakdown()->table();
    ASSERT_EQ(table->rowCount(), 3);
    using B = ui::ScoreBreakdownView;
    EXPECT_EQ(table->item(0, B::EffectiveWeightColumn)->text(), u"25.00");
    EXPECT_EQ(table->item(0, B::PointsColumn)->text(), u"25.00");
    EXPECT_EQ(table->item(1, B::WeightColumn)->text(), u"60");
    EXPECT_EQ(table->item(1, B::EffectiveWeightColumn)->text(), u"75.00");
    EXPECT_EQ(table->item(1, B::PointsColumn)->text(), u"56.25");
    EXPECT_EQ(table->item(2, B::AnswerColumn)->text(), u"N/A");
    EXPECT_EQ(table->item(2, B::PointsColumn)->text(), u"N/A");

    choose(form, "solution", 1);
    EXPECT_EQ(screen.breakdown()->scoreText(), u"Critical criterion missed: score 0");
    EXPECT_TRUE(table->item(1, B::CriterionColumn)->text().contains(u"critical, missed"));
    choose(form, "solution", 4);
    QTest::keyClicks(form.commentField(QStringLiteral("solution")), QStringLiteral("Good fix"));
    QTest::keyClicks(form.overallComment(), QStringLiteral("Well done"));
    // Every control is named for a screen reader; each criterion's buttons by their criterion.
    EXPECT_EQ(form.criterionGroup(QStringLiteral("tone"))->accessibleName(), u"Tone");
    EXPECT_EQ(form.choice(QStringLiteral("tone"), std::nullopt)->accessibleName(), u"Tone: N/A");
    for (QWidget *control : screen.findChildren<QWidget *>()) {
        if (control->focusPolicy() != Qt::NoFocus && control->isVisibleTo(&screen) &&
            !qobject_cast<QScrollBar *>(control)) {
            EXPECT_FALSE(control->accessibleName().isEmpty())
                << control->metaObject()->className() << " " << control->objectName().toStdString();
        }
    }

    ASSERT_TRUE(screen.submitButton()->isEnabled());
    QSignalSpy submitted(&screen, &ui::ReviewScreen::submitted);
    QTest::mouseClick(screen.submitButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return submitted.size() == 1; }));
    ASSERT_FALSE(screen.reviewId().isEmpty());
    const HttpReply stored = sofiaHttp->get(u"/api/v1/qa/reviews/" + screen.reviewId());
    ASSERT_EQ(stored.status, 200);
    EXPECT_DOUBLE_EQ(stored.json()[L("score")].toDouble(), 81.3);
    EXPECT_EQ(stored.json()[L("comment")].toString(), u"Well done");
    EXPECT_EQ(stored.json()[L("ticket_id")].toString(), ticket);
    // Submitted: read only, with its status; the reviewer replies only to a dispute.
    EXPECT_FALSE(screen.submitButton()->isVisible());
    EXPECT_TRUE(screen.thread()->statusLabel()->text().contains(u"New"));
    EXPECT_FALSE(screen.thread()->replyButton()->isEnabled());
}

// The list pages by the cursor of GET /qa/reviews without doubling a row, filters by status, and
// exports what it filters as CSV.
TEST_F(QualityWorkspaceTest, TheReviewListPagesAndFilters)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto sofiaHttp = colleague(QStringLiteral("sofia"));
    const int all = int(sofiaHttp->get(QStringLiteral("/api/v1/qa/reviews?limit=500"))
                            .json()[L("reviews")]
                            .toArray()
                            .size());
    ASSERT_GT(all, 3) << "the demo has reviews";

    ui::QualityWorkspace workspace(sofia->desk().client(), sofia->desk().store(),
                                   ui::QualityWorkspace::Reader::Reviewer);
    app::QaReviewListModel &model = *workspace.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    workspace.show();
    workspace.windowFilter()->setCurrentIndex(3); // any time
    model.setPageSize(3);
    workspace.applyFilters();
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading() && model.rowCount() == 3; }));
    EXPECT_TRUE(workspace.loadOlderAction()->isEnabled());
    while (model.canLoadOlder()) {
        const int before = model.rowCount();
        workspace.loadOlderAction()->trigger();
        ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
        ASSERT_GE(model.rowCount(), before);
    }
    EXPECT_EQ(model.rowCount(), all);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(app::QaReviewListModel::ReviewIdRole).toString());
    EXPECT_EQ(ids.size(), all);
    EXPECT_FALSE(
        model.index(0, app::QaReviewListModel::OperatorColumn).data().toString().isEmpty());

    model.setPageSize(100);
    workspace.statusFilter()->setCurrentIndex(
        workspace.statusFilter()->findData(QStringLiteral("acknowledged")));
    workspace.applyFilters();
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, 0).data(app::QaReviewListModel::StatusRole).toString(),
                  u"acknowledged");
    EXPECT_EQ(workspace.shownFilter().status, protocol::QaReviewStatus::Acknowledged);

    // "Export as CSV" writes every review the filters match, the header once.
    const int acknowledged = model.rowCount();
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("reviews.csv"));
    QSignalSpy done(&workspace, &ui::QualityWorkspace::exportDone);
    ASSERT_TRUE(workspace.exportAction()->isVisible());
    workspace.exportTo(path);
    ASSERT_TRUE(waitUntil([&] { return done.size() == 1; }));
    EXPECT_TRUE(done[0][1].toBool()) << workspace.stateLabel()->text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("id,reviewed_at,ticket_number,operator,reviewer,"));
    EXPECT_EQ(csv.count("\r\nid,reviewed_at"), 0);
    EXPECT_EQ(csv.count(",acknowledged,"), acknowledged);
    EXPECT_EQ(workspace.stateLabel()->text(), u"The reviews were exported to " + path);
    for (QWidget *control : std::initializer_list<QWidget *>{
             workspace.operatorFilter(), workspace.reviewerFilter(), workspace.statusFilter(),
             workspace.windowFilter(), workspace.table()})
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
}

// Olga hears of sofia's review, opens it from My reviews (Ctrl+Shift+Y), disputes it, reads the
// reply, and acknowledges it; each answer reaches the back office.
TEST_F(QualityWorkspaceTest, OlgaDisputesReadsTheReplyAndAcknowledges)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    auto window = windowFor(*olga);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    auto sofiaHttp = colleague(QStringLiteral("sofia"));
    const protocol::Scorecard card = testCard(*sofiaHttp);
    const QString ticket = unreviewedTicket(*sofiaHttp, olga->desk().user().id);
    ASSERT_FALSE(ticket.isEmpty());
    const QJsonObject body{
        {L("ticket_id"), ticket},
        {L("scorecard_id"), card.id},
        {L("answers"), QJsonArray{QJsonObject{{L("criterion_id"), L("greeting")}, {L("value"), 0}},
                                  QJsonObject{{L("criterion_id"), L("solution")}, {L("value"), 5}},
                                  QJsonObject{{L("criterion_id"), L("tone")}, {L("value"), 3}}}}};
    const HttpReply created =
        sofiaHttp->send("POST", QStringLiteral("/api/v1/qa/reviews"), json(body));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString id = created.json()[L("id")].toString();
    // The feed brings it: the status bar tells her, with the key to her reviews.
    ASSERT_TRUE(waitUntil(
        [&] { return window->statusMessage()->text().contains(u"New QA review of ticket #"); },
        std::chrono::seconds(20)))
        << window->statusMessage()->text().toStdString();
    EXPECT_TRUE(window->statusMessage()->text().contains(u"80.0"));

    ASSERT_TRUE(window->myReviewsAction());
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(waitUntil([&] { return window->qualityWorkspace() != nullptr; }));
    ui::QualityWorkspace *mine = window->qualityWorkspace();
    EXPECT_FALSE(mine->newReviewAction()->isVisible());
    EXPECT_FALSE(mine->operatorFilter()->isVisible());
    app::QaReviewListModel &model = *mine->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitUntil([&] { return model.rowOf(id) >= 0; }));
    mine->table()->setCurrentIndex(model.index(model.rowOf(id), 0));
    mine->openSelected();
    ui::ReviewScreen *screen = mine->reviewScreen();
    ASSERT_TRUE(screen);
    ASSERT_TRUE(
        waitUntil([&] { return screen->review() && screen->conversation().lines.size() > 0; }));
    EXPECT_EQ(screen->breakdown()->scoreText(), u"Score: 80.0 %");
    ui::ReviewThreadView *thread = screen->thread();
    EXPECT_FALSE(thread->disputeButton()->isEnabled()) << "a dispute needs a comment";
    QTest::keyClicks(thread->commentField(), QStringLiteral("I did greet the customer"));
    ASSERT_TRUE(thread->disputeButton()->isEnabled());
    QTest::mouseClick(thread->disputeButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return screen->review() && screen->review()->status == protocol::QaReviewStatus::Disputed;
    }));
    EXPECT_EQ(sofiaHttp->get(u"/api/v1/qa/reviews/" + id).json()[L("status")].toString(),
              u"disputed");

    const HttpReply replied =
        sofiaHttp->send("POST", u"/api/v1/qa/reviews/" + id + u"/reply",
                        json({{L("comment"), QStringLiteral("Greet by name next time")}}));
    ASSERT_EQ(replied.status, 200) << replied.body.toStdString();
    ASSERT_TRUE(waitUntil([&] { return window->statusMessage()->text().contains(u"was answered"); },
                          std::chrono::seconds(20)));
    screen->openReview(id);
    ASSERT_TRUE(waitUntil(
        [&] { return thread->threadText()->toPlainText().contains(u"Greet by name next time"); }));
    EXPECT_TRUE(thread->threadText()->toPlainText().contains(u"I did greet the customer"));
    QTest::mouseClick(thread->acknowledgeButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return screen->review() &&
               screen->review()->status == protocol::QaReviewStatus::Acknowledged;
    }));
    EXPECT_EQ(sofiaHttp->get(u"/api/v1/qa/reviews/" + id).json()[L("status")].toString(),
              u"acknowledged");
    EXPECT_FALSE(thread->acknowledgeButton()->isEnabled()) << "acknowledged is final";
}

// Tanya's workspace opens on Quality; a review she opens shows the conversation with
// "Customer" for the customer and none of the customer's data; in Russian its words are Russian.
TEST_F(QualityWorkspaceTest, TheTrainerReviewsWithoutContactDataInEnglishAndRussian)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_TRUE(tanya);
    auto window = windowFor(*tanya);
    window->show();
    ui::QualityWorkspace *workspace = window->qualityWorkspace();
    ASSERT_TRUE(workspace);
    // Quality is the first page of her workspace, shown when she signs in.
    ASSERT_TRUE(window->trainerWorkspace());
    EXPECT_EQ(window->perspective(), window->trainerWorkspace());
    EXPECT_EQ(window->trainerWorkspace()->currentPage(), workspace);
    app::QaReviewListModel &model = *workspace->model();
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading() && model.rowCount() > 0; }));
    const QString ticket = model.index(0, 0).data(app::QaReviewListModel::TicketIdRole).toString();
    workspace->table()->setCurrentIndex(model.index(0, 0));
    workspace->openSelected();
    ui::ReviewScreen *screen = workspace->reviewScreen();
    ASSERT_TRUE(screen);
    ASSERT_TRUE(
        waitUntil([&] { return screen->review() && !screen->conversation().lines.isEmpty(); }));
    // What the customer's record holds, read by a supervisor: none of it on the trainer's screen.
    auto sofiaHttp = colleague(QStringLiteral("sofia"));
    const QJsonObject full = sofiaHttp->get(u"/api/v1/tickets/" + ticket).json();
    const QString customerId = full[L("customer_id")].toString();
    ASSERT_FALSE(customerId.isEmpty());
    const QJsonObject customer =
        sofiaHttp->get(u"/api/v1/customers/" + customerId).json().value(u"customer").toObject();
    // Her name is not in the ticket's figures; her email and phone are nowhere (a customer may
    // sign a message with her name: those are her own words).
    const QString name = customer[L("name")].toString();
    ASSERT_FALSE(name.isEmpty());
    EXPECT_FALSE(screen->figuresLabel()->text().contains(name));
    QStringList contacts;
    for (const char *field : {"email", "phone"}) {
        const QString value = customer[QLatin1StringView(field)].toString();
        if (value.size() > 2)
            contacts << value;
    }
    ASSERT_FALSE(contacts.isEmpty()) << "the demo customer has no contact data to leave out";
    const QString shown =
        screen->conversationText()->toPlainText() + screen->figuresLabel()->text();
    EXPECT_TRUE(shown.contains(u"Customer:") || !shown.contains(u"customer"));
    // Nor in the review's PDF she exports (issue 18, item 9).
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("review.pdf"));
    EXPECT_TRUE(screen->exportPdfButton()->isVisible());
    EXPECT_TRUE(screen->exportPdfButton()->isEnabled());
    const auto exported = screen->exportPdf(pdf);
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    const QString printed = pdfText(pdf);
    EXPECT_TRUE(printed.contains(QString::number(screen->review()->ticketNumber)))
        << printed.toStdString();
    for (const QString &value : contacts) {
        EXPECT_FALSE(shown.contains(value)) << value.toStdString();
        EXPECT_FALSE(printed.contains(value)) << value.toStdString();
    }
    // The trainer replies to disputes, never acknowledges or disputes.
    EXPECT_FALSE(screen->thread()->acknowledgeButton()->isVisible());

    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
    QCoreApplication::processEvents();
    EXPECT_EQ(workspace->newReviewAction()->text(), u"&Новая оценка…");
    EXPECT_EQ(model.headerData(app::QaReviewListModel::ReviewerColumn, Qt::Horizontal).toString(),
              u"Оценщик");
    EXPECT_EQ(screen->submitButton()->text(), u"&Отправить оценку");
    dropTranslations();
    EXPECT_EQ(workspace->newReviewAction()->text(), u"&New review…");
}

// A supervisor opens the workspace from the menu's key, and "New review" draws a sample.
TEST_F(QualityWorkspaceTest, SofiaOpensTheWorkspaceAndDrawsASample)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto window = windowFor(*sofia);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(waitUntil(
        [&] { return window->qualityWorkspace() && window->qualityWorkspace()->isVisible(); }));
    ui::QualityWorkspace *workspace = window->qualityWorkspace();
    QApplication::setActiveWindow(workspace);
    ASSERT_TRUE(QTest::qWaitForWindowActive(workspace));
    workspace->table()->setFocus();
    QTest::keyClick(workspace->table(), Qt::Key_N, Qt::ControlModifier);
    ui::NewReviewDialog *dialog = workspace->newReviewDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->scorecard().has_value(); }));
    dialog->findCandidates();
    ASSERT_TRUE(waitUntil([&] { return dialog->candidates()->rowCount() > 0; }))
        << dialog->statusLabel()->text().toStdString();
    dialog->weekField()->setText(QStringLiteral("2000-W01"));
    QSignalSpy loaded(dialog, &ui::NewReviewDialog::candidatesLoaded);
    dialog->drawSample();
    ASSERT_TRUE(waitUntil([&] { return loaded.size() == 1; }));
    EXPECT_EQ(dialog->candidates()->rowCount(), 0) << "nothing resolved in 2000";

    // The board's QA column (issue 18, item 7): today's demo reviews show, and it sorts by them.
    app::OperatorBoardModel *board = window->supervisorPerspective()->operatorsModel();
    using Column = app::OperatorBoardModel::Column;
    const auto scored = [&] {
        for (int row = 0; row < board->rowCount(); ++row) {
            if (board->index(row, Column::QaScore).data(app::BoardTableModel::SortRole).isValid())
                return true;
        }
        return false;
    };
    ASSERT_TRUE(waitUntil(scored, std::chrono::seconds(30)));
    EXPECT_EQ(board->headerData(Column::QaScore, Qt::Horizontal).toString(), u"QA score");
    board->sort(Column::QaScore, Qt::DescendingOrder);
    double previous = 101;
    for (int row = 0; row < board->rowCount(); ++row) {
        // The totals row stays last whatever the order: its mean is the whole center's.
        if (board->index(row, 0).data(app::BoardTableModel::TotalsRole).toBool())
            continue;
        const QVariant score =
            board->index(row, Column::QaScore).data(app::BoardTableModel::SortRole);
        if (!score.isValid())
            continue;
        EXPECT_LE(score.toDouble(), previous);
        EXPECT_FALSE(board->index(row, Column::QaScore).data().toString().isEmpty());
        previous = score.toDouble();
    }
}
