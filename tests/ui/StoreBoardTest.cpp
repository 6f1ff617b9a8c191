// Issue 17, item 11: a store's client signs in to a read-only board of its own project. Two
// suites against a real `--demo` back office:
// * StoreWidgetsTest: the store's widgets and models on their own, fed as sofia (staff read the
//   same routes): the read-only perspective has none of the supervisor's panes, the tickets list
//   and the shared conversation under QAbstractItemModelTester (Fatal).
// * StoreClientTest: client accounts of two stores of the test's own making sign in through the
//   main window. It needs the back office's side of item 11 (GET /projects, the client's scope of
//   /metrics, the client's messages rule, /changes and /events for clients).
#include "app/ClientCore.h"
#include "app/board/LiveBoard.h"
#include "app/board/OperatorBoardModel.h"
#include "app/board/QueueBoardModel.h"
#include "app/board/SharedConversationModel.h"
#include "app/board/StoreProject.h"
#include "app/board/StoreTicketsModel.h"
#include "app/reports/ReportFetcher.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoBoardSuite.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "ui/client/StoreDesk.h"
#include "ui/client/StoreTicketsPane.h"
#include "ui/common/UiSetup.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/supervisor/AlertList.h"
#include "ui/supervisor/BoardCharts.h"
#include "ui/supervisor/BoardTableView.h"
#include "ui/supervisor/BoardWindowPicker.h"
#include "ui/supervisor/OperatorBoardPane.h"
#include "ui/supervisor/OperatorDrillDown.h"
#include "ui/supervisor/ReassignDialog.h"
#include "ui/supervisor/ReportExportDialog.h"
#include "ui/supervisor/SupervisorPerspective.h"
#include "ui/supervisor/TicketReader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace frontline;
using namespace std::chrono_literals;
using Tester = QAbstractItemModelTester;

namespace {

app::ReportWindow lastSevenDays()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {now.addDays(-7), now, {}};
}

class StoreWidgetsTest : public test::DemoBoardSuite
{
};

} // namespace

TEST_F(StoreWidgetsTest, TheStoresPerspectiveHasTheBoardsAndNoneOfTheSupervisorsPanes)
{
    ASSERT_NE(s_sofia, nullptr);
    ui::SupervisorPerspective store(ui::partsOf(s_sofia->desk()),
                                    ui::SupervisorPerspective::Audience::Store);
    ui::StoreDesk desk(ui::partsOf(s_sofia->desk()), &store);
    store.show();
    ASSERT_TRUE(test::waitUntil([&] { return store.liveBoard()->hasBoard(); }, 30s))
        << store.liveBoard()->lastError().toStdString();
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_EQ(store.objectName(), u"storePerspective");
    EXPECT_EQ(store.accessibleName(), u"The store's board");
    EXPECT_GT(store.operatorsModel()->itemCount(), 0);
    EXPECT_GT(store.queuesModel()->itemCount(), 0);
    EXPECT_EQ(store.alertPane(), nullptr);
    EXPECT_EQ(store.ticketQueuePane(), nullptr);
    EXPECT_EQ(store.customerPane(), nullptr);
    EXPECT_EQ(store.knowledgeBasePane(), nullptr);
    EXPECT_TRUE(store.findChildren<ui::TicketQueuePane *>().isEmpty());
    EXPECT_TRUE(store.findChildren<ui::AlertList *>().isEmpty());
    EXPECT_TRUE(store.findChildren<ui::ReassignDialog *>().isEmpty());
    EXPECT_EQ(store.charts(), desk.charts());
    // Sort, filter and find stay: the board panes are the supervisor's own.
    EXPECT_TRUE(store.operatorsPane()->findField()->isEnabled());
    EXPECT_TRUE(store.operatorsPane()->view()->isSortingEnabled());

    // Enter on an operator opens nothing: no drill-down for a store.
    QSignalSpy activated(&store, &ui::SupervisorPerspective::operatorActivated);
    ui::BoardTableView *operators = store.operatorsPane()->view();
    operators->setCurrentIndex(operators->model()->index(0, 0));
    Q_EMIT operators->activated(operators->currentIndex());
    EXPECT_EQ(activated.count(), 0);
    EXPECT_TRUE(store.findChildren<ui::OperatorDrillDown *>().isEmpty());
    // Whether the tickets list is there follows the store's contract: StoreClientTest signs in
    // stores' own accounts with it on and off (sofia reads every store's project here).
}

