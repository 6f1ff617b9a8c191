// Issue 18's "Done when", walked through the real widgets of three desks against one demo back
// office: sofia watches one of olga's chats live (from olga's drill-down, Ctrl+Shift+M), sees the
// customer type, whispers a hint that olga's chat shows marked and that never reaches the
// customer; takes another of olga's chats over; finds each action in the audit log
// (Ctrl+Shift+U); reviews one of olga's conversations against the demo's chat scorecard
// (Ctrl+Shift+V, Ctrl+N); runs a calibration with tanya, who scores at her own desk
// (Ctrl+Shift+K); and olga is told of the review and acknowledges it (Ctrl+Shift+Y).
#include "app/board/AuditLogModel.h"
#include "app/board/DrillDownTicketsModel.h"
#include "app/models/ConversationModel.h"
#include "app/monitoring/LiveMonitor.h"
#include "app/qa/CalibrationResultsModel.h"
#include "app/qa/CalibrationSessions.h"
#include "app/qa/QaCandidateModel.h"
#include "app/qa/QaReviewListModel.h"
#include "app/sync/RealtimeChannel.h"
#include "tests/ui/MonitorSteps.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/qa/CalibrationDialog.h"
#include "ui/qa/CalibrationResultsView.h"
#include "ui/qa/CalibrationScoreForm.h"
#include "ui/qa/NewReviewDialog.h"
#include "ui/qa/QualityWorkspace.h"
#include "ui/qa/ReviewScreen.h"
#include "ui/qa/ReviewThreadView.h"
#include "ui/qa/ScoreBreakdownView.h"
#include "ui/qa/ScorecardForm.h"
#include "ui/shell/StatusMessage.h"
#include "ui/supervisor/AuditLogView.h"
#include "ui/supervisor/MonitorView.h"
#include "ui/supervisor/OperatorDrillDown.h"
#include "ui/supervisor/SupervisorDesk.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace frontline;
using namespace frontline::test;

namespace {

using L = QLatin1StringView;

class SupervisionWalkTest : public OperatorFlowTest
{
protected:
    // Olga, sofia and tanya at their desks; olga has a new chat in her list beside the demo's.
    void signInAll()
    {
        olga = signIn(QStringLiteral("olga"));
        sofia = signIn(QStringLiteral("sofia"));
        tanya = signIn(QStringLiteral("tanya"));
        ASSERT_TRUE(olga && sofia && tanya);
        sofiaHttp = colleague(QStringLiteral("sofia"));
        olgaId = olga->desk().user().id;
        watched = newChat(QStringLiteral("Where is my parcel?"), QStringLiteral("walk-1"));
        const HttpReply current = sofiaHttp->get(u"/api/v1/tickets/" + watched);
        const HttpReply given = sofiaHttp->send(
            "PATCH", u"/api/v1/tickets/" + watched, json({{L("assignee_id"), olgaId}}),
            {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}});
        ASSERT_EQ(given.status, 200) << given.body.toStdString();
        ASSERT_TRUE(waitUntil(
            [&] {
                return chatsOf(olga->desk(), olgaId).contains(watched) &&
                       chatsOf(sofia->desk(), olgaId).size() >= 2;
            },
            std::chrono::seconds(30)));
        for (const QString &chat : chatsOf(sofia->desk(), olgaId)) {
            if (chat != watched)
                takenOver = chat;
        }
        olgaWindow = windowFor(*olga);
        olgaChat = showConversation(*olgaWindow, watched);
        sofiaWindow = windowFor(*sofia);
        sofiaWindow->show();
        ASSERT_TRUE(sofiaWindow->supervisorDesk());
        ASSERT_TRUE(waitUntil(
            [&] { return olga->desk().realtime() && olga->desk().realtime()->isConnected(); }));
    }

    static void press(QWidget &window, QWidget *where, Qt::Key key,
                      Qt::KeyboardModifiers modifiers = Qt::ControlModifier | Qt::ShiftModifier)
    {
        QApplication::setActiveWindow(&window);
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(where, key, modifiers);
    }

