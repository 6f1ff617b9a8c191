#include "ui/training/OperatorFiguresView.h"

#include "app/store/LocalStore.h"
#include "app/training/Colleagues.h"
#include "app/training/TrainingActions.h"
#include "ui/training/AssignCourseDialog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace frontline::ui {
namespace {

using Figure = OperatorFiguresView::Figure;

std::optional<double> valueOf(const protocol::OperatorFiguresBucket &bucket, Figure figure)
{
    switch (figure) {
    case Figure::Handled:
        return double(bucket.handled);
    case Figure::Aht:
        return bucket.ahtSeconds;
    case Figure::Fcr:
        return bucket.fcr ? std::optional(100 * *bucket.fcr) : std::nullopt;
    case Figure::ReturnedRate:
        return bucket.returnedRate ? std::optional(100 * *bucket.returnedRate) : std::nullopt;
    case Figure::QaScore:
        break;
    }
    return bucket.qaScore;
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

} // namespace

OperatorFiguresView::OperatorFiguresView(app::TrainingActions &actions, app::LocalStore &store,
                                         QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_store(store)
    , m_operator(new QComboBox(this))
    , m_bucket(new QComboBox(this))
    , m_figure(new QComboBox(this))
    , m_operatorLabel(new QLabel(this))
    , m_bucketLabel(new QLabel(this))
    , m_figureLabel(new QLabel(this))
    , m_chart(new QChartView(new QChart, this))
    , m_line(new QLineSeries(m_chart->chart()))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_assign(new QPushButton(this))
{
    setObjectName(QStringLiteral("operatorFiguresView"));
    m_operatorLabel->setBuddy(m_operator);
    m_bucketLabel->setBuddy(m_bucket);
    m_figureLabel->setBuddy(m_figure);
    m_status->setTextFormat(Qt::PlainText);
    QChart *chart = m_chart->chart();
    chart->legend()->hide();
    chart->addSeries(m_line);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("dd.MM"));
    auto *y = new QValueAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_line->attachAxis(x);
    m_line->attachAxis(y);
    m_line->setPointsVisible(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setFocusPolicy(Qt::StrongFocus);
    m_chart->setMinimumSize(360, 240);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(9);

    auto *controls = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_operatorLabel, m_operator, m_bucketLabel, m_bucket, m_figureLabel, m_figure})
        controls->addWidget(widget);
    controls->addStretch();
    controls->addWidget(m_assign);
    auto *body = new QHBoxLayout;
    body->addWidget(m_chart, 1);
    body->addWidget(m_table, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);

    retranslateUi();
    connect(m_operator, &QComboBox::currentIndexChanged, this, &OperatorFiguresView::fetch);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &OperatorFiguresView::fetch);
    connect(m_figure, &QComboBox::currentIndexChanged, this, &OperatorFiguresView::drawChart);
    connect(m_assign, &QPushButton::clicked, this, &OperatorFiguresView::openAssign);
    reloadOperators();
}

void OperatorFiguresView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OperatorFiguresView::retranslateUi()
{
    setWindowTitle(tr("Operators' figures"));
    m_operatorLabel->setText(tr("&Operator:"));
    m_bucketLabel->setText(tr("&By:"));
    m_figureLabel->setText(tr("Cha&rt:"));
    m_assign->setText(tr("Assign a &course…"));
    const QSignalBlocker quietBucket(m_bucket);
    const QSignalBlocker quietFigure(m_figure);
    const int bucket = std::max(0, m_bucket->currentIndex());
    m_bucket->clear();
    m_bucket->addItem(tr("Week"), QStringLiteral("week"));
    m_bucket->addItem(tr("Day"), QStringLiteral("day"));
    m_bucket->setCurrentIndex(bucket);
    const int figure = std::max(0, m_figure->currentIndex());
    m_figure->clear();
    m_figure->addItem(tr("Contacts handled"), int(Figure::Handled));
    m_figure->addItem(tr("AHT, seconds"), int(Figure::Aht));
    m_figure->addItem(tr("FCR, %"), int(Figure::Fcr));
    m_figure->addItem(tr("Escalations returned, %"), int(Figure::ReturnedRate));
    m_figure->addItem(tr("QA score"), int(Figure::QaScore));
    m_figure->setCurrentIndex(figure);
    m_table->setHorizontalHeaderLabels({tr("From"), tr("Handled"), tr("AHT, s"), tr("FCR, %"),
                                        tr("Escalations"), tr("Returned"), tr("Returned, %"),
                                        tr("QA reviews"), tr("QA score")});
    m_operator->setAccessibleName(tr("Operator"));
    m_bucket->setAccessibleName(tr("Figures by week or by day"));
    m_figure->setAccessibleName(tr("Figure in the chart"));
    m_chart->setAccessibleName(tr("Chart of the figure over time"));
    m_table->setAccessibleName(tr("The operator's figures"));
    m_status->setAccessibleName(tr("Figures status"));
    m_assign->setAccessibleName(tr("Assign the operator a course"));
    drawChart();
}

