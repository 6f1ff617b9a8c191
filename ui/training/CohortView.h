#pragma once

#include "app/training/CohortSummary.h"
#include "protocol/Result.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;

namespace frontline::ui {

// A cohort's exams (issue 19, item 10): of a sandbox's closed exams, the pass rate, the mean, the
// distribution by band as a bar chart, and each trainee's total, with CSV (app/CohortSummary,
// protocol/CsvRow) and PDF (ui/common/HtmlPdf) exports.
class CohortView : public QWidget
{
    Q_OBJECT
public:
    explicit CohortView(QWidget *parent = nullptr);

    void setExams(const QString &sandboxTitle, const QList<QJsonObject> &exams);
    const app::CohortSummary &summary() const { return m_summary; }
    QLabel *figures() const { return m_figures; }
    QTableWidget *table() const { return m_table; }
    QChartView *chart() const { return m_chart; }

    // The exports, to a file chosen in a dialog or given (tests).
    Result<void> exportCsv(const QString &path) const;
    Result<void> exportPdf(const QString &path) const;
    // The PDF's HTML, every outside text escaped.
    QString html() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void chooseCsv();
    void choosePdf();
    QString figuresText() const;

    QString m_sandboxTitle;
    app::CohortSummary m_summary;
    QLabel *m_figures;
    QChartView *m_chart;
    QTableWidget *m_table;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QLabel *m_state;
};

} // namespace frontline::ui
