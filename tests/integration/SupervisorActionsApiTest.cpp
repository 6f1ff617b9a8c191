// A supervisor's drill-down and actions on the back office (issue 17, item 5): one operator's
// presence over a window, her queues and chat limit, and a reassignment with its reason kept.
#include "tests/integration/ContactFlowFixture.h"

#include <QDateTime>

using namespace frontline::test;

namespace {

const QLatin1StringView Intervals("intervals");

class SupervisorActionsTest : public ContactFlowTest
{
protected:
    // Time passes through the back office's test clock, never by sleeping.
    QStringList extraArguments() const override
    {
        return ContactFlowTest::extraArguments() << QStringLiteral("--test-clock");
    }
    static void advanceClock(HttpClient &client, int ms)
    {
        const HttpReply moved = client.send("POST", QStringLiteral("/api/v1/test/clock"),
                                            json({{QLatin1StringView("advance_ms"), ms}}),
                                            {{"Content-Type", "application/json"}});
        ASSERT_EQ(moved.status, 200) << moved.body.toStdString();
    }
    static qint64 msOf(const QJsonValue &time)
    {
        return QDateTime::fromString(time.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    }
    HttpReply reassign(HttpClient &client, const QString &ticketId, const QString &assignee,
                       const QString &reason)
    {
        auto admin = signIn(QStringLiteral("admin"));
        const QJsonObject current = ticket(*admin, ticketId);
        return client.send("PATCH", u"/api/v1/tickets/" + ticketId,
                           json({{QLatin1StringView("assignee_id"), assignee},
                                 {QLatin1StringView("assignment_reason"), reason}}),
                           {{"Content-Type", "application/json"}, {"If-Match", ifMatch(current)}});
    }
    HttpReply changeOperator(HttpClient &client, const QString &id, const QJsonObject &body)
    {
        return client.send("PATCH", u"/api/v1/operators/" + id, json(body),
                           {{"Content-Type", "application/json"}});
    }
    QVariant scalar(const QString &sql)
    {
        QVariant value;
        EXPECT_TRUE(backOffice->query(sql, &value));
        return value;
    }
    static QJsonArray messages(HttpClient &client, const QString &ticketId)
    {
        return client.get(u"/api/v1/tickets/" + ticketId + u"/messages")
            .json()[QLatin1StringView("messages")]
            .toArray();
    }
};

} // namespace

// Olga's day as she lived it on the test clock: online a minute, a break of half a minute, online
// again; the supervisor reads it with its times, the state she is still in open and ending now.
TEST_P(SupervisorActionsTest, ASupervisorReadsAnOperatorsPresenceOverAWindow)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString olgaId = myId(*olga);
    setPresence(*olga, QStringLiteral("online"));
    advanceClock(*olga, 60000);
    setPresence(*olga, QStringLiteral("break"));
    advanceClock(*olga, 30000);
    setPresence(*olga, QStringLiteral("online"));
    advanceClock(*olga, 10000);

    const QString path = u"/api/v1/operators/" + olgaId + u"/presence-intervals";
    HttpReply reply = sofia->get(path);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject timeline = reply.json();
    EXPECT_EQ(timeline[QLatin1StringView("operator_id")].toString(), olgaId);
    const QJsonArray intervals = timeline[Intervals].toArray();
    ASSERT_EQ(intervals.size(), 3) << reply.body.toStdString();
    const QStringList statuses{QStringLiteral("online"), QStringLiteral("break"),
                               QStringLiteral("online")};
    const QList<qint64> lengths{60000, 30000, 10000};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject interval = intervals[i].toObject();
        EXPECT_EQ(interval[QLatin1StringView("status")].toString(), statuses[i]) << i;
        // The test clock moves on with real time too: the requests' own milliseconds.
        const qint64 length = msOf(interval[QLatin1StringView("ended_at")]) -
                              msOf(interval[QLatin1StringView("started_at")]);
        EXPECT_GE(length, lengths[i]) << i;
        EXPECT_LT(length, lengths[i] + 5000) << i;
        EXPECT_EQ(interval[QLatin1StringView("open")].toBool(), i == 2) << i;
    }
    EXPECT_EQ(msOf(intervals[2][QLatin1StringView("ended_at")]),
              msOf(timeline[QLatin1StringView("to")]));

    // A window that starts inside the break clips it; nothing before it is listed.
    const qint64 breakStart = msOf(intervals[1][QLatin1StringView("started_at")]);
    const auto at = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    reply =
        sofia->get(path + u"?from=" + at(breakStart + 10000) + u"&to=" + at(breakStart + 40000));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray clipped = reply.json()[Intervals].toArray();
    ASSERT_EQ(clipped.size(), 2);
    EXPECT_EQ(clipped[0][QLatin1StringView("status")].toString(), u"break");
    EXPECT_EQ(msOf(clipped[0][QLatin1StringView("started_at")]), breakStart + 10000);
    EXPECT_EQ(msOf(clipped[1][QLatin1StringView("ended_at")]), breakStart + 40000);

    // A month at most; a window that ends before it starts; nobody by that id; not for her.
    const qint64 day = 24LL * 3600 * 1000;
    reply = sofia->get(path + u"?from=" + at(breakStart - 32 * day) + u"&to=" + at(breakStart));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"to");
    EXPECT_EQ(
        sofia->get(path + u"?from=" + at(breakStart - 31 * day) + u"&to=" + at(breakStart)).status,
        200);
    reply = sofia->get(path + u"?from=" + at(breakStart) + u"&to=" + at(breakStart - 1));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(sofia->get(path + u"?from=yesterday").status, 422);
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/operators/999999/presence-intervals")).status,
              404);
    EXPECT_EQ(olga->get(path).status, 403);
}

