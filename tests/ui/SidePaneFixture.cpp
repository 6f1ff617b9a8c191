#include "tests/ui/SidePaneFixture.h"

#include "app/store/LocalStore.h"
#include "tests/support/SideCacheData.h"
#include "tests/support/TestEnvironment.h"
#include "ui/shell/UiSetup.h"

#include <QSignalSpy>

namespace frontline::test {

void SidePaneTest::SetUpTestSuite()
{
    ui::initResources();
    s_backOffice = std::make_unique<BackOfficeProcess>(
        QStringList{QStringLiteral("--login-delay-ms"), QStringLiteral("1")});
    ASSERT_TRUE(s_backOffice->addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                      {QStringLiteral("orders")}));
    ASSERT_TRUE(s_backOffice->start());
}

void SidePaneTest::TearDownTestSuite()
{
    s_backOffice.reset();
}

void SidePaneTest::SetUp()
{
    ASSERT_TRUE(s_backOffice);
    m_data = std::make_unique<QTemporaryDir>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_desk = std::make_unique<app::OperatorDesk>(m_network.get(), m_data->path());
    m_desk->setKeychainEnabled(false);
    QSignalSpy ready(m_desk.get(), &app::OperatorDesk::ready);
    QSignalSpy failed(m_desk.get(), &app::OperatorDesk::failed);
    m_desk->signIn(s_backOffice->baseUrl(), QStringLiteral("olga"), QStringLiteral("secret"));
    ASSERT_TRUE(waitUntil([&] { return !ready.isEmpty() || !failed.isEmpty(); }));
    ASSERT_TRUE(failed.isEmpty()) << failed.at(0).at(0).toString().toStdString();
    ASSERT_TRUE(fillSideCache(m_desk->store()));
}

void SidePaneTest::TearDown()
{
    m_desk.reset();
    m_network.reset();
    m_data.reset();
}

} // namespace frontline::test
