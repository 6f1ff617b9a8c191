#include "ui/supervisor/BoardCharts.h"

#include "app/board/RefreshPacer.h"
#include "ui/supervisor/FigureText.h"
#include "ui/supervisor/PresenceDayChart.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace frontline::ui {
namespace {

constexpr qint64 Week = 7LL * 24 * 3600 * 1000;
// A live window's charts follow the board at most this often: their points are per hour (per
// day past a week), so a poke's worth of change hardly moves them, while each fetch is a series
// query over the whole window for the back office, per supervisor. The board's own safety tick
// is 30 s too.
constexpr int FollowIntervalMs = 30000;

// The line's points for the buckets that have the figure; a missing figure is a gap, not a 0.
template<typename Figure>
QList<QPointF> pointsOf(const protocol::KpiSeries &series, Figure figure)
{
    QList<QPointF> points;
    for (const protocol::KpiSeriesPoint &point : series.points) {
        if (const std::optional<double> value = figure(point))
            points.append(QPointF(double(point.start.toMSecsSinceEpoch()), *value));
    }
    return points;
}

} // namespace

BoardCharts::BoardCharts(app::ReportFetcher *fetcher, QWidget *parent)
    : QWidget(parent)
    , m_fetcher(fetcher)
    , m_pacer(new app::RefreshPacer(FollowIntervalMs, this))
    , m_queue(new QComboBox(this))
    , m_queueLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QGridLayout)
{
    m_queueLabel->setBuddy(m_queue);
    m_status->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_queueLabel);
    top->addWidget(m_queue);
    top->addWidget(m_status, 1);
    auto *page = new QWidget(m_scroll);
    m_grid->setContentsMargins(0, 0, 0, 0);
    page->setLayout(m_grid);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from chart to chart (the area scrolls to each); the area itself is no stop.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    for (int i = 0; i < int(Charts.size()); ++i)
        m_views.append(addChart(i / 2, i % 2));
    m_queue->addItem(QString(), QString());
    connect(m_queue, &QComboBox::currentIndexChanged, this, &BoardCharts::refresh);
    connect(m_pacer, &app::RefreshPacer::due, this, [this] {
        m_window = m_followed;
        fetch();
    });
    retranslateUi();
    setSeries({});
}

QChartView *BoardCharts::addChart(int row, int column)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, m_scroll->widget());
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setMinimumSize(320, 220);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const Chart which = Charts.at(m_views.size());
    auto *save = new QAction(view);
    connect(save, &QAction::triggered, this, [this, which] { askToSave(which); });
    view->addAction(save);
    m_grid->addWidget(view, row, column);

    auto *x = new QDateTimeAxis(chart);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QList<QLineSeries *> lines;
    for (int i = 0; i < (which == Chart::Contacts ? 2 : 1); ++i) {
        auto *line = new QLineSeries(chart);
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        lines.append(line);
    }
    m_lines.append(lines);
    return view;
}

void BoardCharts::setQueues(const QList<std::pair<QString, QString>> &queues)
{
    const QString chosen = m_queue->currentData().toString();
    const QSignalBlocker quiet(m_queue);
    while (m_queue->count() > 1)
        m_queue->removeItem(1);
    for (const auto &[id, name] : queues)
        m_queue->addItem(name.isEmpty() ? id : name, id);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(chosen)));
}

QString BoardCharts::bucketFor(const app::ReportWindow &window)
{
    return window.from.msecsTo(window.to) <= Week ? QStringLiteral("hour") : QStringLiteral("day");
}

void BoardCharts::setWindow(const app::ReportWindow &window)
{
    m_window = window;
    refresh();
}

void BoardCharts::setPresenceChart(PresenceDayChart *chart)
{
    if (m_presence || !chart)
        return;
    m_presence = chart;
    chart->setParent(m_scroll->widget());
    m_grid->addWidget(chart, m_grid->rowCount(), 0, 1, 2);
}

void BoardCharts::followBoard(const app::ReportWindow &window)
{
    m_followed = window;
    m_pacer->ask();
}

void BoardCharts::refresh()
{
    m_pacer->refreshed(); // a window or queue she chose is fetched now, not again at once
    fetch();
}

void BoardCharts::fetch()
{
    if (!m_fetcher || !m_window.from.isValid() || !m_window.to.isValid())
        return;
    ++m_fetches;
    app::ReportWindow window = m_window;
    window.queueId = m_queue->currentData().toString();
    const quint64 asked = ++m_asked;
    m_status->setText(tr("Loading…"));
    QPointer<BoardCharts> self(this);
    m_fetcher->fetchSeries(window, bucketFor(window),
                           [self, asked](const Result<protocol::KpiSeries> &series) {
                               if (!self || asked != self->m_asked)
                                   return;
                               if (!series) {
                                   self->m_status->setText(series.error().message);
                                   Q_EMIT self->failed(series.error().message);
                                   return;
                               }
                               self->m_status->clear();
                               self->setSeries(series.value());
                           });
}

