#include "ui/shell/MainWindow.h"
#include "app/EmbeddedBackOffice.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/TestEnvironment.h"
#include "ui/chat/ConversationPane.h"
#include "ui/customer/CustomerPane.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/BackOfficeStatusLabel.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/UiSetup.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace frontline;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { ui::initResources(); }
};

} // namespace

TEST_F(MainWindowTest, OperatorPerspectiveHasItsLabeledPanes)
{
    ui::MainWindow window;
    window.show();
    ASSERT_NE(window.operatorPerspective(), nullptr);

    const QStringList expected{QStringLiteral("ticketQueue"), QStringLiteral("conversation"),
                               QStringLiteral("customer"), QStringLiteral("knowledgeBase")};
    for (const QString &name : expected) {
        auto *pane = window.findChild<ui::Pane *>(name);
        ASSERT_NE(pane, nullptr) << name.toStdString();
        EXPECT_TRUE(pane->isVisible()) << name.toStdString();
        EXPECT_FALSE(pane->accessibleName().isEmpty()) << name.toStdString();
        EXPECT_EQ(pane->accessibleName(), pane->title());
        EXPECT_GT(pane->width(), 0);
    }
    EXPECT_EQ(window.operatorPerspective()->queuePane()->title(), u"Ticket queue");
    EXPECT_EQ(window.operatorPerspective()->knowledgeBasePane()->title(), u"Knowledge base");

    // Queue, conversation and the customer/KB column sit side by side, left to right.
    const auto *queue = window.operatorPerspective()->queuePane();
    const auto *conversation = window.operatorPerspective()->conversationPane();
    const auto *customer = window.operatorPerspective()->customerPane();
    const auto *kb = window.operatorPerspective()->knowledgeBasePane();
    EXPECT_LT(queue->mapTo(&window, QPoint()).x(), conversation->mapTo(&window, QPoint()).x());
    EXPECT_LT(conversation->mapTo(&window, QPoint()).x(), customer->mapTo(&window, QPoint()).x());
    EXPECT_LT(customer->mapTo(&window, QPoint()).y(), kb->mapTo(&window, QPoint()).y());
}

TEST_F(MainWindowTest, StatusBarFollowsTheRealBackOffice)
{
    QNetworkAccessManager network;
    app::EmbeddedBackOffice backOffice(&network);
    backOffice.setProgram(test::backOfficeProgram());
    backOffice.setDataDirectory(test::temporaryRoot() + QStringLiteral("/status-test"));

    ui::MainWindow window;
    const auto *status = window.backOfficeStatus();
    EXPECT_TRUE(status->text().contains(u"not connected"));

    window.watchBackOffice(&backOffice);
    EXPECT_TRUE(status->text().contains(u"stopped"));
    backOffice.start();
    EXPECT_TRUE(status->text().contains(u"starting"));
    ASSERT_TRUE(test::waitUntil(
        [&] { return backOffice.state() == app::EmbeddedBackOffice::State::Running; },
        std::chrono::seconds(30)));
    EXPECT_TRUE(status->text().contains(u"running at 127.0.0.1:"));
    EXPECT_TRUE(status->text().contains(QString::number(backOffice.baseUrl().port())));

    backOffice.stop();
    EXPECT_TRUE(status->text().contains(u"stopped"));
}

TEST_F(MainWindowTest, SplitterLayoutIsRememberedAcrossWindows)
{
    QByteArray saved;
    {
        ui::MainWindow window;
        window.show();
        auto *columns = window.operatorPerspective()->findChild<QSplitter *>();
        ASSERT_NE(columns, nullptr);
        columns->setSizes({500, 300, 300});
        saved = window.operatorPerspective()->saveLayout();
        window.close();
    }
    ui::MainWindow again;
    again.show();
    EXPECT_EQ(again.operatorPerspective()->saveLayout(), saved);
}

TEST_F(MainWindowTest, RussianTranslationLabelsThePanes)
{
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
    {
        ui::MainWindow window;
        EXPECT_EQ(window.operatorPerspective()->queuePane()->title(), u"Очередь заявок");
        EXPECT_EQ(window.operatorPerspective()->knowledgeBasePane()->title(), u"База знаний");
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    ui::MainWindow window;
    EXPECT_EQ(window.operatorPerspective()->queuePane()->title(), u"Ticket queue");
}
