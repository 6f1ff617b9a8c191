// Issue 17, "Done when", through the wired main window as sofia against a real demo back office:
// the workspace shows the operators and queues; an alert fires when the orders queue backs up and
// shows in the alert list; olga's help flag shows there and sofia lowers it from the ticket's
// reader; she reassigns the chat through the reader's Reassign… dialog; she exports the day's
// board as CSV and the daily report as PDF through File > Export….
#include "ui/supervisor/SupervisorDesk.h"
#include "app/board/AlertEvaluator.h"
#include "app/board/AlertListModel.h"
#include "app/board/LiveBoard.h"
#include "app/board/OperatorBoardModel.h"
#include "app/board/QueueBoardModel.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/chat/HelpFlagStrip.h"
#include "ui/shell/StatusMessage.h"
#include "ui/supervisor/AlertList.h"
#include "ui/supervisor/BoardCharts.h"
#include "ui/supervisor/PresenceDayChart.h"
#include "ui/supervisor/ReassignDialog.h"
#include "ui/supervisor/ReportExportDialog.h"
#include "ui/supervisor/SupervisorPerspective.h"
#include "ui/supervisor/TicketReader.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace frontline;
using namespace frontline::test;
using namespace std::chrono_literals;

namespace {

class SupervisorDeskTest : public OperatorFlowTest
{
protected:
    static QString idOf(HttpClient &user)
    {
        return user.get(QStringLiteral("/api/v1/me")).json().value(u"id").toString();
    }
    // The row of the first alert of `kind` about `subject`; -1 when none.
    static int alertRow(const app::AlertListModel &model, protocol::AlertKind kind,
                        const QString &subject)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const app::Alert alert = model.alertAt(row);
            if (alert.kind == kind && alert.subjectId == subject)
                return row;
        }
        return -1;
    }
    // Runs one export through the dialog the menu opens; the file's bytes.
    static QByteArray exportThrough(ui::MainWindow &window, ui::ReportExportDialog::Export kind,
                                    const QString &path)
    {
        window.exportAction()->trigger();
        ui::ReportExportDialog *dialog = window.supervisorDesk()->exportDialog();
        EXPECT_TRUE(dialog->isVisible());
        dialog->setExport(kind);
        dialog->setPath(path);
        QSignalSpy exported(dialog, &ui::ReportExportDialog::exported);
        dialog->startExport();
        EXPECT_TRUE(waitUntil([&] { return !dialog->isBusy() && !exported.isEmpty(); }, 30s))
            << dialog->statusLabel()->text().toStdString();
        dialog->close();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // Enter on the alert opens the chat's reader with the flag's strip; sofia lowers it there.
    void lowerFromTheAlert(ui::SupervisorDesk &desk, int flagRow, const QString &chat)
    {
        app::AlertListModel *alerts = desk.alertList()->model();
        QTableView *list = desk.alertList()->view();
        list->setFocus();
        list->setCurrentIndex(alerts->index(flagRow, 0));
        QTest::keyClick(list, Qt::Key_Return);
        ui::TicketReader *reader = desk.ticketReader();
        ASSERT_TRUE(waitUntil([&] { return reader->isVisible() && reader->ticketId() == chat; }));
        QToolButton *lower = desk.helpFlagStrip()->lowerButton();
        ASSERT_TRUE(waitUntil([&] { return lower->isVisible(); }));
        lower->click();
        auto supervisor = colleague(QStringLiteral("sofia"));
        ASSERT_TRUE(waitUntil(
            [&] {
                const QJsonArray lowered =
                    supervisor->get(QStringLiteral("/api/v1/help-flags?status=lowered"))
                        .json()
                        .value(u"help_flags")
                        .toArray();
                for (const QJsonValue &flag : lowered)
                    if (flag[u"ticket_id"].toString() == chat)
                        return true;
                return false;
            },
            30s));
        EXPECT_TRUE(waitUntil(
            [&] { return alertRow(*alerts, protocol::AlertKind::HelpFlag, chat) < 0; }, 30s));
    }

    // The presence chart sits with the other charts and offers the board's operators.
    static void expectThePresenceChartOffersTheBoardsOperators(ui::SupervisorDesk &desk,
                                                               ui::SupervisorPerspective &board)
    {
        EXPECT_EQ(desk.charts()->presenceChart(), desk.presenceChart());
        EXPECT_TRUE(desk.charts()->isAncestorOf(desk.presenceChart()));
        EXPECT_TRUE(waitUntil(
            [&] {
                // "Whole center" first, then each operator.
                return desk.presenceChart()->operatorField()->count() ==
                       board.liveBoard()->board().operators.size() + 1;
            },
            30s));
        EXPECT_FALSE(desk.presenceChart()->operatorId().isEmpty());
        EXPECT_FALSE(desk.presenceChart()->showsWholeCenter()); // one request, not one each
    }
};

} // namespace

