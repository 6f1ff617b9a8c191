// Issue 15, item 2: every command the back office refuses undoes its local effect and tells the
// operator why, in the back office's words, where she gave it: a claim in the queue's line, a
// reply, a status change or an escalation in the conversation's banner, an escalation action in
// the 2nd line's inbox. Each path against the real back office.
#include "app/commands/OperatorCommands.h"
#include "app/models/ConversationModel.h"
#include "app/models/EscalationCatalog.h"
#include "app/models/EscalationInboxModel.h"
#include "app/models/TicketQueueModel.h"
#include "app/session/SignedInUser.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationInbox.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/PresenceSwitcher.h"
#include "ui/shell/StatusMessage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace frontline;
using namespace frontline::test;
using app::outbox::Kind;

namespace {

// Waits for the desk's engine to report a refusal of `command`; its words, empty on time-out.
QString waitForRefusal(QSignalSpy &refused, Kind command)
{
    QString why;
    waitUntil(
        [&] {
            for (const QList<QVariant> &signal : std::as_const(refused)) {
                if (signal.at(0).value<Kind>() == command)
                    why = signal.at(2).toString();
            }
            return !why.isEmpty();
        },
        std::chrono::seconds(30));
    return why;
}

QString cachedStatus(app::ClientCore &desk, const QString &ticketId)
{
    const auto cached = desk.store().ticket(ticketId);
    return cached && cached.value() ? protocol::toString(cached.value()->ticket.status) : QString();
}

} // namespace

TEST_F(OperatorFlowTest, AClaimOverTheChatLimitIsNotCalledASuccessAndIsUndone)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    // The demo leaves olga one place free; the supervisor lowers her limit to the two she has.
    auto sofia = colleague(QStringLiteral("sofia"));
    const HttpReply full = sofia->send("PATCH", u"/api/v1/operators/" + olga->desk().user().id,
                                       json({{QStringLiteral("max_chats"), 2}}));
    ASSERT_EQ(full.status, 200) << full.body.toStdString();
    auto window = windowFor(*olga);
    window->show();
    ui::TicketQueuePane *queue = window->operatorPerspective()->queuePane();
    app::TicketQueueFilter unassigned;
    unassigned.scope = app::TicketQueueFilter::Scope::Unassigned;
    unassigned.channel = QStringLiteral("chat");
    queue->model()->setFilter(unassigned);
    ASSERT_GT(queue->model()->rowCount(), 0) << "the demo has waiting chats";
    const QString ticket = queue->model()->ticketId(0);
    const qint64 number = queue->model()->ticket(0)->number;
    queue->view()->setFocus();
    queue->selectTicket(ticket);
    auto *line = queue->findChild<QLabel *>(QStringLiteral("queueMessage"));
    ASSERT_NE(line, nullptr);

    QSignalSpy refused(olga->desk().engine(), &app::SyncEngine::commandRefused);
    QTest::keyClick(queue->view(), Qt::Key_Space);
    // On its way, not yet hers.
    EXPECT_FALSE(line->text().contains(u"is yours")) << line->text().toStdString();
    EXPECT_TRUE(line->text().contains(QString::number(number)));

    const QString why = waitForRefusal(refused, Kind::Claim);
    ASSERT_TRUE(why.contains(u"your limit")) << why.toStdString(); // olga has 2 chats, her limit
    EXPECT_TRUE(line->isVisibleTo(queue));
    EXPECT_TRUE(line->text().contains(why)) << line->text().toStdString();
    EXPECT_TRUE(line->text().contains(QString::number(number)));
    EXPECT_FALSE(line->text().contains(u"is yours")) << line->text().toStdString();
    // Undone: unassigned in the cache and back among the unassigned chats.
    const auto cached = olga->desk().store().ticket(ticket);
    ASSERT_TRUE(cached && cached.value());
    EXPECT_TRUE(cached.value()->ticket.assigneeId.isEmpty());
    EXPECT_GE(queue->model()->rowOf(ticket), 0);
}