void OperatorFiguresView::reloadOperators()
{
    const QString chosen = m_operator->currentData().toString();
    const QSignalBlocker quiet(m_operator);
    m_operator->clear();
    const auto colleagues = app::operatorsOnTheLine(m_store);
    for (const app::Colleague &each : colleagues ? colleagues.value() : QList<app::Colleague>())
        m_operator->addItem(each.name, each.id);
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(chosen)));
    fetch();
}

void OperatorFiguresView::fetch()
{
    const QString operatorId = m_operator->currentData().toString();
    m_assign->setEnabled(!operatorId.isEmpty());
    if (operatorId.isEmpty())
        return;
    const int asked = ++m_request;
    m_status->setText(tr("Reading the figures…"));
    m_actions.operatorFigures(
        this, operatorId, m_bucket->currentData().toString(),
        [this, asked](const Result<protocol::OperatorFigures> &figures) {
            if (asked != m_request)
                return;
            if (!figures) {
                m_status->setText(
                    tr("The figures could not be read: %1").arg(figures.error().message));
                return;
            }
            m_status->clear();
            showFigures(figures.value());
        });
}

void OperatorFiguresView::showFigures(const protocol::OperatorFigures &figures)
{
    m_figures = figures;
    m_table->setRowCount(int(figures.buckets.size()));
    for (int row = 0; row < figures.buckets.size(); ++row) {
        const protocol::OperatorFiguresBucket &b = figures.buckets[row];
        const QStringList cells{
            QLocale().toString(b.start.toLocalTime().date(), QLocale::ShortFormat),
            QString::number(b.handled),
            number(b.ahtSeconds, 0),
            number(b.fcr ? std::optional(100 * *b.fcr) : std::nullopt, 1),
            QString::number(b.escalations),
            QString::number(b.escalationsReturned),
            number(b.returnedRate ? std::optional(100 * *b.returnedRate) : std::nullopt, 1),
            QString::number(b.qaReviews),
            number(b.qaScore, 1)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    drawChart();
}

// The chosen figure over the window; a bucket without it (no contact, no review) leaves a gap.
void OperatorFiguresView::drawChart()
{
    const Figure figure = Figure(m_figure->currentData().toInt());
    QList<QPointF> points;
    double top = 1;
    for (const protocol::OperatorFiguresBucket &bucket : std::as_const(m_figures.buckets)) {
        const std::optional<double> value = valueOf(bucket, figure);
        if (!value)
            continue;
        points.append(QPointF(double(bucket.start.toMSecsSinceEpoch()), *value));
        top = std::max(top, *value);
    }
    m_line->replace(points);
    const auto axes = m_chart->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *time = qobject_cast<QDateTimeAxis *>(axis); time && !m_figures.buckets.isEmpty())
            time->setRange(m_figures.buckets.first().start.toLocalTime(),
                           m_figures.buckets.last().end.toLocalTime());
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            value->setRange(0, top * 1.1);
    }
    m_chart->chart()->setTitle(m_figure->currentText());
}

AssignCourseDialog *OperatorFiguresView::assignDialog() const
{
    return m_dialog.data();
}

void OperatorFiguresView::openAssign()
{
    const QString operatorId = m_operator->currentData().toString();
    if (operatorId.isEmpty())
        return;
    m_dialog = new AssignCourseDialog(m_actions, operatorId, m_operator->currentText(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AssignCourseDialog::assigned, this, [this] {
        m_status->setText(tr("Course assigned to %1.").arg(m_operator->currentText()));
    });
    m_dialog->open();
}

} // namespace frontline::ui
