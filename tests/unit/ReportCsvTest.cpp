// The exports' CSV, field by field: RFC 4180 quoting, the formula guard, numbers in the C locale
// whatever the user's, RFC 3339 times, empty cells for missing figures, the board's totals and
// targets rows.
#include "app/reports/BoardCsv.h"
#include "app/reports/SeriesCsv.h"
#include "app/reports/TicketsCsv.h"
#include "protocol/CsvRow.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::app;
using frontline::protocol::CsvRow;

namespace {

// A reader for the test's side: RFC 4180 records (quoted fields may hold commas, quotes and
// line breaks), CRLF between records.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(field.isEmpty() && record.isEmpty()) << "the last record has no CRLF";
    return records;
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

protocol::Board smallBoard()
{
    protocol::Board board;
    board.from = at("2026-12-06T00:00:00Z");
    board.to = at("2026-12-07T00:00:00Z");
    protocol::BoardOperatorRow olga;
    olga.id = QStringLiteral("3");
    olga.name = QStringLiteral("Ольга \"Оля\", смена 1");
    olga.team = QStringLiteral("=HYPERLINK(\"http://evil\")");
    olga.queues = {QStringLiteral("orders"), QStringLiteral("returns")};
    olga.maxChats = 3;
    olga.status = QStringLiteral("online");
    olga.statusSince = at("2026-12-06T08:00:00.250Z");
    olga.handled = 12;
    olga.ahtSeconds = 420.5;
    olga.fcr = 0.8333;
    olga.onlineSeconds = 28800;
    olga.escalations = 2;
    olga.escalationsReturned = 1;
    board.operators = {olga};
    board.operatorTotals = olga;
    board.operatorTotals.id.clear();
    board.operatorTotals.name.clear();
    board.operatorTotals.team.clear();
    board.operatorTotals.handled = 40;
    board.operatorTotals.ahtSeconds = 500;
    board.operatorTotals.fcr = 0.84;
    protocol::BoardQueueRow orders;
    orders.id = QStringLiteral("orders");
    orders.name = QStringLiteral("Orders\nand returns");
    orders.waiting = 4;
    orders.oldestWaitSeconds = 95.25;
    orders.serviceLevel = 0.9;
    orders.arrived = 50;
    orders.handled = 40;
    board.queues = {orders};
    board.queueTotals = orders;
    board.queueTotals.id.clear();
    board.queueTotals.name.clear();
    board.targets = {{QStringLiteral("aht_seconds"), QStringLiteral("day"), 480, true},
                     {QStringLiteral("fcr"), QStringLiteral("day"), 0.85, false},
                     {QStringLiteral("service_level"), QStringLiteral("day"), 0.8, false}};
    return board;
}

// The cell of `column` in `record`, by the header's names.
QString cell(const QList<QStringList> &csv, qsizetype record, const QString &column)
{
    const qsizetype index = csv.first().indexOf(column);
    EXPECT_GE(index, 0) << column.toStdString();
    return csv.at(record).value(index);
}

} // namespace

TEST(ReportCsv, TextIsQuotedAndNeverStartsAFormula)
{
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("plain")), u"plain");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("a,b")), u"\"a,b\"");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("say \"hi\"")), u"\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("two\nlines")), u"\"two\nlines\"");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("=1+1")), u"'=1+1");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("+7 900")), u"'+7 900");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("-2")), u"'-2");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("@SUM(A1)")), u"'@SUM(A1)");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("\t=cmd")), u"'\t=cmd");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("=a,b")), u"\"'=a,b\"");
    EXPECT_EQ(CsvRow::textCell(QStringLiteral("a=b")), u"a=b"); // only a leading sign is run
}

TEST(ReportCsv, NumbersAreCLocaleWhateverTheUsersLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    EXPECT_EQ(CsvRow::numberCell(420.5), u"420.5");
    EXPECT_EQ(CsvRow::numberCell(1234567.0), u"1234567");
    EXPECT_EQ(CsvRow::numberCell(0.8333), u"0.8333");
    EXPECT_EQ(CsvRow::numberCell(-3.0), u"-3"); // a number, not guarded
    EXPECT_EQ(CsvRow().number(std::nullopt).count(12).toCsv(), ",12\r\n");
    QLocale::setDefault(before);
}