TEST_F(OperatorFlowTest, ReopeningAClosedTicketIsRefusedInItsConversation)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString closed =
        firstId(olga->desk(), QStringLiteral("SELECT id FROM tickets WHERE status = 'closed' "
                                             "ORDER BY CAST(id AS INTEGER)"));
    ASSERT_FALSE(closed.isEmpty()) << "the demo has closed tickets in olga's queues";
    auto window = windowFor(*olga);
    ui::ConversationPane *chat = showConversation(*window, closed);
    QSignalSpy refused(olga->desk().engine(), &app::SyncEngine::commandRefused);
    ASSERT_TRUE(chat->reopen());
    EXPECT_EQ(cachedStatus(olga->desk(), closed), u"open"); // the echo

    const QString why = waitForRefusal(refused, Kind::UpdateTicket);
    ASSERT_TRUE(why.contains(u"closed")) << why.toStdString();
    ASSERT_TRUE(waitUntil([&] { return chat->refusalBanner()->isVisibleTo(chat); }));
    EXPECT_TRUE(chat->refusalBanner()->textLabel()->text().contains(why))
        << chat->refusalBanner()->textLabel()->text().toStdString();
    EXPECT_EQ(cachedStatus(olga->desk(), closed), u"closed"); // undone

    // Another conversation has nothing refused; back on this one, the banner is there again,
    // until she dismisses it.
    const QString other = myOpenTicket(olga->desk());
    ASSERT_FALSE(other.isEmpty());
    chat->openTicket(other);
    EXPECT_FALSE(chat->refusalBanner()->isVisibleTo(chat));
    chat->openTicket(closed);
    EXPECT_TRUE(chat->refusalBanner()->isVisibleTo(chat));
    QTest::mouseClick(chat->refusalBanner()->dismissButton(), Qt::LeftButton);
    EXPECT_FALSE(chat->refusalBanner()->isVisibleTo(chat));
}

// Issue 16, item 8: a reply longer than the back office takes (a pasted log, say) used to be
// sent, refused with 422 and marked failed; now the composer says so first and keeps the text.
TEST_F(OperatorFlowTest, AReplyLongerThanTheBackOfficeTakesIsNotSentAndSaysWhyFirst)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString mine = myOpenTicket(olga->desk());
    ASSERT_FALSE(mine.isEmpty());
    auto window = windowFor(*olga);
    ui::ConversationPane *chat = showConversation(*window, mine);
    const int rowsBefore = chat->messagesModel()->rowCount();
    const QString pasted(20001, u'x');
    chat->composer()->setPlainText(pasted);

    auto *why = chat->findChild<QLabel *>(QStringLiteral("sendBlockedReason"));
    ASSERT_TRUE(why);
    EXPECT_TRUE(why->isVisibleTo(chat));
    EXPECT_TRUE(why->text().contains(u"20000")) << why->text().toStdString();
    EXPECT_FALSE(chat->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    EXPECT_FALSE(chat->send());
    EXPECT_EQ(chat->composer()->toPlainText(), pasted);
    EXPECT_EQ(chat->messagesModel()->rowCount(), rowsBefore);
    EXPECT_EQ(firstId(olga->desk(), QStringLiteral("SELECT id FROM outbox WHERE command = ?"),
                      {app::outbox::nameOf(Kind::SendMessage)}),
              QString());

    // The command refuses it too, whoever asks: nothing is echoed or queued.
    auto sent = olga->desk().commands()->sendMessage(mine, pasted);
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code, u"too_long");

    chat->composer()->setPlainText(QString(20000, u'x'));
    EXPECT_FALSE(why->isVisibleTo(chat));
    EXPECT_TRUE(chat->send());
}

