#pragma once

#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoDesk.h"
#include "ui/common/UiSetup.h"

#include <gtest/gtest.h>

namespace frontline::test {

// One `--demo` back office for a whole suite and sofia, the supervisor, signed in to it: the
// boards' widget tests (the supervisor's and a store's) read it without changing the demo.
class DemoBoardSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        ui::initResources();
        s_backOffice = DemoDesk::startBackOffice().release();
        ASSERT_NE(s_backOffice, nullptr);
        s_sofia = DemoDesk::signIn(s_backOffice->baseUrl(), QStringLiteral("sofia")).release();
        ASSERT_NE(s_sofia, nullptr);
    }

    static void TearDownTestSuite()
    {
        delete s_sofia;
        s_sofia = nullptr;
        delete s_backOffice;
        s_backOffice = nullptr;
    }

    static inline BackOfficeProcess *s_backOffice = nullptr;
    static inline DemoDesk *s_sofia = nullptr;
};

} // namespace frontline::test
