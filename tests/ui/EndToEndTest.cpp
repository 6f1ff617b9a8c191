// The "done when", end to end: the real back office with its demo data and the traffic
// simulator on, the real main window (offscreen) signed in as olga. A simulated chat arrives in
// the queue and olga answers it with a knowledge-base excerpt; she escalates another chat through
// the dialog and pavel, at a second desk, accepts it; the back office goes away while she writes,
// and her message is delivered exactly once when it comes back.
#include "app/ClientCore.h"
#include "app/models/ConversationModel.h"
#include "app/models/EscalationInboxModel.h"
#include "app/models/KbArticleListModel.h"
#include "app/models/TicketQueueModel.h"
#include "app/net/BackOfficeClient.h"
#include "app/session/Session.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationInbox.h"
#include "ui/kb/KbArticleViewer.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/SyncStatusWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using app::ConversationModel;

namespace {

// How many of the ticket's messages on the server have exactly this body (as olga sees them).
int serverCopies(const QUrl &server, const QString &ticketId, const QString &body)
{
    HttpClient http(server);
    if (http.signIn(QStringLiteral("olga"), QStringLiteral("demo")).status != 200)
        return -1;
    const HttpReply list = http.get(u"/api/v1/tickets/" + ticketId + u"/messages?limit=500");
    if (list.status != 200)
        return -1;
    int copies = 0;
    for (const QJsonValue &message : list.json().value(u"messages").toArray())
        copies += message.toObject().value(u"body").toString() == body ? 1 : 0;
    return copies;
}

QModelIndex lastMessage(const ui::ConversationPane &pane)
{
    const auto *model = pane.messagesModel();
    return model->index(model->rowCount() - 1);
}

void showActive(QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
}

class EndToEndTest : public ::testing::Test
{
protected:
    void startAndSignIn();
    void waitForASimulatedChat();
    void openItFromTheQueue();
    void insertAKnowledgeBaseExcerpt();
    void sendIt();
    void escalateAnotherChat();
    void pavelAcceptsTheEscalation();
    void writeWhileTheBackOfficeIsAway();
    void deliverOnceWhenItReturns();

    app::ClientCore &desk() { return olga->desk(); }
    app::LocalStore &store() { return olga->desk().store(); }

    // Declared in the order they are made: pavel's window goes first, the back office last.
    std::unique_ptr<BackOfficeProcess> backOffice;
    std::unique_ptr<DemoDesk> olga;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<DemoDesk> pavel;
    std::unique_ptr<ui::MainWindow> pavelWindow;
    ui::TicketQueuePane *queue = nullptr;
    ui::ConversationPane *chat = nullptr;
    ui::KnowledgeBasePane *kb = nullptr;
    QString me;
    QSet<QString> known; // the tickets in the cache before the simulator's chat
    QString arrived;     // the simulated chat olga answers
    QString excerpt;     // her answer, from the knowledge base
    QString escalated;   // the chat she escalates
    QString offline;     // what she writes while the back office is away
};

} // namespace

TEST_F(EndToEndTest, AnOperatorsShiftAgainstTheRealBackOfficeWithTheSimulatorOn)
{
    ASSERT_NO_FATAL_FAILURE(startAndSignIn());
    ASSERT_NO_FATAL_FAILURE(waitForASimulatedChat());
    ASSERT_NO_FATAL_FAILURE(openItFromTheQueue());
    ASSERT_NO_FATAL_FAILURE(insertAKnowledgeBaseExcerpt());
    ASSERT_NO_FATAL_FAILURE(sendIt());
    ASSERT_NO_FATAL_FAILURE(escalateAnotherChat());
    ASSERT_NO_FATAL_FAILURE(pavelAcceptsTheEscalation());
    ASSERT_NO_FATAL_FAILURE(writeWhileTheBackOfficeIsAway());
    ASSERT_NO_FATAL_FAILURE(deliverOnceWhenItReturns());
}

