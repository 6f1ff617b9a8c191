// Signing in to the shell against the real back office (demo data): the login dialog, the
// perspective it opens by role, and a remembered session, online and offline.
#include "app/ClientCore.h"
#include "app/EmbeddedBackOffice.h"
#include "app/models/OperatorDirectory.h"
#include "app/models/TicketQueueModel.h"
#include "app/session/Session.h"
#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/MainWindowFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/common/ClientParts.h"
#include "ui/common/SlaPalette.h"
#include "ui/common/UiSettings.h"
#include "ui/common/UiSetup.h"
#include "ui/customer/CustomerPane.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/BackOfficeStatusLabel.h"
#include "ui/shell/DeskNotifier.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/PresenceSwitcher.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/SyncStatusWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace frontline;
using frontline::test::MainWindowTest;

TEST_F(MainWindowTest, LoginDialogSignsInAndTheOperatorGetsTheOperatorPerspective)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.show();
    EXPECT_EQ(window.perspectiveName(), u"operator");
    ASSERT_NE(window.operatorPerspective(), nullptr);
    EXPECT_EQ(window.perspective(), window.operatorPerspective());
    EXPECT_TRUE(window.windowTitle().contains(u"Frontline"));

    const QStringList expected{QStringLiteral("ticketQueue"), QStringLiteral("conversation"),
                               QStringLiteral("customer"), QStringLiteral("knowledgeBase")};
    for (const QString &name : expected) {
        auto *pane = window.findChild<ui::Pane *>(name);
        ASSERT_NE(pane, nullptr) << name.toStdString();
        EXPECT_TRUE(pane->isVisible()) << name.toStdString();
        EXPECT_FALSE(pane->accessibleName().isEmpty()) << name.toStdString();
        EXPECT_EQ(pane->accessibleName(), pane->title());
    }
    // Queue, conversation and the customer/KB column sit side by side, left to right.
    const auto *perspective = window.operatorPerspective();
    const auto x = [&](const QWidget *w) { return w->mapTo(&window, QPoint()).x(); };
    EXPECT_LT(x(perspective->queuePane()), x(perspective->conversationPane()));
    EXPECT_LT(x(perspective->conversationPane()), x(perspective->customerPane()));
    EXPECT_LT(perspective->customerPane()->mapTo(&window, QPoint()).y(),
              perspective->knowledgeBasePane()->mapTo(&window, QPoint()).y());

    // The queue shows the synced demo tickets, and every control has an accessible name.
    ui::TicketQueuePane *queue = perspective->queuePane();
    EXPECT_GT(queue->model()->rowCount(), 0);
    for (const QWidget *control : queue->findChildren<QWidget *>()) {
        if (control->focusPolicy() == Qt::NoFocus || !control->isVisibleTo(queue) ||
            control->parentWidget() != queue)
            continue;
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
    }
    EXPECT_FALSE(window.presenceSwitcher()->accessibleName().isEmpty());
    EXPECT_EQ(window.syncStatus()->connectionLabel()->text(), u"Connected to the back office");
    EXPECT_FALSE(window.syncStatus()->connectionLabel()->accessibleName().isEmpty());
}

TEST_F(MainWindowTest, PerspectiveFollowsTheRole)
{
    EXPECT_EQ(ui::MainWindow::perspectiveFor(u"operator"_qs), u"operator");
    EXPECT_EQ(ui::MainWindow::perspectiveFor(u"supervisor"_qs), u"supervisor");
    EXPECT_EQ(ui::MainWindow::perspectiveFor(u"trainer"_qs), u"trainer");
    EXPECT_EQ(ui::MainWindow::perspectiveFor(u"client"_qs), u"client")
        << "a store's read-only board";
    std::unique_ptr<app::ClientCore> sofia(signIn(QStringLiteral("sofia")));
    ASSERT_NE(sofia, nullptr);
    EXPECT_EQ(sofia->user().role, protocol::Role::Supervisor);
    ui::MainWindow window;
    window.setClient(ui::partsOf(*sofia));
    EXPECT_EQ(window.perspectiveName(), u"supervisor");
    EXPECT_EQ(window.operatorPerspective(), nullptr);
}

TEST_F(MainWindowTest, LoginDialogSaysWhatIsWrong)
{
    ui::LoginDialog login(s_network, nullptr, test::temporaryRoot() + u"/data-wrong"_qs);
    login.setDemo(false);
    login.setServer(s_backOffice->baseUrl().toString());
    login.setUser(u"olga"_qs);
    login.show();
    login.signIn();
    EXPECT_TRUE(login.errorLabel()->isVisible());
    EXPECT_TRUE(login.errorLabel()->text().contains(u"password"));
    login.setPassword(u"wrong"_qs);
    login.signIn();
    ASSERT_TRUE(test::waitUntil([&] { return !login.isBusy(); }, std::chrono::seconds(30)));
    EXPECT_NE(login.result(), QDialog::Accepted);
    EXPECT_TRUE(login.errorLabel()->isVisible());
    EXPECT_FALSE(login.takeDesk());
    // Every field is named for screen readers.
    for (const QWidget *field :
         {static_cast<QWidget *>(login.serverField()), static_cast<QWidget *>(login.userField()),
          static_cast<QWidget *>(login.passwordField())})
        EXPECT_FALSE(field->accessibleName().isEmpty());
}