TEST_F(StoreWidgetsTest, TheTicketsListAndTheSharedConversationReadTheBackOffice)
{
    ASSERT_NE(s_sofia, nullptr);
    app::ReportFetcher fetcher(s_sofia->desk().client());
    app::StoreTicketsModel tickets(fetcher);
    Tester ticketsTester(&tickets, Tester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&tickets, &app::StoreTicketsModel::loaded);
    tickets.setWindow(lastSevenDays());
    ASSERT_TRUE(test::waitUntil([&] { return !loaded.isEmpty(); }, 30s));
    ASSERT_TRUE(tickets.lastError().isEmpty()) << tickets.lastError().toStdString();
    ASSERT_GT(tickets.rowCount(), 0);
    EXPECT_EQ(tickets.columnCount(), int(app::StoreTicketsModel::ColumnCount));
    for (int row = 1; row < tickets.rowCount(); ++row)
        ASSERT_GE(tickets.ticketAt(row - 1)->resolvedAt, tickets.ticketAt(row)->resolvedAt)
            << "newest first";
    const protocol::TicketFigures first = *tickets.ticketAt(0);
    EXPECT_EQ(tickets.index(0, app::StoreTicketsModel::NumberColumn).data().toString(),
              QStringLiteral("#%1").arg(first.number));
    EXPECT_EQ(tickets.index(0, 0).data(app::StoreTicketsModel::TicketIdRole).toString(), first.id);

    app::SharedConversationModel conversation(s_sofia->desk().client());
    Tester conversationTester(&conversation, Tester::FailureReportingMode::Fatal);
    ui::TicketReader reader(&conversation);
    reader.showSharedTicket(first, first.queueId);
    ASSERT_TRUE(test::waitUntil([&] { return !conversation.isLoading(); }, 30s));
    EXPECT_TRUE(conversation.errorText().isEmpty()) << conversation.errorText().toStdString();
    ASSERT_GT(conversation.rowCount(), 0);
    EXPECT_EQ(reader.reassignButton(), nullptr);
    EXPECT_TRUE(reader.findChildren<QPushButton *>(u"ticketReaderReassign"_qs).isEmpty());
    EXPECT_TRUE(reader.windowTitle().contains(QString::number(first.number)));
    EXPECT_FALSE(reader.notice()->isVisibleTo(&reader));
    for (int row = 0; row < conversation.rowCount(); ++row) {
        const QModelIndex index = conversation.index(row);
        EXPECT_FALSE(index.data(app::ConversationModel::InternalRole).toBool());
        EXPECT_NE(index.data(app::ConversationModel::StyleRole).toString(), u"note");
        EXPECT_FALSE(index.data(app::ConversationModel::BodyRole).toString().isEmpty());
    }

    // A ticket that is not there says why, in the reader, instead of an empty list.
    protocol::TicketFigures missing = first;
    missing.id = QStringLiteral("999999999");
    reader.showSharedTicket(missing, first.queueId);
    ASSERT_TRUE(test::waitUntil([&] { return !conversation.isLoading(); }, 30s));
    EXPECT_EQ(conversation.rowCount(), 0);
    EXPECT_FALSE(conversation.errorText().isEmpty());
    EXPECT_TRUE(reader.notice()->isVisibleTo(&reader));
}

TEST_F(StoreWidgetsTest, AProjectTakesItsNameQueuesAndConversationSetting)
{
    ASSERT_NE(s_sofia, nullptr);
    app::StoreProject project(s_sofia->desk().client());
    EXPECT_FALSE(project.take(QJsonObject{{u"id"_qs, u"1"_qs}}));
    EXPECT_FALSE(project.isLoaded());
    ASSERT_TRUE(project.take(QJsonObject{{u"id"_qs, u"2"_qs},
                                         {u"slug"_qs, u"lavka"_qs},
                                         {u"name"_qs, u"Lavka"_qs},
                                         {u"show_conversations"_qs, true},
                                         {u"queues"_qs, QJsonArray{u"lavka-orders"_qs}}}));
    EXPECT_EQ(project.name(), u"Lavka");
    EXPECT_EQ(project.queues(), QStringList{u"lavka-orders"_qs});
    EXPECT_TRUE(project.showConversations());
}