TEST_F(OperatorFlowTest, AReplyTheBackOfficeRefusesIsMarkedFailedAndSaysWhy)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString mine = myOpenTicket(olga->desk());
    ASSERT_FALSE(mine.isEmpty());
    auto window = windowFor(*olga);
    ui::ConversationPane *chat = showConversation(*window, mine);

    // A moment earlier her supervisor closed the ticket; her desk has not heard yet.
    ASSERT_NO_FATAL_FAILURE(holdFeed(olga->desk()));
    auto sofia = colleague(QStringLiteral("sofia"));
    const QString path = u"/api/v1/tickets/" + mine;
    const HttpReply ticket = sofia->get(path);
    ASSERT_EQ(ticket.status, 200) << ticket.body.toStdString();
    const HttpReply closed =
        sofia->send("PATCH", path, json({{QStringLiteral("status"), QStringLiteral("closed")}}),
                    {{"Content-Type", "application/json"}, {"If-Match", ticket.header("ETag")}});
    ASSERT_EQ(closed.status, 200) << closed.body.toStdString();

    QSignalSpy refused(olga->desk().engine(), &app::SyncEngine::commandRefused);
    chat->composer()->setPlainText(QStringLiteral("Your refund is on its way."));
    ASSERT_TRUE(chat->send());
    const QString why = waitForRefusal(refused, Kind::SendMessage);
    ASSERT_TRUE(why.contains(u"closed")) << why.toStdString();
    ASSERT_TRUE(waitUntil([&] { return chat->refusalBanner()->isVisibleTo(chat); }));
    EXPECT_TRUE(chat->refusalBanner()->textLabel()->text().contains(why))
        << chat->refusalBanner()->textLabel()->text().toStdString();
    const auto *messages = chat->messagesModel();
    const QModelIndex last = messages->index(messages->rowCount() - 1);
    EXPECT_EQ(last.data(app::ConversationModel::StateRole).toString(), u"failed");
    EXPECT_EQ(last.data(Qt::DisplayRole).toString(), u"Your refund is on its way.")
        << "the operator's words are kept to copy or retry";
}

TEST_F(OperatorFlowTest, EscalatingATicketAColleagueJustEscalatedIsRefusedAndDropped)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString mine = firstId(
        olga->desk(),
        QStringLiteral("SELECT id FROM tickets WHERE assignee_id = ? AND status = 'open' AND "
                       "json_extract(server_json, '$.escalation_line') IS NULL ORDER BY "
                       "CAST(id AS INTEGER)"),
        {olga->desk().user().id});
    ASSERT_FALSE(mine.isEmpty());
    auto window = windowFor(*olga);
    ui::ConversationPane *chat = showConversation(*window, mine);

    // At her other desk, a moment earlier, the ticket went to the 2nd line.
    ASSERT_NO_FATAL_FAILURE(holdFeed(olga->desk()));
    const HttpReply first =
        colleague(QStringLiteral("olga"))
            ->send("POST", u"/api/v1/tickets/" + mine + u"/escalations",
                   json({{QStringLiteral("target_line"), 2},
                         {QStringLiteral("reason_code"), QStringLiteral("vip_customer")}}));
    ASSERT_EQ(first.status, 201) << first.body.toStdString();

    QSignalSpy refused(olga->desk().engine(), &app::SyncEngine::commandRefused);
    chat->escalate();
    ui::EscalationDialog *dialog = chat->escalationDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->targetField()->setCurrentIndex(dialog->targetField()->findText(u"Support line 2"_qs));
    dialog->reasonField()->setCurrentIndex(
        dialog->reasonField()->findData(QStringLiteral("vip_customer")));
    dialog->accept();
    ASSERT_FALSE(dialog->isVisible()) << dialog->errorLabel()->text().toStdString();

    const QString why = waitForRefusal(refused, Kind::Escalate);
    ASSERT_TRUE(why.contains(u"already escalated")) << why.toStdString();
    ASSERT_TRUE(waitUntil([&] { return chat->refusalBanner()->isVisibleTo(chat); }));
    EXPECT_TRUE(chat->refusalBanner()->textLabel()->text().contains(why));
    // Her escalation is gone from the cache; the colleague's arrives with the feed.
    EXPECT_TRUE(
        firstId(olga->desk(), QStringLiteral("SELECT id FROM escalations WHERE id LIKE 'local:%'"))
            .isEmpty());
    olga->desk().engine()->start();
    EXPECT_TRUE(waitUntil([&] {
        const auto latest = app::EscalationCatalog::latestFor(olga->desk().store(), mine);
        return latest && !latest->id.startsWith(u"local:");
    }));
}

