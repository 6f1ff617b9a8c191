// The one assignment rule (issue 16, item 3) on every path that assigns: an operator's claim and
// PATCH assignee_id answer alike, a supervisor assigns any active operator within that operator's
// chat limit, and routing keeps to the same limit.
#include "tests/integration/ContactFlowFixture.h"

using namespace frontline::test;

namespace {

const QLatin1StringView AssigneeId("assignee_id");

class AssignmentTest : public ContactFlowTest
{
protected:
    // PATCH /tickets/{id} {"assignee_id": assignee} at the ticket's current version.
    HttpReply assign(HttpClient &client, const QString &ticketId, const QJsonValue &assignee)
    {
        if (!m_reader)
            m_reader = signIn(QStringLiteral("admin")); // sees every ticket's version
        const QJsonObject current = ticket(*m_reader, ticketId);
        return client.send("PATCH", u"/api/v1/tickets/" + ticketId, json({{AssigneeId, assignee}}),
                           {{"Content-Type", "application/json"}, {"If-Match", ifMatch(current)}});
    }
    static QString message(const HttpReply &reply)
    {
        return reply.json()[QLatin1StringView("error")][QLatin1StringView("message")].toString();
    }

private:
    std::unique_ptr<HttpClient> m_reader;
};

} // namespace

// Nobody is online, so chats wait unassigned and only the operators' own requests assign them.
TEST_P(AssignmentTest, AnOperatorTakesOnlyFreeTicketsWithinHerChatLimitByClaimOrPatch)
{
    auto olga = signIn(QStringLiteral("olga"));   // orders, returns; 3 chats at most
    auto pavel = signIn(QStringLiteral("pavel")); // orders
    const QString olgaId = myId(*olga);
    const QString pavelId = myId(*pavel);

    // A colleague's ticket: claim and PATCH both answer 409, and it stays his.
    const QString hisChat =
        intake(QStringLiteral("chat"), QStringLiteral("a0"), QStringLiteral("a0"));
    ASSERT_EQ(pavel->send("POST", u"/api/v1/tickets/" + hisChat + u"/claim", {}).status, 200);
    const HttpReply claimed = olga->send("POST", u"/api/v1/tickets/" + hisChat + u"/claim", {});
    EXPECT_EQ(claimed.status, 409);
    HttpReply taken = assign(*olga, hisChat, olgaId);
    EXPECT_EQ(taken.status, 409) << taken.body.toStdString();
    EXPECT_EQ(errorCode(taken), u"conflict");
    EXPECT_EQ(message(taken), message(claimed));
    // Nor may she let go of it for him.
    EXPECT_EQ(assign(*olga, hisChat, QJsonValue(QJsonValue::Null)).status, 403);
    EXPECT_EQ(assignee(*olga, hisChat), pavelId);

    // Three chats by PATCH fill her limit; the fourth is refused as claim refuses it.
    QStringList chats;
    for (int i = 1; i <= 5; ++i)
        chats << intake(QStringLiteral("chat"), QStringLiteral("a%1").arg(i),
                        QStringLiteral("a%1").arg(i));
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(assign(*olga, chats[i], olgaId).status, 200) << i;
    EXPECT_EQ(assign(*olga, chats[0], olgaId).status, 200); // already hers: a retry
    taken = assign(*olga, chats[3], olgaId);
    EXPECT_EQ(taken.status, 409) << taken.body.toStdString();
    const HttpReply overClaim = olga->send("POST", u"/api/v1/tickets/" + chats[4] + u"/claim", {});
    EXPECT_EQ(overClaim.status, 409);
    EXPECT_EQ(message(taken), message(overClaim));
    EXPECT_EQ(message(taken), u"You have 3 chats open, your limit");
    EXPECT_EQ(assignee(*olga, chats[3]), QString());

    // Emails have no chat limit; a resolved ticket is not taken.
    const QString email =
        intake(QStringLiteral("email"), QStringLiteral("a6"), QStringLiteral("a6"));
    EXPECT_EQ(assign(*olga, email, olgaId).status, 200);
    const QString done =
        intake(QStringLiteral("email"), QStringLiteral("a7"), QStringLiteral("a7"));
    ASSERT_EQ(assign(*pavel, done, pavelId).status, 200);
    ASSERT_EQ(resolve(*pavel, done).status, 200);
    ASSERT_EQ(assign(*pavel, done, QJsonValue(QJsonValue::Null)).status, 200);
    EXPECT_EQ(assign(*olga, done, olgaId).status, 409);

    // Letting go of her own chat frees a slot for the next.
    ASSERT_EQ(assign(*olga, chats[0], QJsonValue(QJsonValue::Null)).status, 200);
    EXPECT_EQ(assign(*olga, chats[3], olgaId).status, 200);
}

