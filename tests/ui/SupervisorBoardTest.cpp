// Issue 17, items 1, 2 and 8: sofia, the demo's supervisor, signs in to a real back office and
// gets the supervisor's workspace: every operator and every queue on the live board, a presence
// change another user makes through the API on the board without anyone acting, the window picker
// changing what is fetched, the board's figures equal to /metrics for the same closed window, and
// the ticket queue of every queue beside it.
#include "app/ClientCore.h"
#include "app/board/LiveBoard.h"
#include "app/board/OperatorBoardModel.h"
#include "app/board/QueueBoardModel.h"
#include "app/board/StoreDirectory.h"
#include "app/models/TicketQueueModel.h"
#include "app/models/TicketQueueQuery.h"
#include "app/net/BackOfficeClient.h"
#include "app/sync/RealtimeChannel.h"
#include "protocol/Board.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoBoardSuite.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "ui/common/UiSetup.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/supervisor/BoardStorePicker.h"
#include "ui/supervisor/BoardTableView.h"
#include "ui/supervisor/BoardWindowPicker.h"
#include "ui/supervisor/OperatorBoardPane.h"
#include "ui/supervisor/QueueBoardPane.h"
#include "ui/supervisor/ReportExportDialog.h"
#include "ui/supervisor/SupervisorDesk.h"
#include "ui/supervisor/SupervisorPerspective.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace frontline;
using namespace std::chrono_literals;

namespace {

class SupervisorBoardTest : public test::DemoBoardSuite
{
protected:
    void SetUp() override
    {
        ASSERT_NE(s_sofia, nullptr);
        window = std::make_unique<ui::MainWindow>();
        window->setClient(ui::partsOf(s_sofia->desk()));
        window->show();
        perspective = window->supervisorPerspective();
        ASSERT_NE(perspective, nullptr) << "the supervisor gets the supervisor's workspace";
        ASSERT_TRUE(test::waitUntil([&] { return perspective->liveBoard()->hasBoard(); }, 30s))
            << perspective->liveBoard()->lastError().toStdString();
    }

    // What sofia's API gives for `path`, signed in as anyone.
    static QJsonObject apiGet(const QString &user, const QString &path)
    {
        test::HttpClient client(s_backOffice->baseUrl());
        const test::HttpReply login = client.signIn(user, QStringLiteral("demo"));
        EXPECT_EQ(login.status, 200) << login.body.toStdString();
        const test::HttpReply reply = client.get(path);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json();
    }

    std::unique_ptr<ui::MainWindow> window;
    ui::SupervisorPerspective *perspective = nullptr;
};

} // namespace

TEST_F(SupervisorBoardTest, SofiaSeesEveryOperatorAndEveryQueueAndTheQueueOfEveryQueue)
{
    EXPECT_EQ(window->perspectiveName(), u"supervisor");
    const QJsonArray operators =
        apiGet(u"sofia"_qs, u"/api/v1/metrics/operators"_qs).value(u"operators").toArray();
    const QJsonArray queues =
        apiGet(u"sofia"_qs, u"/api/v1/metrics/queues"_qs).value(u"queues").toArray();
    ASSERT_GT(operators.size(), 3);
    ASSERT_EQ(queues.size(), 6); // Hopper's four queues and Lavka's two
    app::OperatorBoardModel *board = perspective->operatorsModel();
    EXPECT_EQ(board->itemCount(), operators.size());
    for (const QJsonValue &each : operators)
        EXPECT_GE(board->rowOf(each[u"operator_id"_qs].toString()), 0)
            << each[u"name"].toString().toStdString();
    EXPECT_TRUE(board->isTotalsRow(board->rowCount() - 1));
    EXPECT_EQ(perspective->queuesModel()->itemCount(), queues.size());

    // Accessible names on both boards and on every control of the workspace.
    EXPECT_EQ(perspective->operatorsPane()->view()->accessibleName(), u"Operators board");
    EXPECT_EQ(perspective->queuesPane()->view()->accessibleName(), u"Queues board");
    for (QWidget *control : perspective->findChildren<QWidget *>()) {
        if ((qobject_cast<QComboBox *>(control) || qobject_cast<QLineEdit *>(control) ||
             qobject_cast<QAbstractItemView *>(control)) &&
            !qobject_cast<QHeaderView *>(control) && // read with its table
            control->isVisibleTo(perspective) && !qobject_cast<QLineEdit *>(control->parent()) &&
            !qobject_cast<QComboBox *>(control->parent())) {
            EXPECT_FALSE(control->accessibleName().isEmpty())
                << control->metaObject()->className() << " " << control->objectName().toStdString()
                << " in " << control->parent()->objectName().toStdString();
        }
    }

    // The ticket queue beside the board offers every queue, not only a team's.
    QComboBox *queueChoice = perspective->ticketQueuePane()->queueFilter();
    EXPECT_EQ(queueChoice->count(), queues.size() + 1) << "every queue and 'all'";
    app::TicketQueueModel *tickets = perspective->ticketQueuePane()->model();
    QSet<QString> queuesWithTickets;
    for (int row = 0; row < tickets->rowCount(); ++row)
        queuesWithTickets.insert(tickets->ticket(row)->queue);
    EXPECT_GT(queuesWithTickets.size(), 1) << "tickets of more than one queue";
}

