// Issue 17, items 4 and 11: which of the contract's targets a board's window is judged by, the
// whole center's or a project's.
#include "server/metrics/KpiTargets.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using frontline::protocol::KpiTarget;
using frontline::server::StoredTarget;
namespace kpi_targets = frontline::server::kpi_targets;

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

StoredTarget target(const char *figure, const char *period, double value, qint64 project = 0)
{
    return StoredTarget{
        project, KpiTarget{QString::fromLatin1(figure), QString::fromLatin1(period), value, false}};
}

double chosen(const QList<StoredTarget> &targets, qint64 lengthMs, const char *figure,
              qint64 project = 0)
{
    for (const KpiTarget &t : kpi_targets::forWindow(targets, lengthMs, project)) {
        if (t.figure == QLatin1StringView(figure))
            return t.value;
    }
    return -1;
}

} // namespace

TEST(KpiTargets, AWindowIsJudgedByThePeriodItFits)
{
    EXPECT_EQ(kpi_targets::periodOf(3600 * 1000), u"day");
    EXPECT_EQ(kpi_targets::periodOf(Day), u"day");
    EXPECT_EQ(kpi_targets::periodOf(Day + 1), u"week");
    EXPECT_EQ(kpi_targets::periodOf(7 * Day), u"week");
    EXPECT_EQ(kpi_targets::periodOf(31 * Day), u"month");
    EXPECT_EQ(kpi_targets::periodOf(31 * Day + 1), u"quarter");
}

TEST(KpiTargets, AMissingPeriodFallsBackToTheNearestOneAndTheShorterOnATie)
{
    const QList<StoredTarget> targets{target("fcr", "day", 0.8), target("fcr", "month", 0.83),
                                      target("csat", "quarter", 80),
                                      target("aht_seconds", "day", 300, 7)};
    EXPECT_DOUBLE_EQ(chosen(targets, Day, "fcr"), 0.8);
    EXPECT_DOUBLE_EQ(chosen(targets, 7 * Day, "fcr"), 0.8); // day and month tie: the shorter
    EXPECT_DOUBLE_EQ(chosen(targets, 20 * Day, "fcr"), 0.83);
    EXPECT_DOUBLE_EQ(chosen(targets, 90 * Day, "fcr"), 0.83);
    EXPECT_DOUBLE_EQ(chosen(targets, Day, "csat"), 80);
    EXPECT_EQ(chosen(targets, Day, "aht_seconds"), -1); // a project's, not the whole center's
}

TEST(KpiTargets, AProjectsBoardIsJudgedByItsOwnContractOnly)
{
    const QList<StoredTarget> targets{target("fcr", "day", 0.8), target("fcr", "week", 0.9, 7),
                                      target("csat", "day", 80), target("fcr", "day", 0.7, 8)};
    EXPECT_DOUBLE_EQ(chosen(targets, Day, "fcr", 7), 0.9); // its week's, not the center's day
    EXPECT_EQ(chosen(targets, Day, "csat", 7), -1);        // the center's is not borrowed
    EXPECT_DOUBLE_EQ(chosen(targets, Day, "fcr", 8), 0.7);
    EXPECT_DOUBLE_EQ(chosen(targets, Day, "fcr"), 0.8);
    const QList<StoredTarget> own = kpi_targets::ofProject(targets, 7);
    ASSERT_EQ(own.size(), 1);
    EXPECT_EQ(own.front(), target("fcr", "week", 0.9, 7));
}

TEST(KpiTargets, AListNamesItsBadField)
{
    const auto error = [](const char *json) {
        return kpi_targets::parse(QJsonDocument::fromJson(json).object()).error().field;
    };
    EXPECT_EQ(error(R"({"targets": {}})"), u"targets");
    EXPECT_EQ(error(R"({"targets": [{"figure": "fcr", "period": "day", "value": 1},
                                    {"figure": "fcr", "period": "day", "value": "x"}]})"),
              u"targets[1].value");
    EXPECT_EQ(error(R"({"targets": [{"figure": "fcr", "period": "day", "value": 1,
                                     "project_id": "abc"}]})"),
              u"targets[0].project_id");
    EXPECT_EQ(error(R"({"targets": [{"figure": "fcr", "period": "day", "value": 1,
                                     "at_most": "yes"}]})"),
              u"targets[0].at_most");
    auto fine = kpi_targets::parse(QJsonDocument::fromJson(
                                       R"({"targets": [{"figure": "fcr", "period": "day",
                                           "value": 1, "project_id": "7"},
                                          {"figure": "fcr", "period": "day", "value": 2}]})")
                                       .object());
    ASSERT_TRUE(fine);
    EXPECT_EQ(fine->size(), 2);
    EXPECT_EQ(fine->at(0).projectId, 7);
}