// A supervisor assigns any active operator, queue or not, but within that operator's chat limit:
// she raises the limit first (docs/decisions.md).
TEST_P(AssignmentTest, ASupervisorAssignsAnyActiveOperatorWithinTheirChatLimit)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan")); // delivery only
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QString olgaId = myId(*olga);
    const QString ivanId = myId(*ivan);

    QStringList chats;
    for (int i = 0; i < 5; ++i)
        chats << intake(QStringLiteral("chat"), QStringLiteral("s%1").arg(i),
                        QStringLiteral("s%1").arg(i));
    ASSERT_EQ(assign(*sofia, chats[0], ivanId).status, 200); // not his queue: still allowed
    EXPECT_EQ(ivan->get(u"/api/v1/tickets/" + chats[0]).status, 200);
    HttpReply reply = assign(*sofia, chats[1], myId(*tanya));
    EXPECT_EQ(reply.status, 422); // a trainer takes no tickets
    EXPECT_EQ(errorField(reply), u"assignee_id");

    for (int i = 1; i <= 3; ++i)
        ASSERT_EQ(assign(*sofia, chats[i], olgaId).status, 200) << i;
    reply = assign(*sofia, chats[4], olgaId);
    EXPECT_EQ(reply.status, 409) << reply.body.toStdString();
    EXPECT_TRUE(message(reply).contains(u"limit")) << message(reply).toStdString();
    EXPECT_EQ(assignee(*sofia, chats[4]), QString());
    // Moving one of hers to a colleague is within his limit; so is an email to her.
    EXPECT_EQ(assign(*sofia, chats[3], ivanId).status, 200);
    EXPECT_EQ(assign(*sofia, chats[3], olgaId).status, 200);
    const QString email =
        intake(QStringLiteral("email"), QStringLiteral("s5"), QStringLiteral("s5"));
    EXPECT_EQ(assign(*sofia, email, olgaId).status, 200);

    // With her limit raised, the fourth chat is hers.
    ASSERT_EQ(sofia
                  ->send("PATCH", u"/api/v1/operators/" + olgaId,
                         json({{QLatin1StringView("max_chats"), 4}}))
                  .status,
              200);
    EXPECT_EQ(assign(*sofia, chats[4], olgaId).status, 200);
}

// Routing hands out chats under the same limit the rule checks: a chat it gives is never one
// the operator could not have claimed.
TEST_P(AssignmentTest, RoutingKeepsToTheSameChatLimit)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString olgaId = myId(*olga);
    // Two taken by hand, then she comes online: routing fills only her last free slot.
    QStringList chats;
    for (int i = 0; i < 4; ++i)
        chats << intake(QStringLiteral("chat"), QStringLiteral("r%1").arg(i),
                        QStringLiteral("r%1").arg(i));
    ASSERT_EQ(assign(*olga, chats[0], olgaId).status, 200);
    ASSERT_EQ(assign(*sofia, chats[1], olgaId).status, 200);
    setPresence(*olga, QStringLiteral("online"));
    EXPECT_EQ(assignee(*sofia, chats[2]), olgaId);
    EXPECT_EQ(assignee(*sofia, chats[3]), QString());
    EXPECT_EQ(olga->send("POST", u"/api/v1/tickets/" + chats[3] + u"/claim", {}).status, 409);
}

INSTANTIATE_TEST_SUITE_P(Backends, AssignmentTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
