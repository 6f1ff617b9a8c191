// Issue 17, item 5 at the supervisor's desk against the real demo back office: the drill-down
// lists show the right tickets, the read-only conversation, and the reassign dialog moving olga's
// chat to a colleague with a reason, or showing the back office's refusal when the colleague is at
// her chat limit.
#include "app/board/DrillDownTicketsModel.h"
#include "app/board/OperatorRosterModel.h"
#include "app/board/PresenceTimelineModel.h"
#include "app/models/ConversationModel.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/supervisor/OperatorDrillDown.h"
#include "ui/supervisor/OperatorSettingsDialog.h"
#include "ui/supervisor/QueueDrillDown.h"
#include "ui/supervisor/ReassignDialog.h"
#include "ui/supervisor/TicketReader.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace frontline;
using namespace frontline::test;

namespace {

class SupervisorDrillDownTest : public OperatorFlowTest
{
protected:
    // Olga (over HTTP) claims a new chat of the orders queue; its id once sofia's cache has it
    // assigned to her.
    QString olgasNewChat(app::ClientCore &sofia, HttpClient &olga, const QString &text,
                         const QString &externalId)
    {
        const QString chat = newChat(text, externalId);
        EXPECT_EQ(olga.send("POST", u"/api/v1/tickets/" + chat + u"/claim", {}).status, 200);
        EXPECT_TRUE(waitUntil([&] { return chatsOf(sofia, olgaId(olga)).contains(chat); },
                              std::chrono::seconds(30)));
        return chat;
    }
    static QString olgaId(HttpClient &olga)
    {
        return olga.get(QStringLiteral("/api/v1/me")).json().value(u"id").toString();
    }
    static QString serverAssignee(HttpClient &client, const QString &ticket)
    {
        return client.get(u"/api/v1/tickets/" + ticket).json().value(u"assignee_id").toString();
    }
    static QStringList ids(const app::DrillDownTicketsModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.ticketIdAt(row);
        return list;
    }
    static bool fillIn(ui::ReassignDialog &dialog, const QString &operatorId, const QString &reason)
    {
        dialog.show();
        dialog.activateWindow();
        if (!QTest::qWaitForWindowActive(&dialog) || !dialog.selectOperator(operatorId))
            return false;
        dialog.reasonEdit()->setFocus();
        QTest::keyClicks(dialog.reasonEdit(), reason);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        return true;
    }
};

} // namespace

