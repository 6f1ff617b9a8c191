#pragma once

#include "app/commands/OperatorCommands.h"
#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace frontline::test {

// A real cache in a temporary folder, filled with the side-panels data (SideCacheData.h) through
// the store's own feed applier, and the commands of an operator signed in to it: what the side
// panes take, with no back office behind them (commands stay queued in the outbox).
class SidePaneTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    void SetUp() override;
    void TearDown() override;

    QTemporaryDir m_folder;
    app::LocalStore m_store;
    app::SignedInUser m_me;
    std::unique_ptr<app::OperatorCommands> m_commands;
};

} // namespace frontline::test
