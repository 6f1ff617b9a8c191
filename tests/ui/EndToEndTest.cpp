// The "done when", end to end: the real back office with its demo data and the traffic
// simulator on, the real main window (offscreen) signed in as olga. A simulated chat arrives in
// the queue and olga answers it with a knowledge-base excerpt; she escalates another chat through
// the dialog and pavel, at a second desk, accepts it; the back office goes away while she writes,
// and her message is delivered exactly once when it comes back.
#include "app/OperatorDesk.h"
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
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationInbox.h"
#include "ui/kb/KbArticleViewer.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/SyncStatusWidget.h"
#include "ui/shell/UiSetup.h"

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

} // namespace

TEST(EndToEndTest, AnOperatorsShiftAgainstTheRealBackOfficeWithTheSimulatorOn)
{
    ui::initResources();
    // Simulated customers write every two seconds; anna and maxim work as colleagues.
    auto backOffice =
        DemoDesk::startBackOffice({QStringLiteral("--simulate"), QStringLiteral("30")});
    ASSERT_TRUE(backOffice);
    auto olga = DemoDesk::signIn(backOffice->baseUrl(), QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    app::OperatorDesk &desk = olga->desk();
    desk.engine()->setRetryDelays(5, 200);
    app::LocalStore &store = desk.store();
    const QString me = desk.session().info().operatorId;
    QSet<QString> known;
    const auto tickets = store.tickets();
    ASSERT_TRUE(tickets.ok());
    for (const auto &cached : tickets.value())
        known.insert(cached.ticket.id);

    ui::MainWindow window;
    window.setDesk(desk);
    window.resize(1500, 950);
    showActive(window);
    ui::OperatorPerspective *perspective = window.operatorPerspective();
    ui::TicketQueuePane *queue = perspective->queuePane();
    ui::ConversationPane *chat = perspective->conversationPane();
    ui::KnowledgeBasePane *kb = perspective->knowledgeBasePane();

    // 1. A chat from a simulated customer arrives, in one of olga's queues, and shows in her queue.
    QString arrived;
    ASSERT_TRUE(waitUntil(
        [&] {
            auto fresh = store.read(QStringLiteral("SELECT id FROM tickets WHERE channel = 'chat' "
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
    EXPECT_FALSE(store.messages(arrived)->isEmpty()); // the customer's words came with it

    // 2. Olga opens it from the queue with Enter.
    queue->view()->setFocus();
    queue->selectTicket(arrived);
    QTest::keyClick(queue->view(), Qt::Key_Return);
    ASSERT_EQ(chat->currentTicket(), arrived);
    EXPECT_EQ(kb->currentTicket(), arrived);

    // 3. She searches the knowledge base, opens the first article and inserts an excerpt.
    QSignalSpy inserted(kb, &ui::KnowledgeBasePane::insertRequested);
    kb->searchField()->setFocus();
    QTest::keyClicks(kb->searchField(), QStringLiteral("refund"));
    ASSERT_TRUE(waitUntil([&] { return kb->results()->rowCount() > 0; }));
    QTest::keyClick(kb->searchField(), Qt::Key_Down);
    ASSERT_TRUE(kb->resultsView()->hasFocus());
    QTest::keyClick(kb->resultsView(), Qt::Key_Return);
    ASSERT_FALSE(kb->viewer()->articleId().isEmpty());
    QTest::keyClick(kb->viewer(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(inserted.size(), 1);
    const QString excerpt = inserted.at(0).at(0).toString();
    ASSERT_FALSE(excerpt.isEmpty());
    EXPECT_EQ(chat->composer()->toPlainText(), excerpt);
    EXPECT_TRUE(chat->composer()->hasFocus());

    // 4. Enter sends it: pending at once, then sent, and the back office has it once.
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

    // 5. Another chat, one of hers, goes to the 2nd line through the escalation dialog.
    QString escalated;
    { // a read left open would keep the cache's snapshot, and the writes below would find it stale
        auto mine = store.read(
            QStringLiteral("SELECT id FROM tickets WHERE assignee_id = ? AND channel = 'chat' AND "
                           "status IN ('new', 'open') AND json_extract(server_json, "
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

    // 6. Pavel, 2nd line, at his own desk: the escalation is in his inbox with the conversation;
    //    he accepts it and olga sees who did.
    auto pavel = DemoDesk::signIn(backOffice->baseUrl(), QStringLiteral("pavel"));
    ASSERT_TRUE(pavel);
    ui::MainWindow pavelWindow;
    pavelWindow.setDesk(pavel->desk());
    pavelWindow.resize(1500, 950);
    pavelWindow.show();
    ui::ConversationPane *pavelChat = pavelWindow.operatorPerspective()->conversationPane();
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
              store.messages(escalated)->size()); // the whole conversation, as olga has it
    ASSERT_TRUE(inbox->acceptCurrent());
    ASSERT_TRUE(waitUntil(
        [&] {
            return chat->escalationStrip()->property("escalationStatus").toString() == u"accepted";
        },
        std::chrono::seconds(30)));
    EXPECT_TRUE(chat->escalationStrip()->text().contains(u"Pavel Sokolov"))
        << chat->escalationStrip()->text().toStdString();

    // 7. The back office goes away. Olga writes on: the reply waits, and the pane says so.
    backOffice->stop();
    chat->openTicket(arrived);
    const QString offline = QStringLiteral("One moment, I am checking your refund");
    QTest::keyClicks(chat->composer(), offline);
    QTest::keyClick(chat->composer(), Qt::Key_Return);
    EXPECT_EQ(lastMessage(*chat).data(ConversationModel::BodyRole).toString(), offline);
    EXPECT_EQ(lastMessage(*chat).data(ConversationModel::StateRole).toString(), u"pending");
    ASSERT_TRUE(
        waitUntil([&] { return chat->offlineBanner()->isVisible(); }, std::chrono::seconds(30)));
    EXPECT_EQ(window.syncStatus()->connectionLabel()->text(), u"Offline");
    EXPECT_TRUE(window.syncStatus()->pendingLabel()->isVisible());
    EXPECT_EQ(lastMessage(*chat).data(ConversationModel::StateRole).toString(), u"pending");

    // 8. It comes back (on a new port, as the embedded one does): the reply goes out once.
    ASSERT_TRUE(backOffice->start());
    desk.client().setBaseUrl(backOffice->baseUrl());
    desk.engine()->syncNow(true);
    ASSERT_TRUE(waitUntil(
        [&] {
            return lastMessage(*chat).data(ConversationModel::StateRole).toString() == u"synced" &&
                   desk.engine()->state() == app::SyncEngine::State::Online &&
                   desk.engine()->pendingCount() == 0;
        },
        std::chrono::seconds(60)));
    EXPECT_FALSE(chat->offlineBanner()->isVisible());
    EXPECT_EQ(window.syncStatus()->connectionLabel()->text(), u"Online");
    EXPECT_EQ(serverCopies(backOffice->baseUrl(), arrived, offline), 1);
    EXPECT_EQ(serverCopies(backOffice->baseUrl(), arrived, excerpt), 1);
    int local = 0;
    const auto messages = store.messages(arrived);
    ASSERT_TRUE(messages.ok());
    for (const auto &message : messages.value())
        local += message.body == offline ? 1 : 0;
    EXPECT_EQ(local, 1);
}