TEST_F(SupervisorDrillDownTest, TheDrillDownsListTheRightTicketsAndTheReaderShowsTheConversation)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto olga = colleague(QStringLiteral("olga"));
    const QString waiting = newChat(QStringLiteral("Is my parcel lost?"), QStringLiteral("dd-1"));
    const QString hers = olgasNewChat(sofia->desk(), *olga, QStringLiteral("Wrong size delivered"),
                                      QStringLiteral("dd-2"));

    // The orders queue: the unassigned chat waits, olga's does not; every row is a waiting one.
    ui::QueueDrillDown queue(sofia->desk().store());
    queue.showQueue(QStringLiteral("orders"));
    ASSERT_TRUE(waitUntil([&] { return ids(*queue.waiting()).contains(waiting); }));
    EXPECT_FALSE(ids(*queue.waiting()).contains(hers));
    for (const QString &id : ids(*queue.waiting())) {
        const auto cached = sofia->desk().store().ticket(id);
        ASSERT_TRUE(cached && cached.value());
        EXPECT_TRUE(cached.value()->ticket.assigneeId.isEmpty()) << id.toStdString();
        EXPECT_EQ(cached.value()->ticket.queue, u"orders");
    }
    // Oldest first: the new chat is last.
    EXPECT_EQ(ids(*queue.waiting()).constLast(), waiting);

    // Olga's drill-down: her open chat, her presence read from the back office.
    ui::OperatorDrillDown drill(sofia->desk().store(),
                                new app::PresenceTimelineModel(sofia->desk().client()));
    QSignalSpy opened(&drill, &ui::OperatorDrillDown::openTicketRequested);
    // Before the drill-down asks: the HTTP calls below run the event loop that answers it.
    QSignalSpy presence(drill.presence(), &app::PresenceTimelineModel::loaded);
    QSignalSpy presenceFailed(drill.presence(), &app::PresenceTimelineModel::loadFailed);
    drill.showOperator(olgaId(*olga));
    EXPECT_TRUE(ids(*drill.openTickets()).contains(hers));
    EXPECT_FALSE(ids(*drill.openTickets()).contains(waiting));
    for (const QString &id : ids(*drill.openTickets())) {
        const auto cached = sofia->desk().store().ticket(id);
        ASSERT_TRUE(cached && cached.value());
        EXPECT_EQ(cached.value()->ticket.assigneeId, olgaId(*olga));
    }
    ASSERT_TRUE(waitUntil([&] { return presence.count() + presenceFailed.count() > 0; }));
    ASSERT_EQ(presence.count(), 1) << presenceFailed.value(0).value(0).toString().toStdString();
    EXPECT_EQ(drill.presence()->timeline().operatorId, olgaId(*olga));

    // Enter on her chat asks to open it; the reader shows the customer's words, no reply box.
    drill.show();
    drill.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&drill));
    const int row = drill.openTickets()->rowOf(hers);
    ASSERT_GE(row, 0);
    drill.openView()->setCurrentIndex(drill.openTickets()->index(row, 0));
    drill.openView()->setFocus();
    QTest::keyClick(drill.openView(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), hers);

    ui::TicketReader reader(sofia->desk().store());
    reader.showTicket(hers);
    ASSERT_TRUE(waitUntil([&] { return reader.conversation()->rowCount() > 0; }));
    QStringList bodies;
    for (int i = 0; i < reader.conversation()->rowCount(); ++i)
        bodies << reader.conversation()->index(i).data(app::ConversationModel::BodyRole).toString();
    EXPECT_TRUE(bodies.contains(u"Wrong size delivered"));
    EXPECT_TRUE(reader.findChildren<QPlainTextEdit *>().isEmpty()); // read only
    EXPECT_TRUE(reader.header()->text().contains(u"Olga"));
}