// The back office with the simulator on (simulated customers write every two seconds; anna and
// maxim work as colleagues), and olga signed in at the real main window.
void EndToEndTest::startAndSignIn()
{
    ui::initResources();
    backOffice = DemoDesk::startBackOffice({QStringLiteral("--simulate"), QStringLiteral("30")});
    ASSERT_TRUE(backOffice);
    olga = DemoDesk::signIn(backOffice->baseUrl(), QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    desk().engine()->setRetryDelays(5, 200);
    me = desk().user().id;
    const auto tickets = store().tickets();
    ASSERT_TRUE(tickets.ok());
    for (const auto &cached : tickets.value())
        known.insert(cached.ticket.id);

    window = std::make_unique<ui::MainWindow>();
    window->setClient(ui::partsOf(desk()));
    window->resize(1500, 950);
    showActive(*window);
    ui::OperatorPerspective *perspective = window->operatorPerspective();
    queue = perspective->queuePane();
    chat = perspective->conversationPane();
    kb = perspective->knowledgeBasePane();
}

// 1. A chat from a simulated customer arrives, in one of olga's queues, and shows in her queue.
void EndToEndTest::waitForASimulatedChat()
{
    ASSERT_TRUE(waitUntil(
        [&] {
            auto fresh =
                store().read(QStringLiteral("SELECT id FROM tickets WHERE channel = 'chat' "
                                            "AND status IN ('new', 'open') ORDER BY "
                                            "CAST(id AS INTEGER) DESC"));
            while (fresh && fresh.value().next()) {
                const QString id = fresh->value(0).toString();
                if (!known.contains(id) && queue->model()->rowOf(id) >= 0) {
                    arrived = id;
                    return true;
                }
            }
            return false;
        },
        std::chrono::seconds(90)))
        << "no simulated chat reached olga's queue";
    EXPECT_FALSE(store().messages(arrived)->isEmpty()); // the customer's words came with it
}

// 2. Olga opens it from the queue with Enter.
void EndToEndTest::openItFromTheQueue()
{
    queue->view()->setFocus();
    queue->selectTicket(arrived);
    QTest::keyClick(queue->view(), Qt::Key_Return);
    ASSERT_EQ(chat->currentTicket(), arrived);
    EXPECT_EQ(kb->currentTicket(), arrived);
}

// 3. She searches the knowledge base, opens the first article and inserts an excerpt.
void EndToEndTest::insertAKnowledgeBaseExcerpt()
{
    QSignalSpy inserted(kb, &ui::KnowledgeBasePane::insertRequested);
    kb->searchField()->setFocus();
    QTest::keyClicks(kb->searchField(), QStringLiteral("refund"));
    ASSERT_TRUE(waitUntil([&] { return kb->results()->rowCount() > 0; }));
    QTest::keyClick(kb->searchField(), Qt::Key_Down);
    ASSERT_TRUE(kb->resultsView()->hasFocus());
    QTest::keyClick(kb->resultsView(), Qt::Key_Return);
    ASSERT_FALSE(kb->viewer()->articleId().isEmpty());
    // The cursor starts in the title: Down moves it into the paragraph she wants.
    for (int line = 0; line < 5 && kb->viewer()->paragraphAtCursor().isEmpty(); ++line)
        QTest::keyClick(kb->viewer(), Qt::Key_Down);
    ASSERT_FALSE(kb->viewer()->paragraphAtCursor().isEmpty());
    QTest::keyClick(kb->viewer(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(inserted.size(), 1);
    excerpt = inserted.at(0).at(0).toString();
    ASSERT_FALSE(excerpt.isEmpty());
    EXPECT_EQ(excerpt, kb->viewer()->paragraphAtCursor());
    EXPECT_EQ(chat->composer()->toPlainText(), excerpt);
    EXPECT_TRUE(chat->composer()->hasFocus());
}

// 4. Enter sends it: pending at once, then sent, and the back office has it once.
void EndToEndTest::sendIt()
{
    const int before = chat->messagesModel()->rowCount();
    QTest::keyClick(chat->composer(), Qt::Key_Return);
    ASSERT_EQ(chat->messagesModel()->rowCount(), before + 1);
    EXPECT_EQ(lastMessage(*chat).data(ConversationModel::BodyRole).toString(), excerpt);
    EXPECT_EQ(lastMessage(*chat).data(ConversationModel::StateRole).toString(), u"pending");
    ASSERT_TRUE(waitUntil(
        [&] {
            return lastMessage(*chat).data(ConversationModel::StateRole).toString() == u"synced";
        },
        std::chrono::seconds(30)));
    EXPECT_EQ(serverCopies(backOffice->baseUrl(), arrived, excerpt), 1);
}

// 5. Another chat, one of hers, goes to the 2nd line through the escalation dialog.
void EndToEndTest::escalateAnotherChat()
{
    { // a read left open would keep the cache's snapshot, and the writes below would find it stale
        auto mine = store().read(
            QStringLiteral("SELECT id FROM tickets WHERE assignee_id = ? AND channel = 'chat' AND "
                           "status IN ('new', 'open', 'pending') AND json_extract(server_json, "
                           "'$.escalation_line') IS NULL AND id <> ? ORDER BY CAST(id AS INTEGER)"),
            {me, arrived});
        ASSERT_TRUE(mine && mine.value().next()) << "olga has a chat of her own to escalate";
        escalated = mine->value(0).toString();
    }
    chat->openTicket(escalated);
    ASSERT_EQ(chat->currentTicket(), escalated);
    QTest::keyClick(chat->composer(), Qt::Key_E, Qt::ControlModifier);
    ui::EscalationDialog *dialog = chat->escalationDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    auto *context = dialog->findChild<QPlainTextEdit *>(QStringLiteral("escalationContext"));
    ASSERT_NE(context, nullptr);
    EXPECT_FALSE(context->toPlainText().isEmpty()); // the conversation goes with it
    dialog->targetField()->setCurrentIndex(dialog->targetField()->findText(u"Support line 2"_qs));
    dialog->reasonField()->setCurrentIndex(
        dialog->reasonField()->findData(QStringLiteral("refund_approval")));
    dialog->noteField()->setPlainText(QStringLiteral("Refund over the limit, please approve"));
    dialog->accept();
    ASSERT_FALSE(dialog->isVisible()) << dialog->errorLabel()->text().toStdString();
    ASSERT_TRUE(chat->escalationStrip()->isVisible());
    EXPECT_TRUE(chat->escalationStrip()->text().contains(u"line 2"));
}

// 6. Pavel, 2nd line, at his own desk: the escalation is in his inbox with the conversation;
//    he accepts it and olga sees who did.
void EndToEndTest::pavelAcceptsTheEscalation()
{
    pavel = DemoDesk::signIn(backOffice->baseUrl(), QStringLiteral("pavel"));
    ASSERT_TRUE(pavel);
    pavelWindow = std::make_unique<ui::MainWindow>();
    pavelWindow->setClient(ui::partsOf(pavel->desk()));
    pavelWindow->resize(1500, 950);
    pavelWindow->show();
    ui::ConversationPane *pavelChat = pavelWindow->operatorPerspective()->conversationPane();
    ui::EscalationInbox *inbox = pavelChat->escalationInbox();
    int row = -1;
    ASSERT_TRUE(waitUntil(
        [&] {
            for (int i = 0; i < inbox->model()->rowCount(); ++i) {
                if (inbox->model()->escalationAt(i).ticketId == escalated)
                    row = i;
            }
            return row >= 0;
        },
        std::chrono::seconds(30)));
    EXPECT_TRUE(inbox->isVisible());
    inbox->list()->setCurrentIndex(inbox->model()->index(row));
    Q_EMIT inbox->list()->activated(inbox->model()->index(row));
    ASSERT_EQ(pavelChat->currentTicket(), escalated);
    EXPECT_EQ(pavelChat->messagesModel()->rowCount(),
              int(pavel->desk().store().messages(escalated)->size()));
    EXPECT_EQ(pavel->desk().store().messages(escalated)->size(),
              store().messages(escalated)->size()); // the whole conversation, as olga has it
    ASSERT_TRUE(inbox->acceptCurrent());
    ASSERT_TRUE(waitUntil(
        [&] {
            return chat->escalationStrip()->property("escalationStatus").toString() == u"accepted";
        },
        std::chrono::seconds(30)));
    EXPECT_TRUE(chat->escalationStrip()->text().contains(u"Pavel Sokolov"))
        << chat->escalationStrip()->text().toStdString();
}

// 7. The back office goes away. Olga writes on: the reply waits, and the pane says so.
void EndToEndTest::writeWhileTheBackOfficeIsAway()
{
    backOffice->stop();
    chat->openTicket(arrived);
    offline = QStringLiteral("One moment, I am checking your refund");
    QTest::keyClicks(chat->composer(), offline);
    QTest::keyClick(chat->composer(), Qt::Key_Return);
    EXPECT_EQ(lastMessage(*chat).data(ConversationModel::BodyRole).toString(), offline);
    EXPECT_EQ(lastMessage(*chat).data(ConversationModel::StateRole).toString(), u"pending");
    ASSERT_TRUE(
        waitUntil([&] { return chat->offlineBanner()->isVisible(); }, std::chrono::seconds(30)));
    EXPECT_EQ(window->syncStatus()->connectionLabel()->text(), u"No connection to the back office");
    EXPECT_TRUE(window->syncStatus()->pendingLabel()->isVisible());
    EXPECT_EQ(lastMessage(*chat).data(ConversationModel::StateRole).toString(), u"pending");
}

// 8. It comes back (on a new port, as the embedded one does): the reply goes out once.
void EndToEndTest::deliverOnceWhenItReturns()
{
    ASSERT_TRUE(backOffice->start());
    desk().client().setBaseUrl(backOffice->baseUrl());
    desk().engine()->syncNow(true);
    ASSERT_TRUE(waitUntil(
        [&] {
            return lastMessage(*chat).data(ConversationModel::StateRole).toString() == u"synced" &&
                   desk().engine()->state() == app::SyncEngine::State::Online &&
                   desk().engine()->pendingCount() == 0;
        },
        std::chrono::seconds(60)));
    EXPECT_FALSE(chat->offlineBanner()->isVisible());
    EXPECT_EQ(window->syncStatus()->connectionLabel()->text(), u"Connected to the back office");
    EXPECT_EQ(serverCopies(backOffice->baseUrl(), arrived, offline), 1);
    EXPECT_EQ(serverCopies(backOffice->baseUrl(), arrived, excerpt), 1);
    int local = 0;
    const auto messages = store().messages(arrived);
    ASSERT_TRUE(messages.ok());
    for (const auto &message : messages.value())
        local += message.body == offline ? 1 : 0;
    EXPECT_EQ(local, 1);
}
