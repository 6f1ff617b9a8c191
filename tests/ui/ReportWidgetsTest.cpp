// The supervisor's charts, daily PDF report and export dialog: offscreen, the charts and the
// dialog fed by a real back office, the PDF checked for what a PDF reader needs.
#include "app/net/BackOfficeClient.h"
#include "app/reports/ReportFetcher.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "ui/supervisor/BoardCharts.h"
#include "ui/supervisor/DailyReport.h"
#include "ui/supervisor/ReportExportDialog.h"

#include <QAbstractSpinBox>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using frontline::ui::BoardCharts;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

// Three hours: a busy one, one with no handled ticket and no score, a quiet one.
protocol::KpiSeries threeHours()
{
    protocol::KpiSeries series;
    series.from = at("2026-12-06T09:00:00Z");
    series.to = at("2026-12-06T12:00:00Z");
    series.points = {{at("2026-12-06T09:00:00Z"), 40, 35, 410.0, 0.92, 85.0},
                     {at("2026-12-06T10:00:00Z"), 12, 0, std::nullopt, 0.5, std::nullopt},
                     {at("2026-12-06T11:00:00Z"), 0, 0, std::nullopt, std::nullopt, std::nullopt}};
    return series;
}

protocol::Board boardOf(int operators)
{
    protocol::Board board;
    board.from = at("2026-12-06T00:00:00Z");
    board.to = at("2026-12-07T00:00:00Z");
    for (int i = 0; i < operators; ++i) {
        protocol::BoardOperatorRow row;
        row.id = QString::number(i + 1);
        row.name =
            i == 0 ? QStringLiteral("<b>Olga</b> & co") : QStringLiteral("Operator %1").arg(i);
        row.handled = 10 + i;
        row.ahtSeconds = 400 + i;
        board.operators.append(row);
    }
    board.operatorTotals.handled = 1000;
    board.operatorTotals.ahtSeconds = 470;
    protocol::BoardQueueRow orders;
    orders.id = QStringLiteral("orders");
    orders.name = QStringLiteral("Orders");
    orders.serviceLevel = 0.9;
    board.queues = {orders};
    board.queueTotals = orders;
    board.targets = {{QStringLiteral("aht_seconds"), QStringLiteral("day"), 480, true}};
    return board;
}

int pagesOf(const QByteArray &pdf)
{
    // Page objects, not the page tree ("/Type /Pages").
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/") +
               pdf.count("/Type /Page>"));
}

} // namespace

TEST(ReportWidgets, TheChartsShowAPointPerBucketThatHasTheFigure)
{
    BoardCharts charts(nullptr);
    charts.resize(1000, 700);
    QSignalSpy shown(&charts, &BoardCharts::seriesShown);
    charts.setSeries(threeHours());
    EXPECT_EQ(shown.count(), 1);
    EXPECT_EQ(charts.pointCount(BoardCharts::Chart::Contacts, 0), 3); // arrived
    EXPECT_EQ(charts.pointCount(BoardCharts::Chart::Contacts, 1), 3); // handled
    EXPECT_EQ(charts.pointCount(BoardCharts::Chart::HandleTime), 1);
    EXPECT_EQ(charts.pointCount(BoardCharts::Chart::ServiceLevel), 2);
    EXPECT_EQ(charts.pointCount(BoardCharts::Chart::Csat), 1);

    QStringList names;
    for (const BoardCharts::Chart chart : BoardCharts::Charts) {
        QChartView *view = charts.view(chart);
        EXPECT_FALSE(view->accessibleName().isEmpty());
        EXPECT_TRUE(view->accessibleDescription().contains(u'3')) // "3 points"
            << view->accessibleDescription().toStdString();
        EXPECT_EQ(view->focusPolicy(), Qt::StrongFocus);
        EXPECT_FALSE(view->actions().isEmpty()); // "Save as image…" in its context menu
        names << view->accessibleName();
    }
    names.removeDuplicates();
    EXPECT_EQ(names.size(), 4);
    EXPECT_FALSE(charts.queueField()->accessibleName().isEmpty());

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("contacts.png"));
    ASSERT_TRUE(charts.saveImage(BoardCharts::Chart::Contacts, png));
    const QImage saved(png);
    EXPECT_FALSE(saved.isNull());
    EXPECT_GT(saved.width(), 100);
}