TEST_F(SupervisorBoardTest, TheLayoutAndTheWindowAreKeptAcrossRestarts)
{
    perspective->operatorsModel()->sort(app::OperatorBoardModel::Aht, Qt::DescendingOrder);
    perspective->operatorsPane()->view()->sortByColumn(app::OperatorBoardModel::Aht,
                                                       Qt::DescendingOrder);
    perspective->liveBoard()->setWindow(app::BoardWindow::of(app::BoardWindow::Period::LastHour));
    perspective->windowPicker()->setWindow(
        app::BoardWindow::of(app::BoardWindow::Period::LastHour));
    const QByteArray kept = perspective->saveLayout();

    ui::SupervisorPerspective again(ui::partsOf(s_sofia->desk()));
    again.restoreLayout(kept);
    EXPECT_EQ(again.liveBoard()->window().period, app::BoardWindow::Period::LastHour);
    EXPECT_EQ(again.windowPicker()->window().period, app::BoardWindow::Period::LastHour);
    EXPECT_EQ(again.operatorsModel()->sortColumn(), int(app::OperatorBoardModel::Aht));
    EXPECT_EQ(again.operatorsModel()->sortOrder(), Qt::DescendingOrder);
}

TEST_F(SupervisorBoardTest, APresenceChangeThroughTheApiShowsOnTheBoardWithoutAnyAction)
{
    app::LiveBoard *live = perspective->liveBoard();
    // Only the events socket may bring it: the safety timer is put out of reach.
    live->setSafetyInterval(10 * 60 * 1000);
    app::OperatorBoardModel *board = perspective->operatorsModel();
    test::HttpClient maxim(s_backOffice->baseUrl());
    ASSERT_EQ(maxim.signIn(u"maxim"_qs, u"demo"_qs).status, 200);
    const QString maximId = apiGet(u"maxim"_qs, u"/api/v1/me"_qs).value(u"id").toString();
    ASSERT_FALSE(maximId.isEmpty());
    const auto statusOf = [&] {
        const protocol::BoardOperatorRow *row = board->row(maximId);
        return row ? row->status : QString();
    };
    const QString next = statusOf() == u"break" ? u"online"_qs : u"break"_qs;
    const test::HttpReply changed =
        maxim.send("PUT", u"/api/v1/presence"_qs,
                   QByteArray(R"({"status":")") + next.toUtf8() + QByteArray(R"("})"));
    ASSERT_EQ(changed.status, 200) << changed.body.toStdString();
    EXPECT_TRUE(test::waitUntil([&] { return statusOf() == next; }, 20s))
        << "the board still says " << statusOf().toStdString();
    const int row = board->rowOf(maximId);
    const QString shown = board->index(row, app::OperatorBoardModel::Status).data().toString();
    EXPECT_TRUE(shown.startsWith(next == u"break" ? u"On break" : u"Online"))
        << shown.toStdString();
}

