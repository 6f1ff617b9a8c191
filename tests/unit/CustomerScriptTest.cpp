// Issue 19, items 4 and 6: the scripted customer branches on each trigger, on "otherwise", on
// silence as the injected clock moves, and follows a chain of turns to the end.
#include "protocol/CustomerScript.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::protocol;
using protocol::ScriptBranch;
using protocol::ScriptTrigger;
using Kind = ScriptTrigger::Kind;
using Act = CustomerAction::Kind;

namespace {

constexpr qint64 Start = 1796000000000;
constexpr qint64 Second = 1000;

ScriptBranch branch(ScriptTrigger when, const QString &say, const QString &then, int delay = 0,
                    int rate = 0)
{
    return ScriptBranch{std::move(when), say, delay, rate, then};
}

ScriptTrigger words(QStringList list, bool all = false)
{
    ScriptTrigger t;
    t.kind = Kind::Words;
    t.words = std::move(list);
    t.allWords = all;
    return t;
}

ScriptTrigger trigger(Kind kind, const QString &slug = {})
{
    ScriptTrigger t;
    t.kind = kind;
    t.slug = slug;
    return t;
}

ScriptTrigger escalation(const QString &target, const QString &reason)
{
    ScriptTrigger t;
    t.kind = Kind::Escalation;
    t.target = target;
    t.reason = reason;
    return t;
}

ScriptTrigger resolution(const QString &code)
{
    ScriptTrigger t;
    t.kind = Kind::Resolution;
    t.code = code;
    return t;
}

ScriptTrigger silence(int seconds)
{
    ScriptTrigger t;
    t.kind = Kind::Silence;
    t.seconds = seconds;
    return t;
}

// One turn "wait" with `branches`, and a turn "next" she moves to.
protocol::PackScenario scenarioWith(QList<ScriptBranch> branches)
{
    protocol::PackScenario scenario;
    scenario.id = u"test"_qs;
    scenario.opening = u"Hello, where is my order?"_qs;
    scenario.expectedResolution = u"tracking_provided"_qs;
    scenario.turns = {{u"wait"_qs, std::move(branches)},
                      {u"next"_qs, {branch(trigger(Kind::Otherwise), u"And?"_qs, u"next"_qs)}}};
    return scenario;
}

class CustomerScriptTest : public ::testing::Test
{
protected:
    CustomerScript scriptOf(protocol::PackScenario scenario)
    {
        CustomerScript script(std::move(scenario), [this] { return now; });
        const QList<CustomerAction> opening = script.start();
        EXPECT_EQ(opening,
                  (QList<CustomerAction>{{Act::Say, u"Hello, where is my order?"_qs, 0, Start}}));
        return script;
    }
    static CustomerAction say(const QString &text, qint64 at) { return {Act::Say, text, 0, at}; }

    qint64 now = Start;
};

} // namespace

TEST_F(CustomerScriptTest, WordsMatchAnyOfThemCaseFoldedAtTheStartOfAWordRussianToo)
{
    CustomerScript script = scriptOf(scenarioWith(
        {branch(words({u"refund"_qs, u"извин"_qs, u"ещё"_qs}), u"Thanks"_qs, u"wait"_qs)}));
    EXPECT_TRUE(script.onTrainee(TraineeAction::reply(u"The fund is fine"_qs)).isEmpty());
    EXPECT_TRUE(script.onTrainee(TraineeAction::reply(u"Your sundries"_qs)).isEmpty());
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"REFUNDED yesterday"_qs)),
              QList<CustomerAction>{say(u"Thanks"_qs, Start)});
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"Извините за задержку"_qs)).size(), 1);
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"Еще один день"_qs)).size(), 1); // ё = е
    EXPECT_TRUE(replyHolds(protocol::foldForMatching(u"(refund)"_qs), u"refund"_qs));
    EXPECT_FALSE(replyHolds(protocol::foldForMatching(u"prerefund"_qs), u"refund"_qs));
}

TEST_F(CustomerScriptTest, AllWordsMustBeThere)
{
    CustomerScript script = scriptOf(scenarioWith(
        {branch(words({u"address"_qs, u"changed"_qs}, true), u"Great"_qs, u"next"_qs)}));
    EXPECT_TRUE(script.onTrainee(TraineeAction::reply(u"I changed nothing"_qs)).isEmpty());
    EXPECT_EQ(script.turn(), u"wait");
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"The address is changed."_qs)).size(), 1);
    EXPECT_EQ(script.turn(), u"next");
}

