// Issue 17, item 6: an operator's presence over a chosen day as a chart, read from a real back
// office whose database holds her day; and the series charts following a live board, paced,
// keeping the queue chosen and where the supervisor scrolled.
#include "app/board/CenterPresenceModel.h"
#include "app/board/PresenceTimelineModel.h"
#include "app/board/RefreshPacer.h"
#include "app/net/BackOfficeClient.h"
#include "app/reports/ReportFetcher.h"
#include "protocol/PresenceInterval.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "ui/supervisor/BoardCharts.h"
#include "ui/supervisor/PresenceDayChart.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using protocol::PresenceStatus;
using ui::BoardCharts;
using ui::PresenceDayChart;

namespace {

constexpr qint64 Hour = 3600;

class PresenceChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(backOffice.addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                       {QStringLiteral("orders")}));
        ASSERT_TRUE(backOffice.addUser(QStringLiteral("sofia"), QStringLiteral("supervisor")));
        QVariant id;
        ASSERT_TRUE(backOffice.query(
            QStringLiteral("SELECT id FROM operators WHERE username = 'olga'"), &id));
        olgaId = id.toString();
        ASSERT_TRUE(backOffice.query(
            QStringLiteral("SELECT id FROM operators WHERE username = 'sofia'"), &id));
        sofiaId = id.toString();
        // Olga's day three days ago: offline since the evening before, online 9-12, a break
        // until 12:30, online until 18:00, then offline into the next morning.
        const auto at = [&](int dayOffset, int hour, int minute) {
            return QDateTime(day.addDays(dayOffset), QTime(hour, minute)).toMSecsSinceEpoch();
        };
        const struct
        {
            const char *status;
            qint64 from;
            qint64 to;
        } intervals[] = {{"offline", at(-1, 20, 0), at(0, 9, 0)},
                         {"online", at(0, 9, 0), at(0, 12, 0)},
                         {"break", at(0, 12, 0), at(0, 12, 30)},
                         {"online", at(0, 12, 30), at(0, 18, 0)},
                         {"offline", at(0, 18, 0), at(1, 8, 0)}};
        for (const auto &interval : intervals) {
            ASSERT_TRUE(backOffice.execute(
                QStringLiteral("INSERT INTO presence_intervals (operator_id, status, started_at, "
                               "ended_at) VALUES (%1, '%2', %3, %4)")
                    .arg(olgaId, QString::fromLatin1(interval.status))
                    .arg(interval.from)
                    .arg(interval.to)));
        }
        ASSERT_TRUE(backOffice.start());
        sofia = std::make_unique<HttpClient>(backOffice.baseUrl());
        ASSERT_EQ(sofia->signIn(QStringLiteral("sofia"), QStringLiteral("secret")).status, 200);
        client.setBaseUrl(backOffice.baseUrl());
        client.setToken(sofia->token());
    }

    // Waits for the chart's next answer; false when it failed.
    static bool answered(PresenceDayChart &chart, QSignalSpy &shown, QSignalSpy &failed)
    {
        const qsizetype before = shown.count() + failed.count();
        EXPECT_TRUE(waitUntil([&] { return shown.count() + failed.count() > before; }));
        return failed.isEmpty() && chart.statusLabel()->text() != PresenceDayChart::tr("Loading…");
    }

    const QDate day = QDate::currentDate().addDays(-3);
    BackOfficeProcess backOffice;
    std::unique_ptr<HttpClient> sofia;
    QNetworkAccessManager network;
    app::BackOfficeClient client{&network};
    QString olgaId;
    QString sofiaId;
};

