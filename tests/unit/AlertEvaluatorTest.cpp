// The supervisor's alerts without widgets or network (issue 17, item 3): each kind of rule fires
// when its condition holds and clears itself when it ends, with the time driven by the test.
#include "app/board/AlertEvaluator.h"
#include "app/board/AlertListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::app;
using protocol::AlertKind;

namespace {

const QDateTime Start = QDateTime::fromString(QStringLiteral("2026-12-06T14:00:00Z"), Qt::ISODate);

protocol::AlertRule rule(const QString &id, AlertKind kind, double threshold,
                         const QString &queue = {})
{
    protocol::AlertRule r;
    r.id = id;
    r.kind = kind;
    r.threshold = threshold;
    r.queueId = queue;
    return r;
}

protocol::BoardQueueRow queue(const QString &id, qint64 waiting, double oldest,
                              std::optional<double> serviceLevel = std::nullopt)
{
    protocol::BoardQueueRow row;
    row.id = id;
    row.name = id == u"orders" ? QStringLiteral("Orders") : id;
    row.waiting = waiting;
    row.oldestWaitSeconds = oldest;
    row.serviceLevel = serviceLevel;
    return row;
}

protocol::BoardOperatorRow person(const QString &id, const QString &status, int chats,
                                  const QDateTime &idleSince, std::optional<double> csat = {})
{
    protocol::BoardOperatorRow row;
    row.id = id;
    row.name = QStringLiteral("Olga");
    row.status = status;
    row.activeChats = chats;
    row.idleSince = idleSince;
    row.csat = csat;
    return row;
}

class AlertEvaluatorTest : public ::testing::Test
{
protected:
    AlertEvaluatorTest()
        : evaluator([this] { return now; })
        , fired(&evaluator, &AlertEvaluator::fired)
        , cleared(&evaluator, &AlertEvaluator::cleared)
    {}

    void setQueues(const QList<protocol::BoardQueueRow> &queues)
    {
        board.queues = queues;
        board.computedAt = now;
        evaluator.setBoard(board);
    }
    void setOperators(const QList<protocol::BoardOperatorRow> &operators)
    {
        board.operators = operators;
        board.computedAt = now;
        evaluator.setBoard(board);
    }
    Alert lastFired() const { return fired.last().at(0).value<Alert>(); }
    Alert lastCleared() const { return cleared.last().at(0).value<Alert>(); }

    QDateTime now = Start;
    protocol::Board board;
    AlertEvaluator evaluator;
    QSignalSpy fired;
    QSignalSpy cleared;
};

} // namespace

TEST_F(AlertEvaluatorTest, AQueueBackingUpFiresAndClearsWhenItDrains)
{
    evaluator.setRules({rule(QStringLiteral("1"), AlertKind::QueueWaiting, 5)});
    setQueues({queue(QStringLiteral("orders"), 5, 30)});
    EXPECT_EQ(fired.count(), 0); // 5 is not over 5
    setQueues({queue(QStringLiteral("orders"), 7, 30)});
    ASSERT_EQ(fired.count(), 1);
    EXPECT_EQ(lastFired().subject, AlertSubject::Queue);
    EXPECT_EQ(lastFired().subjectId, u"orders");
    EXPECT_EQ(lastFired().value, 7);
    EXPECT_EQ(lastFired().firedAt, Start);
    EXPECT_EQ(alertText(lastFired()), u"Queue Orders: 7 waiting (over 5)");
    EXPECT_EQ(evaluator.queuesAlerting(), QSet<QString>{QStringLiteral("orders")});
    // Still over: no second alert, the figure follows.
    QSignalSpy updated(&evaluator, &AlertEvaluator::updated);
    setQueues({queue(QStringLiteral("orders"), 9, 30)});
    EXPECT_EQ(fired.count(), 1);
    ASSERT_EQ(updated.count(), 1);
    EXPECT_EQ(evaluator.firing().at(0).value, 9);
    setQueues({queue(QStringLiteral("orders"), 2, 30)});
    ASSERT_EQ(cleared.count(), 1);
    EXPECT_TRUE(evaluator.firing().isEmpty());
    EXPECT_TRUE(evaluator.queuesAlerting().isEmpty());
}

