// Issue 15, item 4: the 2nd line's inbox never acts on one escalation while showing another. A
// click opens the escalation's conversation; the conversation shown selects its escalation (or
// none); the buttons act on that one; a returned or resolved escalation says so as it leaves.
#include "ui/escalation/EscalationInbox.h"
#include "app/models/EscalationInboxModel.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/shell/OperatorPerspective.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace frontline;
using namespace frontline::test;

namespace {

void click(ui::EscalationInbox &inbox, const QString &escalationId)
{
    const QModelIndex index = inbox.model()->index(inbox.model()->rowOf(escalationId));
    ASSERT_TRUE(index.isValid()) << escalationId.toStdString();
    QTest::mouseClick(inbox.list()->viewport(), Qt::LeftButton, {},
                      inbox.list()->visualRect(index).center());
}

QString statusOf(app::ClientCore &desk, const QString &escalationId)
{
    auto query = desk.store().read(QStringLiteral("SELECT status FROM escalations WHERE id = ?"),
                                   {escalationId});
    return query && query.value().next() ? query->value(0).toString() : QString();
}

QPushButton *button(ui::EscalationInbox &inbox, const QString &accessibleName)
{
    for (QPushButton *candidate : inbox.findChildren<QPushButton *>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    return nullptr;
}

// The escalation's status as the back office has it (asked by a supervisor, who sees every
// ticket).
QString serverStatus(HttpClient &supervisor, const protocol::Escalation &escalation)
{
    const QJsonObject list =
        supervisor.get(u"/api/v1/tickets/" + escalation.ticketId + u"/escalations").json();
    for (const QJsonValue &each : list.value(u"escalations").toArray()) {
        if (each.toObject().value(u"id").toString() == escalation.id)
            return each.toObject().value(u"status").toString();
    }
    return {};
}

} // namespace

TEST_F(OperatorFlowTest, TheInboxSelectionTheConversationShownAndTheActionsAreOneEscalation)
{
    auto pavel = signIn(QStringLiteral("pavel"));
    ASSERT_TRUE(pavel);
    auto window = windowFor(*pavel);
    window->show();
    ui::ConversationPane *chat = window->operatorPerspective()->conversationPane();
    ui::EscalationInbox *inbox = chat->escalationInbox();
    ASSERT_TRUE(inbox->isVisible());
    QSignalSpy refused(pavel->desk().engine(), &app::SyncEngine::commandRefused);
    // Two open escalations: #A and #B.
    QList<protocol::Escalation> open;
    for (int row = 0; row < inbox->model()->rowCount(); ++row) {
        if (inbox->model()->escalationAt(row).status == protocol::EscalationStatus::Open)
            open.append(inbox->model()->escalationAt(row));
    }
    ASSERT_GE(open.size(), 2) << "the demo has open escalations for the 2nd line";
    const protocol::Escalation a = open.at(0);
    const protocol::Escalation b = open.at(1);
    QPushButton *accept = button(*inbox, QStringLiteral("Accept escalation"));
    QPushButton *giveBack = button(*inbox, QStringLiteral("Return escalation"));
    QPushButton *resolve = button(*inbox, QStringLiteral("Resolve escalation"));
    ASSERT_TRUE(accept && giveBack && resolve);

    // One click opens #A's conversation; Accept accepts #A.
    ASSERT_NO_FATAL_FAILURE(click(*inbox, a.id));
    EXPECT_EQ(chat->currentTicket(), a.ticketId);
    ASSERT_TRUE(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    EXPECT_EQ(statusOf(pavel->desk(), a.id), u"accepted");
    // Still #A after the inbox reloaded.
    EXPECT_EQ(inbox->currentEscalationId(), a.id);
    EXPECT_EQ(chat->currentTicket(), a.ticketId);

    // One click on #B: the conversation is #B's, and Return returns #B, not #A.
    ASSERT_NO_FATAL_FAILURE(click(*inbox, b.id));
    EXPECT_EQ(chat->currentTicket(), b.ticketId);
    EXPECT_EQ(inbox->currentEscalationId(), b.id);
    inbox->returnReasonField()->setText(QStringLiteral("Needs the order number first"));
    QTest::mouseClick(giveBack, Qt::LeftButton);
    EXPECT_EQ(statusOf(pavel->desk(), b.id), u"returned");
    EXPECT_EQ(statusOf(pavel->desk(), a.id), u"accepted");
    // #B's row left, and the inbox says what became of it.
    EXPECT_EQ(inbox->model()->rowOf(b.id), -1);
    EXPECT_TRUE(inbox->messageLabel()->isVisibleTo(inbox));
    const qint64 numberB = [&] {
        const auto cached = pavel->desk().store().ticket(b.ticketId);
        return cached && cached.value() ? cached.value()->ticket.number : qint64(-1);
    }();
    EXPECT_TRUE(inbox->messageLabel()->text().contains(QString::number(numberB)))
        << inbox->messageLabel()->text().toStdString();
    EXPECT_TRUE(inbox->messageLabel()->text().contains(u"returned"));
    // The conversation still shows #B, which has no escalation here any more: nothing selected,
    // nothing to act on.
    EXPECT_EQ(chat->currentTicket(), b.ticketId);
    EXPECT_TRUE(inbox->currentEscalationId().isEmpty());
    EXPECT_FALSE(accept->isEnabled());
    EXPECT_FALSE(giveBack->isEnabled());
    EXPECT_FALSE(resolve->isEnabled());

    // Opening #A's conversation elsewhere (its tab, the queue) selects #A in the inbox.
    chat->openTicket(a.ticketId);
    EXPECT_EQ(inbox->currentEscalationId(), a.id);
    EXPECT_TRUE(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    EXPECT_EQ(statusOf(pavel->desk(), a.id), u"resolved");
    EXPECT_TRUE(inbox->messageLabel()->text().contains(u"resolved"))
        << inbox->messageLabel()->text().toStdString();

    // The back office took all three.
    ASSERT_TRUE(waitUntil([&] { return pavel->desk().engine()->pendingCount() == 0; },
                          std::chrono::seconds(30)));
    EXPECT_TRUE(refused.isEmpty());
    auto sofia = colleague(QStringLiteral("sofia"));
    EXPECT_EQ(serverStatus(*sofia, a), u"resolved");
    EXPECT_EQ(serverStatus(*sofia, b), u"returned");
}