    // Ctrl+Shift+M on `chat` in olga's drill-down: its monitor view, watching.
    ui::MonitorView *monitor(const QString &chat)
    {
        ui::SupervisorDesk &desk = *sofiaWindow->supervisorDesk();
        return monitorChosen(desk, *drillDownOf(desk, olgaId), chat);
    }

    // Sofia watches the new chat: the customer's typing shows; her whisper reaches olga marked
    // and never the channel's outbound queue.
    void watchAndWhisper()
    {
        ui::MonitorView *view = monitor(watched);
        ASSERT_TRUE(view);
        const HttpReply typed =
            adapter->send("POST", QStringLiteral("/api/v1/intake/typing"),
                          json({{L("channel"), QStringLiteral("chat")},
                                {L("queue"), QStringLiteral("orders")},
                                {L("customer"),
                                 QJsonObject{{L("external_id"), QStringLiteral("shop-walk-1")}}}}));
        ASSERT_EQ(typed.status, 204) << typed.body.toStdString();
        ASSERT_TRUE(waitUntil([&] { return view->customerTyping()->isVisible(); }));

        view->textBox()->setPlainText(QStringLiteral("Offer the express refund"));
        press(*view, view->textBox(), Qt::Key_W);
        ASSERT_TRUE(waitUntil([&] { return view->status()->text().startsWith(u"Whispered to"); }))
            << view->status()->text().toStdString();
        app::ConversationModel *messages = olgaChat->messagesModel();
        int row = -1;
        ASSERT_TRUE(waitUntil([&] {
            for (row = 0; row < messages->rowCount(); ++row) {
                if (messages->index(row).data(app::ConversationModel::BodyRole).toString() ==
                    u"Offer the express refund")
                    return true;
            }
            return false;
        }));
        EXPECT_TRUE(messages->index(row).data(app::ConversationModel::WhisperRole).toBool());
        EXPECT_TRUE(messages->index(row)
                        .data(Qt::AccessibleTextRole)
                        .toString()
                        .startsWith(u"Whisper from Sofia Morozova, the customer does not see"));
        const QJsonArray outbound =
            adapter->get(QStringLiteral("/api/v1/outbound")).json().value(L("messages")).toArray();
        for (const QJsonValue &message : outbound)
            EXPECT_NE(message[L("body")].toString(), u"Offer the express refund");
    }

    // Sofia takes olga's other chat over: it leaves olga's list and is sofia's to answer.
    void takeTheOtherOver()
    {
        ui::MonitorView *view = monitor(takenOver);
        ASSERT_TRUE(view);
        press(*view, view->textBox(), Qt::Key_X);
        ASSERT_TRUE(waitUntil([&] { return view->replyButton()->isVisible(); }))
            << view->status()->text().toStdString();
        ASSERT_TRUE(waitUntil([&] { return !chatsOf(olga->desk(), olgaId).contains(takenOver); },
                              std::chrono::seconds(20)));
        const HttpReply ticket = sofiaHttp->get(u"/api/v1/tickets/" + takenOver);
        EXPECT_EQ(ticket.json()[L("assignee_id")].toString(), sofia->desk().user().id);
    }

