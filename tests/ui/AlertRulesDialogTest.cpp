// Issue 17, item 3: sofia's alert rules at the keyboard, kept on the real demo back office (which
// seeds her first seven rules): a new rule typed in and saved, one turned off with Space, one
// deleted with Delete; the back office keeps exactly what the dialog shows.
#include "ui/supervisor/AlertRulesDialog.h"
#include "app/board/AlertRuleBook.h"
#include "tests/ui/OperatorFlowFixture.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace frontline;
using namespace frontline::test;

namespace {

QJsonArray serverRules(HttpClient &sofia)
{
    return sofia.get(QStringLiteral("/api/v1/alert-rules")).json().value(u"alert_rules").toArray();
}

} // namespace

TEST_F(OperatorFlowTest, SofiaKeepsHerAlertRulesFromTheKeyboard)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto server = colleague(QStringLiteral("sofia"));
    ASSERT_EQ(serverRules(*server).size(), 7) << "the demo seeds sofia's rules";

    app::AlertRuleBook book(sofia->desk().client());
    QSignalSpy changed(&book, &app::AlertRuleBook::rulesChanged);
    ui::AlertRulesDialog dialog(book, {{QStringLiteral("orders"), QStringLiteral("Orders")}});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    ASSERT_TRUE(waitUntil([&] { return dialog.ruleTable()->rowCount() == 7; }));

    // A new rule: the oldest wait in Orders over 300 s, typed in and saved with Alt+S.
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
    // A mnemonic animates its button's click: the click lands once the button is up again.
    ASSERT_TRUE(waitUntil([&] { return !dialog.newButton()->isDown(); }));
    dialog.kindBox()->setFocus();
    dialog.kindBox()->setCurrentIndex(
        dialog.kindBox()->findData(int(protocol::AlertKind::OldestWait)));
    dialog.thresholdBox()->setFocus();
    dialog.thresholdBox()->selectAll();
    QTest::keyClicks(dialog.thresholdBox(), QStringLiteral("300"));
    dialog.queueBox()->setCurrentIndex(dialog.queueBox()->findData(QStringLiteral("orders")));
    ASSERT_EQ(dialog.kindBox()->currentData().toInt(), int(protocol::AlertKind::OldestWait));
    ASSERT_EQ(dialog.thresholdBox()->value(), 300);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return dialog.ruleTable()->rowCount() == 8; }));
    const QJsonObject added = serverRules(*server).last().toObject();
    EXPECT_EQ(added.value(u"kind").toString(), u"oldest_wait");
    EXPECT_EQ(added.value(u"threshold").toDouble(), 300);
    EXPECT_EQ(added.value(u"queue_id").toString(), u"orders");

    // The first rule off with Space, then deleted with Delete.
    dialog.ruleTable()->setFocus();
    dialog.ruleTable()->setCurrentCell(0, 0);
    QTest::keyClick(dialog.ruleTable(), Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return !serverRules(*server).at(0)[u"enabled"].toBool(); }));
    // The back office commits before its answer reaches the dialog: the table follows the answer.
    EXPECT_TRUE(waitUntil([&] {
        const QTableWidgetItem *state = dialog.ruleTable()->item(0, 3);
        return state && state->text() == u"off";
    }));
    const QString first = serverRules(*server).at(0)[u"id"].toString();
    QTest::keyClick(dialog.ruleTable(), Qt::Key_Delete);
    ASSERT_TRUE(waitUntil([&] { return dialog.ruleTable()->rowCount() == 7; }));
    const QJsonArray kept = serverRules(*server);
    ASSERT_EQ(kept.size(), 7);
    for (const QJsonValue &rule : kept)
        EXPECT_NE(rule[u"id"].toString(), first);

    // A threshold the back office refuses is said in the dialog, and nothing changes.
    book.save(protocol::AlertRule{}); // a queue rule with threshold 0
    ASSERT_TRUE(waitUntil([&] { return dialog.errorLabel()->isVisible(); }));
    EXPECT_TRUE(dialog.errorLabel()->text().contains(u"threshold"))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(serverRules(*server).size(), 7);
}
