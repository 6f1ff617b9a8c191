#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace frontline::app {
class TrainerExams;
}

namespace frontline::ui {

// "Start exam…" on the trainer's Exams page (issue 19, item 8): the sandbox, its trainees or the
// whole cohort, exam or practice, the pack (the sandbox's by default), the duration and how many
// customers at once (the pack's by default). A refusal is shown here, naming the field, and
// nothing chosen is lost.
class StartExamDialog : public QDialog
{
    Q_OBJECT
public:
    StartExamDialog(app::TrainerExams &exams, const QString &sandbox, QWidget *parent = nullptr);

    QComboBox *sandboxBox() const { return m_sandbox; }
    QCheckBox *wholeCohort() const { return m_wholeCohort; }
    QListWidget *trainees() const { return m_trainees; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *packBox() const { return m_pack; }
    QSpinBox *durationBox() const { return m_duration; }
    QSpinBox *simultaneousBox() const { return m_simultaneous; }
    QPushButton *startButton() const { return m_start; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void start();

private:
    void layOut();
    void fillSandboxes();
    void fillTrainees();
    void fillPacks();
    void updateControls();

    app::TrainerExams &m_exams;
    QString m_wanted; // the sandbox to choose once the list arrives
    QComboBox *m_sandbox;
    QCheckBox *m_wholeCohort;
    QListWidget *m_trainees;
    QComboBox *m_mode;
    QComboBox *m_pack;
    QSpinBox *m_duration;
    QSpinBox *m_simultaneous;
    QLabel *m_error;
    QPushButton *m_start;
    QPushButton *m_cancel;
};

} // namespace frontline::ui