namespace {

// Two stores of the test's own: "Teststore" (orders, returns; it shares conversations) and
// "Quietstore" (delivery, payment; it does not), each with a client account (password secret).
class StoreClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        ui::initResources();
        s_backOffice = test::DemoDesk::startBackOffice().release();
        ASSERT_NE(s_backOffice, nullptr);
        s_backOffice->stop();
        ASSERT_TRUE(addStore(u"teststore"_qs, u"Teststore"_qs, {u"orders"_qs, u"returns"_qs}, true,
                             u"tessa"_qs));
        ASSERT_TRUE(addStore(u"quietstore"_qs, u"Quietstore"_qs, {u"delivery"_qs, u"payment"_qs},
                             false, u"quentin"_qs));
        ASSERT_TRUE(s_backOffice->start());
    }

    static void TearDownTestSuite() { delete s_backOffice; }

    // The project and its client account through SQL, as an admin's `project add` and
    // `user add --role client --project` would make them.
    static ::testing::AssertionResult addStore(const QString &slug, const QString &name,
                                               const QStringList &queues, bool shares,
                                               const QString &client)
    {
        if (auto added = s_backOffice->addUser(client, u"operator"_qs); !added)
            return added;
        const QString project = u"(SELECT id FROM projects WHERE slug = '" + slug + u"')";
        const QStringList statements{
            QStringLiteral("INSERT INTO projects (slug, name, show_conversations, version, "
                           "created_at, updated_at) VALUES ('%1', '%2', %3, 1, 0, 0)")
                .arg(slug, name)
                .arg(shares ? 1 : 0),
            u"UPDATE queues SET project_id = " + project + u" WHERE id IN ('" +
                queues.join(u"', '") + u"')",
            u"UPDATE operators SET role = 'client', project_id = " + project +
                u" WHERE username = '" + client + u"'",
            u"DELETE FROM operator_queues WHERE operator_id = (SELECT id FROM operators WHERE "
            u"username = '" +
                client + u"')",
        };
        for (const QString &sql : statements)
            if (auto done = s_backOffice->execute(sql); !done)
                return done;
        return ::testing::AssertionSuccess();
    }

    // The main window of a signed-in client, its board read.
    std::unique_ptr<ui::MainWindow> open(const QString &client)
    {
        desk = test::DemoDesk::signIn(s_backOffice->baseUrl(), client, u"secret"_qs);
        if (!desk)
            return nullptr;
        auto window = std::make_unique<ui::MainWindow>();
        window->setClient(ui::partsOf(desk->desk()));
        window->show();
        ui::SupervisorPerspective *board = window->supervisorPerspective();
        EXPECT_NE(board, nullptr);
        ui::StoreDesk *store = window->storeDesk();
        EXPECT_NE(store, nullptr);
        if (!board || !store)
            return nullptr;
        EXPECT_TRUE(test::waitUntil(
            [&] { return board->liveBoard()->hasBoard() && store->project()->isLoaded(); }, 30s))
            << board->liveBoard()->lastError().toStdString();
        return window;
    }

    // The project's board as a supervisor reads it, over the same window as `board`.
    static QJsonObject staffBoard(const QString &slug, const protocol::Board &board)
    {
        test::HttpClient sofia(s_backOffice->baseUrl());
        EXPECT_EQ(sofia.signIn(u"sofia"_qs, u"demo"_qs).status, 200);
        QString id;
        for (const QJsonValue &project :
             sofia.get(u"/api/v1/projects"_qs).json().value(u"projects").toArray())
            if (project[u"slug"].toString() == slug)
                id = project[u"id"].toString();
        EXPECT_FALSE(id.isEmpty()) << slug.toStdString();
        const auto stamp = [](const QDateTime &at) {
            return at.toUTC().toString(Qt::ISODateWithMs);
        };
        return sofia
            .get(u"/api/v1/metrics/board?project_id="_qs + id + u"&from=" + stamp(board.from) +
                 u"&to=" + stamp(board.to))
            .json();
    }

    static inline test::BackOfficeProcess *s_backOffice = nullptr;
    std::unique_ptr<test::DemoDesk> desk;
};

} // namespace