// Ivan joins the returns queue: he learns his queues in his feed, the queue's open ticket
// reaches him with its conversation, and he may open it at once. Bad lists change nothing.
TEST_P(SupervisorActionsTest, ASupervisorChangesAnOperatorsQueuesAndTheFeedTellsHim)
{
    auto ivan = signIn(QStringLiteral("ivan")); // delivery only
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ivanId = myId(*ivan);
    const QString waiting = intake(QStringLiteral("email"), QStringLiteral("q1"),
                                   QStringLiteral("q1"), QStringLiteral("returns"));
    EXPECT_EQ(ivan->get(u"/api/v1/tickets/" + waiting).status, 404);
    const qint64 cursor = ivan->get(QStringLiteral("/api/v1/changes?limit=5000"))
                              .json()[QLatin1StringView("next")]
                              .toInteger();

    HttpReply reply =
        changeOperator(*sofia, ivanId,
                       {{QLatin1StringView("queues"),
                         QJsonArray{QStringLiteral("returns"), QStringLiteral("delivery"),
                                    QStringLiteral("returns")}}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json()[QLatin1StringView("queues")].toArray(),
              (QJsonArray{QStringLiteral("delivery"), QStringLiteral("returns")}));
    EXPECT_EQ(reply.json()[QLatin1StringView("max_chats")].toInt(), 3);
    // At once, not after the back office's cache of who called.
    EXPECT_EQ(ivan->get(u"/api/v1/tickets/" + waiting).status, 200);
    EXPECT_EQ(ivan->get(QStringLiteral("/api/v1/me")).json()[QLatin1StringView("queues")].toArray(),
              (QJsonArray{QStringLiteral("delivery"), QStringLiteral("returns")}));

    bool toldQueues = false;
    bool gotTicket = false;
    bool gotMessage = false;
    for (const QJsonValue &change : ivan->get(u"/api/v1/changes?since=" + QString::number(cursor))
                                        .json()[QLatin1StringView("changes")]
                                        .toArray()) {
        const QString entity = change[QLatin1StringView("entity")].toString();
        const QJsonObject data = change[QLatin1StringView("data")].toObject();
        toldQueues |= entity == u"operator" && data.contains(u"queues");
        gotTicket |= entity == u"ticket" && change[QLatin1StringView("id")].toString() == waiting;
        gotMessage |=
            entity == u"message" && data[QLatin1StringView("ticket_id")].toString() == waiting;
    }
    EXPECT_TRUE(toldQueues);
    EXPECT_TRUE(gotTicket);
    EXPECT_TRUE(gotMessage);
    // The other operators do not learn his settings.
    auto olga = signIn(QStringLiteral("olga"));
    for (const QJsonValue &change : olga->get(u"/api/v1/changes?since=" + QString::number(cursor))
                                        .json()[QLatin1StringView("changes")]
                                        .toArray())
        EXPECT_NE(change[QLatin1StringView("entity")].toString(), u"operator");

    // An unknown queue, too many queues, not a list: 422, and his queues stay.
    reply = changeOperator(*sofia, ivanId,
                           {{QLatin1StringView("queues"), QJsonArray{QStringLiteral("nowhere")}}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"queues");
    QJsonArray many;
    for (int i = 0; i < 51; ++i)
        many.append(QStringLiteral("q%1").arg(i));
    reply = changeOperator(*sofia, ivanId, {{QLatin1StringView("queues"), many}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorCode(reply), u"too_long");
    EXPECT_EQ(
        changeOperator(*sofia, ivanId, {{QLatin1StringView("queues"), QStringLiteral("returns")}})
            .status,
        422);
    EXPECT_EQ(changeOperator(*sofia, ivanId, {}).status, 422);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM operator_queues WHERE operator_id = " + ivanId).toInt(),
              2);
    // Both at once; operators may not.
    reply = changeOperator(*sofia, ivanId,
                           {{QLatin1StringView("max_chats"), 5},
                            {QLatin1StringView("queues"), QJsonArray{QStringLiteral("delivery")}}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json()[QLatin1StringView("max_chats")].toInt(), 5);
    EXPECT_EQ(changeOperator(*ivan, ivanId, {{QLatin1StringView("max_chats"), 9}}).status, 403);
}

// Sofia moves olga's chat to ivan saying why: the reason stays with the assignment and the
// operators read it in the conversation. Ivan at his limit: 409, and nothing changes.
TEST_P(SupervisorActionsTest, AReassignmentKeepsItsReasonAndTheChatLimitHolds)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString olgaId = myId(*olga);
    const QString ivanId = myId(*ivan);
    const QString chat = intake(QStringLiteral("chat"), QStringLiteral("r1"), QStringLiteral("r1"));
    ASSERT_EQ(olga->send("POST", u"/api/v1/tickets/" + chat + u"/claim", {}).status, 200);

    const QString why = QStringLiteral("The customer asks about a delivery");
    HttpReply reply = reassign(*sofia, chat, ivanId, why);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json()[QLatin1StringView("assignee_id")].toString(), ivanId);
    EXPECT_EQ(
        scalar(u"SELECT note FROM ticket_assignments WHERE ended_at IS NULL AND ticket_id = " +
               chat)
            .toString(),
        why);
    EXPECT_EQ(scalar(u"SELECT assigned_by FROM ticket_assignments WHERE ended_at IS NULL AND "
                     u"ticket_id = " +
                     chat)
                  .toString(),
              myId(*sofia));
    const QJsonArray conversation = messages(*ivan, chat);
    ASSERT_FALSE(conversation.isEmpty());
    const QJsonObject note = conversation.last().toObject();
    EXPECT_TRUE(note[QLatin1StringView("internal")].toBool());
    EXPECT_EQ(note[QLatin1StringView("author_id")].toString(), myId(*sofia));
    EXPECT_TRUE(note[QLatin1StringView("body")].toString().endsWith(why));
    // The answer is the ticket as it now is, the note's version included.
    EXPECT_EQ(reply.json()[QLatin1StringView("version")],
              ticket(*sofia, chat)[QLatin1StringView("version")]);

    // Ivan's three chats fill his limit; a fourth refused, kept where it was, no note, no reason.
    for (int i = 2; i <= 3; ++i) {
        const QString more = intake(QStringLiteral("chat"), QStringLiteral("r%1").arg(i),
                                    QStringLiteral("r%1").arg(i), QStringLiteral("delivery"));
        ASSERT_EQ(reassign(*sofia, more, ivanId, why).status, 200);
    }
    const QString fourth =
        intake(QStringLiteral("chat"), QStringLiteral("r5"), QStringLiteral("r5"));
    ASSERT_EQ(olga->send("POST", u"/api/v1/tickets/" + fourth + u"/claim", {}).status, 200);
    const qsizetype before = messages(*sofia, fourth).size();
    reply = reassign(*sofia, fourth, ivanId, QStringLiteral("He knows this customer"));
    EXPECT_EQ(reply.status, 409) << reply.body.toStdString();
    EXPECT_TRUE(
        reply.json()[QLatin1StringView("error")][QLatin1StringView("message")].toString().contains(
            u"limit"));
    EXPECT_EQ(assignee(*sofia, fourth), olgaId);
    EXPECT_EQ(messages(*sofia, fourth).size(), before);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM ticket_assignments WHERE note <> '' AND ticket_id = " +
                     fourth)
                  .toInt(),
              0);

    // A reason goes with an assignee, within 500 characters.
    const QJsonObject current = ticket(*sofia, fourth);
    reply = sofia->send("PATCH", u"/api/v1/tickets/" + fourth,
                        json({{QLatin1StringView("assignment_reason"), why}}),
                        {{"Content-Type", "application/json"}, {"If-Match", ifMatch(current)}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorField(reply), u"assignment_reason");
    reply = reassign(*sofia, fourth, ivanId, QString(501, u'x'));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(errorCode(reply), u"too_long");
}

INSTANTIATE_TEST_SUITE_P(Backends, SupervisorActionsTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
