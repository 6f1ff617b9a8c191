#include "server/sla/SlaPolicy.h"

#include <gtest/gtest.h>

using frontline::protocol::Channel;
using frontline::protocol::Priority;
using frontline::server::SlaPolicy;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

} // namespace

TEST(SlaPolicy, DefaultsAreAMinuteForChatsFourHoursElseAndADayToResolve)
{
    const SlaPolicy policy;
    EXPECT_EQ(policy.targets(Channel::Chat, Priority::Normal).firstResponseMs, Minute);
    EXPECT_EQ(policy.targets(Channel::Chat, Priority::Normal).resolutionMs, 24 * Hour);
    EXPECT_EQ(policy.targets(Channel::Email, Priority::Urgent).firstResponseMs, 4 * Hour);
    EXPECT_EQ(policy.targets(Channel::Phone, Priority::Low).resolutionMs, 24 * Hour);
}

TEST(SlaPolicy, TheMostSpecificRuleWinsForEachTarget)
{
    auto policy = SlaPolicy::fromJson(R"({"rules": [
        {"channel": "*", "priority": "urgent", "first_response_seconds": 900, "resolution_seconds": 7200},
        {"channel": "email", "first_response_seconds": 3600},
        {"channel": "email", "priority": "urgent", "first_response_seconds": 1800},
        {"channel": "chat", "first_response_seconds": 0.5}
    ]})");
    ASSERT_TRUE(policy) << policy.error().message.toStdString();
    EXPECT_EQ(policy->targets(Channel::Email, Priority::Normal).firstResponseMs, Hour);
    EXPECT_EQ(policy->targets(Channel::Email, Priority::Urgent).firstResponseMs, 30 * Minute);
    // Resolution: only the priority rule sets it for urgent email.
    EXPECT_EQ(policy->targets(Channel::Email, Priority::Urgent).resolutionMs, 2 * Hour);
    EXPECT_EQ(policy->targets(Channel::WebForm, Priority::Urgent).firstResponseMs, 15 * Minute);
    // Channel beats priority.
    EXPECT_EQ(policy->targets(Channel::Chat, Priority::Urgent).firstResponseMs, 500);
    EXPECT_EQ(policy->targets(Channel::Social, Priority::Normal).firstResponseMs, 4 * Hour);
}

TEST(SlaPolicy, BadFilesAreRefused)
{
    EXPECT_FALSE(SlaPolicy::fromJson("{"));
    EXPECT_FALSE(SlaPolicy::fromJson(R"({"rules": {}})"));
    EXPECT_FALSE(SlaPolicy::fromJson(R"({"rules": [{"channel": "fax"}]})"));
    EXPECT_FALSE(SlaPolicy::fromJson(R"({"rules": [{"priority": "soon"}]})"));
    EXPECT_FALSE(SlaPolicy::fromJson(R"({"rules": [{"first_response_seconds": -1}]})"));
    EXPECT_FALSE(SlaPolicy::fromJson(R"({"rules": [{"resolution_seconds": "1h"}]})"));
    EXPECT_FALSE(SlaPolicy::fromFile(QStringLiteral("/nonexistent/sla.json")));
}
