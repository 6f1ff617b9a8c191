// The shell against the real back office (demo data): the operator's perspective at work (the
// queue, the keyboard, notifications, presence), the status bar, the saved layout and the language.
#include "ui/shell/MainWindow.h"
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

TEST_F(MainWindowTest, QueueClaimsWithOneKeyAndEnterOpensTheConversation)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.show();
    ui::TicketQueuePane *queue = window.operatorPerspective()->queuePane();
    app::TicketQueueFilter unassigned;
    unassigned.scope = app::TicketQueueFilter::Scope::Unassigned;
    // An email: claiming a chat is refused while the operator is at their chat limit (the demo's
    // olga is).
    unassigned.channel = QStringLiteral("email");
    queue->model()->setFilter(unassigned);
    ASSERT_GT(queue->model()->rowCount(), 0) << "the demo has unassigned emails";
    const QString ticket = queue->model()->ticketId(0);
    queue->view()->setFocus();
    queue->selectTicket(ticket);

    QSignalSpy opened(window.operatorPerspective()->conversationPane(),
                      &ui::ConversationPane::currentTicketChanged);
    QTest::keyClick(queue->view(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), ticket);

    QSignalSpy refused(s_desk->engine(), &app::SyncEngine::commandRefused);
    QTest::keyClick(queue->view(), Qt::Key_Space);
    // Claimed locally at once: the ticket leaves "unassigned" and is mine in the cache.
    EXPECT_EQ(queue->model()->rowOf(ticket), -1);
    const auto cached = s_desk->store().ticket(ticket).value();
    ASSERT_TRUE(cached.has_value());
    EXPECT_EQ(cached->ticket.assigneeId, s_desk->user().id);
    ASSERT_TRUE(
        test::waitUntil([&] { return s_desk->engine()->pendingCount() == 0 || !refused.isEmpty(); },
                        std::chrono::seconds(30)));
    ASSERT_TRUE(refused.isEmpty()) << "refused: " << refused.at(0).at(2).toString().toStdString();
    // The back office's answer comes back through the feed: assigned to the operator.
    EXPECT_TRUE(test::waitUntil([&] {
        const QJsonObject server = s_desk->store().serverTicket(ticket).value();
        return server.value(u"assignee_id").toString() == s_desk->user().id;
    }));
}

TEST_F(MainWindowTest, KeyboardReachesEveryPaneAndTheShortcutsDialogListsThem)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ui::OperatorPerspective *perspective = window.operatorPerspective();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), perspective->queuePane()->searchField());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_TRUE(perspective->conversationPane()->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == perspective->conversationPane());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    EXPECT_TRUE(perspective->customerPane()->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == perspective->customerPane());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    EXPECT_TRUE(QApplication::focusWidget() == perspective->conversationPane());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), perspective->queuePane()->view());

    ui::ShortcutsDialog dialog(&window);
    const QStringList keys = dialog.shortcutTexts();
    for (const QString &key : {u"F1"_qs, u"Ctrl+F"_qs, u"Ctrl+Shift+C"_qs, u"F6"_qs, u"Ctrl+1"_qs,
                               u"Ctrl+4"_qs, u"Enter"_qs, u"Space"_qs})
        EXPECT_TRUE(std::any_of(keys.cbegin(), keys.cend(), [&](const QString &text) {
            return text.contains(key);
        })) << key.toStdString();
}

