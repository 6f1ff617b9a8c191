#include "ui/supervisor/DailyReport.h"

#include "ui/supervisor/BoardCharts.h"
#include "ui/supervisor/FigureText.h"

#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <functional>

namespace frontline::ui {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString headerRow(const QStringList &titles)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &title : titles)
        html += u"<th>" + escaped(title) + u"</th>";
    return html + u"</tr>";
}

QString row(const QStringList &cells, bool strong = false)
{
    QString html =
        strong ? QStringLiteral("<tr style=\"font-weight:bold\">") : QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += u"<td>" + escaped(cell) + u"</td>";
    return html + u"</tr>";
}

const protocol::KpiTarget *targetFor(const protocol::Board &board, QLatin1StringView figure)
{
    for (const protocol::KpiTarget &target : board.targets) {
        if (target.figure == figure)
            return &target;
    }
    return nullptr;
}

} // namespace

DailyReport::DailyReport(protocol::Board board, protocol::KpiSeries series, QDate day,
                         QString title)
    : m_board(std::move(board))
    , m_series(std::move(series))
    , m_day(day)
    , m_title(std::move(title))
{}

// The target row: each target under its figure with whether the total met it.
template<typename Row>
static QStringList targetCells(
    const protocol::Board &board, const Row &totals,
    const QList<std::pair<QLatin1StringView, std::function<std::optional<double>(const Row &)>>>
        &figures,
    const std::function<QString(QLatin1StringView, double)> &text)
{
    QStringList cells;
    for (const auto &[figure, value] : figures) {
        const protocol::KpiTarget *target = value ? targetFor(board, figure) : nullptr;
        if (!target) {
            cells.append(QString());
            continue;
        }
        const std::optional<double> total = value(totals);
        const QString goal = (target->atMost ? QStringLiteral("≤ ") : QStringLiteral("≥ ")) +
                             text(figure, target->value);
        cells.append(!total                  ? goal
                     : target->isMet(*total) ? DailyReport::tr("%1, met").arg(goal)
                                             : DailyReport::tr("%1, missed").arg(goal));
    }
    return cells;
}

QString DailyReport::operatorsTable() const
{
    using R = protocol::BoardOperatorRow;
    using Figure = std::function<std::optional<double>(const R &)>;
    const QList<std::pair<QLatin1StringView, Figure>> figures{
        {QLatin1StringView("name"), {}},
        {QLatin1StringView("handled"), [](const R &r) { return double(r.handled); }},
        {QLatin1StringView("aht_seconds"), [](const R &r) { return r.ahtSeconds; }},
        {QLatin1StringView("fcr"), [](const R &r) { return r.fcr; }},
        {QLatin1StringView("csat"), [](const R &r) { return r.csat; }},
        {QLatin1StringView("utilization"), [](const R &r) { return r.utilization; }},
        {QLatin1StringView("online_seconds"), [](const R &r) { return r.onlineSeconds; }},
        {QLatin1StringView("chats_per_hour"), [](const R &r) { return r.chatsPerHour; }},
        {QLatin1StringView("escalations"), [](const R &r) { return double(r.escalations); }},
    };
    const auto cells = [](const R &r, const QString &name) {
        return QStringList{
            name,
            FigureText::count(r.handled),
            FigureText::duration(r.ahtSeconds),
            FigureText::percent(r.fcr),
            FigureText::score(r.csat),
            FigureText::percent(r.utilization),
            FigureText::hours(r.onlineSeconds),
            FigureText::number(r.chatsPerHour),
            tr("%1 (%2 returned)")
                .arg(FigureText::count(r.escalations), FigureText::count(r.escalationsReturned))};
    };
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\">");
    html +=
        headerRow({tr("Operator"), tr("Handled"), tr("AHT"), tr("FCR"), tr("CSAT"),
                   tr("Utilization"), tr("On the line"), tr("Chats per hour"), tr("Escalations")});
    for (const R &r : m_board.operators)
        html += row(cells(r, r.name));
    html += row(cells(m_board.operatorTotals, tr("Total")), true);
    QStringList target = targetCells<R>(m_board, m_board.operatorTotals, figures,
                                        [](QLatin1StringView figure, double value) {
                                            if (figure == u"aht_seconds")
                                                return FigureText::duration(value);
                                            if (figure == u"fcr" || figure == u"utilization")
                                                return FigureText::percent(value);
                                            if (figure == u"online_seconds")
                                                return FigureText::hours(value);
                                            return FigureText::number(value);
                                        });
    if (!target.join(QString()).isEmpty()) {
        target[0] = tr("Target");
        html += row(target);
    }
    return html + u"</table>";
}