TEST(ReportCsv, TheBoardsOperatorsWithTotalsAndTargets)
{
    const QList<QStringList> csv = readCsv(BoardCsv::operators(smallBoard()));
    ASSERT_EQ(csv.size(), 5); // header, olga, total, target, target_met
    EXPECT_EQ(csv.at(0), BoardCsv::operatorColumns());
    for (const QStringList &record : csv)
        EXPECT_EQ(record.size(), csv.at(0).size());

    EXPECT_EQ(cell(csv, 1, QStringLiteral("row")), u"operator");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("id")), u"3");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("name")), u"Ольга \"Оля\", смена 1");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("team")), u"'=HYPERLINK(\"http://evil\")");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("queues")), u"orders returns");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("status_since")), u"2026-12-06T08:00:00.250Z");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("handled")), u"12");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("aht_seconds")), u"420.5");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("fcr")), u"0.8333");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("csat")), u""); // no scores: empty, not 0
    EXPECT_EQ(cell(csv, 1, QStringLiteral("online_seconds")), u"28800");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("escalations_returned")), u"1");

    EXPECT_EQ(cell(csv, 2, QStringLiteral("row")), u"total");
    EXPECT_EQ(cell(csv, 2, QStringLiteral("name")), u"");
    EXPECT_EQ(cell(csv, 2, QStringLiteral("handled")), u"40");
    EXPECT_EQ(cell(csv, 2, QStringLiteral("aht_seconds")), u"500");

    EXPECT_EQ(cell(csv, 3, QStringLiteral("row")), u"target");
    EXPECT_EQ(cell(csv, 3, QStringLiteral("aht_seconds")), u"480");
    EXPECT_EQ(cell(csv, 3, QStringLiteral("fcr")), u"0.85");
    EXPECT_EQ(cell(csv, 3, QStringLiteral("handled")), u"");
    EXPECT_EQ(cell(csv, 4, QStringLiteral("row")), u"target_met");
    EXPECT_EQ(cell(csv, 4, QStringLiteral("aht_seconds")), u"no"); // 500 s over 480 s
    EXPECT_EQ(cell(csv, 4, QStringLiteral("fcr")), u"no");         // 84 % under 85 %
    EXPECT_EQ(cell(csv, 4, QStringLiteral("csat")), u"");
}

TEST(ReportCsv, TheBoardsQueuesWithTotalsAndTargets)
{
    protocol::Board board = smallBoard();
    const QList<QStringList> csv = readCsv(BoardCsv::queues(board));
    ASSERT_EQ(csv.size(), 5);
    EXPECT_EQ(csv.at(0), BoardCsv::queueColumns());
    EXPECT_EQ(cell(csv, 1, QStringLiteral("name")), u"Orders\nand returns");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("oldest_wait_seconds")), u"95.25");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("service_level")), u"0.9");
    EXPECT_EQ(cell(csv, 1, QStringLiteral("sla_compliance")), u"");
    EXPECT_EQ(cell(csv, 2, QStringLiteral("row")), u"total");
    EXPECT_EQ(cell(csv, 2, QStringLiteral("arrived")), u"50");
    EXPECT_EQ(cell(csv, 3, QStringLiteral("service_level")), u"0.8");
    EXPECT_EQ(cell(csv, 4, QStringLiteral("service_level")), u"yes");

    // Without targets for the window's period there are no target rows.
    board.targets.clear();
    EXPECT_EQ(readCsv(BoardCsv::queues(board)).size(), 3);
}