TEST_F(MainWindowTest, NotifiesWhileInactiveAndCountsUnreadInTheTitle)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    ui::ConversationPane *conversation = window.operatorPerspective()->conversationPane();
    ASSERT_FALSE(window.isActiveWindow());
    Q_EMIT conversation->attentionNeeded(u"1"_qs, u"New chat from Anna"_qs);
    EXPECT_EQ(window.notifier()->notificationsShown(), 1);
    EXPECT_EQ(window.notifier()->lastNotification(), u"New chat from Anna");
    // The same customer's next lines within the repeat interval: no second notification, but a
    // click opens the newest; another ticket is announced at once.
    Q_EMIT conversation->attentionNeeded(u"1"_qs, u"Where is my order?"_qs);
    EXPECT_EQ(window.notifier()->notificationsShown(), 1);
    EXPECT_EQ(window.notifier()->lastNotification(), u"Where is my order?");
    Q_EMIT conversation->attentionNeeded(u"2"_qs, u"New chat from Boris"_qs);
    EXPECT_EQ(window.notifier()->notificationsShown(), 2);
    // Ticket 1 again, still within its interval: Boris's notification stays the one a click opens.
    Q_EMIT conversation->attentionNeeded(u"1"_qs, u"Anyone there?"_qs);
    EXPECT_EQ(window.notifier()->notificationsShown(), 2);
    EXPECT_EQ(window.notifier()->lastNotification(), u"New chat from Boris");
    window.notifier()->setRepeatInterval(0);
    Q_EMIT conversation->attentionNeeded(u"1"_qs, u"Hello?"_qs);
    EXPECT_EQ(window.notifier()->notificationsShown(), 3);
    Q_EMIT conversation->unreadCountChanged(3);
    EXPECT_TRUE(window.windowTitle().startsWith(u"(3) Frontline"));
    Q_EMIT conversation->unreadCountChanged(0);
    EXPECT_FALSE(window.windowTitle().startsWith(u"("));
}

// Issue 16, item 13: notification servers that render markup showed (and fetched) a customer's.
TEST_F(MainWindowTest, ACustomersMarkupReachesTheNotificationAsText)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    ui::ConversationPane *conversation = window.operatorPerspective()->conversationPane();
    QSignalSpy requested(window.notifier(), &ui::DeskNotifier::notificationRequested);
    ASSERT_FALSE(window.isActiveWindow());
    const QString words = u"<img src=\"http://tracker.example/p.png\"><b>Refund</b> & \n"
                          u"<a href=\"http://evil.example\">now</a>"_qs;
    Q_EMIT conversation->attentionNeeded(u"7"_qs, words);
    ASSERT_EQ(requested.size(), 1);
    const QString shown = requested.first().at(1).toString();
    EXPECT_EQ(shown, window.notifier()->lastNotification());
    for (const QChar markup : {u'<', u'>', u'&', u'\n'})
        EXPECT_FALSE(shown.contains(markup)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Refund")) << "the words themselves still read";
    EXPECT_TRUE(shown.contains(u"tracker.example"));
    // A long message is cut to one short line, never inside an emoji.
    const QString longWords = QString(u'x').repeated(198) + u"\U0001F600 more"_qs;
    EXPECT_EQ(ui::DeskNotifier::notificationText(longWords).size(), 199);
    EXPECT_TRUE(ui::DeskNotifier::notificationText(longWords).endsWith(u"x\u2026"));
}

TEST_F(MainWindowTest, PresenceSwitcherQueuesTheChange)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    ASSERT_TRUE(window.presenceSwitcher()->setPresence(u"break"_qs, u"lunch"_qs));
    EXPECT_EQ(window.presenceSwitcher()->status(), u"break");
    EXPECT_TRUE(window.presenceSwitcher()->text().contains(u"lunch"));
    ASSERT_TRUE(window.presenceSwitcher()->setPresence(u"online"_qs));
    EXPECT_EQ(window.presenceSwitcher()->status(), u"online");
    EXPECT_TRUE(test::waitUntil([&] { return s_desk->engine()->pendingCount() == 0; }));
}