TEST_F(SupervisorBoardTest, TheWindowPickerChangesWhatIsFetched)
{
    app::LiveBoard *live = perspective->liveBoard();
    const QDateTime todayStart(QDate::currentDate(), QTime(0, 0));
    EXPECT_EQ(live->board().from.toMSecsSinceEpoch(), todayStart.toMSecsSinceEpoch());
    const int fetched = live->fetchCount();

    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_W, Qt::AltModifier);
    QComboBox *choice = perspective->windowPicker()->periodChoice();
    ASSERT_EQ(QApplication::focusWidget(), choice);
    choice->setCurrentIndex(1);
    Q_EMIT choice->activated(1); // what choosing "Last hour" from the list says
    EXPECT_EQ(live->window().period, app::BoardWindow::Period::LastHour);
    // The last hour's board, not today's (in the first hour after midnight both start within it).
    ASSERT_TRUE(test::waitUntil([&] {
        return live->fetchCount() > fetched &&
               live->board().from.toMSecsSinceEpoch() != todayStart.toMSecsSinceEpoch();
    }));
    EXPECT_GT(live->board().from, QDateTime::currentDateTime().addSecs(-3700));
    EXPECT_LT(live->board().from, QDateTime::currentDateTime().addSecs(-3500));
}

// Issue 17, item 11: sofia reads one store's board, chosen by keyboard beside the window; its
// queues only, its exports named after it, and the whole center again.
TEST_F(SupervisorBoardTest, TheStorePickerShowsOneStoresBoardOrTheWholeCenters)
{
    ui::BoardStorePicker *stores = perspective->storePicker();
    ASSERT_NE(stores, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return stores->isVisible(); }, 20s)) << "the stores are read";
    EXPECT_EQ(stores->accessibleName(), u"Board store");
    EXPECT_EQ(stores->count(), 3) << "the whole center, Hopper and Lavka";
    EXPECT_EQ(stores->currentText(), u"Whole center");
    const auto queues = [&] {
        QSet<QString> ids;
        for (const auto &[id, name] : perspective->queuesModel()->queues())
            ids.insert(id);
        return ids;
    };
    EXPECT_EQ(queues().size(), 6);

    // Alt+W to the window, Tab to the store, the arrow keys to Lavka.
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_W, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), stores);
    for (int i = 0; i < stores->count() && stores->currentText() != u"Lavka"; ++i)
        QTest::keyClick(stores, Qt::Key_Down);
    ASSERT_EQ(stores->currentText(), u"Lavka");
    app::LiveBoard *live = perspective->liveBoard();
    EXPECT_EQ(live->projectId(), stores->projectId());
    EXPECT_FALSE(live->projectId().isEmpty());
    const QSet<QString> lavka{u"lavka-orders"_qs, u"lavka-delivery"_qs};
    EXPECT_TRUE(test::waitUntil([&] { return queues() == lavka; }, 20s))
        << queues().values().join(u", ").toStdString();
    EXPECT_EQ(live->reportWindow().projectId, live->projectId());
    // The alerts keep reading the whole center meanwhile.
    ui::SupervisorDesk *desk = window->supervisorDesk();
    ASSERT_NE(desk, nullptr);
    EXPECT_TRUE(desk->centerBoard()->isRunning());
    EXPECT_TRUE(test::waitUntil([&] { return desk->centerBoard()->hasBoard(); }, 20s));
    EXPECT_EQ(desk->centerBoard()->board().queues.size(), 6);
    desk->openExport();
    EXPECT_EQ(desk->exportDialog()->window().projectId, live->projectId());
    EXPECT_EQ(desk->exportDialog()->reportTitle(), u"Lavka: daily report");
    EXPECT_TRUE(desk->exportDialog()->pathField()->text().contains(u"frontline-lavka-"))
        << desk->exportDialog()->pathField()->text().toStdString();
    desk->exportDialog()->close();

    // Kept with the layout: another perspective shows Lavka once it has read the stores.
    ui::SupervisorPerspective again(ui::partsOf(s_sofia->desk()));
    again.restoreLayout(perspective->saveLayout());
    EXPECT_TRUE(
        test::waitUntil([&] { return again.liveBoard()->projectId() == live->projectId(); }, 20s));
    EXPECT_EQ(again.storePicker()->currentText(), u"Lavka");

    // Back to the whole center: six queues, and the alerts' own board rests.
    stores->setFocus();
    QTest::keyClick(stores, Qt::Key_Home);
    EXPECT_EQ(stores->currentText(), u"Whole center");
    EXPECT_TRUE(live->projectId().isEmpty());
    EXPECT_TRUE(test::waitUntil([&] { return queues().size() == 6; }, 20s));
    EXPECT_FALSE(desk->centerBoard()->isRunning());
    EXPECT_TRUE(desk->exportDialog()->reportTitle().isEmpty());
}

