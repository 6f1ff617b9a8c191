#include "tests/ui/SidePaneFixture.h"

#include "tests/support/SideCacheData.h"
#include "ui/common/UiSetup.h"

namespace frontline::test {

void SidePaneTest::SetUpTestSuite()
{
    ui::initResources();
}

void SidePaneTest::SetUp()
{
    ASSERT_TRUE(m_folder.isValid());
    auto opened = m_store.open(m_folder.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_TRUE(fillSideCache(m_store));
    m_me.id = QStringLiteral("1");
    m_me.username = QStringLiteral("olga");
    m_me.displayName = QStringLiteral("Olga Smirnova");
    m_me.queues = {QStringLiteral("orders")};
    m_commands = std::make_unique<app::OperatorCommands>(m_store, m_me);
}

void SidePaneTest::TearDown()
{
    m_commands.reset();
    m_store.close();
}

} // namespace frontline::test
