// Issue 15, items 8-10: the keyboard (Ctrl+2 to the reply, the shortcuts table and dialog), the
// sign-in dialog after a wrong password, the status bar's words and accessible names, and the
// warning before going away with chats assigned.
#include "app/ClientCore.h"
#include "app/models/ChatsLeftBehind.h"
#include "tests/ui/MainWindowFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ShortcutTable.h"
#include "ui/shell/LeavingWarning.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/PresenceSwitcher.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/StatusMessage.h"
#include "ui/shell/SyncStatusWidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

using namespace frontline;
using frontline::test::MainWindowTest;

namespace {

bool inTable(const QKeySequence &key)
{
    for (const ui::ShortcutEntry &entry : ui::ShortcutTable::entries())
        if (entry.keys.contains(key))
            return true;
    return false;
}

} // namespace

TEST_F(MainWindowTest, CtrlTwoGoesToTheReplyBoxAndAltTwoToTheOpenConversations)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ui::OperatorPerspective *perspective = window.operatorPerspective();
    const auto chats = app::ChatsLeftBehind::read(s_desk->store(), s_desk->user().id);
    ASSERT_TRUE(chats && !chats->isEmpty()) << "the demo's olga has chats";
    perspective->conversationPane()->openTicket(chats->chats.first().ticketId);

    // From the queue, from the customer panel and from the knowledge base alike.
    for (int pane : {0, 2, 3}) {
        perspective->focusPane(pane);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        ASSERT_EQ(QApplication::focusWidget(), perspective->conversationPane()->composer())
            << "from pane " << pane;
    }
    QTest::keyClicks(QApplication::focusWidget(), u"typed after Ctrl+2"_qs);
    EXPECT_EQ(perspective->conversationPane()->composer()->toPlainText(), u"typed after Ctrl+2");
    perspective->conversationPane()->composer()->clear();

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), perspective->conversationPane()->conversationList());
}

// The dialog lists the table, and every key a QShortcut or QAction answers is in the table.
TEST_F(MainWindowTest, EveryRegisteredShortcutIsInTheTableTheDialogLists)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.show();
    int registered = 0;
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        ++registered;
        EXPECT_TRUE(inTable(shortcut->key())) << shortcut->key().toString().toStdString();
    }
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            ++registered;
            EXPECT_TRUE(inTable(key)) << key.toString().toStdString();
        }
    }
    EXPECT_GT(registered, 20);

    ui::ShortcutsDialog dialog(&window);
    EXPECT_EQ(dialog.table()->rowCount(), ui::ShortcutTable::entries().size());
    const QStringList keys = dialog.shortcutTexts();
    for (const QString &key : {u"Ctrl+E"_qs, u"Enter"_qs, u"Shift+Enter"_qs, u"/"_qs,
                               u"Ctrl+Enter"_qs, u"Esc"_qs, u"Ctrl+2"_qs, u"Alt+2"_qs})
        EXPECT_TRUE(keys.contains(key) ||
                    std::any_of(keys.cbegin(), keys.cend(),
                                [&](auto &t) { return t.split(u" or "_qs).contains(key); }))
            << key.toStdString() << " in " << keys.join(u" | ").toStdString();

    // A language switch while it is open: Russian, then English again (it kept Russian names).
    const auto where = [&] { return dialog.table()->item(0, 2)->text(); };
    ASSERT_EQ(where(), u"Anywhere");
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
    EXPECT_TRUE(test::waitUntil([&] { return where() != u"Anywhere"; }));
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    EXPECT_TRUE(test::waitUntil([&] { return where() == u"Anywhere"; }));
    EXPECT_EQ(dialog.table()->horizontalHeaderItem(1)->text(), u"Action");
}

TEST_F(MainWindowTest, AWrongPasswordPutsTheFocusBackOnThePasswordWithoutMovingTheButtons)
{
    ui::LoginDialog login(s_network, nullptr, test::temporaryRoot() + u"/data-wrong"_qs);
    login.setDemo(false);
    login.setServer(s_backOffice->baseUrl().toString());
    login.setUser(u"olga"_qs);
    login.setPassword(u"not her password"_qs);
    login.show();
    QApplication::setActiveWindow(&login);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&login));
    auto *buttons = login.findChild<QDialogButtonBox *>();
    const QRect before = buttons->geometry();
    QTest::keyClick(login.passwordField(), Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([&] { return !login.isBusy() && login.errorLabel()->isVisible(); },
                                std::chrono::seconds(30)));
    EXPECT_EQ(QApplication::focusWidget(), login.passwordField());
    EXPECT_EQ(login.passwordField()->selectedText(), login.passwordField()->text());
    EXPECT_EQ(buttons->geometry(), before) << "the dialog's layout jumped";
}