TEST_F(MainWindowTest, StatusBarShowsOfflineAndPendingWhenTheBackOfficeStops)
{
    // A back office of its own, since this one is stopped.
    test::BackOfficeProcess backOffice;
    ASSERT_TRUE(backOffice.start());
    ASSERT_TRUE(backOffice.addUser(u"nina"_qs, u"operator"_qs, {u"orders"_qs}));
    ui::LoginDialog login(s_network, nullptr, test::temporaryRoot() + u"/data-nina"_qs);
    login.setDemo(false);
    login.setServer(backOffice.baseUrl().toString());
    login.setUser(u"nina"_qs);
    login.setPassword(u"secret"_qs);
    login.signIn();
    ASSERT_TRUE(test::waitUntil([&] { return login.result() == QDialog::Accepted; },
                                std::chrono::seconds(30)))
        << login.errorLabel()->text().toStdString();
    std::unique_ptr<app::ClientCore> desk = login.takeDesk();
    ui::MainWindow window;
    window.setClient(ui::partsOf(*desk));
    ui::SyncStatusWidget *status = window.syncStatus();
    ASSERT_TRUE(test::waitUntil(
        [&] { return status->connectionLabel()->text() == u"Connected to the back office"; },
        std::chrono::seconds(30)));
    EXPECT_FALSE(status->pendingLabel()->isVisibleTo(&window));

    backOffice.stop();
    ASSERT_TRUE(window.presenceSwitcher()->setPresence(u"break"_qs, u"coffee"_qs));
    ASSERT_TRUE(test::waitUntil(
        [&] { return status->connectionLabel()->text() == u"No connection to the back office"; },
        std::chrono::seconds(30)));
    EXPECT_TRUE(status->pendingLabel()->isVisibleTo(&window));
    EXPECT_EQ(status->pendingLabel()->text(), u"1 waiting to send");
    EXPECT_FALSE(status->connectionLabel()->toolTip().isEmpty());

    // Retries while it stays away leave "Offline" up: the label does not blink to "Syncing…"
    // at every attempt.
    QList<app::SyncEngine::State> states;
    QStringList shown;
    QObject::connect(desk->engine(), &app::SyncEngine::stateChanged, &window,
                     [&](app::SyncEngine::State state) {
                         states.append(state);
                         shown.append(status->connectionLabel()->text());
                     });
    for (int i = 0; i < 3; ++i) {
        desk->engine()->syncNow(true);
        ASSERT_TRUE(test::waitUntil(
            [&] { return desk->engine()->state() == app::SyncEngine::State::Offline; },
            std::chrono::seconds(30)));
    }
    EXPECT_TRUE(states.contains(app::SyncEngine::State::Syncing));
    EXPECT_EQ(shown.count(u"No connection to the back office"_qs), shown.size())
        << shown.join(u", ").toStdString();
}

TEST_F(MainWindowTest, StatusBarFollowsTheEmbeddedBackOffice)
{
    QNetworkAccessManager network;
    app::EmbeddedBackOffice backOffice(&network);
    backOffice.setProgram(test::backOfficeProgram());
    backOffice.setDataDirectory(test::temporaryRoot() + QStringLiteral("/status-test"));

    ui::MainWindow window;
    const auto *status = window.backOfficeStatus();
    window.watchBackOffice(&backOffice);
    EXPECT_TRUE(status->text().contains(u"stopped"));
    backOffice.start();
    EXPECT_TRUE(status->text().contains(u"starting"));
    ASSERT_TRUE(test::waitUntil(
        [&] { return backOffice.state() == app::EmbeddedBackOffice::State::Running; },
        std::chrono::seconds(30)));
    EXPECT_TRUE(status->text().contains(u"running at 127.0.0.1:"));
    backOffice.stop();
    EXPECT_TRUE(status->text().contains(u"stopped"));
}

TEST_F(MainWindowTest, SplitterLayoutIsRememberedAcrossWindows)
{
    QByteArray saved;
    {
        ui::MainWindow window;
        window.setClient(ui::partsOf(*s_desk));
        window.show();
        auto *columns = window.operatorPerspective()->findChild<QSplitter *>(u"columnSplitter"_qs);
        ASSERT_NE(columns, nullptr);
        columns->setSizes({500, 300, 300});
        saved = window.operatorPerspective()->saveLayout();
        window.close();
    }
    ui::MainWindow again;
    again.setClient(ui::partsOf(*s_desk));
    again.show();
    EXPECT_EQ(again.operatorPerspective()->saveLayout(), saved);
}