TEST_F(CustomerScriptTest, ArticlesOpenedAndInsertedAreTold)
{
    CustomerScript script = scriptOf(
        scenarioWith({branch(trigger(Kind::ArticleOpened, u"order-delayed"_qs), {}, u"wait"_qs),
                      branch(trigger(Kind::ArticleInserted, u"order-delayed"_qs), u"I read it"_qs,
                             u"next"_qs, 20)}));
    EXPECT_TRUE(script.onTrainee(TraineeAction::opened(u"other"_qs)).isEmpty());
    // Opening the right article moves nothing she can see, but she is at the turn afresh.
    EXPECT_TRUE(script.onTrainee(TraineeAction::opened(u"order-delayed"_qs)).isEmpty());
    EXPECT_EQ(script.turn(), u"wait");
    now += 5 * Second;
    EXPECT_EQ(script.onTrainee(TraineeAction::inserted(u"order-delayed"_qs)),
              QList<CustomerAction>{say(u"I read it"_qs, now + 20 * Second)});
    EXPECT_EQ(script.turn(), u"next");
}

TEST_F(CustomerScriptTest, AMacroUsedInAReplyIsTold)
{
    CustomerScript script = scriptOf(scenarioWith(
        {branch(trigger(Kind::MacroUsed, u"checking-en"_qs), u"Sure, I'll wait"_qs, u"wait"_qs),
         branch(trigger(Kind::Otherwise), u"Hm?"_qs, u"wait"_qs)}));
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"Checking..."_qs, u"closing-en"_qs)),
              QList<CustomerAction>{say(u"Hm?"_qs, Start)});
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"Checking..."_qs, u"checking-en"_qs)),
              QList<CustomerAction>{say(u"Sure, I'll wait"_qs, Start)});
}

TEST_F(CustomerScriptTest, AnEscalationIsJudgedByItsTargetAndReason)
{
    CustomerScript script = scriptOf(scenarioWith(
        {branch(escalation(u"2"_qs, u"lost_shipment"_qs), u"Thank you"_qs, u"end"_qs, 10, 4),
         branch(escalation({}, {}), u"Passed to whom?"_qs, u"wait"_qs)}));
    EXPECT_EQ(script.onTrainee(TraineeAction::escalated(u"2"_qs, u"vip_customer"_qs)),
              QList<CustomerAction>{say(u"Passed to whom?"_qs, Start)});
    const QList<CustomerAction> right =
        script.onTrainee(TraineeAction::escalated(u"2"_qs, u"lost_shipment"_qs));
    const qint64 at = Start + 10 * Second;
    EXPECT_EQ(right, (QList<CustomerAction>{
                         say(u"Thank you"_qs, at), {Act::Rate, {}, 4, at}, {Act::End, {}, 0, at}}));
    EXPECT_TRUE(script.ended());
    EXPECT_EQ(script.rating(), 4);
    EXPECT_TRUE(script.onTrainee(TraineeAction::reply(u"Anything else?"_qs)).isEmpty());
}

TEST_F(CustomerScriptTest, AResolutionCodeIsJudgedAndAnUnscriptedOneEndsWithTheScenariosRating)
{
    CustomerScript script = scriptOf(scenarioWith(
        {branch(resolution(u"customer_unreachable"_qs), u"I'm here!"_qs, u"wait"_qs)}));
    EXPECT_EQ(script.onTrainee(TraineeAction::resolved(u"customer_unreachable"_qs)),
              QList<CustomerAction>{say(u"I'm here!"_qs, Start)});
    EXPECT_FALSE(script.ended());
    EXPECT_EQ(script.onTrainee(TraineeAction::resolved(u"tracking_provided"_qs)),
              (QList<CustomerAction>{{Act::Rate, {}, 5, Start}, {Act::End, {}, 0, Start}}));
    EXPECT_TRUE(script.ended());

    CustomerScript other = scriptOf(scenarioWith({}));
    EXPECT_EQ(other.onTrainee(TraineeAction::resolved(u"answered"_qs)),
              (QList<CustomerAction>{{Act::Rate, {}, 2, Start}, {Act::End, {}, 0, Start}}));
}

TEST_F(CustomerScriptTest, OtherwiseTakesARepliesNothingElseTookButNotArticlesOrEscalations)
{
    CustomerScript script = scriptOf(scenarioWith(
        {branch(words({u"sorry"_qs}), u"Thanks"_qs, u"next"_qs),
         branch(trigger(Kind::Otherwise), u"That is not an answer"_qs, u"wait"_qs, 15)}));
    EXPECT_TRUE(script.onTrainee(TraineeAction::opened(u"order-delayed"_qs)).isEmpty());
    EXPECT_TRUE(script.onTrainee(TraineeAction::escalated(u"2"_qs, u"lost_shipment"_qs)).isEmpty());
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"Let me check"_qs)),
              QList<CustomerAction>{say(u"That is not an answer"_qs, Start + 15 * Second)});
    EXPECT_EQ(script.turn(), u"wait");
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"Sorry for the wait"_qs)).size(), 1);
    EXPECT_EQ(script.turn(), u"next");
}