TEST_F(StoreClientTest, AClientSeesItsProjectsQueuesAndOnlyItsOperatorsAndNoSupervisorAction)
{
    auto window = open(u"tessa"_qs);
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->perspectiveName(), u"client");
    ui::SupervisorPerspective *board = window->supervisorPerspective();
    EXPECT_TRUE(board->isReadOnly());

    QSet<QString> queues;
    for (const auto &[id, name] : board->queuesModel()->queues())
        queues.insert(id);
    EXPECT_EQ(queues, (QSet<QString>{u"orders"_qs, u"returns"_qs}));
    const QJsonObject staff = staffBoard(u"teststore"_qs, board->liveBoard()->board());
    QSet<QString> expected;
    for (const QJsonValue &row : staff.value(u"operators").toArray())
        expected.insert(row[u"id"].toString());
    QSet<QString> shown;
    for (const protocol::BoardOperatorRow &row : board->liveBoard()->board().operators)
        shown.insert(row.id);
    EXPECT_EQ(shown, expected) << "the operators of the store's queues, as staff see them";
    EXPECT_EQ(board->operatorsModel()->itemCount(), expected.size());

    // None of the supervisor's actions; the exports and the charts are there.
    EXPECT_EQ(window->supervisorDesk(), nullptr);
    EXPECT_EQ(window->presenceSwitcher(), nullptr) << "a store's client is not on the line";
    EXPECT_TRUE(window->findChildren<ui::AlertList *>().isEmpty());
    EXPECT_TRUE(window->findChildren<ui::ReassignDialog *>().isEmpty());
    EXPECT_TRUE(window->findChildren<QPushButton *>(u"ticketReaderReassign"_qs).isEmpty());
    EXPECT_TRUE(window->findChildren<ui::TicketQueuePane *>().isEmpty());
    ASSERT_NE(window->exportAction(), nullptr);
    EXPECT_TRUE(window->exportAction()->isEnabled());
    EXPECT_NE(board->charts(), nullptr);
    EXPECT_TRUE(window->windowTitle().contains(u"Teststore"))
        << window->windowTitle().toStdString();
    EXPECT_EQ(window->storeDesk()->exportDialog()->reportTitle(), u"Teststore: daily report");
}

TEST_F(StoreClientTest, WhenTheStoreSharesConversationsATicketOpensReadOnly)
{
    auto window = open(u"tessa"_qs);
    ASSERT_NE(window, nullptr);
    ui::StoreDesk *store = window->storeDesk();
    ASSERT_TRUE(store->project()->showConversations());
    ui::StoreTicketsPane *pane = store->ticketsPane();
    ASSERT_NE(pane, nullptr);
    ui::SupervisorPerspective *board = window->supervisorPerspective();
    EXPECT_EQ(board->storeTickets(), pane);
    board->windowPicker()->setWindow(app::BoardWindow::of(app::BoardWindow::Period::Last7Days));
    Q_EMIT board->windowPicker()->windowChosen(board->windowPicker()->window());
    app::StoreTicketsModel *tickets = store->ticketsModel();
    ASSERT_TRUE(
        test::waitUntil([&] { return !tickets->isLoading() && tickets->rowCount() > 0; }, 30s))
        << tickets->lastError().toStdString();
    for (int row = 0; row < tickets->rowCount(); ++row) {
        const QString queue = tickets->ticketAt(row)->queueId;
        ASSERT_TRUE(queue == u"orders" || queue == u"returns") << queue.toStdString();
    }

    // By keyboard: Ctrl+5 to the tickets, Enter on the first opens its conversation.
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    ASSERT_TRUE(pane->view()->hasFocus());
    pane->view()->setCurrentIndex(tickets->index(0, 0));
    QTest::keyClick(pane->view(), Qt::Key_Return);
    ui::TicketReader *reader = store->ticketReader();
    ASSERT_NE(reader, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return reader->isVisible(); }, 5s));
    app::SharedConversationModel *conversation = reader->sharedConversation();
    ASSERT_TRUE(test::waitUntil([&] { return !conversation->isLoading(); }, 30s));
    EXPECT_TRUE(conversation->errorText().isEmpty()) << conversation->errorText().toStdString();
    ASSERT_GT(conversation->rowCount(), 0);
    EXPECT_EQ(reader->reassignButton(), nullptr);
    for (int row = 0; row < conversation->rowCount(); ++row) {
        const QModelIndex index = conversation->index(row);
        EXPECT_NE(index.data(app::ConversationModel::StyleRole).toString(), u"note");
        if (index.data(app::ConversationModel::AuthorKindRole).toString() == u"customer") {
            EXPECT_EQ(index.data(app::ConversationModel::AuthorNameRole).toString(), u"Customer");
        }
    }
    reader->close();
}

