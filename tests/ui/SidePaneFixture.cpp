#include "tests/ui/SidePaneFixture.h"

#include "app/store/LocalStore.h"
#include "tests/support/SideCacheData.h"
#include "tests/support/TestEnvironment.h"
#include "ui/common/UiSetup.h"

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
    m_rig =
        DemoDesk::signIn(s_backOffice->baseUrl(), QStringLiteral("olga"), QStringLiteral("secret"));
    ASSERT_TRUE(m_rig);
    m_desk = &m_rig->desk();
    ASSERT_TRUE(fillSideCache(m_desk->store()));
}

void SidePaneTest::TearDown()
{
    m_desk = nullptr;
    m_rig.reset();
}

} // namespace frontline::test
