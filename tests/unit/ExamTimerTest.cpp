// Issue 19, item 8: an exam's clock on the injected clock. The tests move an AdjustableClock
// frozen at a fixed instant; nothing sleeps.
#include "server/training/ExamTimer.h"
#include "protocol/ApiError.h"
#include "server/clock/AdjustableClock.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;

namespace {

constexpr qint64 Minute = 60000;
// 2026-12-07T09:00:00Z
constexpr qint64 NineOClock = 1796634000000;

class ExamTimerTest : public ::testing::Test
{
protected:
    AdjustableClock time{[] { return NineOClock; }};
};

} // namespace

TEST_F(ExamTimerTest, RunsFortyFiveMinutesAndClosesExactlyAtTheEnd)
{
    ExamTimer timer(time.clock());
    EXPECT_EQ(timer.state(), ExamTimer::State::NotStarted);
    EXPECT_EQ(timer.msLeft(), 45 * Minute);
    EXPECT_EQ(timer.msUntilClose(), -1);
    ASSERT_TRUE(timer.start());
    EXPECT_EQ(timer.startedAt(), NineOClock);
    EXPECT_EQ(timer.closesAt(), NineOClock + 45 * Minute);

    time.advance(30 * Minute);
    EXPECT_EQ(timer.state(), ExamTimer::State::Running);
    EXPECT_EQ(timer.msLeft(), 15 * Minute);
    EXPECT_TRUE(timer.admit());

    time.advance(15 * Minute - 1); // the last millisecond of the exam
    EXPECT_EQ(timer.msLeft(), 1);
    EXPECT_TRUE(timer.admit());
    EXPECT_EQ(timer.toJson().value(u"seconds_left").toInteger(), 1);

    time.advance(1); // 09:45:00.000 exactly
    EXPECT_EQ(timer.state(), ExamTimer::State::Closed);
    EXPECT_EQ(timer.msLeft(), 0);
    EXPECT_EQ(timer.msUntilClose(), 0);
    time.advance(10 * Minute);
    EXPECT_EQ(timer.msLeft(), 0);
}

TEST_F(ExamTimerTest, AMessageAfterTheCloseIsRefusedSayingWhen)
{
    ExamTimer timer(time.clock(), 10);
    auto early = timer.admit();
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, protocol::errors::ExamNotStarted);
    ASSERT_TRUE(timer.start());
    time.advance(10 * Minute);
    auto late = timer.admit();
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, protocol::errors::ExamClosed);
    EXPECT_EQ(late.error().message,
              u"The exam closed at 2026-12-07T09:10:00.000Z; nothing more can be sent");
}

TEST_F(ExamTimerTest, StartsOnceAndResumesAfterARestart)
{
    ExamTimer timer(time.clock());
    ASSERT_TRUE(timer.start());
    time.advance(Minute);
    auto again = timer.start();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, protocol::errors::Conflict);
    EXPECT_EQ(timer.startedAt(), NineOClock); // the second start moved nothing

    // The back office restarted 20 minutes in: the exam still closes at 09:45.
    time.advance(19 * Minute);
    const ExamTimer resumed = ExamTimer::resumed(time.clock(), 45, NineOClock);
    EXPECT_EQ(resumed.state(), ExamTimer::State::Running);
    EXPECT_EQ(resumed.msLeft(), 25 * Minute);
    const QJsonObject shown = resumed.toJson();
    EXPECT_EQ(shown.value(u"state").toString(), u"running");
    EXPECT_EQ(shown.value(u"closes_at").toString(), u"2026-12-07T09:45:00.000Z");
    EXPECT_EQ(shown.value(u"seconds_left").toInteger(), 25 * 60);
}

TEST_F(ExamTimerTest, RunsThePacksDuration)
{
    ExamTimer timer(time.clock(), 30); // a pack's "exam": {"duration_minutes": 30}
    ASSERT_TRUE(timer.start());
    EXPECT_EQ(timer.toJson().value(u"duration_minutes").toInt(), 30);
    time.advance(30 * Minute - 1);
    EXPECT_EQ(timer.state(), ExamTimer::State::Running);
    time.advance(1);
    EXPECT_EQ(timer.state(), ExamTimer::State::Closed);
}
