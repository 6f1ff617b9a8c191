// Issue 15, item 1: chats the back office routes to the operator open by themselves. Olga signs in
// at her real main window (her chats are open, the longest-waiting one shown) and goes online; the
// chats the back office gives her open in her conversations at once, the longest-waiting one
// becomes current when none is, and while the window is inactive a desktop notification and a
// sound are asked for (there is no tray or sound device offscreen).
#include "app/models/OpenConversationsModel.h"
#include "app/session/SignedInUser.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/common/UiSettings.h"
#include "ui/shell/DeskNotifier.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/PresenceSwitcher.h"

#include <QSignalSpy>

using namespace frontline;
using namespace frontline::test;

namespace {

// The open conversation whose customer has waited longest, as the list shows it.
QString longestWaiting(const app::OpenConversationsModel &model, const QSet<QString> &among)
{
    QString oldest;
    QDateTime oldestSince;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString id = index.data(app::OpenConversationsModel::TicketIdRole).toString();
        const QDateTime since =
            index.data(app::OpenConversationsModel::WaitingSinceRole).toDateTime();
        if (!among.contains(id) || !since.isValid())
            continue;
        if (oldest.isEmpty() || since < oldestSince) {
            oldest = id;
            oldestSince = since;
        }
    }
    return oldest;
}

} // namespace

TEST_F(OperatorFlowTest, TheChatsAlreadyMineAreOpenAtSignInTheLongestWaitingShown)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString me = olga->desk().user().id;
    auto window = windowFor(*olga);
    ui::ConversationPane *chat = window->operatorPerspective()->conversationPane();
    const QSet<QString> before = chatsOf(olga->desk(), me);
    ASSERT_EQ(before.size(), 2); // the demo leaves olga one place of her three free
    for (const QString &ticket : before)
        EXPECT_GE(chat->conversationsModel()->rowOf(ticket), 0) << ticket.toStdString();
    const QString waitedLongest = longestWaiting(*chat->conversationsModel(), before);
    if (!waitedLongest.isEmpty()) { // some customer waits for an answer
        EXPECT_EQ(chat->currentTicket(), waitedLongest);
    }
    EXPECT_TRUE(before.contains(chat->currentTicket()));
    // Signing in is no news: nothing was announced.
    EXPECT_EQ(window->notifier()->notificationsShown(), 0);

    // An email the supervisor gives her is announced but stays in the queue: only chats open.
    const QString email = firstId(
        olga->desk(), QStringLiteral("SELECT id FROM tickets WHERE channel = 'email' AND "
                                     "assignee_id IS NULL AND status IN ('new', 'open') ORDER BY "
                                     "CAST(id AS INTEGER)"));
    ASSERT_FALSE(email.isEmpty());
    QSignalSpy announced(chat, &ui::ConversationPane::attentionNeeded);
    auto sofia = colleague(QStringLiteral("sofia"));
    const HttpReply current = sofia->get(u"/api/v1/tickets/" + email);
    const HttpReply given = sofia->send(
        "PATCH", u"/api/v1/tickets/" + email, json({{QStringLiteral("assignee_id"), me}}),
        {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}});
    ASSERT_EQ(given.status, 200) << given.body.toStdString();
    ASSERT_TRUE(waitUntil([&] { return !announced.isEmpty(); }));
    EXPECT_EQ(announced.first().at(0).toString(), email);
    EXPECT_EQ(chat->conversationsModel()->rowOf(email), -1);
}

TEST_F(OperatorFlowTest, ChatsRoutedWhenGoingOnlineOpenByThemselvesWithANotificationAndASound)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString me = olga->desk().user().id;
    // Customers waiting in her queue (nobody is online to take them), and room for two more chats:
    // the demo leaves olga one place of her three, so the supervisor raises her limit to four
    // while she is still offline. Going online is what brings them to her.
    ASSERT_FALSE(newChat(QStringLiteral("Где мой заказ?"), QStringLiteral("routed-1")).isEmpty());
    ASSERT_FALSE(
        newChat(QStringLiteral("Хочу вернуть товар"), QStringLiteral("routed-2")).isEmpty());
    auto sofia = colleague(QStringLiteral("sofia"));
    const HttpReply room =
        sofia->send("PATCH", u"/api/v1/operators/" + me, json({{QStringLiteral("max_chats"), 4}}));
    ASSERT_EQ(room.status, 200) << room.body.toStdString();
    ui::UiSettings::setSoundEnabled(true);

    auto window = windowFor(*olga);
    // Never shown, so never active: olga is in another application when the chats come.
    ASSERT_FALSE(window->isActiveWindow());
    ui::ConversationPane *chat = window->operatorPerspective()->conversationPane();
    ui::DeskNotifier *notifier = window->notifier();
    QSignalSpy requested(notifier, &ui::DeskNotifier::notificationRequested);
    const QSet<QString> before = chatsOf(olga->desk(), me);
    // She closes the chats she had (answered, waiting on the customers): none in front of her.
    for (const QString &ticket : before)
        chat->closeTicket(ticket);
    ASSERT_TRUE(chat->currentTicket().isEmpty());

    ASSERT_TRUE(window->presenceSwitcher()->setPresence(QStringLiteral("online")));
    QSet<QString> routed;
    ASSERT_TRUE(waitUntil(
        [&] {
            routed = chatsOf(olga->desk(), me) - before;
            return routed.size() >= 2;
        },
        std::chrono::seconds(30)))
        << "the back office routed " << routed.size() << " waiting chats to olga";

    // Open in her conversations at once, without her doing anything.
    for (const QString &ticket : std::as_const(routed))
        EXPECT_GE(chat->conversationsModel()->rowOf(ticket), 0) << ticket.toStdString();
    // She had none open: the customer waiting longest is the one in front of her.
    EXPECT_EQ(chat->currentTicket(), longestWaiting(*chat->conversationsModel(), routed));
    EXPECT_TRUE(routed.contains(chat->currentTicket()));

    // A notification and a sound for each, asked for while the window was inactive.
    QSet<QString> announced;
    for (const QList<QVariant> &signal : std::as_const(requested)) {
        if (signal.at(1).toString().startsWith(u"New chat assigned: ")) {
            announced.insert(signal.at(0).toString());
            EXPECT_TRUE(signal.at(2).toBool()) << "with a sound";
        }
    }
    EXPECT_EQ(announced, routed);
    EXPECT_GE(notifier->notificationsShown(), int(routed.size()));
    EXPECT_GE(notifier->soundsRequested(), int(routed.size()));

    // With a conversation in front of her, the next routed chat joins the list and does not
    // take the conversation away from her.
    const QString reading = chat->currentTicket();
    const HttpReply more =
        sofia->send("PATCH", u"/api/v1/operators/" + me, json({{QStringLiteral("max_chats"), 5}}));
    ASSERT_EQ(more.status, 200) << more.body.toStdString();
    QSet<QString> next;
    ASSERT_TRUE(waitUntil(
        [&] {
            next = chatsOf(olga->desk(), me) - before - routed;
            return !next.isEmpty();
        },
        std::chrono::seconds(30)))
        << "a third waiting chat was routed to olga";
    ASSERT_TRUE(waitUntil([&] { return chat->conversationsModel()->rowOf(*next.cbegin()) >= 0; }));
    EXPECT_EQ(chat->currentTicket(), reading);
}
