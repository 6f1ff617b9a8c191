#pragma once

#include "app/training/TrainingActions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace frontline::app {
class PackListModel;
}

namespace frontline::ui {

class PackEditor;

// The trainer's Scenario packs page (issue 19): the packs the back office keeps (title, id,
// versions, language, scenarios); Import… a JSON file (a refused pack's problems listed, each with
// its path), Export… a version to a file, Delete… (asks first), Edit… and New pack, which open the
// pack editor. Ctrl+N, Ctrl+E, Ctrl+O, Ctrl+S, Delete and F5 act on the page while it is shown.
class PacksPage : public QWidget
{
    Q_OBJECT
public:
    explicit PacksPage(app::TrainingActions &actions, QWidget *parent = nullptr);

    app::PackListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *problemList() const { return m_problems; }
    QLabel *statusLabel() const { return m_status; }
    PackEditor *editor() const;
    QString currentId() const;
    void select(const QString &id);

    // Reads the packs again, then chooses `choose` (empty: the one chosen before).
    void refresh(const QString &choose = {});
    // Imports the pack in `path` (a JSON file); what the back office refuses is listed.
    void importFile(const QString &path);
    // Writes version `version` (0: the newest) of the chosen pack to `path`.
    void exportTo(const QString &path, qint64 version);
    void deleteCurrent(bool confirm = true);
    void editCurrent();
    void newPack();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void installShortcuts();
    void chooseImport();
    void chooseExport();
    void openEditor(const QJsonObject &pack, bool isNew);
    void showProblems(const QList<protocol::PackProblem> &problems);
    void updateButtons();

    app::TrainingActions &m_actions;
    app::PackListModel *m_model;
    QTableView *m_table;
    QLabel *m_problemsLabel;
    QListWidget *m_problems;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QPointer<PackEditor> m_editor;
    bool m_loaded = false;
};

} // namespace frontline::ui