TEST_F(MainWindowTest, RussianTranslationLabelsThePanes)
{
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
    {
        ui::MainWindow window;
        window.setClient(ui::partsOf(*s_desk));
        EXPECT_EQ(window.operatorPerspective()->queuePane()->title(), u"Очередь обращений");
        EXPECT_EQ(window.operatorPerspective()->knowledgeBasePane()->title(), u"База знаний");
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    EXPECT_EQ(window.operatorPerspective()->queuePane()->title(), u"Ticket queue");
}

TEST(SlaPaletteTest, AmberAndRedStayReadableOnLightAndDarkPalettes)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    EXPECT_FALSE(ui::SlaPalette::isDark(light));
    EXPECT_TRUE(ui::SlaPalette::isDark(dark));
    using State = app::SlaClock::State;
    for (const State state : {State::AtRisk, State::Breached}) {
        // Dark text on light bases, light text on dark ones.
        EXPECT_LT(ui::SlaPalette::foreground(state, light).lightnessF(), 0.5);
        EXPECT_GT(ui::SlaPalette::foreground(state, dark).lightnessF(), 0.5);
        EXPECT_NE(ui::SlaPalette::foreground(state, dark), dark.color(QPalette::Text));
    }
    EXPECT_NE(ui::SlaPalette::foreground(State::AtRisk, dark),
              ui::SlaPalette::foreground(State::Breached, dark));
    EXPECT_EQ(ui::SlaPalette::foreground(State::Running, dark), dark.color(QPalette::Text));
}

