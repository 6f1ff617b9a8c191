// Live monitoring at the desks (issue 18, items 1-4), against the real demo back office: sofia
// watches olga's chat in the monitor view and sees the customer's typing (from the chat adapter's
// intake), olga's typing (from olga's own app) and a new message live; her whisper reaches olga's
// chat marked as a whisper and never the outbound queue; her barge shows in olga's chat with the
// notice; she takes a chat over, answers it and hands it back; another supervisor already in the
// chat gets her take-over refused in the view, the text kept. English and Russian; accessible
// names.
#include "ui/supervisor/MonitorView.h"
#include "app/board/DrillDownTicketsModel.h"
#include "app/models/ConversationModel.h"
#include "app/net/BackOfficeClient.h"
#include "app/sync/RealtimeChannel.h"
#include "tests/ui/MonitorSteps.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/chat/SupervisionStrip.h"
#include "ui/chat/TypingIndicator.h"
#include "ui/common/UiSetup.h"
#include "ui/supervisor/OperatorDrillDown.h"
#include "ui/supervisor/SupervisorDesk.h"
#include "ui/supervisor/TicketReader.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace frontline;
using namespace frontline::test;

namespace {

using L = QLatin1StringView;

class MonitorViewTest : public OperatorFlowTest
{
protected:
    // A customer's new chat given to olga by sofia, in both desks' caches; its ticket id.
    QString olgasNewChat(DemoDesk &olga, DemoDesk &sofia, const QString &externalId)
    {
        const QString chat = newChat(QStringLiteral("Where is my parcel?"), externalId);
        auto sofiaHttp = colleague(QStringLiteral("sofia"));
        const HttpReply current = sofiaHttp->get(u"/api/v1/tickets/" + chat);
        const HttpReply given = sofiaHttp->send(
            "PATCH", u"/api/v1/tickets/" + chat,
            json({{QStringLiteral("assignee_id"), olga->user().id}}),
            {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}});
        EXPECT_EQ(given.status, 200) << given.body.toStdString();
        const auto assignedIn = [&](DemoDesk &desk) {
            auto cached = desk->store().ticket(chat);
            return cached && cached.value() && cached.value()->ticket.assigneeId == olga->user().id;
        };
        EXPECT_TRUE(waitUntil([&] { return assignedIn(olga) && assignedIn(sofia); },
                              std::chrono::seconds(30)));
        return chat;
    }
    // The chat adapter says the customer of `externalId`'s chat is typing, or writes `text`.
    void customerTypes(const QString &externalId)
    {
        const HttpReply typed = adapter->send(
            "POST", QStringLiteral("/api/v1/intake/typing"),
            json({{L("channel"), QStringLiteral("chat")},
                  {L("queue"), QStringLiteral("orders")},
                  {L("customer"),
                   QJsonObject{{L("external_id"), QString(u"shop-" + externalId)}}}}));
        EXPECT_EQ(typed.status, 204) << typed.body.toStdString();
    }
    void customerWrites(const QString &externalId, const QString &messageId, const QString &text)
    {
        const QJsonObject body{
            {L("channel"), QStringLiteral("chat")},
            {L("external_message_id"), messageId},
            {L("queue"), QStringLiteral("orders")},
            {L("customer"), QJsonObject{{L("external_id"), QString(u"shop-" + externalId)},
                                        {L("name"), QString(u"Customer " + externalId)}}},
            {L("text"), text}};
        const HttpReply reply =
            adapter->send("POST", QStringLiteral("/api/v1/intake/messages"), json(body));
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    }
    // The row of `model` whose body is `body`; -1 when none is.
    static int rowWithBody(const QAbstractItemModel &model, const QString &body)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(app::ConversationModel::BodyRole).toString() == body)
                return row;
        }
        return -1;
    }
    static void press(QWidget &window, QWidget *where, Qt::Key key)
    {
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(where, key, Qt::ControlModifier | Qt::ShiftModifier);
    }
    // Whispered by keyboard from the view: in olga's chat, marked; never to the customer.
    void whisperReachesOlgaMarked(ui::MonitorView &view, ui::ConversationPane &olgaChat)
    {
        view.textBox()->setFocus();
        QTest::keyClicks(view.textBox(), QStringLiteral("Offer the express refund"));
        press(view, view.textBox(), Qt::Key_W);
        ASSERT_TRUE(waitUntil([&] { return view.status()->text().startsWith(u"Whispered to"); }))
            << view.status()->text().toStdString();
        EXPECT_TRUE(view.textBox()->toPlainText().isEmpty());
        app::ConversationModel *messages = olgaChat.messagesModel();
        int row = -1;
        ASSERT_TRUE(waitUntil([&] {
            row = rowWithBody(*messages, QStringLiteral("Offer the express refund"));
            return row >= 0;
        }));
        const QModelIndex marked = messages->index(row);
        EXPECT_TRUE(marked.data(app::ConversationModel::WhisperRole).toBool());
        EXPECT_EQ(marked.data(app::ConversationModel::StyleRole).toString(), u"whisper");
        EXPECT_EQ(marked.data(Qt::AccessibleTextRole).toString(),
                  u"Whisper from Sofia Morozova, the customer does not see this: Offer the "
                  u"express refund");
        ui::MessageDelegate delegate;
        EXPECT_TRUE(delegate.headerText(marked).startsWith(
            u"Whisper from Sofia Morozova — the customer does not see this"))
            << delegate.headerText(marked).toStdString();
        const QString id = marked.data(app::ConversationModel::MessageIdRole).toString();
        const QJsonArray outbound =
            adapter->get(QStringLiteral("/api/v1/outbound")).json().value(L("messages")).toArray();
        for (const QJsonValue &message : outbound) {
            EXPECT_NE(message[L("message_id")].toString(), id);
            EXPECT_NE(message[L("body")].toString(), u"Offer the express refund");
        }
    }
    // Barging in asks once, then writes to the customer; olga's chat says so at once.
    void bargeShowsInOlgasChat(ui::MonitorView &view, ui::ConversationPane &olgaChat)
    {
        QTest::keyClicks(view.textBox(), QStringLiteral("Hello, this is Sofia, the supervisor"));
        press(view, view.textBox(), Qt::Key_G);
        EXPECT_EQ(view.bargeButton()->text(), u"Confirm barge in");
        EXPECT_TRUE(view.status()->text().contains(u"Press Barge in (Ctrl+Shift+G) again"));
        EXPECT_FALSE(view.monitor()->isBusy()); // nothing sent yet
        press(view, view.textBox(), Qt::Key_G);
        ASSERT_TRUE(waitUntil([&] { return view.status()->text().startsWith(u"Written to the"); }))
            << view.status()->text().toStdString();
        QLabel *notice = olgaChat.supervisionStrip()->textLabel();
        ASSERT_TRUE(waitUntil([&] {
            return notice->text().contains(u"Sofia Morozova wrote to the customer at");
        })) << notice->text().toStdString();
        ASSERT_TRUE(waitUntil([&] {
            return rowWithBody(*olgaChat.messagesModel(),
                               QStringLiteral("Hello, this is Sofia, the supervisor")) >= 0;
        }));
    }
    // Every control named; in Russian the view's and the notice's words are Russian.
    static void namedInEnglishAndRussian(ui::MonitorView &view, ui::SupervisionStrip &strip)
    {
        for (QWidget *control : std::initializer_list<QWidget *>{
                 view.messageView(), view.textBox(), view.whisperButton(), view.bargeButton(),
                 view.takeOverButton(), view.handBackButton(), view.replyButton(), view.status(),
                 view.customerTyping(), view.operatorTyping()})
            EXPECT_FALSE(control->accessibleName().isEmpty())
                << control->objectName().toStdString();
        EXPECT_TRUE(
            view.whisperButton()->accessibleName().contains(u"the customer does not see it"));
        ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
        EXPECT_TRUE(waitUntil([&] { return view.whisperButton()->text() != u"Whisper"; }));
        EXPECT_EQ(view.whisperButton()->text(), u"Шепнуть");
        EXPECT_EQ(view.takeOverButton()->text(), u"Перехватить чат");
        EXPECT_TRUE(strip.textLabel()->text().contains(u"наблюдает за этим чатом"))
            << strip.textLabel()->text().toStdString();
        ASSERT_TRUE(
            ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        EXPECT_TRUE(waitUntil([&] { return view.whisperButton()->text() == u"Whisper"; }));
    }
    // The administrator barges into `chat` first; sofia's take-over in `view` is refused in
    // the back office's words, the text she wrote kept. The administrator then leaves.
    void refusedWhileTheAdministratorIsIn(ui::MonitorView &view, const QString &chat)
    {
        auto admin = colleague(QStringLiteral("admin"));
        const auto adminPost = [&](const QString &action, const QByteArray &body = "{}") {
            return admin->send("POST", u"/api/v1/tickets/" + chat + u'/' + action, body);
        };
        ASSERT_EQ(adminPost(QStringLiteral("monitor")).status, 201);
        ASSERT_EQ(adminPost(QStringLiteral("barge"), R"({"body":"Hello from the center"})").status,
                  201);
        view.textBox()->setPlainText(QStringLiteral("Olga, I will take this one"));
        press(view, view.textBox(), Qt::Key_X);
        ASSERT_TRUE(
            waitUntil([&] { return view.status()->text().startsWith(u"The chat was not"); }));
        EXPECT_TRUE(
            view.status()->text().contains(u"Administrator is already in this conversation"))
            << view.status()->text().toStdString();
        EXPECT_EQ(view.textBox()->toPlainText(), u"Olga, I will take this one");
        EXPECT_TRUE(view.takeOverButton()->isVisible());
        ASSERT_EQ(admin->send("DELETE", u"/api/v1/tickets/" + chat + u"/monitor", {}).status, 204);
    }
    // Ctrl+Shift+M on `chat` in olga's drill-down of sofia's wired workspace: its monitor view.
    static ui::MonitorView *monitorFromTheDrillDown(ui::SupervisorDesk &desk, DemoDesk &olga,
                                                    const QString &chat)
    {
        // Olga has two chats at least: the demo's, and the caller's.
        ui::OperatorDrillDown *drill = drillDownOf(desk, olga->user().id);
        // None chosen among several: nothing opens, and the drill-down says what to do.
        drill->openView()->setCurrentIndex(QModelIndex());
        QTest::keyClick(drill->openView(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_TRUE(drill->monitorHint()->isVisible());
        EXPECT_TRUE(drill->monitorHint()->text().contains(u"choose the one to monitor"))
            << drill->monitorHint()->text().toStdString();
        EXPECT_EQ(desk.monitorView(chat), nullptr);
        ui::MonitorView *view = monitorChosen(desk, *drill, chat);
        EXPECT_FALSE(drill->monitorHint()->isVisible());
        return view;
    }
    static bool connected(DemoDesk &desk)
    {
        return desk->realtime() && desk->realtime()->isConnected();
    }
};

} // namespace

TEST_F(MonitorViewTest, SofiaWatchesOlgasChatLiveWhispersAndBargesIn)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(olga && sofia);
    const QString chat = olgasNewChat(*olga, *sofia, QStringLiteral("mon1"));
    auto olgaWindow = windowFor(*olga);
    ui::ConversationPane *olgaChat = showConversation(*olgaWindow, chat);
    ASSERT_TRUE(waitUntil([&] { return connected(*olga) && connected(*sofia); }));

    ui::MonitorView view(ui::partsOf(sofia->desk()));
    QAbstractItemModelTester tester(view.conversation(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    view.showTicket(chat);
    ASSERT_TRUE(waitUntil([&] { return view.monitor()->isWatching(); }));
    EXPECT_EQ(view.status()->text(), u"Watching live.");
    EXPECT_GE(rowWithBody(*view.conversation(), QStringLiteral("Where is my parcel?")), 0);
    // Olga is told (the demo back office shows monitoring): the notice in her chat.
    ui::SupervisionStrip *strip = olgaChat->supervisionStrip();
    ASSERT_TRUE(waitUntil([&] { return strip->isVisible(); }));
    EXPECT_EQ(strip->textLabel()->text(), u"Sofia Morozova is watching this chat.");

    // Both sides typing, as they type; a message ends the customer's.
    customerTypes(QStringLiteral("mon1"));
    ASSERT_TRUE(waitUntil([&] { return view.customerTyping()->isVisible(); }));
    EXPECT_EQ(view.customerTyping()->text(), u"The customer is typing…");
    olgaWindow->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(olgaWindow.get()));
    olgaChat->composer()->setFocus();
    QTest::keyClicks(olgaChat->composer(), QStringLiteral("Let me check"));
    ASSERT_TRUE(waitUntil([&] { return view.operatorTyping()->isVisible(); }));
    EXPECT_EQ(view.operatorTyping()->text(), u"Olga Smirnova is typing…");
    customerWrites(QStringLiteral("mon1"), QStringLiteral("mon1-2"),
                   QStringLiteral("It was due yesterday"));
    ASSERT_TRUE(waitUntil([&] {
        return rowWithBody(*view.conversation(), QStringLiteral("It was due yesterday")) >= 0;
    }));
    EXPECT_FALSE(view.customerTyping()->isVisible());

    whisperReachesOlgaMarked(view, *olgaChat);
    bargeShowsInOlgasChat(view, *olgaChat);
    namedInEnglishAndRussian(view, *strip);

    // Closing the view stops watching: olga's notice goes.
    view.close();
    ASSERT_TRUE(waitUntil([&] { return !strip->textLabel()->text().contains(u"watching"); }));
}

TEST_F(MonitorViewTest, SofiaTakesAChatOverAnswersItAndHandsItBackAfterARefusal)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(olga && sofia);
    const QString chat = olgasNewChat(*olga, *sofia, QStringLiteral("mon2"));
    auto olgaWindow = windowFor(*olga);
    ui::ConversationPane *olgaChat = showConversation(*olgaWindow, chat);
    ASSERT_TRUE(waitUntil([&] { return connected(*olga) && connected(*sofia); }));
    auto sofiaWindow = windowFor(*sofia);
    sofiaWindow->show();
    ASSERT_TRUE(sofiaWindow->supervisorDesk());
    ui::MonitorView *view = monitorFromTheDrillDown(*sofiaWindow->supervisorDesk(), *olga, chat);
    ASSERT_TRUE(view);
    refusedWhileTheAdministratorIsIn(*view, chat);

    // Now the take-over goes through: olga is told, the chat leaves her list, and sofia
    // answers it in the view, through the outbox.
    const QString olgaId = olga->desk().user().id;
    press(*view, view->textBox(), Qt::Key_X);
    ASSERT_TRUE(waitUntil([&] { return view->replyButton()->isVisible(); }))
        << view->status()->text().toStdString();
    EXPECT_FALSE(view->whisperButton()->isVisible());
    QLabel *notice = olgaChat->supervisionStrip()->textLabel();
    ASSERT_TRUE(waitUntil([&] {
        return notice->text().contains(u"Sofia Morozova took over chat #");
    })) << notice->text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return !chatsOf(olga->desk(), olgaId).contains(chat); }));
    const QString answer = QStringLiteral("I am Sofia; I will sort out your refund");
    view->textBox()->setPlainText(answer);
    QTest::mouseClick(view->replyButton(), Qt::LeftButton);
    EXPECT_TRUE(view->textBox()->toPlainText().isEmpty());
    ASSERT_TRUE(waitUntil([&] {
        const int at = rowWithBody(*view->conversation(), answer);
        return at >= 0 &&
               view->conversation()->index(at).data(app::ConversationModel::StateRole).toString() ==
                   u"synced";
    }));

    // Hand back: the chat is olga's again.
    QTest::mouseClick(view->handBackButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return view->status()->text().startsWith(u"Handed back to"); }));
    EXPECT_EQ(view->status()->text(), u"Handed back to Olga Smirnova.");
    ASSERT_TRUE(waitUntil([&] { return chatsOf(olga->desk(), olgaId).contains(chat); }));
    ASSERT_TRUE(waitUntil([&] { return view->takeOverButton()->isVisible(); }));
    view->close();
}