void BoardCharts::setSeries(const protocol::KpiSeries &series)
{
    m_series = series;
    const bool daily = series.bucket == u"day";
    const QList<QList<QPointF>> data{
        pointsOf(series, [](const auto &p) { return std::optional<double>(double(p.arrived)); }),
        pointsOf(series, [](const auto &p) { return std::optional<double>(double(p.handled)); }),
        pointsOf(series,
                 [](const auto &p) {
                     return p.ahtSeconds ? std::optional<double>(*p.ahtSeconds / 60.0)
                                         : std::nullopt;
                 }),
        pointsOf(series,
                 [](const auto &p) {
                     return p.serviceLevel ? std::optional<double>(*p.serviceLevel * 100.0)
                                           : std::nullopt;
                 }),
        pointsOf(series, [](const auto &p) { return p.csat; }),
    };
    int next = 0;
    for (qsizetype c = 0; c < m_views.size(); ++c) {
        QChart *chart = m_views.at(c)->chart();
        double top = 0;
        for (QLineSeries *line : std::as_const(m_lines[c])) {
            const QList<QPointF> &points = data.at(next++);
            line->replace(points);
            for (const QPointF &point : points)
                top = std::max(top, point.y());
        }
        auto *x = static_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).constFirst());
        auto *y = static_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
        x->setFormat(daily ? QStringLiteral("dd.MM") : QStringLiteral("HH:mm"));
        if (series.from.isValid() && series.to.isValid())
            x->setRange(series.from.toLocalTime(), series.to.toLocalTime());
        const bool percent = Charts.at(c) == Chart::ServiceLevel || Charts.at(c) == Chart::Csat;
        y->setRange(0, percent ? 100.0 : std::max(1.0, top * 1.1));
        if (!percent)
            y->applyNiceNumbers();
    }
    describe();
    Q_EMIT seriesShown();
}

qsizetype BoardCharts::pointCount(Chart chart, int line) const
{
    const QList<QLineSeries *> &lines = m_lines.at(index(chart));
    return line < lines.size() ? lines.at(line)->count() : 0;
}

QImage BoardCharts::image(Chart chart) const
{
    return view(chart)->grab().toImage();
}

bool BoardCharts::saveImage(Chart chart, const QString &path) const
{
    return image(chart).save(path, "PNG");
}

void BoardCharts::askToSave(Chart chart)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as image"),
                                                      view(chart)->accessibleName() + u".png",
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveImage(chart, path))
        m_status->setText(tr("Could not save %1").arg(path));
}

// Screen readers get each chart's name and, as its description, what the latest bucket shows.
void BoardCharts::describe()
{
    const protocol::KpiSeriesPoint last =
        m_series.points.isEmpty() ? protocol::KpiSeriesPoint{} : m_series.points.constLast();
    const QString points = tr("%n point(s)", nullptr, int(m_series.points.size()));
    const QStringList latest{
        tr("latest: %1 arrived, %2 handled")
            .arg(FigureText::count(last.arrived), FigureText::count(last.handled)),
        tr("latest: %1").arg(FigureText::duration(last.ahtSeconds)),
        tr("latest: %1").arg(FigureText::percent(last.serviceLevel)),
        tr("latest: %1").arg(FigureText::score(last.csat)),
    };
    for (qsizetype c = 0; c < m_views.size(); ++c)
        m_views.at(c)->setAccessibleDescription(points + u"; " + latest.at(c));
}

void BoardCharts::retranslateUi()
{
    const QStringList titles{tr("Contacts arrived and handled"), tr("Average handle time, minutes"),
                             tr("Service level, %"), tr("CSAT, % satisfied")};
    const QList<QStringList> lineNames{
        {tr("Arrived"), tr("Handled")}, {tr("AHT")}, {tr("Service level")}, {tr("CSAT")}};
    for (qsizetype c = 0; c < m_views.size(); ++c) {
        m_views.at(c)->chart()->setTitle(titles.at(c));
        m_views.at(c)->setAccessibleName(titles.at(c));
        m_views.at(c)->actions().constFirst()->setText(tr("Save as image…"));
        for (qsizetype l = 0; l < m_lines.at(c).size(); ++l)
            m_lines.at(c).at(l)->setName(lineNames.at(c).at(l));
    }
    m_queueLabel->setText(tr("&Queue:"));
    m_queue->setAccessibleName(tr("Queue of the charts"));
    m_queue->setItemText(0, tr("All queues"));
    setAccessibleName(tr("Charts"));
    describe();
}

void BoardCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