TEST_F(CustomerScriptTest, SilenceFiresOnlyAfterItsSecondsWithoutAReply)
{
    CustomerScript script =
        scriptOf(scenarioWith({branch(silence(90), u"Hello? Anyone there?"_qs, u"wait"_qs),
                               branch(trigger(Kind::Otherwise), u"Go on"_qs, u"wait"_qs, 30)}));
    EXPECT_EQ(script.nextDeadline(), Start + 90 * Second);
    now = Start + 89 * Second;
    EXPECT_TRUE(script.poll().isEmpty());
    now = Start + 90 * Second;
    EXPECT_EQ(script.poll(), QList<CustomerAction>{say(u"Hello? Anyone there?"_qs, now)});
    // She waits afresh from her new message.
    EXPECT_EQ(script.nextDeadline(), now + 90 * Second);
    EXPECT_TRUE(script.poll().isEmpty());

    // A reply stops the clock until she writes again (30 s later), which starts it anew.
    now += 10 * Second;
    EXPECT_EQ(script.onTrainee(TraineeAction::reply(u"One moment"_qs)).size(), 1);
    EXPECT_EQ(script.nextDeadline(), now + 30 * Second + 90 * Second);
    now += 100 * Second;
    EXPECT_TRUE(script.poll().isEmpty());
    now += 20 * Second;
    EXPECT_EQ(script.poll().size(), 1);
}

TEST_F(CustomerScriptTest, ASilentCustomerAnswersNothingMore)
{
    CustomerScript script =
        scriptOf(scenarioWith({branch(silence(120), u"I'll try later"_qs, u"silent"_qs, 0, 2),
                               branch(trigger(Kind::Otherwise), u"Go on"_qs, u"wait"_qs)}));
    now += 120 * Second;
    EXPECT_EQ(script.poll(), (QList<CustomerAction>{say(u"I'll try later"_qs, now),
                                                    {Act::Rate, {}, 2, now},
                                                    {Act::GoSilent, {}, 0, now}}));
    EXPECT_TRUE(script.silent());
    EXPECT_EQ(script.nextDeadline(), 0);
    EXPECT_TRUE(script.onTrainee(TraineeAction::reply(u"Are you there?"_qs)).isEmpty());
    now += 600 * Second;
    EXPECT_TRUE(script.poll().isEmpty());
    // Resolving the ticket closes it; she had rated already.
    EXPECT_EQ(script.onTrainee(TraineeAction::resolved(u"customer_unreachable"_qs)),
              (QList<CustomerAction>{{Act::End, {}, 0, now}}));
}

TEST_F(CustomerScriptTest, TheDemoCancellationFollowsItsChainOfTurnsToTheEnd)
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/training/demo-pack-en.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto pack = protocol::ScenarioPack::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    ASSERT_TRUE(pack.ok());
    const protocol::PackScenario *scenario = pack->scenario(u"cancel-while-assembling");
    ASSERT_NE(scenario, nullptr);
    CustomerScript script(*scenario, [this] { return now; });
    ASSERT_EQ(script.start().size(), 1);
    EXPECT_EQ(script.turn(), u"asks-cancel");

    now += 40 * Second;
    auto asked = script.onTrainee(TraineeAction::reply(u"Why would you like to cancel?"_qs));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first().text, u"Found them cheaper. Please just cancel it.");
    now += 60 * Second;
    auto money = script.onTrainee(TraineeAction::reply(u"Done: your order has been cancelled."_qs,
                                                       u"cancellation-confirmed-en"_qs));
    ASSERT_EQ(money.size(), 1);
    EXPECT_EQ(money.first().text, u"Great. And when do I get my money back?");
    EXPECT_EQ(script.turn(), u"asks-refund");
    now += 30 * Second;
    ASSERT_EQ(script.onTrainee(TraineeAction::reply(u"Within 10 business days, usually 3-5."_qs))
                  .first()
                  .text,
              u"OK, thanks!");
    EXPECT_EQ(script.turn(), u"bye");
    now += 20 * Second;
    EXPECT_EQ(script.onTrainee(TraineeAction::resolved(u"order_cancelled"_qs)),
              (QList<CustomerAction>{{Act::Rate, {}, 5, now}, {Act::End, {}, 0, now}}));
    EXPECT_TRUE(script.ended());
    EXPECT_EQ(script.rating(), 5);
    EXPECT_EQ(script.turn(), QString());
}