TEST_F(PresenceChartTest, TheChartShowsAnOperatorsDayLaneByLane)
{
    PresenceDayChart chart(client);
    chart.resize(900, 420);
    QSignalSpy shown(&chart, &PresenceDayChart::shown);
    QSignalSpy failed(&chart, &PresenceDayChart::failed);
    chart.setOperators(
        {{olgaId, QStringLiteral("Olga Ivanova")}, {sofiaId, QStringLiteral("Sofia Morozova")}});
    // The first operator, today (no presence today).
    ASSERT_TRUE(answered(chart, shown, failed));
    EXPECT_EQ(chart.operatorId(), olgaId);
    EXPECT_EQ(chart.day(), QDate::currentDate());

    chart.setDay(day);
    ASSERT_TRUE(answered(chart, shown, failed));
    EXPECT_EQ(chart.timeline()->timeline().operatorId, olgaId);
    EXPECT_EQ(chart.bandCount(PresenceStatus::Online), 2);
    EXPECT_EQ(chart.seconds(PresenceStatus::Online), 3 * Hour + 5 * Hour + Hour / 2);
    EXPECT_EQ(chart.bandCount(PresenceStatus::Break), 1);
    EXPECT_EQ(chart.seconds(PresenceStatus::Break), Hour / 2);
    // The evening before and the next morning are cut at the day's midnights.
    EXPECT_EQ(chart.bandCount(PresenceStatus::Offline), 2);
    EXPECT_EQ(chart.seconds(PresenceStatus::Offline), 9 * Hour + 6 * Hour);
    EXPECT_TRUE(chart.statusLabel()->text().isEmpty()) << chart.statusLabel()->text().toStdString();
    EXPECT_FALSE(chart.view()->accessibleName().isEmpty());
    EXPECT_TRUE(chart.view()->accessibleDescription().contains(u"Olga Ivanova"))
        << chart.view()->accessibleDescription().toStdString();
    EXPECT_FALSE(chart.view()->actions().isEmpty()); // "Save as image…" in its context menu
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("presence.png"));
    ASSERT_TRUE(chart.saveImage(png));
    EXPECT_GT(QImage(png).width(), 100);

    // By keyboard: the next operator in the list, who has no presence that day.
    for (QWidget *control :
         {static_cast<QWidget *>(chart.operatorField()), static_cast<QWidget *>(chart.dayField()),
          static_cast<QWidget *>(chart.view())}) {
        EXPECT_NE(control->focusPolicy(), Qt::NoFocus);
        EXPECT_FALSE(control->accessibleName().isEmpty());
    }
    chart.show();
    chart.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&chart));
    chart.operatorField()->setFocus();
    QTest::keyClick(chart.operatorField(), Qt::Key_Down);
    EXPECT_EQ(chart.operatorId(), sofiaId);
    ASSERT_TRUE(answered(chart, shown, failed));
    EXPECT_EQ(chart.bandCount(PresenceStatus::Online), 0);
    EXPECT_EQ(chart.bandCount(PresenceStatus::Offline), 0);
    EXPECT_FALSE(chart.statusLabel()->text().isEmpty()); // "No presence on this day."

    // A new list keeps the choice; the day goes back at most as far as the route reads.
    chart.setOperators({{QStringLiteral("999"), QStringLiteral("Anna")},
                        {sofiaId, QStringLiteral("Sofia Morozova")}});
    EXPECT_EQ(chart.operatorId(), sofiaId);
    chart.setDay(QDate::currentDate().addDays(-40));
    EXPECT_EQ(chart.day(),
              QDate::currentDate().addDays(-protocol::PresenceTimeline::MaxWindowDays));
    ASSERT_TRUE(answered(chart, shown, failed));
}

// "Whole center", first in the list: how many were online through the day, from every listed
// operator's intervals (olga's day; sofia was never online).
TEST_F(PresenceChartTest, TheWholeCenterIsTheCountOnlineThroughTheDay)
{
    PresenceDayChart chart(client);
    chart.resize(900, 420);
    QSignalSpy shown(&chart, &PresenceDayChart::shown);
    QSignalSpy failed(&chart, &PresenceDayChart::failed);
    chart.setOperators(
        {{olgaId, QStringLiteral("Olga Ivanova")}, {sofiaId, QStringLiteral("Sofia Morozova")}});
    ASSERT_TRUE(answered(chart, shown, failed));
    chart.setDay(day);
    ASSERT_TRUE(answered(chart, shown, failed));
    chart.show();
    chart.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&chart));
    chart.operatorField()->setFocus();
    QTest::keyClick(chart.operatorField(), Qt::Key_Up);
    ASSERT_TRUE(chart.showsWholeCenter());
    ASSERT_TRUE(answered(chart, shown, failed));
    EXPECT_TRUE(chart.centerView()->isVisible());
    EXPECT_FALSE(chart.view()->isVisible());
    QList<int> counts;
    QStringList times;
    for (const app::CenterPresenceModel::Step &step : chart.center()->steps()) {
        counts.append(step.online);
        times.append(step.at.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    EXPECT_EQ(counts, QList<int>({0, 1, 0, 1, 0}));
    EXPECT_EQ(times.join(u' '), u"00:00 09:00 12:00 12:30 18:00");
    EXPECT_EQ(chart.centerPointCount(), 1 + 4 * 2 + 1); // a step is two points, and the end
    EXPECT_FALSE(chart.centerView()->accessibleName().isEmpty());
    EXPECT_FALSE(chart.centerView()->accessibleDescription().isEmpty());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("center.png"));
    ASSERT_TRUE(chart.saveImage(png));
    EXPECT_GT(QImage(png).width(), 100);
    // The whole center is asked for, never followed: one request per operator.
    chart.followBoard();
    EXPECT_FALSE(chart.pacer()->isPending());
}