    // Ctrl+Shift+U: the watch, the whisper and the take-over, each once, on their tickets.
    void findEachInTheAuditLog()
    {
        press(*sofiaWindow, sofiaWindow.get(), Qt::Key_U);
        ui::SupervisorDesk *desk = sofiaWindow->supervisorDesk();
        ASSERT_TRUE(waitUntil([&] { return desk->auditLog() && desk->auditLog()->isVisible(); }));
        app::AuditLogModel &log = *desk->auditLog()->model();
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        desk->auditLog()->applyFilters();
        const auto count = [&](const QString &action, const QString &ticket) {
            int found = 0;
            for (int row = 0; row < log.rowCount(); ++row) {
                const QModelIndex index = log.index(row, 0);
                found += index.data(app::AuditLogModel::ActionRole).toString() == action &&
                         index.data(app::AuditLogModel::TicketIdRole).toString() == ticket;
            }
            return found;
        };
        ASSERT_TRUE(waitUntil([&] { return count(QStringLiteral("take_over"), takenOver) == 1; }))
            << desk->auditLog()->statusLabel()->text().toStdString();
        EXPECT_EQ(count(QStringLiteral("monitor_start"), watched), 1);
        EXPECT_EQ(count(QStringLiteral("whisper"), watched), 1);
        EXPECT_EQ(count(QStringLiteral("monitor_start"), takenOver), 1);
        desk->auditLog()->close();
    }

    // Ctrl+Shift+V, Ctrl+N: one of olga's conversations nobody reviewed, against the demo's
    // chat scorecard, at the top of every scale.
    void reviewOneOfOlgas()
    {
        press(*sofiaWindow, sofiaWindow.get(), Qt::Key_V);
        ASSERT_TRUE(waitUntil([&] {
            return sofiaWindow->qualityWorkspace() && sofiaWindow->qualityWorkspace()->isVisible();
        }));
        ui::QualityWorkspace *workspace = sofiaWindow->qualityWorkspace();
        press(*workspace, workspace->table(), Qt::Key_N, Qt::ControlModifier);
        ui::NewReviewDialog *dialog = workspace->newReviewDialog();
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(waitUntil([&] { return dialog->scorecard().has_value(); }));
        dialog->operatorField()->setCurrentIndex(dialog->operatorField()->findData(olgaId));
        dialog->findCandidates();
        QSet<QString> reviewed;
        for (const QJsonValue &r : sofiaHttp->get(QStringLiteral("/api/v1/qa/reviews?limit=500"))
                                       .json()[L("reviews")]
                                       .toArray())
            reviewed.insert(r[L("ticket_id")].toString());
        app::QaCandidateModel &candidates = *dialog->candidates();
        int row = -1;
        ASSERT_TRUE(waitUntil([&] {
            for (row = 0; row < candidates.rowCount(); ++row) {
                if (!reviewed.contains(candidates.index(row, 0)
                                           .data(app::QaCandidateModel::TicketIdRole)
                                           .toString()))
                    return true;
            }
            return false;
        })) << dialog->statusLabel()->text().toStdString();
        reviewedTicket =
            candidates.index(row, 0).data(app::QaCandidateModel::TicketIdRole).toString();
        dialog->table()->setCurrentIndex(candidates.index(row, 0));
        QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
        ASSERT_NO_FATAL_FAILURE(scoreAndSubmit(*workspace));
    }

