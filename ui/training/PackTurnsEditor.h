#pragma once

#include "protocol/ScenarioPack.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace frontline::ui {

class PackBranchForm;

// A scenario's script in the pack editor (issue 19, item 5): its turns, each with its branches,
// as a tree; a turn's id or a branch's trigger and answer edited beside it. Turns and branches
// are added, removed and moved up or down; the first branch whose trigger fires wins, so order
// matters.
class PackTurnsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PackTurnsEditor(QWidget *parent = nullptr);

    void load(const QList<protocol::ScriptTurn> &turns);
    const QList<protocol::ScriptTurn> &turns() const { return m_turns; }
    // Chooses turn `turn` (and its branch `branch`, unless -1) and puts the focus on the field
    // `path` names within it, when there is one.
    void select(int turn, int branch, const QString &path);

    QTreeWidget *tree() const { return m_tree; }
    PackBranchForm *branchForm() const { return m_branch; }
    QLineEdit *turnIdEdit() const { return m_turnId; }
    void addTurn();
    void addBranch();
    void removeChosen();
    void moveChosen(int by);
    // A turn's id edited to its end: the branches that went to its old id go to the new one
    // (also done before the turns change, and before the pack is saved).
    void followRename();

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild(int turn, int branch);
    void showChosen();
    void storeChosen();
    // The chosen turn and branch (-1 when a turn itself, or nothing, is chosen).
    std::pair<int, int> chosen() const;
    QStringList turnIds() const;

    QList<protocol::ScriptTurn> m_turns;
    QTreeWidget *m_tree;
    QStackedWidget *m_pages;
    QLabel *m_nothing;
    QWidget *m_turnPage;
    QLabel *m_turnIdLabel;
    QLineEdit *m_turnId;
    PackBranchForm *m_branch;
    QPushButton *m_addTurn;
    QPushButton *m_addBranch;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_loading = false;
    int m_renamed = -1; // the turn whose id is shown for editing
    QString m_idBefore; // its id when it was shown, or when its last rename was followed
};

} // namespace frontline::ui
