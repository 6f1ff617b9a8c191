// Issue 15, item 10, end to end with the real back office: Sign out and Switch user return to the
// sign-in dialog without quitting, drop the session's token and its kept credentials, warn about
// the chats left behind, and the next user signs in with a cache of their own.
#include "app/models/ChatsLeftBehind.h"
#include "app/session/Session.h"
#include "tests/support/HttpClient.h"
#include "tests/ui/MainWindowFixture.h"
#include "ui/common/ShortcutTable.h"
#include "ui/shell/DesktopSession.h"
#include "ui/shell/LeavingWarning.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace frontline;
using frontline::test::MainWindowTest;

namespace {

// Answers every "your chats go back to the queue" warning with "go ahead", remembering its text.
struct WarningAnswerer
{
    QTimer timer;
    QStringList texts;

    WarningAnswerer()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            auto *warning = qobject_cast<ui::LeavingWarning *>(QApplication::activeModalWidget());
            if (!warning || !warning->isVisible())
                return;
            texts << warning->text() + u' ' + warning->informativeText();
            warning->findChild<QPushButton *>(u"leaveButton"_qs)->click();
        });
        timer.start();
    }
};

void signInWith(ui::LoginDialog *login, const QUrl &server, const QString &user)
{
    login->setDemo(false);
    login->setServer(server.toString());
    login->setUser(user);
    login->setPassword(u"demo"_qs);
    login->setRemember(true);
    QTest::keyClick(login->passwordField(), Qt::Key_Return);
}

// A window's shortcuts answer only while it is the active one: the workspace has just replaced the
// sign-in dialog, and offscreen nothing activates it before a key arrives unless asked to.
void press(QWidget *window, ui::Shortcut id)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    const QKeyCombination keys = ui::ShortcutTable::keys(id).first()[0];
    QTest::keyClick(window, keys.key(), keys.keyboardModifiers());
}

bool backAtSignIn(const ui::DesktopSession &session)
{
    return !session.window() && session.loginDialog() && session.loginDialog()->isVisible();
}

} // namespace

TEST_F(MainWindowTest, SignOutAndSwitchUserReturnToSignInWithoutQuitting)
{
    const QString data = test::temporaryRoot() + u"/data-sign-out"_qs;
    ui::DesktopSession session(s_network, nullptr, data);
    QSignalSpy finished(&session, &ui::DesktopSession::finished);
    QSignalSpy shown(&session, &ui::DesktopSession::workspaceShown);
    session.start(false, true);
    ASSERT_TRUE(session.loginDialog() && session.loginDialog()->isVisible());
    signInWith(session.loginDialog(), s_backOffice->baseUrl(), u"ivan"_qs);
    ASSERT_TRUE(test::waitUntil([&] { return shown.count() == 1; }, std::chrono::seconds(30)))
        << session.loginDialog()->errorLabel()->text().toStdString();
    // The desktop app never gives the command-line tool's advice.
    EXPECT_FALSE(session.loginDialog() &&
                 session.loginDialog()->storageNotice().contains(u"--remember"));
    app::ClientCore *ivan = session.desk();
    ASSERT_TRUE(test::DemoDesk::waitUntilOnline(*ivan));
    const QByteArray token = ivan->session().info().token;
    const QString ivanCache = ivan->session().cachePath();
    EXPECT_TRUE(app::Session::hasKeptSession(data));
    const auto chats = app::ChatsLeftBehind::read(ivan->store(), ivan->user().id);
    ASSERT_TRUE(chats);

    WarningAnswerer answerer;
    press(session.window(), ui::Shortcut::SignOut);
    ASSERT_TRUE(test::waitUntil([&] { return backAtSignIn(session); }, std::chrono::seconds(30)));
    EXPECT_TRUE(finished.isEmpty()) << "signing out does not quit";
    // Warned about exactly the chats left behind, with the back office's grace time.
    if (!chats->isEmpty()) {
        ASSERT_EQ(answerer.texts.size(), 1);
        EXPECT_TRUE(answerer.texts.first().contains(chats->names()));
        EXPECT_TRUE(answerer.texts.first().contains(u"2 minute"));
    }
    // Signing out keeps the name, drops the token here and on the back office.
    EXPECT_EQ(session.loginDialog()->userField()->text(), u"ivan");
    EXPECT_TRUE(session.loginDialog()->passwordField()->text().isEmpty());
    test::HttpClient http(s_backOffice->baseUrl());
    http.setBearerToken(token);
    EXPECT_TRUE(test::waitUntil([&] { return http.get(u"/api/v1/me"_qs).status == 401; }));
    EXPECT_FALSE(app::Session::hasKeptSession(data));

    signInWith(session.loginDialog(), s_backOffice->baseUrl(), u"anna"_qs);
    ASSERT_TRUE(test::waitUntil([&] { return shown.count() == 2; }, std::chrono::seconds(30)))
        << session.loginDialog()->errorLabel()->text().toStdString();
    ASSERT_EQ(session.desk()->user().username, u"anna");
    EXPECT_NE(session.desk()->session().cachePath(), ivanCache);
    EXPECT_TRUE(QFile::exists(ivanCache)) << "each user keeps their own cache";

    // Switch user: the sign-in dialog starts from an empty name.
    press(session.window(), ui::Shortcut::SwitchUser);
    ASSERT_TRUE(test::waitUntil([&] { return backAtSignIn(session); }, std::chrono::seconds(30)));
    EXPECT_TRUE(session.loginDialog()->userField()->text().isEmpty());
    EXPECT_TRUE(finished.isEmpty());
    // Cancelling the sign-in ends the program.
    QTest::keyClick(session.loginDialog(), Qt::Key_Escape);
    EXPECT_TRUE(test::waitUntil([&] { return !finished.isEmpty(); }));
}
