#pragma once

#include "app/training/TrainingActions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace frontline::app {
class PackDraft;
}

namespace frontline::ui {

class PackGeneralForm;
class PackPreview;
class PackScenarioForm;
class PackTurnsEditor;

// The pack editor (issue 19, item 5): the pack's scenarios (add, duplicate, remove, reorder), the
// chosen one's form and script, the pack's own fields, and every problem the back office's reader
// finds, checked as the trainer types; a problem clicked chooses the field it names. Save imports
// the pack as a new version (a refusal is listed the same way, and nothing typed is lost);
// Preview plays the chosen scenario's customer against the trainer.
class PackEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PackEditor(app::TrainingActions &actions, QWidget *parent = nullptr);
    ~PackEditor() override;

    // Starts editing `pack` (as exported); `isNew`: never imported, saved as its version 1.
    void open(const QJsonObject &pack, bool isNew);

    app::PackDraft *draft() const { return m_draft; }
    QListView *scenarioList() const { return m_scenarios; }
    PackGeneralForm *generalForm() const { return m_general; }
    PackScenarioForm *scenarioForm() const { return m_form; }
    PackTurnsEditor *turnsEditor() const { return m_turns; }
    QListWidget *problemList() const { return m_problems; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *previewButton() const { return m_preview; }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    PackPreview *preview() const;
    int currentScenario() const;
    void chooseScenario(int row);

    void save();
    void openPreview();
    // Chooses what the problem at `row` of the list names.
    void goToProblem(int row);

Q_SIGNALS:
    void saved(const app::PackListing &pack);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    QWidget *buildScenarioSide();
    void connectEditing();
    void installShortcuts();
    void loadScenario();
    void scenarioEdited();
    void generalEdited();
    void validate();
    void showProblems(const QList<protocol::PackProblem> &problems, bool fromBackOffice);

    app::TrainingActions &m_actions;
    app::PackDraft *m_draft;
    qint64 m_savedVersion = 0; // the newest version the back office has; 0: none yet
    QListView *m_scenarios;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QTabWidget *m_tabs;
    PackGeneralForm *m_general;
    PackScenarioForm *m_form;
    PackTurnsEditor *m_turns;
    QWidget *m_scenarioPage;
    QLabel *m_problemsLabel;
    QListWidget *m_problems;
    QLabel *m_status;
    QPushButton *m_preview;
    QPushButton *m_save;
    QPointer<PackPreview> m_previewWindow;
    QList<protocol::PackProblem> m_shown;
    bool m_loading = false;
};

} // namespace frontline::ui
