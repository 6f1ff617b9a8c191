#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace frontline::app {
class BackOfficeClient;
class ExamListModel;
class TrainerExams;
} // namespace frontline::app

namespace frontline::ui {

class CohortView;
class ExamResultView;
class StartExamDialog;

// The trainer's Exams page (issue 19, items 8 and 10): a sandbox's exams live (trainee, state,
// the scenario on each conversation, what is done, time left; read again every 5 s while the page
// is shown), Start exam… and End…, the chosen trainee's result (criteria, questions, timeline,
// replay), and the cohort's figures with CSV and PDF export. Everything is asked through
// app/TrainerExams; the page talks to no network.
class ExamsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExamsPage(app::BackOfficeClient &client, QWidget *parent = nullptr);

    app::TrainerExams &exams() const { return *m_exams; }
    app::ExamListModel *model() const { return m_model; }
    QComboBox *sandboxBox() const { return m_sandbox; }
    QTableView *table() const { return m_table; }
    ExamResultView *resultView() const { return m_result; }
    CohortView *cohortView() const { return m_cohort; }
    QTabWidget *details() const { return m_details; }
    QPushButton *startButton() const { return m_startExam; }
    QPushButton *endButton() const { return m_end; }
    QLabel *stateLabel() const { return m_state; }
    StartExamDialog *startDialog() const;

    // Opens the start dialog (non-modal, so tests and screen readers reach it).
    StartExamDialog *openStartDialog();
    // Ends the exam without asking (End… asks first).
    void endExam(const QString &examId);
    // Shows the exam's result below the table (reads it whole from the back office).
    void showResult(const QString &examId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillSandboxes();
    void onExamsChanged();
    void confirmEnd();
    QString selectedExam() const;
    QString sandboxTitle() const;

    app::TrainerExams *m_exams;
    app::ExamListModel *m_model;
    QComboBox *m_sandbox;
    QPushButton *m_startExam;
    QPushButton *m_end;
    QTableView *m_table;
    QTabWidget *m_details;
    ExamResultView *m_result;
    CohortView *m_cohort;
    QLabel *m_state;
    QWidget *m_startDialog = nullptr;
};

} // namespace frontline::ui