TEST_F(SupervisorDeskTest, SofiaSeesAlertsLowersAFlagReassignsAChatAndExportsTheDay)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto window = windowFor(*sofia);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ui::SupervisorPerspective *perspective = window->supervisorPerspective();
    ui::SupervisorDesk *desk = window->supervisorDesk();
    ASSERT_TRUE(perspective && desk);
    ASSERT_TRUE(waitUntil([&] { return perspective->liveBoard()->hasBoard(); }, 30s));
    EXPECT_GT(perspective->operatorsModel()->itemCount(), 3);
    EXPECT_EQ(perspective->queuesModel()->itemCount(), 6); // Hopper's four, Lavka's two
    EXPECT_EQ(perspective->charts(), desk->charts());
    expectThePresenceChartOffersTheBoardsOperators(*desk, *perspective);
    ASSERT_TRUE(waitUntil([&] { return !desk->evaluator()->rules().isEmpty(); }, 30s))
        << "sofia's demo rules";

    // The orders queue backs up past the demo's "more than 5 waiting".
    for (int i = 0; i < 7; ++i)
        newChat(u"Где мой заказ? " + QString::number(i), u"desk-" + QString::number(i));
    app::AlertListModel *alerts = desk->alertList()->model();
    ASSERT_TRUE(waitUntil(
        [&] { return alertRow(*alerts, protocol::AlertKind::QueueWaiting, u"orders"_qs) >= 0; },
        30s));
    EXPECT_TRUE(desk->evaluator()->queuesAlerting().contains(u"orders"_qs));

    // Olga claims a chat and raises her help flag over the API; it shows in sofia's list.
    auto olga = colleague(QStringLiteral("olga"));
    const QString chat = newChat(QStringLiteral("Верните деньги"), QStringLiteral("desk-flag"));
    ASSERT_EQ(olga->send("POST", u"/api/v1/tickets/" + chat + u"/claim", {}).status, 200);
    const HttpReply raised =
        olga->send("POST", u"/api/v1/tickets/" + chat + u"/help-flags",
                   json({{QStringLiteral("note"), QStringLiteral("A refund over my limit")}}));
    ASSERT_EQ(raised.status, 201) << raised.body.toStdString();
    int flagRow = -1;
    ASSERT_TRUE(waitUntil(
        [&] { return (flagRow = alertRow(*alerts, protocol::AlertKind::HelpFlag, chat)) >= 0; },
        30s));

    lowerFromTheAlert(*desk, flagRow, chat);
    ASSERT_FALSE(HasFatalFailure());
    ui::TicketReader *reader = desk->ticketReader();
    auto supervisor = colleague(QStringLiteral("sofia"));

    // Reassign… in the reader: the chat goes to ivan with a reason.
    auto ivan = colleague(QStringLiteral("ivan"));
    const QString ivanId = idOf(*ivan);
    reader->reassignButton()->click();
    ui::ReassignDialog *move = desk->reassignDialog();
    ASSERT_TRUE(move->isVisible());
    EXPECT_EQ(move->ticketId(), chat);
    move->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(move));
    ASSERT_TRUE(move->selectOperator(ivanId));
    move->reasonEdit()->setFocus();
    QTest::keyClicks(move->reasonEdit(), QStringLiteral("Ivan handles refunds"));
    move->buttons()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(waitUntil(
        [&] {
            return supervisor->get(u"/api/v1/tickets/" + chat).json().value(u"assignee_id") ==
                   ivanId;
        },
        30s));
    reader->close();

    // File > Export…: the day's operators board as CSV and the daily report as PDF.
    QTemporaryDir dir;
    const QByteArray csv = exportThrough(*window, ui::ReportExportDialog::Export::OperatorsCsv,
                                         dir.filePath(QStringLiteral("operators.csv")));
    EXPECT_TRUE(csv.split('\n').value(0).contains("id,name,team,line,queues"))
        << csv.left(200).toStdString();
    EXPECT_GT(csv.count('\n'), 3);
    const QByteArray pdf = exportThrough(*window, ui::ReportExportDialog::Export::DailyPdf,
                                         dir.filePath(QStringLiteral("daily.pdf")));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
}

TEST_F(SupervisorDeskTest, ARefusedReassignShowsInTheStatusBar)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto window = windowFor(*sofia);
    window->show();
    ui::SupervisorDesk *desk = window->supervisorDesk();
    ASSERT_TRUE(desk);
    auto supervisor = colleague(QStringLiteral("sofia"));
    auto olga = colleague(QStringLiteral("olga"));
    const QString annaId = idOf(*colleague(QStringLiteral("anna")));
    ASSERT_EQ(supervisor
                  ->send("PATCH", u"/api/v1/operators/" + annaId,
                         json({{QStringLiteral("max_chats"), 0}}),
                         {{"Content-Type", "application/json"}})
                  .status,
              200);
    const QString chat = newChat(QStringLiteral("Refund please"), QStringLiteral("desk-refused"));
    ASSERT_EQ(olga->send("POST", u"/api/v1/tickets/" + chat + u"/claim", {}).status, 200);
    ASSERT_TRUE(waitUntil([&] { return chatsOf(sofia->desk(), idOf(*olga)).contains(chat); }, 30s));

    desk->openTicket(chat);
    desk->ticketReader()->reassignButton()->click();
    ui::ReassignDialog *move = desk->reassignDialog();
    ASSERT_TRUE(waitUntil([&] { return move->selectOperator(annaId); }, 30s));
    move->reasonEdit()->setFocus();
    QTest::keyClicks(move->reasonEdit(), QStringLiteral("Anna speaks with this customer"));
    move->buttons()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(waitUntil(
        [&] { return window->statusMessage()->text().contains(u"was not reassigned"); }, 30s))
        << window->statusMessage()->text().toStdString() << " / "
        << move->statusLabel()->text().toStdString();
    EXPECT_EQ(supervisor->get(u"/api/v1/tickets/" + chat).json().value(u"assignee_id"),
              idOf(*olga));
}
