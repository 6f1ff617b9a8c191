#pragma once

#include "protocol/OperatorFigures.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableWidget;

namespace frontline::app {
class LocalStore;
class TrainingActions;
} // namespace frontline::app

namespace frontline::ui {

class AssignCourseDialog;

// The trainer's view of one operator's production figures over time (issue 19, item 10): a
// chart of the chosen figure and a table of every figure per week or day, read from
// GET /training/operators/{id}/figures, and "Assign a course…" beside them.
class OperatorFiguresView : public QWidget
{
    Q_OBJECT
public:
    OperatorFiguresView(app::TrainingActions &actions, app::LocalStore &store,
                        QWidget *parent = nullptr);

    enum class Figure
    {
        Handled,
        Aht,
        Fcr,
        ReturnedRate,
        QaScore,
    };

    QComboBox *operatorBox() const { return m_operator; }
    QComboBox *bucketBox() const { return m_bucket; }
    QComboBox *figureBox() const { return m_figure; }
    QTableWidget *table() const { return m_table; }
    QLineSeries *line() const { return m_line; }
    QPushButton *assignButton() const { return m_assign; }
    AssignCourseDialog *assignDialog() const;
    QLabel *statusLabel() const { return m_status; }
    const protocol::OperatorFigures &figures() const { return m_figures; }

    // Lists the operators the cache knows and reads the chosen one's figures.
    void reloadOperators();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fetch();
    void showFigures(const protocol::OperatorFigures &figures);
    void drawChart();
    void openAssign();

    app::TrainingActions &m_actions;
    app::LocalStore &m_store;
    protocol::OperatorFigures m_figures;
    QComboBox *m_operator;
    QComboBox *m_bucket;
    QComboBox *m_figure;
    QLabel *m_operatorLabel;
    QLabel *m_bucketLabel;
    QLabel *m_figureLabel;
    QChartView *m_chart;
    QLineSeries *m_line;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_assign;
    QPointer<AssignCourseDialog> m_dialog;
    int m_request = 0; // the answer of an older request is dropped
};

} // namespace frontline::ui