TEST_F(StoreClientTest, WhenTheStoreDoesNotShareConversationsThereIsNoTicketsList)
{
    auto window = open(u"quentin"_qs);
    ASSERT_NE(window, nullptr);
    ui::StoreDesk *store = window->storeDesk();
    EXPECT_FALSE(store->project()->showConversations());
    EXPECT_EQ(store->project()->name(), u"Quietstore");
    EXPECT_EQ(store->ticketsPane(), nullptr);
    EXPECT_EQ(window->supervisorPerspective()->storeTickets(), nullptr);
    EXPECT_TRUE(window->findChildren<ui::StoreTicketsPane *>().isEmpty());
    QSet<QString> queues;
    for (const auto &[id, name] : window->supervisorPerspective()->queuesModel()->queues())
        queues.insert(id);
    EXPECT_EQ(queues, (QSet<QString>{u"delivery"_qs, u"payment"_qs}));

    // The sync engine has nothing to bring a client and stays idle, online, without retries.
    app::SyncEngine *engine = desk->desk().engine();
    QSignalSpy cycles(engine, &app::SyncEngine::cycleFinished);
    engine->syncNow();
    ASSERT_TRUE(test::waitUntil([&] { return !cycles.isEmpty(); }, 10s));
    EXPECT_TRUE(cycles.first().first().toBool());
    EXPECT_EQ(engine->state(), app::SyncEngine::State::Online);
    EXPECT_TRUE(engine->lastError().isEmpty());
}

TEST_F(StoreClientTest, TheStoresBoardMovesLiveOnTheEventsSocket)
{
    auto window = open(u"tessa"_qs);
    ASSERT_NE(window, nullptr);
    app::LiveBoard *live = window->supervisorPerspective()->liveBoard();
    // Only the events socket may bring it: the safety timer is put out of reach.
    live->setSafetyInterval(10 * 60 * 1000);
    QSignalSpy boardEvents(desk->desk().realtime(), &app::RealtimeChannel::boardChanged);
    test::HttpClient olga(s_backOffice->baseUrl());
    ASSERT_EQ(olga.signIn(u"olga"_qs, u"demo"_qs).status, 200);
    const QString olgaId = olga.get(u"/api/v1/me"_qs).json().value(u"id").toString();
    const auto statusOf = [&] {
        for (const protocol::BoardOperatorRow &row : live->board().operators)
            if (row.id == olgaId)
                return row.status;
        return QString();
    };
    ASSERT_FALSE(statusOf().isEmpty()) << "olga works the store's queues";
    const QString next = statusOf() == u"break" ? u"online"_qs : u"break"_qs;
    const test::HttpReply changed =
        olga.send("PUT", u"/api/v1/presence"_qs,
                  QByteArray(R"({"status":")") + next.toUtf8() + QByteArray(R"("})"));
    ASSERT_EQ(changed.status, 200) << changed.body.toStdString();
    EXPECT_TRUE(test::waitUntil([&] { return statusOf() == next; }, 20s))
        << "the store's board still says " << statusOf().toStdString();
    EXPECT_GE(boardEvents.count(), 1) << "a presence change can move the store's board";
}

TEST_F(StoreClientTest, AClientExportsItsBoardAndADailyReportNamedAfterItsStore)
{
    auto window = open(u"quentin"_qs);
    ASSERT_NE(window, nullptr);
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const auto exportTo = [&](ui::ReportExportDialog::Export kind, const QString &name) {
        window->exportAction()->trigger();
        ui::ReportExportDialog *dialog = window->storeDesk()->exportDialog();
        EXPECT_TRUE(dialog->isVisible());
        dialog->setExport(kind);
        dialog->setPath(folder.filePath(name));
        QSignalSpy exported(dialog, &ui::ReportExportDialog::exported);
        dialog->startExport();
        EXPECT_TRUE(test::waitUntil([&] { return !dialog->isBusy() && !exported.isEmpty(); }, 30s))
            << dialog->statusLabel()->text().toStdString();
        dialog->close();
        QFile file(folder.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray queues = exportTo(ui::ReportExportDialog::Export::QueuesCsv, u"queues.csv"_qs);
    QSet<QByteArray> rows;
    for (const QByteArray &line : queues.trimmed().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.value(0) == "queue")
            rows.insert(fields.value(1));
    }
    EXPECT_EQ(rows, (QSet<QByteArray>{"delivery", "payment"})) << queues.toStdString();
    const QByteArray pdf = exportTo(ui::ReportExportDialog::Export::DailyPdf, u"day.pdf"_qs);
    EXPECT_TRUE(pdf.startsWith("%PDF")) << pdf.left(16).toStdString();
    EXPECT_EQ(window->storeDesk()->exportDialog()->reportTitle(), u"Quietstore: daily report");
}