    void scoreAndSubmit(ui::QualityWorkspace &workspace)
    {
        ASSERT_TRUE(waitUntil([&] { return workspace.reviewScreen() != nullptr; }));
        ui::ReviewScreen &screen = *workspace.reviewScreen();
        ASSERT_TRUE(waitUntil([&] { return !screen.conversationText()->toPlainText().isEmpty(); }));
        EXPECT_EQ(screen.ticketId(), reviewedTicket);
        const auto card =
            workspace.newReviewDialog() ? workspace.newReviewDialog()->scorecard() : std::nullopt;
        ASSERT_TRUE(card);
        for (const protocol::ScorecardCriterion &criterion : card->criteria()) {
            QAbstractButton *top =
                screen.form()->choice(criterion.id, protocol::qaScaleRange(criterion.scale).second);
            ASSERT_TRUE(top) << criterion.id.toStdString();
            QTest::mouseClick(top, Qt::LeftButton);
        }
        ASSERT_TRUE(screen.submitButton()->isEnabled());
        QSignalSpy submitted(&screen, &ui::ReviewScreen::submitted);
        QTest::mouseClick(screen.submitButton(), Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return submitted.size() == 1; }))
            << screen.statusLabel()->text().toStdString();
        reviewId = screen.reviewId();
        ASSERT_FALSE(reviewId.isEmpty());
        EXPECT_DOUBLE_EQ(screen.review()->score.percent, 100.0);
    }

    // Sofia's calibration of two of the reviewed conversations with tanya (Ctrl+Shift+K): both
    // score blind, tanya at her own desk; once sofia closes it, both columns side by side.
    void calibrateWithTanya()
    {
        press(*sofiaWindow, sofiaWindow.get(), Qt::Key_K);
        ASSERT_TRUE(waitUntil([&] { return sofiaWindow->calibrationDialog() != nullptr; }));
        ui::CalibrationDialog &lead = *sofiaWindow->calibrationDialog();
        ASSERT_TRUE(waitUntil([&] { return lead.scorecardPicker()->count() > 0; }));
        const QString tanyaId = tanya->desk().user().id;
        ASSERT_TRUE(waitUntil([&] {
            for (int i = 0; i < lead.reviewerList()->count(); ++i) {
                if (lead.reviewerList()->item(i)->data(Qt::UserRole).toString() == tanyaId)
                    return true;
            }
            return false;
        }));
        const QJsonArray tickets = sofiaHttp->get(QStringLiteral("/api/v1/qa/candidates?limit=2"))
                                       .json()[L("tickets")]
                                       .toArray();
        ASSERT_EQ(tickets.size(), 2);
        lead.tabs()->setCurrentIndex(ui::CalibrationDialog::NewTab);
        lead.nameEditor()->setText(QStringLiteral("Sofia and Tanya, week 49"));
        lead.ticketsEditor()->setText(QStringLiteral("#%1, #%2")
                                          .arg(tickets[0][L("ticket_number")].toInteger())
                                          .arg(tickets[1][L("ticket_number")].toInteger()));
        for (int i = 0; i < lead.reviewerList()->count(); ++i) {
            QListWidgetItem *item = lead.reviewerList()->item(i);
            if (item->data(Qt::UserRole).toString() == tanyaId)
                item->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(lead.startButton(), Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return lead.currentSession().conversations.size() == 2; }))
            << lead.statusLabel()->text().toStdString();
        const protocol::CalibrationSession session = lead.currentSession();
        ASSERT_NO_FATAL_FAILURE(scoreEach(lead, session, true));

        tanyaWindow = windowFor(*tanya);
        tanyaWindow->show();
        press(*tanyaWindow, tanyaWindow.get(), Qt::Key_K);
        ASSERT_TRUE(waitUntil([&] { return tanyaWindow->calibrationDialog() != nullptr; }));
        ui::CalibrationDialog &theirs = *tanyaWindow->calibrationDialog();
        theirs.reload();
        ASSERT_TRUE(waitUntil([&] { return theirs.sessionPicker()->findData(session.id) >= 0; }));
        theirs.sessionPicker()->setCurrentIndex(theirs.sessionPicker()->findData(session.id));
        ASSERT_TRUE(waitUntil([&] { return theirs.currentSession().id == session.id; }));
        ASSERT_NO_FATAL_FAILURE(scoreEach(theirs, session, false));

        QTest::mouseClick(lead.closeSessionButton(), Qt::LeftButton);
        app::CalibrationResultsModel &results = *lead.resultsView()->model();
        QAbstractItemModelTester tester(&results,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(waitUntil([&] { return results.rowCount() > 0; }));
        ASSERT_EQ(results.columnCount(), 1 + 2 + 2); // criterion, two reviewers, spread, range
        EXPECT_EQ(results.headerData(1, Qt::Horizontal).toString(), u"Sofia Morozova");
        EXPECT_EQ(results.headerData(2, Qt::Horizontal).toString(),
                  tanya->desk().user().displayName);
        EXPECT_DOUBLE_EQ(results.index(results.totalRow(), 1)
                             .data(app::CalibrationResultsModel::ValueRole)
                             .toDouble(),
                         100.0);
    }

    // Each conversation of `session` scored on `dialog`'s form: the top of every scale, or one
    // above the least.
    static void scoreEach(ui::CalibrationDialog &dialog,
                          const protocol::CalibrationSession &session, bool top)
    {
        dialog.tabs()->setCurrentIndex(ui::CalibrationDialog::ScoreTab);
        QSignalSpy saved(dialog.sessions(), &app::CalibrationSessions::scored);
        for (int conversation = 0; conversation < 2; ++conversation) {
            dialog.scoreConversation()->setCurrentIndex(conversation);
            for (const protocol::ScorecardCriterion &criterion : session.scorecard->criteria()) {
                const auto [least, most] = protocol::qaScaleRange(criterion.scale);
                QComboBox *box = dialog.scoreForm()->choiceFor(criterion.id);
                ASSERT_TRUE(box) << criterion.id.toStdString();
                box->setCurrentIndex(box->findData(top ? most : least + 1));
            }
            QTest::mouseClick(dialog.saveScoreButton(), Qt::LeftButton);
            ASSERT_TRUE(waitUntil([&] { return saved.size() == conversation + 1; }))
                << dialog.statusLabel()->text().toStdString();
        }
    }

    // Olga's status bar tells her of the review; Ctrl+Shift+Y lists it; she acknowledges it.
    void olgaAcknowledges()
    {
        ASSERT_TRUE(waitUntil(
            [&] {
                return olgaWindow->statusMessage()->text().contains(u"New QA review of ticket #");
            },
            std::chrono::seconds(20)))
            << olgaWindow->statusMessage()->text().toStdString();
        press(*olgaWindow, olgaWindow.get(), Qt::Key_Y);
        ASSERT_TRUE(waitUntil([&] { return olgaWindow->qualityWorkspace() != nullptr; }));
        ui::QualityWorkspace *mine = olgaWindow->qualityWorkspace();
        app::QaReviewListModel &list = *mine->model();
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(waitUntil([&] { return list.rowOf(reviewId) >= 0; }));
        mine->table()->setCurrentIndex(list.index(list.rowOf(reviewId), 0));
        mine->openSelected();
        ui::ReviewScreen *screen = mine->reviewScreen();
        ASSERT_TRUE(screen);
        ASSERT_TRUE(
            waitUntil([&] { return screen->review() && screen->review()->id == reviewId; }));
        EXPECT_EQ(screen->breakdown()->scoreText(), u"Score: 100.0 %");
        QTest::mouseClick(screen->thread()->acknowledgeButton(), Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] {
            return screen->review() &&
                   screen->review()->status == protocol::QaReviewStatus::Acknowledged;
        }));
        EXPECT_EQ(sofiaHttp->get(u"/api/v1/qa/reviews/" + reviewId).json()[L("status")].toString(),
                  u"acknowledged");
    }

    std::unique_ptr<DemoDesk> olga, sofia, tanya;
    std::unique_ptr<HttpClient> sofiaHttp;
    std::unique_ptr<ui::MainWindow> olgaWindow, sofiaWindow, tanyaWindow;
    ui::ConversationPane *olgaChat = nullptr;
    QString olgaId, watched, takenOver, reviewedTicket, reviewId;
};

} // namespace

TEST_F(SupervisionWalkTest, SofiaWatchesWhispersTakesOverAuditsReviewsAndCalibratesOlgaAcknowledges)
{
    ASSERT_NO_FATAL_FAILURE(signInAll());
    ASSERT_NO_FATAL_FAILURE(watchAndWhisper());
    ASSERT_NO_FATAL_FAILURE(takeTheOtherOver());
    ASSERT_NO_FATAL_FAILURE(findEachInTheAuditLog());
    ASSERT_NO_FATAL_FAILURE(reviewOneOfOlgas());
    ASSERT_NO_FATAL_FAILURE(calibrateWithTanya());
    ASSERT_NO_FATAL_FAILURE(olgaAcknowledges());
}
