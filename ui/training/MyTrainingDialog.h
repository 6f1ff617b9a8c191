#pragma once

#include "protocol/TrainingCourse.h"

#include <QDialog>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace frontline::app {
class LocalStore;
class OperatorCommands;
class TrainingCourseModel;
} // namespace frontline::app

namespace frontline::ui {

// Frontline > My training (issue 19, item 10): the courses a trainer assigned the operator, from
// her cache, where she marks one started or completed. The move goes through the outbox, so it
// shows at once and reaches the back office when it can. A move the back office found made on an
// older version of the course (her trainer changed it meanwhile) is a conflict: the dialog
// selects that course, says so, and offers to make the move again or to leave it.
class MyTrainingDialog : public QDialog
{
    Q_OBJECT
public:
    MyTrainingDialog(app::LocalStore &store, app::OperatorCommands &commands,
                     QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *completeButton() const { return m_complete; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *conflictLabel() const { return m_conflict; }
    QPushButton *againButton() const { return m_again; }
    QPushButton *leaveButton() const { return m_leave; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showWhenEmpty();
    void move(protocol::CourseStatus status);
    void showConflict();
    void settleConflict(bool again);
    QString selectedCourse() const;

    app::OperatorCommands &m_commands;
    app::TrainingCourseModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_complete;
    QPushButton *m_close;
    QFrame *m_conflictRow;
    QLabel *m_conflict;
    QPushButton *m_again;
    QPushButton *m_leave;
    qint64 m_conflictId = 0;
    QString m_conflictCourse; // the course m_conflictId is about
};

} // namespace frontline::ui
