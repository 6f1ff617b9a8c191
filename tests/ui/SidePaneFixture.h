#pragma once

#include "app/OperatorDesk.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoDesk.h"

#include <gtest/gtest.h>

#include <memory>

namespace frontline::test {

// A signed-in OperatorDesk against a real back office on loopback (one per suite), its cache
// filled with the side-panels data (SideCacheData.h) through the store's own feed applier.
class SidePaneTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    void SetUp() override;
    void TearDown() override;

    static inline std::unique_ptr<BackOfficeProcess> s_backOffice;
    std::unique_ptr<DemoDesk> m_rig;
    app::OperatorDesk *m_desk = nullptr;
};

} // namespace frontline::test