TEST_F(OperatorFlowTest, AnEscalationActionRefusedIsUndoneAndSaidInTheInbox)
{
    auto pavel = signIn(QStringLiteral("pavel"));
    ASSERT_TRUE(pavel);
    auto window = windowFor(*pavel);
    window->show();
    ui::ConversationPane *chat = window->operatorPerspective()->conversationPane();
    ui::EscalationInbox *inbox = chat->escalationInbox();
    ASSERT_GT(inbox->model()->rowCount(), 0) << "the demo has escalations for the 2nd line";
    const protocol::Escalation escalation = inbox->model()->escalationAt(0);
    const qint64 number =
        inbox->model()->index(0).data(app::EscalationInboxModel::TicketNumberRole).toLongLong();

    // At his other desk he returned it a moment ago; this desk has not heard yet.
    ASSERT_NO_FATAL_FAILURE(holdFeed(pavel->desk()));
    const HttpReply returned =
        colleague(QStringLiteral("pavel"))
            ->send("PATCH", u"/api/v1/escalations/" + escalation.id,
                   json({{QStringLiteral("status"), QStringLiteral("returned")},
                         {QStringLiteral("return_reason"),
                          QStringLiteral("Needs the order number")}}));
    ASSERT_EQ(returned.status, 200) << returned.body.toStdString();

    QSignalSpy refused(pavel->desk().engine(), &app::SyncEngine::commandRefused);
    // What the desk showed when the refusal came (the feed follows at once with the return).
    QString statusWhenRefused;
    int rowWhenRefused = -1;
    QObject::connect(pavel->desk().engine(), &app::SyncEngine::commandRefused, inbox,
                     [&](Kind command, const QString &id) {
                         if (command != Kind::UpdateEscalation || id != escalation.id)
                             return;
                         auto status = pavel->desk().store().read(
                             QStringLiteral("SELECT status FROM escalations WHERE id = ?"), {id});
                         if (status && status.value().next())
                             statusWhenRefused = status->value(0).toString();
                         rowWhenRefused = inbox->model()->rowOf(id);
                     });
    const QRect row = inbox->list()->visualRect(inbox->model()->index(0));
    QTest::mouseClick(inbox->list()->viewport(), Qt::LeftButton, {}, row.center());
    ASSERT_EQ(inbox->currentEscalationId(), escalation.id);
    ASSERT_TRUE(inbox->resolveCurrent());
    // The echo: gone from the inbox, which says so.
    EXPECT_EQ(inbox->model()->rowOf(escalation.id), -1);
    EXPECT_TRUE(inbox->messageLabel()->text().contains(QString::number(number)));

    const QString why = waitForRefusal(refused, Kind::UpdateEscalation);
    ASSERT_FALSE(why.isEmpty());
    EXPECT_TRUE(inbox->messageLabel()->text().contains(why))
        << inbox->messageLabel()->text().toStdString();
    EXPECT_TRUE(inbox->messageLabel()->text().contains(u"not resolved"));
    // Undone: the escalation was as the back office last said (back in the inbox) until the feed
    // brought the return.
    EXPECT_EQ(statusWhenRefused, protocol::toString(escalation.status));
    EXPECT_GE(rowWhenRefused, 0);

    pavel->desk().engine()->start();
    ASSERT_TRUE(waitUntil(
        [&] { return inbox->messageLabel()->text().contains(u"was returned to the operator"); }));
    EXPECT_EQ(inbox->model()->rowOf(escalation.id), -1);
}

TEST_F(OperatorFlowTest, APresenceChangeRefusedGoesBackAndTheStatusBarSaysWhy)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    auto window = windowFor(*olga);
    window->show();
    ui::PresenceSwitcher *presence = window->presenceSwitcher();
    ASSERT_TRUE(presence->setPresence(QStringLiteral("break"), QStringLiteral("Lunch")));
    ASSERT_TRUE(waitUntil([&] { return olga->desk().engine()->pendingCount() == 0; }));
    EXPECT_EQ(presence->status(), u"break");

    // A state this back office does not know (sent by a newer desk, say): refused, and olga is
    // on her break again, as the back office has her.
    QSignalSpy refused(olga->desk().engine(), &app::SyncEngine::commandRefused);
    ASSERT_TRUE(olga->desk().commands()->setPresence(QStringLiteral("training")));
    EXPECT_EQ(presence->status(), u"training"); // the echo
    const QString why = waitForRefusal(refused, Kind::SetPresence);
    ASSERT_TRUE(why.contains(u"must be online, break or offline")) << why.toStdString();
    EXPECT_EQ(presence->status(), u"break");
    EXPECT_TRUE(presence->text().contains(u"Lunch")) << presence->text().toStdString();
    EXPECT_TRUE(window->statusMessage()->message().contains(why))
        << window->statusMessage()->message().toStdString();
}