QString DailyReport::queuesTable() const
{
    using R = protocol::BoardQueueRow;
    using Figure = std::function<std::optional<double>(const R &)>;
    const QList<std::pair<QLatin1StringView, Figure>> figures{
        {QLatin1StringView("name"), {}},
        {QLatin1StringView("waiting"), [](const R &r) { return double(r.waiting); }},
        {QLatin1StringView("oldest_wait_seconds"), [](const R &r) { return r.oldestWaitSeconds; }},
        {QLatin1StringView("service_level"), [](const R &r) { return r.serviceLevel; }},
        {QLatin1StringView("first_response_seconds"),
         [](const R &r) { return r.firstResponseSeconds; }},
        {QLatin1StringView("sla_breaches"), [](const R &r) { return double(r.slaBreaches); }},
        {QLatin1StringView("sla_compliance"), [](const R &r) { return r.slaCompliance; }},
        {QLatin1StringView("arrived"), [](const R &r) { return double(r.arrived); }},
        {QLatin1StringView("handled"), [](const R &r) { return double(r.handled); }},
    };
    const auto cells = [](const R &r, const QString &name) {
        return QStringList{name,
                           FigureText::count(r.waiting),
                           FigureText::duration(r.oldestWaitSeconds),
                           FigureText::percent(r.serviceLevel),
                           FigureText::duration(r.firstResponseSeconds),
                           FigureText::count(r.slaBreaches),
                           FigureText::percent(r.slaCompliance),
                           FigureText::count(r.arrived),
                           FigureText::count(r.handled)};
    };
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\">");
    html += headerRow({tr("Queue"), tr("Waiting"), tr("Oldest wait"), tr("Service level"),
                       tr("First response"), tr("SLA breaches"), tr("SLA compliance"),
                       tr("Arrived"), tr("Handled")});
    for (const R &r : m_board.queues)
        html += row(cells(r, r.name.isEmpty() ? r.id : r.name));
    html += row(cells(m_board.queueTotals, tr("Total")), true);
    QStringList target = targetCells<R>(
        m_board, m_board.queueTotals, figures, [](QLatin1StringView figure, double value) {
            if (figure == u"oldest_wait_seconds" || figure == u"first_response_seconds")
                return FigureText::duration(value);
            if (figure == u"service_level" || figure == u"sla_compliance")
                return FigureText::percent(value);
            return FigureText::number(value, 0);
        });
    if (!target.join(QString()).isEmpty()) {
        target[0] = tr("Target");
        html += row(target);
    }
    return html + u"</table>";
}

std::unique_ptr<QTextDocument> DailyReport::document() const
{
    auto document = std::make_unique<QTextDocument>();
    // The charts drawn off screen at a size that prints sharp on half an A4 page.
    BoardCharts charts(nullptr);
    charts.resize(1400, 1000);
    charts.setSeries(m_series);
    QString chartsHtml;
    for (const BoardCharts::Chart chart : BoardCharts::Charts) {
        const QUrl name(QStringLiteral("chart:%1").arg(int(chart)));
        const QImage image = charts.image(chart);
        document->addResource(QTextDocument::ImageResource, name, image);
        chartsHtml += u"<p><img src=\"" + name.toString() + u"\" width=\"640\"></p>";
    }
    const QString title = m_title.isEmpty() ? tr("Daily report") : m_title;
    const QString window =
        tr("From %1 to %2")
            .arg(QLocale().toString(m_board.from.toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(m_board.to.toLocalTime(), QLocale::ShortFormat));
    document->setHtml(u"<body style=\"font-size:8pt\"><h1>" + escaped(title) + u"</h1><h2>" +
                      escaped(QLocale().toString(m_day, QLocale::LongFormat)) + u"</h2><p>" +
                      escaped(window) + u"</p><h3>" + escaped(tr("Operators")) + u"</h3>" +
                      operatorsTable() + u"<h3>" + escaped(tr("Queues")) + u"</h3>" +
                      queuesTable() + u"<h3>" + escaped(tr("Charts")) + u"</h3>" + chartsHtml +
                      u"</body>");
    return document;
}

Result<void> DailyReport::writePdf(const QString &path) const
{
    // Replaced only once written whole: a failed export leaves yesterday's file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("write_failed"),
                     tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(m_title.isEmpty() ? tr("Daily report") : m_title);
        writer.setCreator(QStringLiteral("Frontline"));
        // Laid out on the page's printable width at screen resolution, so the tables fill the
        // width and the charts fit it; print() then scales the pages to the writer's resolution.
        std::unique_ptr<QTextDocument> laidOut = document();
        laidOut->setPageSize(writer.pageLayout().paintRectPixels(96).size());
        laidOut->print(&writer);
    }
    if (!file.commit())
        return Error{QStringLiteral("write_failed"),
                     tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace frontline::ui