TEST_F(MainWindowTest, LiveUpdateKeepsTheSelectionAndTheScrollPosition)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.resize(1400, 900);
    window.show();
    // Laid out first: before that the view's height is not the window's, and neither is how far
    // it can scroll.
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ui::TicketQueuePane *queue = window.operatorPerspective()->queuePane();
    QTableView *view = queue->view();
    app::TicketQueueFilter all;
    all.status = u"any"_qs;
    queue->model()->setFilter(all);
    ASSERT_GT(queue->model()->rowCount(), 60);
    view->doItemsLayout(); // the view lays out the filter's rows later: how far it may scroll
    view->scrollTo(queue->model()->index(40, 0), QAbstractItemView::PositionAtTop);
    ASSERT_EQ(view->rowAt(0), 40);
    const QString top = queue->model()->ticketId(view->rowAt(0));
    const QString selected = queue->model()->ticketId(45);
    queue->selectTicket(selected);
    QSignalSpy resets(queue->model(), &QAbstractItemModel::modelReset);

    // A new urgent chat arrives through the store: it sorts first (earliest SLA).
    QJsonObject ticket = s_desk->store().serverTicket(queue->model()->ticketId(0)).value();
    ticket.insert(u"id"_qs, u"ui-test-1"_qs);
    ticket.insert(u"number"_qs, 999999);
    ticket.insert(u"status"_qs, u"new"_qs);
    ticket.insert(u"first_response_due"_qs, u"2000-01-01T00:00:00.000Z"_qs);
    {
        app::SqlTransaction transaction(s_desk->store());
        ASSERT_TRUE(s_desk->store().storeServerTicket(ticket).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(queue->model()->ticketId(0), u"ui-test-1");
    EXPECT_EQ(queue->currentTicketId(), selected);
    EXPECT_EQ(queue->model()->ticketId(view->rowAt(0)), top);

    {
        app::SqlTransaction transaction(s_desk->store());
        ASSERT_TRUE(s_desk->store().write(u"DELETE FROM tickets WHERE id = 'ui-test-1'"_qs).ok());
        s_desk->store().pendingChanges().tickets.insert(u"ui-test-1"_qs);
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(queue->model()->rowOf(u"ui-test-1"_qs), -1);
    EXPECT_EQ(queue->currentTicketId(), selected);
}

// Colleagues' names come through the feed: the queue's assignee column shows them, never an id.
TEST_F(MainWindowTest, QueueShowsColleaguesByName)
{
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.show();
    ui::TicketQueuePane *queue = window.operatorPerspective()->queuePane();
    app::TicketQueueFilter all;
    all.status = u"any"_qs;
    queue->model()->setFilter(all);
    const QString me = s_desk->user().id;
    const int assignee = int(app::TicketQueueColumn::Assignee);
    QSet<QString> colleagues;
    for (int row = 0; row < queue->model()->rowCount(); ++row) {
        const QString id = queue->model()->ticket(row)->assigneeId;
        if (id.isEmpty() || id == me)
            continue;
        const QString shown = queue->model()->index(row, assignee).data().toString();
        EXPECT_EQ(shown, app::OperatorDirectory::displayName(s_desk->store(), id));
        EXPECT_FALSE(shown.startsWith(u"Operator ")) << shown.toStdString();
        colleagues << shown;
    }
    // The demo's 1st line share olga's queues: Ivan, Anna and Maxim appear by name.
    EXPECT_TRUE(colleagues.contains(u"Ivan Petrov"_qs) ||
                colleagues.contains(u"Anna Kuznetsova"_qs) ||
                colleagues.contains(u"Maxim Volkov"_qs))
        << QStringList(colleagues.begin(), colleagues.end()).join(u", ").toStdString();
    // Everyone in the workspace is cached with a name, role and line.
    auto pavel = s_desk->store().read(
        u"SELECT json_extract(json, '$.display_name'), json_extract(json, '$.line') FROM "
        "operators WHERE json_extract(json, '$.display_name') = 'Pavel Sokolov'"_qs);
    ASSERT_TRUE(pavel && pavel.value().next());
    EXPECT_EQ(pavel->value(1).toInt(), 2);
}

// Settings switch the language while Frontline runs: every pane, the status bar, the menus and
// the queue's headers follow at once, and back.
TEST_F(MainWindowTest, LanguageSwitchesWhileRunning)
{
    EXPECT_TRUE(ui::UiSettings::language().isEmpty());
    EXPECT_EQ(ui::UiSettings::uiLocale(), QLocale::system()); // the default follows the system
    ui::MainWindow window;
    window.setClient(ui::partsOf(*s_desk));
    window.show();
    ui::OperatorPerspective *perspective = window.operatorPerspective();
    ui::TicketQueuePane *queue = perspective->queuePane();
    QLabel *connection = window.syncStatus()->connectionLabel();
    const auto header = [&] {
        return queue->model()
            ->headerData(int(app::TicketQueueColumn::Subject), Qt::Horizontal)
            .toString();
    };
    const auto helpMenu = [&] { return window.menuBar()->actions().at(1)->text(); };
    ASSERT_EQ(queue->title(), u"Ticket queue");
    // The engine may be syncing a change at any moment: wait for it to settle, in each language.
    ASSERT_TRUE(
        test::waitUntil([&] { return connection->text() == u"Connected to the back office"; }));
    ASSERT_EQ(header(), u"Subject");

    const auto choose = [&](const QString &language) {
        ui::SettingsDialog settings(&window);
        settings.languageBox()->setCurrentIndex(settings.languageBox()->findData(language));
        settings.accept();
    };
    choose(u"ru"_qs);
    EXPECT_EQ(ui::UiSettings::language(), u"ru");
    // Visible labels change without a restart (LanguageChange is posted to every widget).
    ASSERT_TRUE(test::waitUntil([&] { return queue->title() == u"Очередь обращений"; }));
    EXPECT_EQ(queue->accessibleName(), u"Очередь обращений");
    EXPECT_TRUE(test::waitUntil([&] { return connection->text() == u"Подключено к бэк-офису"; }))
        << connection->text().toStdString();
    EXPECT_EQ(header(), u"Тема");
    EXPECT_EQ(queue->searchField()->placeholderText(),
              u"Поиск по теме, клиенту или номеру (Ctrl+F)");
    EXPECT_EQ(perspective->knowledgeBasePane()->title(), u"База знаний");
    EXPECT_EQ(perspective->customerPane()->title(), u"Клиент");
    EXPECT_EQ(perspective->conversationPane()->title(), u"Переписка");
    EXPECT_NE(perspective->conversationPane()->sendButton()->text(), u"Send");
    EXPECT_NE(helpMenu(), u"&Help");
    EXPECT_TRUE(window.presenceSwitcher()->accessibleName() != u"Presence");

    choose(u"en"_qs);
    ASSERT_TRUE(test::waitUntil([&] { return queue->title() == u"Ticket queue"; }));
    EXPECT_TRUE(test::waitUntil([&] {
        return connection->text() == u"Connected to the back office";
    })) << connection->text().toStdString();
    EXPECT_EQ(header(), u"Subject");
    EXPECT_EQ(perspective->conversationPane()->sendButton()->text(), u"Send");
    EXPECT_EQ(helpMenu(), u"&Help");
}