TEST(ReportCsv, TicketsAndSeriesFieldByField)
{
    protocol::TicketFigures ticket;
    ticket.id = QStringLiteral("17");
    ticket.number = 1017;
    ticket.queueId = QStringLiteral("orders");
    ticket.channel = QStringLiteral("chat");
    ticket.status = QStringLiteral("resolved");
    ticket.assigneeId = QStringLiteral("3");
    ticket.assigneeName = QStringLiteral("-Olga");
    ticket.createdAt = at("2026-12-06T10:00:00Z");
    ticket.resolvedAt = at("2026-12-06T10:07:30.5Z");
    ticket.firstResponseSeconds = 12.25;
    ticket.handleSeconds = 430;
    ticket.resolutionSeconds = 450.5;
    ticket.escalations = 1;
    ticket.escalationOutcome = QStringLiteral("returned");
    protocol::TicketFigures unanswered = ticket;
    unanswered.id = QStringLiteral("18");
    unanswered.assigneeId.clear();
    unanswered.assigneeName.clear();
    unanswered.firstResponseSeconds.reset();
    unanswered.handleSeconds.reset();
    unanswered.csat = 5;

    const QList<QStringList> csv =
        readCsv(TicketsCsv::header() + TicketsCsv::rows({ticket}) + TicketsCsv::rows({unanswered}));
    ASSERT_EQ(csv.size(), 3);
    EXPECT_EQ(csv.at(0), TicketsCsv::columns());
    EXPECT_EQ(csv.at(1), cells({"17", "1017", "orders", "chat", "resolved", "3", "'-Olga",
                                "2026-12-06T10:00:00.000Z", "2026-12-06T10:07:30.500Z", "12.25",
                                "430", "450.5", "1", "returned", ""}));
    EXPECT_EQ(cell(csv, 2, QStringLiteral("assignee_id")), u"");
    EXPECT_EQ(cell(csv, 2, QStringLiteral("first_response_seconds")), u"");
    EXPECT_EQ(cell(csv, 2, QStringLiteral("handle_seconds")), u"");
    EXPECT_EQ(cell(csv, 2, QStringLiteral("csat")), u"5");

    protocol::KpiSeries series;
    series.points = {{at("2026-12-06T10:00:00Z"), 30, 25, 300.5, 0.9, 80.0},
                     {at("2026-12-06T11:00:00Z"), 0, 0, std::nullopt, std::nullopt, std::nullopt}};
    const QList<QStringList> lines = readCsv(SeriesCsv::write(series));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0), SeriesCsv::columns());
    EXPECT_EQ(lines.at(1), cells({"2026-12-06T10:00:00.000Z", "30", "25", "300.5", "0.9", "80"}));
    EXPECT_EQ(lines.at(2), cells({"2026-12-06T11:00:00.000Z", "0", "0", "", "", ""}));
}

TEST(ReportCsv, TheReportsWireTypesSurviveARoundTripWithEmptyFiguresKeptEmpty)
{
    protocol::KpiSeries series;
    series.from = at("2026-12-06T00:00:00Z");
    series.to = at("2026-12-07T00:00:00Z");
    series.bucket = QStringLiteral("day");
    series.queueId = QStringLiteral("orders");
    series.points = {{at("2026-12-06T00:00:00Z"), 5, 4, 300.5, std::nullopt, 80.0}};
    auto back = protocol::KpiSeries::fromJson(series.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value(), series);
    EXPECT_TRUE(series.toJson()[u"points"][0][u"service_level"].isNull());

    protocol::TicketFigures ticket;
    ticket.id = QStringLiteral("7");
    ticket.number = 1007;
    ticket.createdAt = at("2026-12-06T10:00:00Z");
    ticket.resolvedAt = at("2026-12-06T10:05:00Z");
    ticket.handleSeconds = 240;
    ticket.csat = 4;
    protocol::TicketFiguresPage page;
    page.tickets = {ticket};
    page.next = 7;
    auto pageBack = protocol::TicketFiguresPage::fromJson(page.toJson());
    ASSERT_TRUE(pageBack);
    ASSERT_EQ(pageBack->tickets.size(), 1);
    EXPECT_EQ(pageBack->tickets.first(), ticket);
    EXPECT_EQ(pageBack->next, 7);
    EXPECT_TRUE(page.toJson()[u"tickets"][0][u"assignee_id"].isNull());
    EXPECT_FALSE(protocol::TicketFigures::fromJson({}));
}