TEST_F(MainWindowTest, TheStatusBarSaysWhatItMeansToAScreenReaderToo)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.show();
    QLabel *connection = window.syncStatus()->connectionLabel();
    ASSERT_TRUE(
        test::waitUntil([&] { return connection->text() == u"Connected to the back office"; },
                        std::chrono::seconds(30)));
    EXPECT_TRUE(connection->accessibleName().contains(connection->text()));
    ui::PresenceSwitcher *presence = window.presenceSwitcher();
    EXPECT_TRUE(presence->text().startsWith(u"My status: ")) << presence->text().toStdString();
    EXPECT_EQ(presence->accessibleName(), presence->text());
    EXPECT_FALSE(presence->text().contains(u"Online"));
    // Nothing in the status bar is drawn over anything else.
    const QList<QWidget *> shown{window.syncStatus(), presence};
    EXPECT_FALSE(shown.at(0)->geometry().intersects(shown.at(1)->geometry()));
}

// A passing message longer than the bar has its own place: nothing in the status bar is drawn
// over anything, and every text fits, in English and in Russian.
TEST_F(MainWindowTest, StatusBarMessageHasItsOwnPlaceAndLabelsSayTheirState)
{
    for (const bool russian : {false, true}) {
        const QLocale locale = russian ? QLocale(QLocale::Russian, QLocale::Russia)
                                       : QLocale(QLocale::English, QLocale::UnitedStates);
        ASSERT_TRUE(ui::installTranslations(*qApp, locale));
        ui::MainWindow window;
        window.setClient(ui::partsOf(*s_desk));
        window.resize(1000, 700);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showStatusMessage(
            QString(u"Ticket #1531: the back office refused a change. "_qs).repeated(6));
        QApplication::processEvents();
        QList<QWidget *> parts;
        for (QWidget *child :
             window.statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (child->isVisible() && child->width() > 0)
                parts << child;
        ASSERT_GE(parts.size(), 3); // connection, message, my status
        for (int i = 0; i < parts.size(); ++i)
            for (int j = i + 1; j < parts.size(); ++j)
                EXPECT_FALSE(parts[i]->geometry().intersects(parts[j]->geometry()))
                    << parts[i]->objectName().toStdString() << " over "
                    << parts[j]->objectName().toStdString();
        ui::StatusMessage *message = window.statusMessage();
        EXPECT_TRUE(message->isVisible());
        EXPECT_GT(message->width(), 0);
        EXPECT_LE(message->fontMetrics().horizontalAdvance(message->text()),
                  message->contentsRect().width());
        EXPECT_EQ(message->accessibleName(), message->message()); // the whole message
        EXPECT_EQ(message->toolTip(), message->message());
        EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty()) << "nothing drawn over";
        QLabel *connection = window.syncStatus()->connectionLabel();
        EXPECT_GE(connection->width(),
                  connection->fontMetrics().horizontalAdvance(connection->text()));
        EXPECT_TRUE(connection->accessibleName().contains(connection->text()));
        ui::PresenceSwitcher *presence = window.presenceSwitcher();
        EXPECT_EQ(presence->accessibleName(), presence->text());
        EXPECT_GE(presence->width(), presence->fontMetrics().horizontalAdvance(presence->text()));
        // Connection and presence are told apart by their words.
        EXPECT_NE(connection->text(), presence->text());
    }
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
}

// Quitting with chats assigned names them and the grace time; staying keeps the window open.
TEST_F(MainWindowTest, QuittingWithChatsAssignedWarnsAndNamesThem)
{
    // English as the app installs it at start (its plural forms: "2 minutes").
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.setAwayOnLeaving(true);
    window.show();
    const auto chats = app::ChatsLeftBehind::read(s_desk->store(), s_desk->user().id);
    ASSERT_TRUE(chats && !chats->isEmpty());
    QString text;
    QTimer::singleShot(0, &window, [&] {
        auto *warning = qobject_cast<ui::LeavingWarning *>(QApplication::activeModalWidget());
        ASSERT_NE(warning, nullptr);
        text = warning->text() + u' ' + warning->informativeText();
        warning->findChild<QAbstractButton *>(u"stayButton"_qs)->click();
    });
    window.close();
    EXPECT_TRUE(window.isVisible()) << "staying keeps the window";
    EXPECT_TRUE(text.contains(QStringLiteral("#%1").arg(chats->chats.first().number)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"2 minutes")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"emails")) << text.toStdString();
}

// Sign out and Switch user are in the menu with their keys and hand the session back to the
// owner (the program's sign-in round, DesktopSession), without quitting.
TEST_F(MainWindowTest, SignOutAndSwitchUserHandTheSessionBackWithoutQuitting)
{
    for (const bool switchUser : {false, true}) {
        ui::MainWindow window;
        window.setClient(ui::partsOf(*s_desk));
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QSignalSpy signedOut(&window, &ui::MainWindow::signOutRequested);
        QSignalSpy closed(&window, &ui::MainWindow::closed);
        const auto id = switchUser ? ui::Shortcut::SwitchUser : ui::Shortcut::SignOut;
        const QKeyCombination keys = ui::ShortcutTable::keys(id).first()[0];
        QTest::keyClick(QApplication::focusWidget(), keys.key(), keys.keyboardModifiers());
        ASSERT_EQ(signedOut.count(), 1);
        EXPECT_EQ(signedOut.at(0).at(0).toBool(), switchUser);
        EXPECT_EQ(closed.count(), 0);
    }
}