TEST_F(AlertEvaluatorTest, AnOldestWaitAgesWithTheClockUntilTheTicketIsTaken)
{
    evaluator.setRules({rule(QStringLiteral("2"), AlertKind::OldestWait, 120)});
    setQueues({queue(QStringLiteral("orders"), 1, 100)});
    EXPECT_EQ(fired.count(), 0);
    // No new board: time alone pushes the wait over two minutes.
    now = Start.addSecs(30);
    evaluator.evaluate();
    ASSERT_EQ(fired.count(), 1);
    EXPECT_EQ(lastFired().value, 130);
    EXPECT_EQ(alertText(lastFired()), u"Queue Orders: the oldest has waited 2:10 (over 2:00)");
    setQueues({queue(QStringLiteral("orders"), 0, 0)});
    EXPECT_EQ(cleared.count(), 1);
}

TEST_F(AlertEvaluatorTest, ServiceLevelUnderTheTargetFiresOnlyForItsQueue)
{
    evaluator.setRules(
        {rule(QStringLiteral("3"), AlertKind::ServiceLevel, 80, QStringLiteral("orders"))});
    setQueues(
        {queue(QStringLiteral("orders"), 0, 0, 0.85), queue(QStringLiteral("returns"), 0, 0, 0.5)});
    EXPECT_EQ(fired.count(), 0); // returns is under, but the rule watches orders only
    setQueues(
        {queue(QStringLiteral("orders"), 0, 0, 0.75), queue(QStringLiteral("returns"), 0, 0, 0.5)});
    ASSERT_EQ(fired.count(), 1);
    EXPECT_EQ(lastFired().subjectId, u"orders");
    EXPECT_DOUBLE_EQ(lastFired().value, 75);
    // No figure (nothing answered in the window) is no alert.
    setQueues({queue(QStringLiteral("orders"), 0, 0, std::nullopt)});
    EXPECT_EQ(cleared.count(), 1);
}

TEST_F(AlertEvaluatorTest, AnIdleOperatorFiresAfterTheMinutesAndClearsWithAChat)
{
    evaluator.setRules({rule(QStringLiteral("4"), AlertKind::OperatorIdle, 10)});
    setOperators({person(QStringLiteral("7"), QStringLiteral("online"), 0, Start)});
    EXPECT_EQ(fired.count(), 0);
    now = Start.addSecs(9 * 60);
    evaluator.evaluate();
    EXPECT_EQ(fired.count(), 0);
    now = Start.addSecs(10 * 60);
    evaluator.evaluate();
    ASSERT_EQ(fired.count(), 1);
    EXPECT_EQ(lastFired().subject, AlertSubject::Operator);
    EXPECT_EQ(evaluator.operatorsAlerting(), QSet<QString>{QStringLiteral("7")});
    setOperators({person(QStringLiteral("7"), QStringLiteral("online"), 1, {})});
    ASSERT_EQ(cleared.count(), 1);
    EXPECT_TRUE(evaluator.operatorsAlerting().isEmpty());
    // On a break she is not idle, however long.
    setOperators({person(QStringLiteral("7"), QStringLiteral("break"), 0, Start)});
    now = Start.addSecs(3600);
    evaluator.evaluate();
    EXPECT_EQ(fired.count(), 1);
}

TEST_F(AlertEvaluatorTest, ALowCsatFiresAndClearsWhenItRecovers)
{
    evaluator.setRules({rule(QStringLiteral("5"), AlertKind::OperatorCsat, 70)});
    setOperators({person(QStringLiteral("7"), QStringLiteral("online"), 1, {}, 65)});
    ASSERT_EQ(fired.count(), 1);
    EXPECT_EQ(alertText(lastFired()), u"Olga: CSAT 65 (under 70)");
    setOperators({person(QStringLiteral("7"), QStringLiteral("online"), 1, {}, 72)});
    EXPECT_EQ(cleared.count(), 1);
}

TEST_F(AlertEvaluatorTest, ARaisedHelpFlagFiresUntilItIsLowered)
{
    evaluator.setRules({rule(QStringLiteral("6"), AlertKind::HelpFlag, 0)});
    protocol::HelpFlag flag;
    flag.id = QStringLiteral("9");
    flag.ticketId = QStringLiteral("42");
    flag.ticketNumber = 1042;
    flag.raisedByName = QStringLiteral("Olga Smirnova");
    flag.note = QStringLiteral("refund over the limit");
    flag.raisedAt = Start;
    evaluator.setHelpFlags({flag});
    ASSERT_EQ(fired.count(), 1);
    EXPECT_EQ(lastFired().subject, AlertSubject::Ticket);
    EXPECT_EQ(lastFired().subjectId, u"42");
    EXPECT_EQ(alertText(lastFired()),
              u"Olga Smirnova asks for help on ticket #1042: refund over the limit");
    EXPECT_EQ(evaluator.ticketsAlerting(), QSet<QString>{QStringLiteral("42")});
    flag.loweredAt = Start.addSecs(60);
    evaluator.setHelpFlags({flag});
    EXPECT_EQ(cleared.count(), 1);
}

