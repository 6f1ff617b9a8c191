#include "ui/supervisor/PresenceDayChart.h"

#include "app/board/CenterPresenceModel.h"
#include "app/board/PresenceTimelineModel.h"
#include "app/board/RefreshPacer.h"
#include "protocol/PresenceInterval.h"
#include "ui/supervisor/FigureText.h"

#include <QAction>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace frontline::ui {
namespace {

using protocol::PresenceStatus;

// Top to bottom, one lane each; a lane's band spans [base, base + 1) on the value axis.
constexpr std::array<PresenceStatus, 3> Lanes{PresenceStatus::Online, PresenceStatus::Break,
                                              PresenceStatus::Offline};

// The same colours as the drill-down's PresenceTimelineView, so a state looks alike everywhere.
QColor laneColour(PresenceStatus status)
{
    switch (status) {
    case PresenceStatus::Online:
        return QColor(QStringLiteral("#3c9a5f"));
    case PresenceStatus::Break:
        return QColor(QStringLiteral("#e0a030"));
    case PresenceStatus::Offline:
        break;
    }
    return QColor(QStringLiteral("#b8b8b8"));
}

qsizetype laneOf(PresenceStatus status)
{
    return std::find(Lanes.begin(), Lanes.end(), status) - Lanes.begin();
}

double baseOf(qsizetype lane)
{
    return double(Lanes.size() - 1 - lane);
}

// How often today's chart may ask again while the board moves: a presence state lasts minutes.
constexpr int FollowIntervalMs = 30000;

} // namespace

PresenceDayChart::PresenceDayChart(app::BackOfficeClient &client, QWidget *parent)
    : QWidget(parent)
    , m_timeline(new app::PresenceTimelineModel(client, this))
    , m_center(new app::CenterPresenceModel(client, this))
    , m_pacer(new app::RefreshPacer(FollowIntervalMs, this))
    , m_operatorLabel(new QLabel(this))
    , m_operator(new QComboBox(this))
    , m_dayLabel(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_views(new QStackedWidget(this))
    , m_view(new QChartView(new QChart, m_views))
    , m_centerView(new QChartView(new QChart, m_views))
    , m_centerLine(new QLineSeries(m_centerView->chart()))
{
    setUpCenterView();
    m_operatorLabel->setBuddy(m_operator);
    m_dayLabel->setBuddy(m_day);
    m_status->setTextFormat(Qt::PlainText);
    m_day->setCalendarPopup(true);
    m_day->setDateRange(today().addDays(-protocol::PresenceTimeline::MaxWindowDays), today());
    m_day->setDate(today());
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_operatorLabel);
    controls->addWidget(m_operator, 1);
    controls->addWidget(m_dayLabel);
    controls->addWidget(m_day);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_views, 1);
    m_views->addWidget(m_view);
    m_views->addWidget(m_centerView);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumSize(320, 200);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *save = new QAction(m_view);
    connect(save, &QAction::triggered, this, &PresenceDayChart::askToSave);
    m_view->addAction(save);

    QChart *chart = m_view->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("HH:mm"));
    x->setTickCount(7); // every four hours
    auto *y = new QCategoryAxis(chart);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setRange(0, double(Lanes.size()));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (qsizetype lane = 0; lane < qsizetype(Lanes.size()); ++lane) {
        auto *area = new QAreaSeries(new QLineSeries(chart), new QLineSeries(chart));
        area->setColor(laneColour(Lanes.at(lane)));
        area->setBorderColor(laneColour(Lanes.at(lane)).darker(130));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        m_lanes.append(area);
    }

    connect(m_operator, &QComboBox::currentIndexChanged, this, &PresenceDayChart::refresh);
    connect(m_day, &QDateEdit::dateChanged, this, &PresenceDayChart::refresh);
    connect(m_pacer, &app::RefreshPacer::due, this, &PresenceDayChart::refresh);
    connect(m_timeline, &app::PresenceTimelineModel::loaded, this, &PresenceDayChart::draw);
    const auto fail = [this](const QString &message) {
        m_status->setText(message);
        Q_EMIT failed(message);
    };
    connect(m_timeline, &app::PresenceTimelineModel::loadFailed, this, fail);
    connect(m_center, &app::CenterPresenceModel::loaded, this, &PresenceDayChart::drawCenter);
    connect(m_center, &app::CenterPresenceModel::loadFailed, this, fail);
    retranslateUi();
    draw();
}

