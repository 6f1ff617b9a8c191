#include "ui/training/CohortView.h"

#include "ui/common/HtmlPdf.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace frontline::ui {
namespace {

QString points(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

CohortView::CohortView(QWidget *parent)
    : QWidget(parent)
    , m_figures(new QLabel(this))
    , m_chart(new QChartView(new QChart, this))
    , m_table(new QTableWidget(this))
    , m_csv(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("cohortView"));
    m_figures->setObjectName(QStringLiteral("cohortFigures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_chart->setObjectName(QStringLiteral("cohortChart"));
    m_chart->setMinimumHeight(220);
    m_chart->chart()->legend()->hide();
    m_table->setObjectName(QStringLiteral("cohortTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_csv->setObjectName(QStringLiteral("cohortCsv"));
    m_pdf->setObjectName(QStringLiteral("cohortPdf"));
    m_state->setObjectName(QStringLiteral("cohortState"));
    m_state->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_figures, 1);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state);
    connect(m_csv, &QPushButton::clicked, this, &CohortView::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &CohortView::choosePdf);
    retranslateUi();
}

void CohortView::setExams(const QString &sandboxTitle, const QList<QJsonObject> &exams)
{
    m_sandboxTitle = sandboxTitle;
    m_summary = app::CohortSummary::of(exams);
    fill();
}

QString CohortView::figuresText() const
{
    if (m_summary.taken == 0)
        return tr("%1: no exam closed yet").arg(m_sandboxTitle);
    return tr("%1: %n exam(s) taken, %2 passed (%3 %), mean %4", nullptr, m_summary.taken)
        .arg(m_sandboxTitle)
        .arg(m_summary.passed)
        .arg(QLocale().toString(m_summary.passRate(), 'f', 0))
        .arg(points(m_summary.mean));
}

void CohortView::fill()
{
    m_figures->setText(figuresText());
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // the caller owns a removed axis
        delete axis;
    }
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Trainees"));
    QStringList labels;
    int most = 1;
    for (const app::CohortSummary::Band &band : m_summary.bands) {
        *set << band.count;
        labels.append(band.label);
        most = std::max(most, band.count);
    }
    series->append(set);
    chart->addSeries(series);
    auto *bands = new QBarCategoryAxis;
    bands->append(labels);
    chart->addAxis(bands, Qt::AlignBottom);
    series->attachAxis(bands);
    auto *counts = new QValueAxis;
    counts->setRange(0, most);
    counts->setTickCount(std::min(most, 10) + 1);
    counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->setTitle(tr("Trainees by band"));

    m_table->setRowCount(int(m_summary.trainees.size()));
    for (int row = 0; row < m_summary.trainees.size(); ++row) {
        const app::CohortSummary::Trainee &trainee = m_summary.trainees[row];
        const QStringList cells{trainee.name, points(trainee.total), trainee.band,
                                trainee.passed ? tr("passed") : tr("not passed")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_csv->setEnabled(m_summary.taken > 0);
    m_pdf->setEnabled(m_summary.taken > 0);
}

Result<void> CohortView::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray csv = m_summary.toCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error{QStringLiteral("io_error"),
                     tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

QString CohortView::html() const
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = u"<html><body><h2>" + escaped(tr("Exams of %1").arg(m_sandboxTitle)) +
                   u"</h2><p>" + escaped(figuresText()) + u"</p><h3>" +
                   escaped(tr("Trainees by band")) + u"</h3><table border=\"1\" cellpadding=\"3\">";
    for (const app::CohortSummary::Band &band : m_summary.bands)
        html += u"<tr><td>" + escaped(band.label) + u"</td><td>" + QString::number(band.count) +
                u"</td></tr>";
    html += u"</table><h3>" + escaped(tr("Each trainee")) +
            u"</h3><table border=\"1\" cellpadding=\"3\"><tr><th>" + escaped(tr("Trainee")) +
            u"</th><th>" + escaped(tr("Total")) + u"</th><th>" + escaped(tr("Band")) +
            u"</th><th>" + escaped(tr("Passed")) + u"</th></tr>";
    for (const app::CohortSummary::Trainee &trainee : m_summary.trainees)
        html += u"<tr><td>" + escaped(trainee.name) + u"</td><td>" + points(trainee.total) +
                u"</td><td>" + escaped(trainee.band) + u"</td><td>" +
                escaped(trainee.passed ? tr("passed") : tr("not passed")) + u"</td></tr>";
    return html + u"</table></body></html>";
}

Result<void> CohortView::exportPdf(const QString &path) const
{
    return writeHtmlPdf(html(), tr("Exams of %1").arg(m_sandboxTitle), path);
}

void CohortView::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the cohort"),
                                                      QStringLiteral("frontline-cohort.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = exportCsv(path);
    m_state->setText(written ? tr("The cohort was exported to %1").arg(path)
                             : written.error().message);
}

void CohortView::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the cohort"),
                                                      QStringLiteral("frontline-cohort.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = exportPdf(path);
    m_state->setText(written ? tr("The cohort was exported to %1").arg(path)
                             : written.error().message);
}

void CohortView::retranslateUi()
{
    m_csv->setText(tr("Export CSV…"));
    m_pdf->setText(tr("Export PDF…"));
    m_table->setHorizontalHeaderLabels({tr("Trainee"), tr("Total"), tr("Band"), tr("Passed")});
    m_table->setAccessibleName(tr("Each trainee's total"));
    m_chart->setAccessibleName(tr("Trainees by band"));
    fill();
}

void CohortView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui
