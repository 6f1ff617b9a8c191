#include "ui/training/PackTurnsEditor.h"

#include "ui/training/PackBranchForm.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace frontline::ui {

PackTurnsEditor::PackTurnsEditor(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_nothing(new QLabel(this))
    , m_turnPage(new QWidget(this))
    , m_turnIdLabel(new QLabel(this))
    , m_turnId(new QLineEdit(this))
    , m_branch(new PackBranchForm(this))
    , m_addTurn(new QPushButton(this))
    , m_addBranch(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
{
    setObjectName(QStringLiteral("packTurnsEditor"));
    m_tree->setObjectName(QStringLiteral("packTurnTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nothing->setWordWrap(true);
    auto *turnForm = new QFormLayout(m_turnPage);
    turnForm->addRow(m_turnIdLabel, m_turnId);
    m_turnIdLabel->setBuddy(m_turnId);
    m_pages->addWidget(m_nothing);
    m_pages->addWidget(m_turnPage);
    m_pages->addWidget(m_branch);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_addTurn, 0, 0);
    buttons->addWidget(m_addBranch, 0, 1);
    buttons->addWidget(m_remove, 0, 2);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree);
    leftLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(m_pages);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PackTurnsEditor::showChosen);
    connect(m_addTurn, &QPushButton::clicked, this, &PackTurnsEditor::addTurn);
    connect(m_addBranch, &QPushButton::clicked, this, &PackTurnsEditor::addBranch);
    connect(m_remove, &QPushButton::clicked, this, &PackTurnsEditor::removeChosen);
    connect(m_up, &QPushButton::clicked, this, [this] { moveChosen(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveChosen(1); });
    connect(m_turnId, &QLineEdit::textEdited, this, &PackTurnsEditor::storeChosen);
    connect(m_turnId, &QLineEdit::editingFinished, this, &PackTurnsEditor::followRename);
    connect(m_branch, &PackBranchForm::edited, this, &PackTurnsEditor::storeChosen);
    retranslateUi();
}

void PackTurnsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PackTurnsEditor::retranslateUi()
{
    m_nothing->setText(tr("Choose a turn or a branch of the customer's script."));
    m_turnIdLabel->setText(tr("T&urn id:"));
    m_turnId->setAccessibleName(tr("Turn id"));
    m_addTurn->setText(tr("Add t&urn"));
    m_addBranch->setText(tr("Add &branch"));
    m_remove->setText(tr("Remo&ve"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_addTurn->setAccessibleName(tr("Add a turn"));
    m_addBranch->setAccessibleName(tr("Add a branch to the chosen turn"));
    m_remove->setAccessibleName(tr("Remove the chosen turn or branch"));
    m_up->setAccessibleName(tr("Move the chosen turn or branch up"));
    m_down->setAccessibleName(tr("Move the chosen turn or branch down"));
    m_tree->setAccessibleName(tr("The customer's turns and branches"));
}

void PackTurnsEditor::load(const QList<protocol::ScriptTurn> &turns)
{
    m_renamed = -1; // another script: the rename shown was the last one's
    m_turns = turns;
    rebuild(turns.isEmpty() ? -1 : 0, -1);
}

QStringList PackTurnsEditor::turnIds() const
{
    QStringList ids;
    for (const protocol::ScriptTurn &turn : m_turns)
        ids.append(turn.id);
    return ids;
}

void PackTurnsEditor::rebuild(int turn, int branch)
{
    m_renamed = -1; // turns moved, came or went: the ids shown before are no guide
    m_loading = true;
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (int t = 0; t < m_turns.size(); ++t) {
        auto *turnItem = new QTreeWidgetItem(m_tree, {tr("Turn %1").arg(m_turns[t].id)});
        turnItem->setData(0, Qt::UserRole, QPoint(t, -1));
        for (int b = 0; b < m_turns[t].branches.size(); ++b) {
            auto *item =
                new QTreeWidgetItem(turnItem, {PackBranchForm::summary(m_turns[t].branches[b])});
            item->setData(0, Qt::UserRole, QPoint(t, b));
            if (t == turn && b == branch)
                current = item;
        }
        if (t == turn && branch < 0)
            current = turnItem;
    }
    m_tree->expandAll();
    m_loading = false;
    if (current)
        m_tree->setCurrentItem(current);
    showChosen();
}

std::pair<int, int> PackTurnsEditor::chosen() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {-1, -1};
    const QPoint at = item->data(0, Qt::UserRole).toPoint();
    return {at.x(), at.y()};
}

void PackTurnsEditor::showChosen()
{
    if (m_loading)
        return;
    followRename();
    const auto [turn, branch] = chosen();
    m_renamed = branch < 0 ? turn : -1;
    m_loading = true;
    if (turn < 0 || turn >= m_turns.size()) {
        m_pages->setCurrentWidget(m_nothing);
    } else if (branch < 0) {
        m_idBefore = m_turns[turn].id;
        m_turnId->setText(m_turns[turn].id);
        m_pages->setCurrentWidget(m_turnPage);
    } else {
        m_branch->load(m_turns[turn].branches[branch], turnIds());
        m_pages->setCurrentWidget(m_branch);
    }
    m_loading = false;
    m_addBranch->setEnabled(turn >= 0);
    m_remove->setEnabled(turn >= 0);
    m_up->setEnabled(turn >= 0);
    m_down->setEnabled(turn >= 0);
}

// The chosen turn's id or branch, as edited, back into the script and the tree's words.
void PackTurnsEditor::storeChosen()
{
    if (m_loading)
        return;
    const auto [turn, branch] = chosen();
    if (turn < 0 || turn >= m_turns.size())
        return;
    QTreeWidgetItem *item = m_tree->currentItem();
    if (branch < 0) {
        m_turns[turn].id = m_turnId->text().trimmed();
        item->setText(0, tr("Turn %1").arg(m_turns[turn].id));
    } else {
        m_branch->store(m_turns[turn].branches[branch]);
        item->setText(0, PackBranchForm::summary(m_turns[turn].branches[branch]));
    }
    Q_EMIT edited();
}

void PackTurnsEditor::followRename()
{
    if (m_renamed < 0 || m_renamed >= m_turns.size())
        return;
    const QString after = m_turns[m_renamed].id;
    const QString before = m_idBefore;
    const QStringList ids = turnIds();
    const auto reserved = [](const QString &id) {
        return id == protocol::ScriptEnd || id == protocol::ScriptSilent;
    };
    // Not yet a name to move to (empty, another turn's, or "end" or "silent", which say where a
    // branch goes by themselves): the branches wait for the next one.
    if (before == after || after.isEmpty() || ids.count(after) > 1 || reserved(after))
        return;
    m_idBefore = after;
    // An old id still in use is that turn's: its branches stay.
    if (before.isEmpty() || reserved(before) || ids.contains(before))
        return;
    bool moved = false;
    for (int t = 0; t < m_turns.size(); ++t) {
        QTreeWidgetItem *turnItem = m_tree->topLevelItem(t);
        for (int b = 0; b < m_turns[t].branches.size(); ++b) {
            protocol::ScriptBranch &branch = m_turns[t].branches[b];
            if (branch.then != before)
                continue;
            branch.then = after;
            moved = true;
            if (turnItem && turnItem->child(b))
                turnItem->child(b)->setText(0, PackBranchForm::summary(branch));
        }
    }
    if (moved)
        Q_EMIT edited();
}

void PackTurnsEditor::addTurn()
{
    followRename(); // a rename typed but not finished yet, before the turns change
    protocol::ScriptTurn turn;
    QString id = QStringLiteral("turn-%1").arg(m_turns.size() + 1);
    while (turnIds().contains(id))
        id += QStringLiteral("-new");
    turn.id = id;
    protocol::ScriptBranch otherwise;
    otherwise.then = protocol::ScriptEnd;
    turn.branches.append(otherwise);
    m_turns.append(turn);
    rebuild(int(m_turns.size()) - 1, -1);
    m_turnId->setFocus();
    m_turnId->selectAll();
    Q_EMIT edited();
}

void PackTurnsEditor::addBranch()
{
    followRename(); // a rename typed but not finished yet, before the turns change
    const int turn = chosen().first;
    if (turn < 0)
        return;
    protocol::ScriptBranch branch;
    branch.when.kind = protocol::ScriptTrigger::Kind::Words;
    branch.then = m_turns[turn].id;
    // Before the turn's "otherwise", which must stay last to catch what no branch took.
    QList<protocol::ScriptBranch> &branches = m_turns[turn].branches;
    int at = int(branches.size());
    if (at > 0 && branches.last().when.kind == protocol::ScriptTrigger::Kind::Otherwise)
        --at;
    branches.insert(at, branch);
    rebuild(turn, at);
    m_branch->kindBox()->setFocus();
    Q_EMIT edited();
}

void PackTurnsEditor::removeChosen()
{
    followRename(); // a rename typed but not finished yet, before the turns change
    const auto [turn, branch] = chosen();
    if (turn < 0)
        return;
    if (branch < 0) {
        m_turns.removeAt(turn);
        rebuild(std::min(turn, int(m_turns.size()) - 1), -1);
    } else {
        m_turns[turn].branches.removeAt(branch);
        const int left = int(m_turns[turn].branches.size());
        rebuild(turn, left == 0 ? -1 : std::min(branch, left - 1));
    }
    Q_EMIT edited();
}

void PackTurnsEditor::moveChosen(int by)
{
    followRename(); // a rename typed but not finished yet, before the turns change
    const auto [turn, branch] = chosen();
    if (turn < 0)
        return;
    if (branch < 0) {
        const int to = turn + by;
        if (to < 0 || to >= m_turns.size())
            return;
        m_turns.move(turn, to);
        rebuild(to, -1);
    } else {
        const int to = branch + by;
        if (to < 0 || to >= m_turns[turn].branches.size())
            return;
        m_turns[turn].branches.move(branch, to);
        rebuild(turn, to);
    }
    Q_EMIT edited();
}

void PackTurnsEditor::select(int turn, int branch, const QString &path)
{
    followRename();
    rebuild(turn, branch);
    QWidget *field = nullptr;
    if (branch >= 0)
        field = m_branch->fieldWidget(path);
    else if (turn >= 0)
        field = path == u"id" || path.isEmpty() ? m_turnId : nullptr;
    if (field)
        field->setFocus(Qt::OtherFocusReason);
    else
        m_tree->setFocus(Qt::OtherFocusReason);
}

} // namespace frontline::ui
