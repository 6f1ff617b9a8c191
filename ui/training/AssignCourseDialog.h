#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace frontline::app {
class TrainingActions;
}

namespace frontline::ui {

// "Assign a course…" from an operator's figures (issue 19, item 10): the pack, its scenarios by
// id, why (required) and an optional due date, sent as POST /training/courses. A refusal is shown
// here and nothing typed is lost.
class AssignCourseDialog : public QDialog
{
    Q_OBJECT
public:
    AssignCourseDialog(app::TrainingActions &actions, const QString &operatorId,
                       const QString &operatorName, QWidget *parent = nullptr);

    QLineEdit *packEdit() const { return m_pack; }
    QLineEdit *scenariosEdit() const { return m_scenarios; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QPushButton *assignButton() const { return m_assign; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void assigned(const QString &courseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void assign();

    app::TrainingActions &m_actions;
    QString m_operatorId;
    QString m_operatorName;
    QLineEdit *m_pack;
    QLineEdit *m_scenarios;
    QPlainTextEdit *m_reason;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QLabel *m_packLabel;
    QLabel *m_scenariosLabel;
    QLabel *m_reasonLabel;
    QLabel *m_status;
    QPushButton *m_assign;
    QPushButton *m_cancel;
};

} // namespace frontline::ui