// The whole center's line: the count of operators online, a step wherever it changes.
void PresenceDayChart::setUpCenterView()
{
    QChartView *view = m_centerView;
    QChart *chart = view->chart();
    chart->legend()->hide();
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setMinimumSize(320, 200);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *save = new QAction(view);
    connect(save, &QAction::triggered, this, &PresenceDayChart::askToSave);
    view->addAction(save);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("HH:mm"));
    x->setTickCount(7);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_centerLine->setColor(laneColour(PresenceStatus::Online));
    chart->addSeries(m_centerLine);
    m_centerLine->attachAxis(x);
    m_centerLine->attachAxis(y);
}

void PresenceDayChart::setOperators(const QList<QPair<QString, QString>> &operators)
{
    const QString chosen = operatorId();
    {
        const QSignalBlocker quiet(m_operator);
        m_operator->clear();
        if (!operators.isEmpty())
            m_operator->addItem(tr("Whole center: operators online"), QString(WholeCenter));
        for (const auto &[id, name] : operators)
            m_operator->addItem(name.isEmpty() ? id : name, id);
        const int kept = m_operator->findData(chosen);
        m_operator->setCurrentIndex(kept >= 0 ? kept : std::min(1, m_operator->count() - 1));
    }
    if (operatorId() != chosen)
        refresh();
}

QString PresenceDayChart::operatorId() const
{
    return m_operator->currentData().toString();
}

void PresenceDayChart::setDay(const QDate &day)
{
    m_day->setDate(day); // QDateEdit keeps it within its range
}

QDate PresenceDayChart::day() const
{
    return m_day->date();
}

void PresenceDayChart::refresh()
{
    m_pacer->refreshed();
    const QString id = operatorId();
    if (id.isEmpty())
        return;
    m_day->setMaximumDate(today()); // the desktop may have run past midnight
    const QDate day = m_day->date();
    const QDateTime from(day, QTime(0, 0));
    const QDateTime to(day.addDays(1), QTime(0, 0));
    m_status->setText(tr("Loading…"));
    if (id != WholeCenter) {
        m_timeline->load(id, from, to);
        return;
    }
    QStringList everyone;
    for (int row = 1; row < m_operator->count(); ++row)
        everyone.append(m_operator->itemData(row).toString());
    m_center->load(everyone, from, to);
}

// The whole center's line is one request per operator: it is asked for, never followed.
void PresenceDayChart::followBoard()
{
    if (!operatorId().isEmpty() && !showsWholeCenter() && m_day->date() == today())
        m_pacer->ask();
}

// Each lane's upper line steps up to its band over her intervals in that state and down after,
// along the base; the lower line is the base: the area between them is the band.
void PresenceDayChart::draw()
{
    const protocol::PresenceTimeline &timeline = m_timeline->timeline();
    const bool any = timeline.from.isValid() && timeline.to.isValid();
    const double start = any ? double(timeline.from.toMSecsSinceEpoch()) : 0;
    const double end = any ? double(timeline.to.toMSecsSinceEpoch()) : 0;
    QList<QList<QPointF>> upper(Lanes.size());
    for (qsizetype lane = 0; lane < qsizetype(Lanes.size()); ++lane)
        upper[lane].append({start, baseOf(lane)});
    for (const protocol::PresenceInterval &interval : timeline.intervals) {
        const qsizetype lane = laneOf(interval.status);
        const double from = double(interval.startedAt.toMSecsSinceEpoch());
        const double to = double(interval.endedAt.toMSecsSinceEpoch());
        const double base = baseOf(lane);
        upper[lane].append({{from, base}, {from, base + 1}, {to, base + 1}, {to, base}});
    }
    for (qsizetype lane = 0; lane < qsizetype(Lanes.size()); ++lane) {
        upper[lane].append({end, baseOf(lane)});
        m_lanes.at(lane)->upperSeries()->replace(upper.at(lane));
        m_lanes.at(lane)->lowerSeries()->replace(
            QList<QPointF>{{start, baseOf(lane)}, {end, baseOf(lane)}});
    }
    if (any) {
        m_views->setCurrentWidget(m_view);
        auto *x = static_cast<QDateTimeAxis *>(m_view->chart()->axes(Qt::Horizontal).constFirst());
        x->setRange(timeline.from.toLocalTime(), timeline.to.toLocalTime());
        m_status->setText(timeline.intervals.isEmpty() ? tr("No presence on this day.")
                                                       : QString());
    }
    describe();
    if (any)
        Q_EMIT shown();
}