// With no simulator and a closed window, the board says what /metrics/operators and
// /metrics/queues say, figure by figure.
TEST_F(SupervisorBoardTest, TheBoardEqualsMetricsForTheSameClosedWindow)
{
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QDateTime from = to.addDays(-30);
    app::LiveBoard *live = perspective->liveBoard();
    live->setWindow(app::BoardWindow::range(from, to));
    ASSERT_TRUE(test::waitUntil([&] { return live->board().to == to && !live->isFetching(); }));
    QUrlQuery query;
    query.addQueryItem(u"from"_qs, from.toString(Qt::ISODateWithMs));
    query.addQueryItem(u"to"_qs, to.toString(Qt::ISODateWithMs));
    const QString window = u"?"_qs + query.toString(QUrl::FullyEncoded);
    const QJsonArray operators =
        apiGet(u"sofia"_qs, u"/api/v1/metrics/operators"_qs + window).value(u"operators").toArray();
    app::OperatorBoardModel *board = perspective->operatorsModel();
    ASSERT_EQ(board->itemCount(), operators.size());
    int withFigures = 0;
    for (const QJsonValue &each : operators) {
        const protocol::BoardOperatorRow *row = board->row(each[u"operator_id"_qs].toString());
        ASSERT_NE(row, nullptr);
        const auto same = [&](const char *field, std::optional<double> shown) {
            const QJsonValue expected = each[QLatin1StringView(field)];
            if (expected.isNull()) {
                EXPECT_FALSE(shown.has_value()) << field << " of " << row->name.toStdString();
            } else {
                EXPECT_NEAR(shown.value_or(-1), expected.toDouble(), 1e-6)
                    << field << " of " << row->name.toStdString();
            }
        };
        EXPECT_EQ(row->handled, each[u"handled"].toInteger()) << row->name.toStdString();
        same("aht_seconds", row->ahtSeconds);
        same("fcr", row->fcr);
        same("csat", row->csat);
        same("utilization", row->utilization);
        same("online_seconds", row->onlineSeconds);
        same("chats_per_hour", row->chatsPerHour);
        EXPECT_EQ(row->escalations, each[u"escalations"].toInteger());
        EXPECT_EQ(row->escalationsReturned, each[u"escalations_returned"].toInteger());
        EXPECT_EQ(row->status, each[u"status"].toString());
        withFigures += row->handled > 0 ? 1 : 0;
    }
    EXPECT_GT(withFigures, 0) << "the demo's month has handled tickets";

    const QJsonArray queues =
        apiGet(u"sofia"_qs, u"/api/v1/metrics/queues"_qs + window).value(u"queues").toArray();
    app::QueueBoardModel *queueBoard = perspective->queuesModel();
    ASSERT_EQ(queueBoard->itemCount(), queues.size());
    for (const QJsonValue &each : queues) {
        const protocol::BoardQueueRow *row = queueBoard->row(each[u"queue"_qs].toString());
        ASSERT_NE(row, nullptr);
        EXPECT_EQ(row->waiting, each[u"waiting"].toInteger()) << row->name.toStdString();
        EXPECT_EQ(row->slaBreaches, each[u"sla_breaches"].toInteger()) << row->name.toStdString();
    }
}