// Today's chart follows the board, paced; another day's never asks again.
TEST_F(PresenceChartTest, OnlyTodaysChartFollowsTheBoard)
{
    PresenceDayChart chart(client);
    QSignalSpy shown(&chart, &PresenceDayChart::shown);
    QSignalSpy failed(&chart, &PresenceDayChart::failed);
    chart.setOperators({{olgaId, QStringLiteral("Olga Ivanova")}});
    ASSERT_TRUE(answered(chart, shown, failed));
    chart.followBoard(); // within the interval of the first load: waits
    EXPECT_TRUE(chart.pacer()->isPending());
    chart.pacer()->setInterval(0);
    ASSERT_TRUE(answered(chart, shown, failed));
    chart.pacer()->setInterval(60000);
    chart.setDay(day);
    ASSERT_TRUE(answered(chart, shown, failed));
    chart.followBoard();
    EXPECT_FALSE(chart.pacer()->isPending());
}

TEST_F(PresenceChartTest, TheSeriesFollowALiveBoardPacedKeepingQueueAndScroll)
{
    app::ReportFetcher fetcher(client);
    BoardCharts charts(&fetcher);
    charts.resize(760, 380); // smaller than the charts: they scroll
    charts.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&charts));
    charts.setQueues({{QStringLiteral("orders"), QStringLiteral("Orders")}});
    charts.queueField()->setCurrentIndex(1);
    QSignalSpy shown(&charts, &BoardCharts::seriesShown);
    QSignalSpy failed(&charts, &BoardCharts::failed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    charts.setWindow({now.addSecs(-3600), now, QString()});
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_EQ(charts.fetchCount(), 1);
    QScrollBar *scroll = charts.scrollArea()->verticalScrollBar();
    ASSERT_GT(scroll->maximum(), 0);
    scroll->setValue(scroll->maximum() / 2);
    const int scrolled = scroll->value();

    // Boards arriving within the interval of the last fetch make one fetch when it is up.
    charts.followBoard({now.addSecs(-3590), now.addSecs(10), QString()});
    charts.followBoard({now.addSecs(-3580), now.addSecs(20), QString()});
    EXPECT_TRUE(charts.pacer()->isPending());
    EXPECT_EQ(charts.fetchCount(), 1);
    charts.pacer()->setInterval(0);
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_EQ(charts.fetchCount(), 2);
    EXPECT_EQ(charts.series().queueId, u"orders");
    EXPECT_EQ(charts.queueField()->currentData().toString(), u"orders");
    EXPECT_EQ(scroll->value(), scrolled);

    // A window the supervisor picks drops a waiting follow.
    charts.pacer()->setInterval(60000);
    charts.followBoard({now.addSecs(-3570), now.addSecs(30), QString()});
    EXPECT_TRUE(charts.pacer()->isPending());
    charts.setWindow({now.addSecs(-7200), now.addSecs(-3600), QString()});
    EXPECT_FALSE(charts.pacer()->isPending());
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_EQ(charts.fetchCount(), 3);
}

} // namespace

namespace {

// The charts tab by keyboard: Tab goes from the queue through every chart to the presence chart's
// operator and day, and the tab scrolls to show each.
TEST_F(PresenceChartTest, TabReachesThePresenceChartBelowTheOthers)
{
    BoardCharts charts(nullptr);
    auto *presence = new PresenceDayChart(client);
    charts.setPresenceChart(presence);
    EXPECT_EQ(charts.presenceChart(), presence);
    charts.resize(760, 380);
    charts.show();
    charts.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&charts));
    charts.queueField()->setFocus();
    QList<QWidget *> stops;
    for (int i = 0; i < 12 && QApplication::focusWidget() != presence->dayField(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        stops.append(QApplication::focusWidget());
    }
    ASSERT_TRUE(stops.contains(presence->operatorField()));
    ASSERT_EQ(QApplication::focusWidget(), presence->dayField());
    for (QWidget *stop : std::as_const(stops)) {
        EXPECT_FALSE(stop->accessibleName().isEmpty()) << stop->metaObject()->className();
    }
    for (const BoardCharts::Chart chart : BoardCharts::Charts)
        EXPECT_TRUE(stops.contains(charts.view(chart)));
    EXPECT_GT(charts.scrollArea()->verticalScrollBar()->value(), 0);
}

} // namespace