void PresenceDayChart::drawCenter()
{
    QList<QPointF> points;
    int online = 0;
    for (const app::CenterPresenceModel::Step &step : m_center->steps()) {
        const double at = double(step.at.toMSecsSinceEpoch());
        if (!points.isEmpty())
            points.append({at, double(online)});
        points.append({at, double(step.online)});
        online = step.online;
    }
    if (!points.isEmpty())
        points.append({double(m_center->to().toMSecsSinceEpoch()), double(online)});
    m_centerLine->replace(points);
    QChart *chart = m_centerView->chart();
    static_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).constFirst())
        ->setRange(m_center->from().toLocalTime(), m_center->to().toLocalTime());
    auto *y = static_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    // Whole operators on the axis: a tick each for a few, nice round numbers for many.
    const int top = std::max(1, m_center->peak());
    if (top <= 10) {
        y->setRange(0, top);
        y->setTickCount(top + 1);
    } else {
        y->setRange(0, top * 1.1);
        y->applyNiceNumbers();
    }
    m_views->setCurrentWidget(m_centerView);
    m_status->clear();
    describe();
    Q_EMIT shown();
}

qsizetype PresenceDayChart::centerPointCount() const
{
    return m_centerLine->count();
}

int PresenceDayChart::bandCount(protocol::PresenceStatus status) const
{
    const qsizetype points = m_lanes.at(laneOf(status))->upperSeries()->count();
    return int(std::max<qsizetype>(0, points - 2) / 4);
}

qint64 PresenceDayChart::seconds(protocol::PresenceStatus status) const
{
    const QLineSeries *line = m_lanes.at(laneOf(status))->upperSeries();
    double ms = 0;
    for (int band = 0; band < bandCount(status); ++band)
        ms += line->at(1 + band * 4 + 2).x() - line->at(1 + band * 4 + 1).x();
    return qRound64(ms / 1000.0);
}

QImage PresenceDayChart::image() const
{
    return m_views->currentWidget()->grab().toImage();
}

bool PresenceDayChart::saveImage(const QString &path) const
{
    return image().save(path, "PNG");
}

void PresenceDayChart::askToSave()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as image"), m_views->currentWidget()->accessibleName() + u".png",
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveImage(path))
        m_status->setText(tr("Could not save %1").arg(path));
}

// Screen readers get the day shown in words: whose, which day, and how long in each state.
void PresenceDayChart::describe()
{
    if (m_center->from().isValid()) {
        const QString day =
            QLocale().toString(m_center->from().toLocalTime().date(), QLocale::ShortFormat);
        m_centerView->chart()->setTitle(tr("Operators online through the day: %1").arg(day));
        m_centerView->setAccessibleDescription(
            tr("%1: at most %n operator(s) online", nullptr, m_center->peak()).arg(day));
    }
    const protocol::PresenceTimeline &shown = m_timeline->timeline();
    const int row = m_operator->findData(shown.operatorId);
    if (row < 0 || !shown.from.isValid()) {
        m_view->chart()->setTitle(tr("Presence over the day"));
        m_view->setAccessibleDescription(tr("No operator chosen"));
        return;
    }
    const QString who = m_operator->itemText(row);
    const QString day = QLocale().toString(shown.from.toLocalTime().date(), QLocale::ShortFormat);
    // The title names whose day it is, so a saved image says it too.
    m_view->chart()->setTitle(tr("Presence over the day: %1, %2").arg(who, day));
    m_view->setAccessibleDescription(
        tr("%1, %2: online %3, on break %4, offline %5")
            .arg(who, day, FigureText::duration(double(seconds(PresenceStatus::Online))),
                 FigureText::duration(double(seconds(PresenceStatus::Break))),
                 FigureText::duration(double(seconds(PresenceStatus::Offline)))));
}

void PresenceDayChart::retranslateUi()
{
    const QString title = tr("Presence over the day");
    m_view->setAccessibleName(title);
    m_view->actions().constFirst()->setText(tr("Save as image…"));
    m_centerView->setAccessibleName(tr("Operators online through the day"));
    m_centerView->actions().constFirst()->setText(tr("Save as image…"));
    if (m_operator->count() > 0)
        m_operator->setItemText(0, tr("Whole center: operators online"));
    const QStringList names{tr("Online"), tr("On break"), tr("Offline")};
    auto *y = static_cast<QCategoryAxis *>(m_view->chart()->axes(Qt::Vertical).constFirst());
    for (const QString &label : y->categoriesLabels())
        y->remove(label);
    for (qsizetype lane = qsizetype(Lanes.size()) - 1; lane >= 0; --lane)
        y->append(names.at(lane), baseOf(lane) + 1);
    for (qsizetype lane = 0; lane < qsizetype(Lanes.size()); ++lane)
        m_lanes.at(lane)->setName(names.at(lane));
    m_operatorLabel->setText(tr("&Operator:"));
    m_operator->setAccessibleName(tr("Operator of the presence chart"));
    m_dayLabel->setText(tr("D&ay:"));
    m_day->setAccessibleName(tr("Day of the presence chart"));
    setAccessibleName(title);
    describe();
}

void PresenceDayChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
