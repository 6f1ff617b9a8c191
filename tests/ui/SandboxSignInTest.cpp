// A trainee signs in to her training sandbox from the login dialog, and the main window is
// marked while she works there (issue 19, items 2-3), against the real demo back office.
#include "app/ClientCore.h"
#include "app/session/SignedInUser.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/MainWindowFixture.h"
#include "ui/common/ClientParts.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SandboxBand.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>

#include <gtest/gtest.h>

using namespace frontline;
using frontline::test::MainWindowTest;

namespace {

// `username`'s sign-ins to production in the back office: all of them, or the signed-out ones.
qint64 productionTokens(test::BackOfficeProcess &backOffice, const QString &username,
                        bool signedOut = false)
{
    QVariant count;
    EXPECT_TRUE(backOffice.query(
        QStringLiteral("SELECT COUNT(*) FROM tokens t JOIN operators o ON "
                       "o.id = t.operator_id WHERE o.username = '%1'%2")
            .arg(username, signedOut ? u" AND t.revoked_at IS NOT NULL"_qs : QString()),
        &count));
    return count.toLongLong();
}

} // namespace

// Her password is checked once: the sign-in that looked for her sandboxes is the one she works
// in when she has none.
TEST_F(MainWindowTest, TheSignInDialogChecksThePasswordOnce)
{
    const qint64 before = productionTokens(*s_backOffice, u"olga"_qs);
    const qint64 signedOut = productionTokens(*s_backOffice, u"olga"_qs, true);
    std::unique_ptr<app::ClientCore> olga(signIn(u"olga"_qs));
    ASSERT_TRUE(olga);
    EXPECT_EQ(productionTokens(*s_backOffice, u"olga"_qs), before + 1);
    EXPECT_EQ(productionTokens(*s_backOffice, u"olga"_qs, true), signedOut);
    EXPECT_EQ(olga->user().workspace, u"production");
}

TEST_F(MainWindowTest, ATraineeChoosesHerSandboxAndWorksUnderItsBand)
{
    const QUrl server = s_backOffice->baseUrl();
    auto tanya = test::signedInClient(server, u"tanya"_qs, u"demo"_qs);
    auto maxim = test::signedInClient(server, u"maxim"_qs, u"demo"_qs);
    const QString maximId = maxim->get(u"/api/v1/me"_qs).json().value(u"id").toString();
    ASSERT_EQ(
        tanya
            ->send("POST", u"/api/v1/training/sandboxes"_qs,
                   QJsonDocument(QJsonObject{{QLatin1StringView("name"), u"band-test"_qs},
                                             {QLatin1StringView("title"), u"December cohort"_qs}})
                       .toJson())
            .status,
        201);
    ASSERT_EQ(tanya->send("PUT", u"/api/v1/training/sandboxes/band-test/trainees/"_qs + maximId, {})
                  .status,
              200);

    {
        ui::LoginDialog login(s_network, nullptr, test::temporaryRoot() + u"/data-sandbox"_qs);
        login.setDemo(false);
        login.setServer(server.toString());
        login.setUser(u"maxim"_qs);
        login.setPassword(u"demo"_qs);
        login.show();
        EXPECT_FALSE(login.workspaceField()->isVisible());
        // The first sign-in finds her sandbox and asks where to work.
        login.signIn();
        ASSERT_TRUE(
            test::waitUntil([&] { return !login.isBusy() && login.workspaceField()->isVisible(); },
                            std::chrono::seconds(30)));
        EXPECT_NE(login.result(), QDialog::Accepted);
        ASSERT_EQ(login.workspaceField()->count(), 2);
        EXPECT_EQ(login.workspaceField()->itemData(1).toString(), u"band-test");
        EXPECT_TRUE(login.workspaceField()->itemText(1).contains(u"December cohort"));
        EXPECT_FALSE(login.workspaceField()->accessibleName().isEmpty());
        // Looking up her sandboxes signed her in to production; she works elsewhere, so that
        // sign-in ends.
        const qint64 lookedUp = productionTokens(*s_backOffice, u"maxim"_qs);
        const qint64 signedOut = productionTokens(*s_backOffice, u"maxim"_qs, true);
        login.workspaceField()->setCurrentIndex(1);
        login.signIn();
        ASSERT_TRUE(test::waitUntil([&] { return login.result() == QDialog::Accepted; },
                                    std::chrono::seconds(30)))
            << login.errorLabel()->text().toStdString();
        std::unique_ptr<app::ClientCore> desk = login.takeDesk();
        ASSERT_TRUE(desk);
        EXPECT_EQ(desk->user().workspace, u"band-test");
        EXPECT_TRUE(test::waitUntil(
            [&] { return productionTokens(*s_backOffice, u"maxim"_qs, true) == signedOut + 1; }));
        EXPECT_EQ(productionTokens(*s_backOffice, u"maxim"_qs), lookedUp);

        ui::MainWindow window;
        window.setClient(ui::partsOf(*desk));
        window.show();
        ui::SandboxBand *band = window.sandboxBand();
        ASSERT_NE(band, nullptr);
        EXPECT_TRUE(band->isVisible());
        EXPECT_TRUE(band->text().contains(u"Training — no real customers"));
        // The title replaces the name once the back office gives it.
        ASSERT_TRUE(test::waitUntil([&] { return band->text().contains(u"December cohort"); },
                                    std::chrono::seconds(10)));
        EXPECT_TRUE(band->accessibleName().contains(u"December cohort"));
    }

    // Production has no band.
    ui::MainWindow production;
    production.setClient(ui::partsOf(*s_desk));
    EXPECT_EQ(production.sandboxBand(), nullptr);

    EXPECT_EQ(tanya->send("DELETE", u"/api/v1/training/sandboxes/band-test"_qs, {}).status, 204);
}