// Offline, nothing is queued: the supervisor is told nothing was sent (the view keeps her text).
TEST(LiveMonitorOffline, AWhisperWithNoBackOfficeIsRefusedInWords)
{
    QNetworkAccessManager network;
    app::BackOfficeClient client(&network);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    app::LiveMonitor monitor(client);
    QSignalSpy refused(&monitor, &app::LiveMonitor::refused);
    monitor.start(QStringLiteral("42"));
    ASSERT_TRUE(waitUntil([&] { return refused.size() == 1; }));
    EXPECT_FALSE(monitor.isWatching());
    monitor.whisper(QStringLiteral("Offer the refund"));
    ASSERT_TRUE(waitUntil([&] { return refused.size() == 2; }));
    EXPECT_EQ(refused.at(1).at(0).value<app::LiveMonitor::Action>(),
              app::LiveMonitor::Action::Whisper);
    EXPECT_TRUE(refused.at(1).at(1).toString().contains(u"live monitoring works only online"))
        << refused.at(1).at(1).toString().toStdString();
    // An empty whisper never leaves the desk.
    monitor.whisper(QStringLiteral("  "));
    ASSERT_EQ(refused.size(), 3);
    EXPECT_EQ(refused.at(2).at(1).toString(), u"Write the text first.");
    EXPECT_FALSE(monitor.isBusy());
}