TEST_F(SupervisorDrillDownTest, ASupervisorMovesOlgasChatWithAReasonOrSeesTheRefusal)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto olga = colleague(QStringLiteral("olga"));
    auto supervisor = colleague(QStringLiteral("sofia"));
    auto ivan = colleague(QStringLiteral("ivan"));
    auto anna = colleague(QStringLiteral("anna"));
    const QString ivanId = olgaId(*ivan);
    const QString annaId = olgaId(*anna);
    const QString chat = olgasNewChat(sofia->desk(), *olga, QStringLiteral("Где мой заказ?"),
                                      QStringLiteral("ra-1"));

    ui::ReassignDialog dialog(sofia->desk().store(), *sofia->desk().commands(),
                              *sofia->desk().engine());
    QSignalSpy reassigned(&dialog, &ui::ReassignDialog::reassigned);
    dialog.setTicket(chat);
    // Olga has it, so she is not offered; the list shows open chats of the limit.
    auto *roster = qobject_cast<app::OperatorRosterModel *>(dialog.operatorList()->model());
    ASSERT_TRUE(roster);
    EXPECT_LT(roster->rowOf(olgaId(*olga)), 0);
    const int ivanRow = roster->rowOf(ivanId);
    ASSERT_GE(ivanRow, 0);
    EXPECT_TRUE(roster->index(ivanRow, app::OperatorRosterModel::ChatsColumn)
                    .data()
                    .toString()
                    .contains(u"of 3"));

    // No reason: refused in the dialog, nothing queued.
    dialog.show();
    dialog.selectOperator(ivanId);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(dialog.statusLabel()->isVisible());
    EXPECT_EQ(sofia->desk().engine()->pendingCount(), 0);

    const QString why = QStringLiteral("Ivan handles the delivery side");
    ASSERT_TRUE(fillIn(dialog, ivanId, why));
    ASSERT_TRUE(reassigned.wait(30000) || reassigned.count() > 0);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(serverAssignee(*supervisor, chat), ivanId);
    const QJsonArray messages = supervisor->get(u"/api/v1/tickets/" + chat + u"/messages")
                                    .json()
                                    .value(u"messages")
                                    .toArray();
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().toObject().value(u"internal").toBool());
    EXPECT_TRUE(messages.last().toObject().value(u"body").toString().endsWith(why));

    // Anna at her limit: the back office refuses, the dialog says why and stays; nothing moved.
    ASSERT_EQ(supervisor
                  ->send("PATCH", u"/api/v1/operators/" + annaId,
                         json({{QStringLiteral("max_chats"), 0}}),
                         {{"Content-Type", "application/json"}})
                  .status,
              200);
    const QString second =
        olgasNewChat(sofia->desk(), *olga, QStringLiteral("Refund please"), QStringLiteral("ra-2"));
    dialog.setTicket(second);
    ASSERT_TRUE(waitUntil([&] {
        const int row = roster->rowOf(annaId);
        return row >= 0 &&
               roster->index(row, 0).data(app::OperatorRosterModel::AtLimitRole).toBool();
    }));
    ASSERT_TRUE(fillIn(dialog, annaId, QStringLiteral("Anna speaks with this customer")));
    ASSERT_TRUE(waitUntil([&] { return dialog.statusLabel()->text().contains(u"limit"); },
                          std::chrono::seconds(30)))
        << dialog.statusLabel()->text().toStdString();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_EQ(serverAssignee(*supervisor, second), olgaId(*olga));
    ASSERT_TRUE(waitUntil([&] { return chatsOf(sofia->desk(), olgaId(*olga)).contains(second); }));
    EXPECT_EQ(reassigned.count(), 1);
}

// Sofia gives ivan the returns queue and a fourth chat: her dialog shows his settings from the
// feed, sends only what she changed, and closes once the back office made the change.
TEST_F(SupervisorDrillDownTest, ASupervisorChangesAnOperatorsQueuesAndChatLimit)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    ASSERT_TRUE(sofia);
    auto ivan = colleague(QStringLiteral("ivan"));
    const QString ivanId = olgaId(*ivan);
    ui::OperatorSettingsDialog dialog(sofia->desk().store(), *sofia->desk().commands(),
                                      *sofia->desk().engine());
    QSignalSpy changed(&dialog, &ui::OperatorSettingsDialog::changed);
    dialog.setOperator(ivanId);
    EXPECT_EQ(dialog.chatLimit()->value(), 3);
    QListWidgetItem *returns = nullptr;
    QStringList checked;
    for (int i = 0; i < dialog.queueList()->count(); ++i) {
        QListWidgetItem *item = dialog.queueList()->item(i);
        if (item->text() == u"returns")
            returns = item;
        if (item->checkState() == Qt::Checked)
            checked << item->text();
    }
    EXPECT_EQ(checked, (QStringList{QStringLiteral("delivery"), QStringLiteral("lavka-delivery"),
                                    QStringLiteral("lavka-orders"), QStringLiteral("orders"),
                                    QStringLiteral("payment")}));
    ASSERT_TRUE(returns);
    EXPECT_EQ(returns->checkState(), Qt::Unchecked);

    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    dialog.chatLimit()->setFocus();
    QTest::keyClick(dialog.chatLimit(), Qt::Key_Up);
    returns->setCheckState(Qt::Checked);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(changed.wait(30000) || changed.count() > 0);
    EXPECT_FALSE(dialog.isVisible());
    const QJsonObject me = ivan->get(QStringLiteral("/api/v1/me")).json();
    EXPECT_EQ(me.value(u"max_chats").toInt(), 4);
    EXPECT_TRUE(me.value(u"queues").toArray().contains(QStringLiteral("returns")));
}