TEST(ReportWidgets, TheDailyReportIsAPdfWithPagesAndPlainNames)
{
    QTemporaryDir dir;
    const ui::DailyReport small(boardOf(3), threeHours(), QDate(2026, 12, 6));
    // Names are text, not markup.
    EXPECT_TRUE(small.document()->toPlainText().contains(u"<b>Olga</b> & co"));
    const QString path = dir.filePath(QStringLiteral("day.pdf"));
    const Result<void> written = small.writePdf(path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    const int pages = pagesOf(pdf);
    EXPECT_GE(pages, 1);

    // 450 operators take more pages than 3.
    const QString large = dir.filePath(QStringLiteral("large.pdf"));
    ASSERT_TRUE(ui::DailyReport(boardOf(450), threeHours(), QDate(2026, 12, 6)).writePdf(large));
    QFile largeFile(large);
    ASSERT_TRUE(largeFile.open(QIODevice::ReadOnly));
    EXPECT_GT(pagesOf(largeFile.readAll()), pages + 5);

    // A file that cannot be written is an error, not a crash.
    EXPECT_FALSE(small.writePdf(dir.filePath(QStringLiteral("no/such/dir/day.pdf"))));
}

class ReportExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(backOffice.addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                       {QStringLiteral("orders")}));
        ASSERT_TRUE(backOffice.addUser(QStringLiteral("sofia"), QStringLiteral("supervisor")));
        ASSERT_TRUE(backOffice.start());
        sofia = std::make_unique<HttpClient>(backOffice.baseUrl());
        ASSERT_EQ(sofia->signIn(QStringLiteral("sofia"), QStringLiteral("secret")).status, 200);
        client.setBaseUrl(backOffice.baseUrl());
        client.setToken(sofia->token());
        const QDateTime now = QDateTime::currentDateTime();
        window = {now.addSecs(-3600), now.addSecs(3600), QString()};
    }

    // A chat created by sofia and resolved: one ticket in the window.
    QString resolvedTicket()
    {
        const HttpReply created =
            sofia->send("POST", QStringLiteral("/api/v1/tickets"),
                        R"({"queue": "orders", "subject": "=Где мой заказ?", "channel": "chat"})");
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        const QString id = created.json().value(u"id").toString();
        const HttpReply resolved = sofia->send(
            "PATCH", u"/api/v1/tickets/" + id,
            R"({"status": "resolved", "resolution_code": "answered"})",
            {{"Content-Type", "application/json"}, {"If-Match", created.header("ETag")}});
        EXPECT_EQ(resolved.status, 200) << resolved.body.toStdString();
        return id;
    }

    BackOfficeProcess backOffice;
    std::unique_ptr<HttpClient> sofia;
    QNetworkAccessManager network;
    app::BackOfficeClient client{&network};
    app::ReportFetcher fetcher{client};
    app::ReportWindow window;
};

TEST_F(ReportExportTest, TheDialogWritesTheWindowsTicketsByKeyboard)
{
    const QString ticket = resolvedTicket();
    QTemporaryDir dir;
    ui::ReportExportDialog dialog(fetcher);
    dialog.setQueues({{QStringLiteral("orders"), QStringLiteral("Orders")}});
    dialog.setExport(ui::ReportExportDialog::Export::TicketsCsv);
    dialog.setWindow(window);
    const QString path = dir.filePath(QStringLiteral("tickets.csv"));
    dialog.setPath(path);
    for (QWidget *control : dialog.findChildren<QWidget *>()) {
        // A date field's inner line edit is part of the field, which has the name.
        if (control->focusPolicy() != Qt::NoFocus && !qobject_cast<QLabel *>(control) &&
            !qobject_cast<QAbstractSpinBox *>(control->parentWidget())) {
            EXPECT_FALSE(control->accessibleName().isEmpty()) << control->metaObject()->className();
        }
    }
    QSignalSpy exported(&dialog, &ui::ReportExportDialog::exported);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return); // the default button: Export
    ASSERT_TRUE(exported.wait(20000)) << dialog.statusLabel()->text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith("id,number,queue_id,"));
    EXPECT_TRUE(lines[1].startsWith(QByteArray(ticket.toUtf8() + ','))) << lines[1].toStdString();
    EXPECT_FALSE(dialog.isBusy());
}

TEST_F(ReportExportTest, ARefusedExportSaysWhyAndLeavesNoFile)
{
    QTemporaryDir dir;
    ui::ReportExportDialog dialog(fetcher);
    dialog.setExport(ui::ReportExportDialog::Export::SeriesCsv);
    app::ReportWindow unknownQueue = window;
    unknownQueue.queueId = QStringLiteral("nowhere");
    dialog.setQueues({{QStringLiteral("nowhere"), QStringLiteral("Nowhere")}});
    dialog.setWindow(unknownQueue);
    const QString path = dir.filePath(QStringLiteral("series.csv"));
    dialog.setPath(path);
    QSignalSpy failed(&dialog, &ui::ReportExportDialog::failed);
    dialog.startExport();
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_TRUE(dialog.statusLabel()->text().contains(u"queue"))
        << dialog.statusLabel()->text().toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
}

TEST_F(ReportExportTest, TheChartsFetchTheWindowsSeries)
{
    resolvedTicket();
    BoardCharts charts(&fetcher);
    QSignalSpy shown(&charts, &BoardCharts::seriesShown);
    charts.setWindow(window);
    ASSERT_TRUE(shown.wait(20000));
    // Two hours asked, one of them still to come: the buckets up to now.
    ASSERT_EQ(charts.series().points.size(), 2);
    EXPECT_EQ(charts.pointCount(BoardCharts::Chart::Contacts, 0), 2);
    qint64 arrived = 0;
    for (const protocol::KpiSeriesPoint &point : charts.series().points)
        arrived += point.arrived;
    EXPECT_EQ(arrived, 1);
}

// The day as a PDF from the live board and series (needs GET /metrics/board).
TEST_F(ReportExportTest, TheDialogWritesTheDailyReportAsPdf)
{
    resolvedTicket();
    QTemporaryDir dir;
    ui::ReportExportDialog dialog(fetcher);
    dialog.setExport(ui::ReportExportDialog::Export::DailyPdf);
    dialog.setWindow(window);
    const QString path = dir.filePath(QStringLiteral("day.pdf"));
    dialog.setPath(path);
    QSignalSpy exported(&dialog, &ui::ReportExportDialog::exported);
    QSignalSpy failed(&dialog, &ui::ReportExportDialog::failed);
    dialog.startExport();
    ASSERT_TRUE(waitUntil([&] { return !exported.isEmpty() || !failed.isEmpty(); },
                          std::chrono::seconds(30)));
    ASSERT_EQ(exported.count(), 1) << dialog.statusLabel()->text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GE(pagesOf(pdf), 1);
}
