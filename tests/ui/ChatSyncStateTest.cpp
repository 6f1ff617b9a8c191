// What the chat pane says about syncing, offscreen, against a real back office: the offline
// banner while it is away (and one delivery when it returns), and a conflicting change.
#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/ConversationModel.h"
#include "app/models/EscalationCatalog.h"
#include "app/models/EscalationInboxModel.h"
#include "app/models/OpenConversationsModel.h"
#include "app/net/BackOfficeClient.h"
#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatPaneFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/MacroPicker.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationInbox.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

using namespace frontline;
using namespace frontline::test;
using app::ConversationModel;

TEST_F(ChatPaneTest, OfflineBannerAndAMessageSentOnceWhenTheBackOfficeReturns)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Are you there?"), QStringLiteral("o-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    EXPECT_FALSE(pane.offlineBanner()->isVisible());

    backOffice->stop();
    QTest::keyClicks(pane.composer(), QStringLiteral("sent while offline"));
    QTest::keyClick(pane.composer(), Qt::Key_Return);
    EXPECT_EQ(last(pane).data(ConversationModel::StateRole).toString(), u"pending");
    ASSERT_TRUE(waitUntil([&] { return pane.offlineBanner()->isVisible(); }));
    const QLabel *text = pane.offlineBanner()->findChild<QLabel *>();
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(u"Offline"));
    EXPECT_TRUE(text->text().contains(u"sent when the connection returns"));
    EXPECT_EQ(last(pane).data(ConversationModel::StateRole).toString(), u"pending");

    // A retry while the back office is still down keeps the banner, not even hidden a moment.
    QList<app::SyncEngine::State> states;
    bool everHidden = false;
    const QMetaObject::Connection watch =
        QObject::connect(olga->desk().engine(), &app::SyncEngine::stateChanged, &pane,
                         [&](app::SyncEngine::State state) {
                             states.append(state);
                             everHidden |= !pane.offlineBanner()->isVisible();
                         });
    olga->desk().engine()->syncNow(true);
    ASSERT_TRUE(waitUntil([&] {
        return states.contains(app::SyncEngine::State::Syncing) &&
               states.last() != app::SyncEngine::State::Syncing;
    }));
    QObject::disconnect(watch);
    EXPECT_FALSE(everHidden);
    EXPECT_TRUE(pane.offlineBanner()->isVisible());

    ASSERT_TRUE(backOffice->start());
    olga->desk().client().setBaseUrl(backOffice->baseUrl());
    olga->desk().engine()->syncNow(true);
    ASSERT_TRUE(waitUntil(
        [&] {
            return last(pane).data(ConversationModel::StateRole).toString() == u"synced" &&
                   olga->desk().engine()->state() == app::SyncEngine::State::Online;
        },
        std::chrono::seconds(30)));
    EXPECT_FALSE(pane.offlineBanner()->isVisible());
    // Exactly once on the server.
    HttpClient http(backOffice->baseUrl());
    const HttpReply login = http.send("POST", QStringLiteral("/api/v1/auth/login"),
                                      json({{QStringLiteral("username"), QStringLiteral("olga")},
                                            {QStringLiteral("password"), QStringLiteral("demo")}}));
    ASSERT_EQ(login.status, 200);
    http.setBearerToken(login.json().value(u"token").toString().toUtf8());
    const HttpReply list = http.get(u"/api/v1/tickets/" + ticket + u"/messages");
    ASSERT_EQ(list.status, 200);
    int copies = 0;
    for (const QJsonValue &m : list.json().value(u"messages").toArray())
        copies += m.toObject().value(u"body").toString() == u"sent while offline" ? 1 : 0;
    EXPECT_EQ(copies, 1);
}

TEST_F(ChatPaneTest, AConflictShowsTheBannerAndTakeTheirsClearsIt)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Cancel my order"), QStringLiteral("c-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    EXPECT_FALSE(pane.conflictBanner()->isVisible());

    // Olga's desk is held back from syncing while sofia changes the ticket on the server.
    app::SyncEngine *engine = olga->desk().engine();
    engine->stop();
    QObject::disconnect(olga->desk().commands(), &app::OperatorCommands::queued, engine, nullptr);
    ASSERT_TRUE(waitUntil([&] { return !engine->isBusy(); }));
    HttpClient sofia(backOffice->baseUrl());
    const HttpReply login =
        sofia.send("POST", QStringLiteral("/api/v1/auth/login"),
                   json({{QStringLiteral("username"), QStringLiteral("sofia")},
                         {QStringLiteral("password"), QStringLiteral("demo")}}));
    ASSERT_EQ(login.status, 200);
    sofia.setBearerToken(login.json().value(u"token").toString().toUtf8());
    const HttpReply current = sofia.get(u"/api/v1/tickets/" + ticket);
    ASSERT_EQ(current.status, 200);
    ASSERT_EQ(
        sofia
            .send("PATCH", u"/api/v1/tickets/" + ticket,
                  json({{QStringLiteral("status"), QStringLiteral("pending")}}),
                  {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}})
            .status,
        200);

    ASSERT_TRUE(pane.resolve(QStringLiteral("answered")));
    engine->syncNow(true);
    ASSERT_TRUE(
        waitUntil([&] { return pane.conflictBanner()->isVisible(); }, std::chrono::seconds(20)));
    auto *takeTheirs = pane.conflictBanner()->findChild<QPushButton *>(u"takeTheirsButton"_qs);
    ASSERT_NE(takeTheirs, nullptr);
    EXPECT_FALSE(takeTheirs->accessibleName().isEmpty());
    QTest::mouseClick(takeTheirs, Qt::LeftButton);
    EXPECT_FALSE(pane.conflictBanner()->isVisible());
    EXPECT_TRUE(olga->desk().commands()->conflicts().value().isEmpty());
    EXPECT_EQ(olga->desk().store().ticket(ticket).value()->ticket.status,
              protocol::TicketStatus::Pending);
}