// "Remember me": the next start signs in with the kept token and no dialog; once the back office
// refuses that token, the dialog opens again and says why.
TEST_F(MainWindowTest, RememberedSessionSignsInWithoutTheDialogUntilTheTokenIsRefused)
{
    const QString data = test::temporaryRoot() + u"/data-remember"_qs;
    QByteArray token;
    QString operatorId;
    {
        ui::LoginDialog login(s_network, nullptr, data);
        EXPECT_FALSE(login.canResume()); // nothing kept yet
        login.setDemo(false);
        login.setServer(s_backOffice->baseUrl().toString());
        login.setUser(u"ivan"_qs);
        login.setPassword(u"demo"_qs);
        login.setRemember(true);
        login.signIn();
        ASSERT_TRUE(test::waitUntil([&] { return login.result() == QDialog::Accepted; },
                                    std::chrono::seconds(30)))
            << login.errorLabel()->text().toStdString();
        std::unique_ptr<app::ClientCore> desk = login.takeDesk();
        EXPECT_NE(desk->session().info().storage, app::TokenStorage::NotKept);
        token = desk->session().info().token;
        operatorId = desk->user().id;
    }

    // The next start: accepted without being shown, the same operator, synced.
    {
        ui::LoginDialog login(s_network, nullptr, data);
        ASSERT_TRUE(login.canResume());
        QSignalSpy finished(&login, &ui::LoginDialog::resumeFinished);
        login.resumeSession();
        ASSERT_TRUE(test::waitUntil([&] { return !finished.isEmpty(); }, std::chrono::seconds(30)));
        ASSERT_TRUE(finished.at(0).at(0).toBool()) << login.errorLabel()->text().toStdString();
        EXPECT_EQ(login.result(), QDialog::Accepted);
        EXPECT_FALSE(login.isVisible());
        std::unique_ptr<app::ClientCore> desk = login.takeDesk();
        ASSERT_TRUE(desk);
        EXPECT_EQ(desk->user().id, operatorId);
        EXPECT_EQ(desk->user().displayName, u"Ivan Petrov");
        EXPECT_EQ(desk->user().role, protocol::Role::Operator);
        ASSERT_TRUE(test::DemoDesk::waitUntilOnline(*desk));
        ui::MainWindow window;
        window.setClient(ui::partsOf(*desk));
        EXPECT_EQ(window.perspectiveName(), u"operator");
    }

    // Signed out elsewhere: the token is refused, forgotten, and the dialog explains.
    test::HttpClient http(s_backOffice->baseUrl());
    http.setBearerToken(token);
    ASSERT_EQ(http.send("POST", u"/api/v1/auth/logout"_qs, "{}").status, 204);
    ui::LoginDialog login(s_network, nullptr, data);
    ASSERT_TRUE(login.canResume());
    QSignalSpy finished(&login, &ui::LoginDialog::resumeFinished);
    login.resumeSession();
    ASSERT_TRUE(test::waitUntil([&] { return !finished.isEmpty(); }, std::chrono::seconds(30)));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_NE(login.result(), QDialog::Accepted);
    EXPECT_FALSE(login.takeDesk());
    EXPECT_TRUE(login.errorLabel()->text().contains(u"saved session has ended"))
        << login.errorLabel()->text().toStdString();
    EXPECT_EQ(login.userField()->text(), u"ivan");
    EXPECT_EQ(login.serverField()->text(), s_backOffice->baseUrl().toString());
    login.show();
    EXPECT_TRUE(login.errorLabel()->isVisible());
    EXPECT_FALSE(login.canResume()); // the refused token is gone
    ui::LoginDialog next(s_network, nullptr, data);
    EXPECT_FALSE(next.canResume());
}

// A remembered session while the back office does not answer: the workspace opens on the cache,
// offline, and the desk says why.
TEST_F(MainWindowTest, RememberedSessionOpensOfflineWhenTheBackOfficeDoesNotAnswer)
{
    test::BackOfficeProcess backOffice;
    ASSERT_TRUE(backOffice.addUser(u"nina"_qs, u"operator"_qs, {u"orders"_qs}));
    ASSERT_TRUE(backOffice.start());
    const QString data = test::temporaryRoot() + u"/data-offline"_qs;
    {
        ui::LoginDialog login(s_network, nullptr, data);
        login.setDemo(false);
        login.setServer(backOffice.baseUrl().toString());
        login.setUser(u"nina"_qs);
        login.setPassword(u"secret"_qs);
        login.setRemember(true);
        login.signIn();
        ASSERT_TRUE(test::waitUntil([&] { return login.result() == QDialog::Accepted; },
                                    std::chrono::seconds(30)))
            << login.errorLabel()->text().toStdString();
    }
    backOffice.stop();
    ui::LoginDialog login(s_network, nullptr, data);
    ASSERT_TRUE(login.canResume());
    QSignalSpy finished(&login, &ui::LoginDialog::resumeFinished);
    login.resumeSession();
    ASSERT_TRUE(test::waitUntil([&] { return !finished.isEmpty(); }, std::chrono::seconds(30)));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << login.errorLabel()->text().toStdString();
    EXPECT_TRUE(login.storageNotice().contains(u"working offline"));
    std::unique_ptr<app::ClientCore> desk = login.takeDesk();
    ASSERT_TRUE(desk && desk->isReady());
    EXPECT_TRUE(test::waitUntil(
        [&] { return desk->engine()->state() == app::SyncEngine::State::Offline; }));
    EXPECT_TRUE(login.canResume()); // kept: only a refusal forgets it
}
