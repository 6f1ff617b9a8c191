// What the chat pane reads through the app layer instead of the LocalStore (ConversationQuery),
// and the notifications it raises (ChatAlerts), over a real LocalStore with no back office.
#include "app/models/ChatAlerts.h"
#include "app/models/ConversationQuery.h"
#include "app/store/LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::app;

namespace {

const QString Me = QStringLiteral("7");

class ChatAlertsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        putTicket(QStringLiteral("1"), 101, QStringLiteral("Where is my order"), Me);
        putTicket(QStringLiteral("2"), 102, QStringLiteral("Refund"), QString());
        putTicket(QStringLiteral("3"), 103, QStringLiteral("Broken lamp"), QStringLiteral("8"));
    }

    void putTicket(const QString &id, int number, const QString &subject, const QString &assignee,
                   const QString &status = QStringLiteral("open"))
    {
        const QJsonObject json{{QStringLiteral("id"), id},
                               {QStringLiteral("number"), number},
                               {QStringLiteral("subject"), subject},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("assignee_id"), assignee}};
        ASSERT_TRUE(store
                        .write(QStringLiteral("INSERT OR REPLACE INTO tickets (id, number, status, "
                                              "subject, assignee_id, version, server_json) "
                                              "VALUES (?, ?, ?, ?, ?, 1, ?)"),
                               {id, number, status, subject,
                                assignee.isEmpty() ? QVariant() : QVariant(assignee),
                                QString::fromUtf8(QJsonDocument(json).toJson())})
                        .ok());
    }

    // Returns the message's id.
    QString putMessage(const QString &ticketId, const QString &author, const QString &body)
    {
        const QString id = QStringLiteral("m%1").arg(++serial);
        EXPECT_TRUE(store
                        .write(QStringLiteral("INSERT INTO messages (id, ticket_id, author_kind, "
                                              "author_name, body, created_at) VALUES (?, ?, ?, "
                                              "'X', ?, '2026-11-23T10:00:00.000Z')"),
                               {id, ticketId, author, body})
                        .ok());
        return id;
    }

    static StoreChangeSet ticketsChanged(const QSet<QString> &ids)
    {
        StoreChangeSet changes;
        changes.tickets = ids;
        return changes;
    }

    QTemporaryDir dir;
    LocalStore store;
    int serial = 0;
    const std::function<bool(const QString &)> noneOpen = [](const QString &) { return false; };
};

} // namespace

TEST_F(ChatAlertsTest, TheQueryGivesTheTicketAndItsNewestMessages)
{
    const ConversationQuery query(store);
    const auto ticket = query.ticket(QStringLiteral("1"));
    ASSERT_TRUE(ticket.ok());
    ASSERT_TRUE(ticket.value().has_value());
    EXPECT_EQ(ticket.value()->ticket.subject, u"Where is my order");
    EXPECT_EQ(ticket.value()->ticket.assigneeId, Me);
    const auto missing = query.ticket(QStringLiteral("404"));
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing.value().has_value());

    for (int i = 0; i < 5; ++i)
        putMessage(QStringLiteral("1"), QStringLiteral("customer"), QStringLiteral("m %1").arg(i));
    const auto latest = query.latestMessages(QStringLiteral("1"), 3);
    ASSERT_TRUE(latest.ok());
    ASSERT_EQ(latest.value().size(), 3);
    EXPECT_EQ(latest.value().first().body, u"m 2"); // oldest first
    EXPECT_EQ(latest.value().last().body, u"m 4");
    const auto all = query.latestMessages(QStringLiteral("1"), 20);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all.value().size(), 5);
}

TEST_F(ChatAlertsTest, AChatNewlyAssignedToMeIsAnnouncedOnce)
{
    ChatAlerts alerts(store, Me);
    // Ticket 1 was mine already; ticket 2 comes to me now.
    putTicket(QStringLiteral("2"), 102, QStringLiteral("Refund"), Me);
    auto found = alerts.take(ticketsChanged({QStringLiteral("1"), QStringLiteral("2")}), noneOpen);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().kind, ChatAlert::Kind::Assigned);
    EXPECT_EQ(found.first().ticketId, u"2");
    EXPECT_EQ(found.first().text, u"Refund");
    // Written again (a status change), it is not new any more.
    EXPECT_TRUE(alerts.take(ticketsChanged({QStringLiteral("2")}), noneOpen).isEmpty());

    // Taken away and given back: new again. A resolved ticket is not an active chat.
    putTicket(QStringLiteral("2"), 102, QStringLiteral("Refund"), QStringLiteral("8"));
    EXPECT_TRUE(alerts.take(ticketsChanged({QStringLiteral("2")}), noneOpen).isEmpty());
    putTicket(QStringLiteral("2"), 102, QStringLiteral("Refund"), Me);
    EXPECT_EQ(alerts.take(ticketsChanged({QStringLiteral("2")}), noneOpen).size(), 1);
    putTicket(QStringLiteral("3"), 103, QStringLiteral("Broken lamp"), Me,
              QStringLiteral("resolved"));
    EXPECT_TRUE(alerts.take(ticketsChanged({QStringLiteral("3")}), noneOpen).isEmpty());
}

TEST_F(ChatAlertsTest, AClaimStillOnItsWayIsNotAnAssignmentUntilTheBackOfficeSaysSo)
{
    ChatAlerts alerts(store, Me);
    // My claim's echo: shown as mine, the back office's state still unassigned (it may refuse).
    ASSERT_TRUE(
        store.write(QStringLiteral("UPDATE tickets SET assignee_id = ? WHERE id = '2'"), {Me})
            .ok());
    EXPECT_TRUE(alerts.take(ticketsChanged({QStringLiteral("2")}), noneOpen).isEmpty());
    // Its answer: mine.
    putTicket(QStringLiteral("2"), 102, QStringLiteral("Refund"), Me);
    const auto found = alerts.take(ticketsChanged({QStringLiteral("2")}), noneOpen);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().kind, ChatAlert::Kind::Assigned);
}

TEST_F(ChatAlertsTest, ACustomerWritingInMyChatOrAnOpenOneIsAnnounced)
{
    ChatAlerts alerts(store, Me);
    StoreChangeSet changes;
    changes.messagesAdded[QStringLiteral("1")] = {
        putMessage(QStringLiteral("1"), QStringLiteral("customer"), QStringLiteral("Hello?")),
        putMessage(QStringLiteral("1"), QStringLiteral("operator"), QStringLiteral("Hi"))};
    changes.messagesAdded[QStringLiteral("3")] = {
        putMessage(QStringLiteral("3"), QStringLiteral("customer"), QStringLiteral("Lamp"))};
    auto found = alerts.take(changes, noneOpen);
    ASSERT_EQ(found.size(), 1); // not the operator's own words, not a colleague's chat
    EXPECT_EQ(found.first().kind, ChatAlert::Kind::CustomerWrote);
    EXPECT_EQ(found.first().ticketId, u"1");
    EXPECT_EQ(found.first().text, u"Hello?");

    // A colleague's chat the operator has open in the pane counts too.
    found = alerts.take(changes, [](const QString &id) { return id == u"3"; });
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.last().ticketId, u"3");
}
