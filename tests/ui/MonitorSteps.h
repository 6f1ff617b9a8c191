#pragma once

#include "app/board/DrillDownTicketsModel.h"
#include "app/monitoring/LiveMonitor.h"
#include "tests/support/TestEnvironment.h"
#include "ui/supervisor/MonitorView.h"
#include "ui/supervisor/OperatorDrillDown.h"
#include "ui/supervisor/SupervisorDesk.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace frontline::test {

// `operatorId`'s drill-down in the supervisor's `desk`, the active window once it lists two of
// her open conversations or more.
inline ui::OperatorDrillDown *drillDownOf(ui::SupervisorDesk &desk, const QString &operatorId)
{
    desk.openOperator(operatorId);
    ui::OperatorDrillDown *drill = desk.operatorDrillDown();
    EXPECT_TRUE(waitUntil([&] { return drill->openTickets()->rowCount() >= 2; }));
    QApplication::setActiveWindow(drill);
    drill->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(drill));
    return drill;
}

// `chat` chosen in `drill` and Ctrl+Shift+M pressed: its monitor view, watching. Chosen and
// pressed with no event in between: a feed page resets the list's selection.
inline ui::MonitorView *monitorChosen(ui::SupervisorDesk &desk, ui::OperatorDrillDown &drill,
                                      const QString &chat)
{
    for (int row = 0; row < drill.openTickets()->rowCount(); ++row) {
        if (drill.openTickets()->ticketIdAt(row) == chat)
            drill.openView()->setCurrentIndex(drill.openTickets()->index(row, 0));
    }
    QTest::keyClick(drill.openView(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(waitUntil([&] { return desk.monitorView(chat) != nullptr; }));
    ui::MonitorView *view = desk.monitorView(chat);
    EXPECT_TRUE(view && waitUntil([&] { return view->monitor()->isWatching(); }));
    return view;
}

} // namespace frontline::test
