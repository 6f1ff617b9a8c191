#pragma once

#include "app/ClientCore.h"
#include "app/store/LocalStore.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/TestEnvironment.h"
#include "ui/common/UiSetup.h"
#include "ui/shell/LoginDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>

#include <gtest/gtest.h>

namespace frontline::test {

// One demo back office and one signed-in operator (olga) for the suite: starting and syncing the
// demo contact center is the expensive part.
class MainWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        ui::initResources();
        s_backOffice = DemoDesk::startBackOffice().release();
        ASSERT_NE(s_backOffice, nullptr);
        s_network = new QNetworkAccessManager;
        s_desk = signIn(QStringLiteral("olga"));
        ASSERT_NE(s_desk, nullptr);
    }

    static void TearDownTestSuite()
    {
        delete s_desk;
        s_desk = nullptr;
        delete s_network;
        delete s_backOffice;
    }

    // Signs in through the login dialog, as the user does; null when it failed.
    static app::ClientCore *signIn(const QString &user)
    {
        ui::LoginDialog login(s_network, nullptr, temporaryRoot() + u"/data-" + user);
        login.setDemo(false);
        login.setServer(s_backOffice->baseUrl().toString());
        login.setUser(user);
        login.setPassword(QStringLiteral("demo"));
        login.show();
        QTest::keyClick(login.passwordField(), Qt::Key_Return);
        if (!waitUntil([&] { return login.result() == QDialog::Accepted; },
                       std::chrono::seconds(30))) {
            ADD_FAILURE() << "sign-in: " << login.errorLabel()->text().toStdString();
            return nullptr;
        }
        app::ClientCore *desk = login.takeDesk().release();
        EXPECT_TRUE(DemoDesk::waitUntilOnline(*desk));
        EXPECT_GT(desk->store().count(u"tickets"_qs).value(), 0);
        return desk;
    }

    static inline BackOfficeProcess *s_backOffice = nullptr;
    static inline QNetworkAccessManager *s_network = nullptr;
    static inline app::ClientCore *s_desk = nullptr;
};

} // namespace frontline::test