TEST_F(AlertEvaluatorTest, AnSlaBreachFiresUntilSettledOrStale)
{
    evaluator.setRules({rule(QStringLiteral("7"), AlertKind::SlaBreach, 0)});
    evaluator.setBreachWindowSeconds(600);
    SlaBreachRecord breach{QStringLiteral("b1"),
                           QStringLiteral("42"),
                           1042,
                           QStringLiteral("orders"),
                           QStringLiteral("first_response"),
                           Start,
                           false};
    SlaBreachRecord other{QStringLiteral("b2"),
                          QStringLiteral("43"),
                          1043,
                          QStringLiteral("returns"),
                          QStringLiteral("resolution"),
                          Start,
                          false};
    evaluator.setSlaBreaches({breach, other});
    ASSERT_EQ(fired.count(), 2);
    EXPECT_EQ(evaluator.queuesAlerting(),
              (QSet<QString>{QStringLiteral("orders"), QStringLiteral("returns")}));
    // The first ticket is answered: its alert clears.
    breach.settled = true;
    evaluator.setSlaBreaches({breach, other});
    ASSERT_EQ(cleared.count(), 1);
    EXPECT_EQ(lastCleared().subjectId, u"42");
    // The other stays until the window passes.
    now = Start.addSecs(599);
    evaluator.evaluate();
    EXPECT_EQ(cleared.count(), 1);
    now = Start.addSecs(600);
    evaluator.evaluate();
    EXPECT_EQ(cleared.count(), 2);
    EXPECT_TRUE(evaluator.firing().isEmpty());
}

TEST_F(AlertEvaluatorTest, DisabledOrRemovedRulesClearTheirAlerts)
{
    protocol::AlertRule waiting = rule(QStringLiteral("1"), AlertKind::QueueWaiting, 5);
    evaluator.setRules({waiting});
    setQueues({queue(QStringLiteral("orders"), 9, 0)});
    ASSERT_EQ(fired.count(), 1);
    waiting.enabled = false;
    evaluator.setRules({waiting});
    EXPECT_EQ(cleared.count(), 1);
    waiting.enabled = true;
    evaluator.setRules({waiting});
    EXPECT_EQ(fired.count(), 2);
    evaluator.setRules({});
    EXPECT_EQ(cleared.count(), 2);
}

TEST_F(AlertEvaluatorTest, TheAlertListKeepsAcknowledgedAlertsUntilTheyClear)
{
    evaluator.setRules({rule(QStringLiteral("1"), AlertKind::QueueWaiting, 5),
                        rule(QStringLiteral("5"), AlertKind::OperatorCsat, 70)});
    AlertListModel model(evaluator);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy count(&model, &AlertListModel::unacknowledgedCountChanged);
    setQueues({queue(QStringLiteral("orders"), 9, 0)});
    now = Start.addSecs(60);
    setOperators({person(QStringLiteral("7"), QStringLiteral("online"), 1, {}, 50)});
    ASSERT_EQ(model.rowCount(), 2);
    // Newest first.
    EXPECT_EQ(model.alertAt(0).kind, AlertKind::OperatorCsat);
    EXPECT_EQ(model.data(model.index(1, AlertListModel::WhatColumn)).toString(),
              u"Queue Orders: 9 waiting (over 5)");
    EXPECT_EQ(model.unacknowledgedCount(), 2);
    model.acknowledge(1);
    EXPECT_TRUE(model.isAcknowledged(1));
    EXPECT_EQ(model.unacknowledgedCount(), 1);
    EXPECT_EQ(model.data(model.index(1, AlertListModel::AcknowledgedColumn)).toString(),
              u"Acknowledged");
    // Acknowledged, still listed while the queue is over; gone when it drains.
    setQueues({queue(QStringLiteral("orders"), 8, 0)});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(1, AlertListModel::WhatColumn)).toString(),
              u"Queue Orders: 8 waiting (over 5)");
    setQueues({queue(QStringLiteral("orders"), 0, 0)});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.alertAt(0).kind, AlertKind::OperatorCsat);
    EXPECT_FALSE(model.isAcknowledged(0));
    EXPECT_GE(count.count(), 2);
}
