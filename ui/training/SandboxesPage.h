#pragma once

#include "app/training/TrainingActions.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace frontline::app {
class LocalStore;
class SandboxListModel;
} // namespace frontline::app

namespace frontline::ui {

class NewSandboxDialog;

// The trainer's Sandboxes page (issue 19): her sandboxes (title, name, pack, trainees, created),
// New sandbox…, Reset… and Delete… (each asks first, naming the sandbox and what goes), and the
// chosen sandbox's cohort: add an operator from the colleagues the cache knows, or remove one.
// Ctrl+N, Ctrl+R, Delete, Ctrl+T and F5 act on the page while it is shown.
class SandboxesPage : public QWidget
{
    Q_OBJECT
public:
    SandboxesPage(app::TrainingActions &actions, app::LocalStore &store, QWidget *parent = nullptr);

    app::SandboxListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *cohortList() const { return m_cohort; }
    QComboBox *colleagueBox() const { return m_colleague; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *addTraineeButton() const { return m_addTrainee; }
    QPushButton *removeTraineeButton() const { return m_removeTrainee; }
    QLabel *statusLabel() const { return m_status; }
    NewSandboxDialog *newDialog() const;
    // The chosen sandbox's name; empty for none.
    QString currentName() const;
    void select(const QString &name);

    // Reads the sandboxes again.
    void refresh();
    void openNewSandbox();
    // Each asks first; `confirm` false skips the question (tests, and after a typed-in name).
    void resetCurrent(bool confirm = true);
    void deleteCurrent(bool confirm = true);
    void addChosenTrainee();
    void removeChosenTrainee();
    // Lists the operators the cache knows, to add to a cohort.
    void reloadColleagues();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void buildLayout();
    void installShortcuts();
    void showCohort();
    void answered(const Result<protocol::Sandbox> &sandbox, const QString &done);
    const protocol::Sandbox *chosen() const;

    app::TrainingActions &m_actions;
    app::LocalStore &m_store;
    app::SandboxListModel *m_model;
    QTableView *m_table;
    QListWidget *m_cohort;
    QComboBox *m_colleague;
    QLabel *m_cohortLabel;
    QLabel *m_colleagueLabel;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_reset;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QPushButton *m_addTrainee;
    QPushButton *m_removeTrainee;
    QPointer<NewSandboxDialog> m_dialog;
    bool m_loaded = false;
};

} // namespace frontline::ui