TEST_F(SupervisorBoardTest, EnterOnARowSaysWhichOperatorOrQueue)
{
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    ui::BoardTableView *operators = perspective->operatorsPane()->view();
    ASSERT_EQ(QApplication::focusWidget(), operators);
    QSignalSpy activated(perspective, &ui::SupervisorPerspective::operatorActivated);
    operators->setCurrentIndex(operators->model()->index(0, 0));
    QTest::keyClick(operators, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), perspective->operatorsModel()->idAt(0));

    // Find by name: Ctrl+Shift+F, type, and only her row (and the totals) stay.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(QApplication::focusWidget(), perspective->operatorsPane()->findField());
    QTest::keyClicks(QApplication::focusWidget(), u"olga"_qs);
    EXPECT_EQ(perspective->operatorsModel()->itemCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_GT(perspective->operatorsModel()->itemCount(), 1);

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    ui::BoardTableView *queues = perspective->queuesPane()->view();
    ASSERT_EQ(QApplication::focusWidget(), queues);
    QSignalSpy queueActivated(perspective, &ui::SupervisorPerspective::queueActivated);
    queues->setCurrentIndex(queues->model()->index(0, 0));
    QTest::keyClick(queues, Qt::Key_Return);
    ASSERT_EQ(queueActivated.count(), 1);
    // The totals row is nobody's.
    queues->setCurrentIndex(queues->model()->index(queues->model()->rowCount() - 1, 0));
    QTest::keyClick(queues, Qt::Key_Return);
    EXPECT_EQ(queueActivated.count(), 1);
}

// Pokes during a fetch make one more fetch after it, never a pile of them.
TEST_F(SupervisorBoardTest, PokesDuringAFetchMakeOneMoreFetchAfterIt)
{
    app::LiveBoard *live = perspective->liveBoard();
    ASSERT_TRUE(test::waitUntil([&] { return !live->isFetching(); }));
    // A poke of the events socket meanwhile may add its own fetch; count them.
    QSignalSpy pokes(s_sofia->desk().realtime(), &app::RealtimeChannel::poked);
    const int before = live->fetchCount();
    for (int poke = 0; poke < 5; ++poke)
        live->refresh();
    EXPECT_TRUE(live->isFetching());
    EXPECT_EQ(live->fetchCount(), before + 1) << "one request in flight";
    ASSERT_TRUE(test::waitUntil([&] { return live->fetchCount() >= before + 2; }));
    ASSERT_TRUE(test::waitUntil([&] { return !live->isFetching(); }));
    EXPECT_LE(live->fetchCount(), before + 2 + pokes.count());
}

// The back office stops answering: the last board stays and says how old it is.
TEST_F(SupervisorBoardTest, WithoutTheBackOfficeTheBoardSaysHowOldItIs)
{
    QNetworkAccessManager network;
    app::BackOfficeClient client(&network);
    client.setBaseUrl(s_backOffice->baseUrl());
    client.setToken(s_sofia->desk().client().token());
    client.setTimeout(5000);
    app::LiveBoard live(client);
    QSignalSpy updated(&live, &app::LiveBoard::updated);
    live.start();
    ASSERT_TRUE(test::waitUntil([&] { return updated.count() == 1; }));
    EXPECT_TRUE(live.staleText().isEmpty());
    const QDateTime fetchedAt = live.lastSuccess();

    QTcpServer closed; // a port nobody answers on once closed
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    QUrl gone = s_backOffice->baseUrl();
    gone.setPort(closed.serverPort());
    closed.close();
    client.setBaseUrl(gone);
    QSignalSpy reachable(&live, &app::LiveBoard::reachableChanged);
    live.refresh();
    ASSERT_TRUE(test::waitUntil([&] { return !reachable.isEmpty(); }));
    EXPECT_FALSE(live.isReachable());
    EXPECT_TRUE(live.hasBoard()) << "the last board stays";
    EXPECT_EQ(live.staleText(),
              u"Board from "_qs + fetchedAt.toLocalTime().toString(u"HH:mm:ss"_qs));
}
