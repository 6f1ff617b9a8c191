// Issue 17, item 4: a help flag's round trip between an operator's and a supervisor's app on one
// real back office. Olga presses the key in a conversation and writes a note; Sofia's desk lists
// the flag (and her alert list says so); Sofia lowers it; Olga's strip says who lowered it.
#include "app/board/AlertEvaluator.h"
#include "app/board/AlertListModel.h"
#include "app/board/SupervisorAlerts.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/HelpFlagModel.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/chat/HelpFlagDialog.h"
#include "ui/chat/HelpFlagStrip.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/supervisor/AlertList.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace frontline;
using namespace frontline::test;

namespace {

// Ctrl+Shift+H in the conversation, the note typed, Enter: the strip says the flag is up, and
// the same key again raises nothing more.
void raiseByKeyboard(ui::MainWindow &window, ui::ConversationPane &chat)
{
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    chat.composer()->setFocus();
    QTest::keyClick(chat.composer(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ui::HelpFlagStrip *strip = chat.helpFlagStrip();
    ASSERT_TRUE(waitUntil([&] { return strip->dialog() && strip->dialog()->isVisible(); }));
    ui::HelpFlagDialog *dialog = strip->dialog();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClicks(dialog->noteEdit(),
                     QStringLiteral("Customer asks for a refund over the limit"));
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return strip->isVisible(); }));
    EXPECT_TRUE(strip->textLabel()->text().startsWith(
        u"You asked a supervisor for help: Customer asks for a refund over the limit"))
        << strip->textLabel()->text().toStdString();
    QTest::keyClick(chat.composer(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(!strip->dialog() || !strip->dialog()->isVisible());
}

} // namespace

TEST_F(OperatorFlowTest, AHelpFlagGoesUpAtOlgasDeskAndSofiaLowersIt)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(olga && sofia);
    const QString ticket = myOpenTicket(olga->desk());
    ASSERT_FALSE(ticket.isEmpty()) << "the demo gives olga open tickets";

    // Sofia's side, as the lead wires it: the flags, the evaluator with her rules, the alert list.
    app::HelpFlagModel flags(sofia->desk().store());
    QAbstractItemModelTester tester(&flags, QAbstractItemModelTester::FailureReportingMode::Fatal);
    app::AlertEvaluator evaluator;
    protocol::AlertRule helpRule;
    helpRule.id = QStringLiteral("1");
    helpRule.kind = protocol::AlertKind::HelpFlag;
    evaluator.setRules({helpRule});
    app::SupervisorAlerts feeding(sofia->desk().store(), evaluator);
    feeding.setTickInterval(0);
    ui::AlertList alerts(evaluator);
    QSignalSpy notified(&alerts, &ui::AlertList::notificationWanted);
    QSignalSpy opened(&alerts, &ui::AlertList::ticketRequested);
    EXPECT_EQ(flags.rowCount(), 0);

    // Olga presses the key in her conversation and writes her note.
    auto window = windowFor(*olga);
    ui::ConversationPane *chat = showConversation(*window, ticket);
    ASSERT_NO_FATAL_FAILURE(raiseByKeyboard(*window, *chat));
    ui::HelpFlagStrip *strip = chat->helpFlagStrip();

    // Sofia's desk lists it, and her alert list says who asks and why.
    ASSERT_TRUE(waitUntil([&] { return flags.rowCount() == 1; }, std::chrono::seconds(30)));
    const protocol::HelpFlag flag = flags.flagAt(0);
    EXPECT_EQ(flag.ticketId, ticket);
    EXPECT_EQ(flag.raisedByName, u"Olga Smirnova");
    EXPECT_EQ(flag.note, u"Customer asks for a refund over the limit");
    EXPECT_FALSE(flag.id.startsWith(u"local:"));
    ASSERT_EQ(alerts.model()->rowCount(), 1);
    EXPECT_EQ(alerts.model()
                  ->data(alerts.model()->index(0, app::AlertListModel::WhatColumn))
                  .toString()
                  .toStdString(),
              QString(u"Olga Smirnova asks for help on ticket #" +
                      QString::number(flag.ticketNumber) +
                      u": Customer asks for a refund over the limit")
                  .toStdString());
    ASSERT_EQ(notified.count(), 1);
    EXPECT_EQ(notified.at(0).at(0).toString(), ticket);
    // Enter on the alert opens the conversation.
    alerts.view()->setCurrentIndex(alerts.model()->index(0, 0));
    QTest::keyClick(alerts.view(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), ticket);

    // Sofia lowers it; Olga's strip says so, and the alert clears itself.
    ASSERT_TRUE(sofia->desk().commands()->lowerHelpFlag(flag.id).ok());
    EXPECT_EQ(flags.rowCount(), 0); // at once, before the back office answers
    ASSERT_TRUE(waitUntil(
        [&] {
            return strip->textLabel()->text().startsWith(u"Sofia Morozova lowered your flag at");
        },
        std::chrono::seconds(30)))
        << strip->textLabel()->text().toStdString();
    EXPECT_FALSE(strip->lowerButton()->isVisible());
    EXPECT_EQ(alerts.model()->rowCount(), 0);
    ASSERT_TRUE(waitUntil([&] { return sofia->desk().engine()->pendingCount() == 0; }));
    auto server = colleague(QStringLiteral("sofia"));
    const QJsonArray lowered = server->get(QStringLiteral("/api/v1/help-flags?status=lowered"))
                                   .json()
                                   .value(u"help_flags")
                                   .toArray();
    ASSERT_EQ(lowered.size(), 1);
    EXPECT_EQ(lowered.at(0)[u"lowered_by_name"].toString(), u"Sofia Morozova");
}
