#include "ui/training/SandboxesPage.h"

#include "app/training/Colleagues.h"
#include "app/training/SandboxListModel.h"
#include "ui/common/ShortcutTable.h"
#include "ui/training/NewSandboxDialog.h"
#include "ui/training/TrainingPageParts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

SandboxesPage::SandboxesPage(app::TrainingActions &actions, app::LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_store(store)
    , m_model(new app::SandboxListModel(this))
    , m_table(new QTableView(this))
    , m_cohort(new QListWidget(this))
    , m_colleague(new QComboBox(this))
    , m_cohortLabel(new QLabel(this))
    , m_colleagueLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_addTrainee(new QPushButton(this))
    , m_removeTrainee(new QPushButton(this))
{
    setObjectName(QStringLiteral("sandboxesPage"));
    m_table->setObjectName(QStringLiteral("sandboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(app::SandboxListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(app::SandboxListModel::NameColumn, 160);
    m_table->setColumnWidth(app::SandboxListModel::PackColumn, 120);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_cohortLabel->setBuddy(m_cohort);
    m_colleagueLabel->setBuddy(m_colleague);

    buildLayout();
    connect(m_new, &QPushButton::clicked, this, &SandboxesPage::openNewSandbox);
    connect(m_reset, &QPushButton::clicked, this, [this] { resetCurrent(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_refresh, &QPushButton::clicked, this, &SandboxesPage::refresh);
    connect(m_addTrainee, &QPushButton::clicked, this, &SandboxesPage::addChosenTrainee);
    connect(m_removeTrainee, &QPushButton::clicked, this, &SandboxesPage::removeChosenTrainee);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SandboxesPage::showCohort);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SandboxesPage::showCohort);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SandboxesPage::showCohort);
    connect(m_cohort, &QListWidget::currentRowChanged, this,
            [this] { m_removeTrainee->setEnabled(m_cohort->currentItem() != nullptr); });
    installShortcuts();
    retranslateUi();
    showCohort();
}

void SandboxesPage::buildLayout()
{
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_reset, m_delete, m_refresh})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_cohortLabel);
    rightLayout->addWidget(m_cohort);
    rightLayout->addWidget(m_removeTrainee);
    rightLayout->addWidget(m_colleagueLabel);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_colleague, 1);
    adding->addWidget(m_addTrainee);
    rightLayout->addLayout(adding);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_reset);
    setTabOrder(m_reset, m_delete);
    setTabOrder(m_delete, m_refresh);
    setTabOrder(m_refresh, m_cohort);
    setTabOrder(m_cohort, m_removeTrainee);
    setTabOrder(m_removeTrainee, m_colleague);
    setTabOrder(m_colleague, m_addTrainee);
    setFocusProxy(m_table);
}

void SandboxesPage::installShortcuts()
{
    using training::addPageShortcut;
    addPageShortcut(this, Shortcut::TrainingNew, [this] { openNewSandbox(); });
    addPageShortcut(this, Shortcut::TrainingRefresh, [this] { refresh(); });
    addPageShortcut(this, Shortcut::SandboxReset, [this] { resetCurrent(); });
    addPageShortcut(this, Shortcut::TrainingDelete, [this] {
        // Delete in the cohort list removes the trainee; elsewhere it deletes the sandbox.
        if (m_cohort->hasFocus())
            removeChosenTrainee();
        else
            deleteCurrent();
    });
    addPageShortcut(this, Shortcut::SandboxAddTrainee, [this] {
        m_colleague->setFocus(Qt::ShortcutFocusReason);
        m_colleague->showPopup();
    });
}

NewSandboxDialog *SandboxesPage::newDialog() const
{
    return m_dialog.data();
}

void SandboxesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
}

void SandboxesPage::retranslateUi()
{
    using training::withKeys;
    m_new->setText(tr("&New sandbox…"));
    m_new->setToolTip(withKeys(tr("Make a sandbox"), Shortcut::TrainingNew));
    m_reset->setText(tr("&Reset…"));
    m_reset->setToolTip(withKeys(tr("Reset the chosen sandbox"), Shortcut::SandboxReset));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(withKeys(tr("Delete the chosen sandbox"), Shortcut::TrainingDelete));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(withKeys(tr("Read the sandboxes again"), Shortcut::TrainingRefresh));
    m_cohortLabel->setText(tr("C&ohort of the chosen sandbox:"));
    m_colleagueLabel->setText(tr("Add an o&perator:"));
    m_addTrainee->setText(tr("&Add to cohort"));
    m_addTrainee->setToolTip(withKeys(tr("Choose an operator"), Shortcut::SandboxAddTrainee));
    m_removeTrainee->setText(tr("Re&move from cohort"));
    m_table->setAccessibleName(tr("Sandboxes"));
    m_cohort->setAccessibleName(tr("Trainees of the chosen sandbox"));
    m_colleague->setAccessibleName(tr("Operator to add to the cohort"));
    m_status->setAccessibleName(tr("Sandboxes status"));
    m_new->setAccessibleName(tr("New sandbox"));
    m_reset->setAccessibleName(tr("Reset the chosen sandbox"));
    m_delete->setAccessibleName(tr("Delete the chosen sandbox"));
    m_refresh->setAccessibleName(tr("Read the sandboxes again"));
    m_addTrainee->setAccessibleName(tr("Add the operator to the cohort"));
    m_removeTrainee->setAccessibleName(tr("Remove the chosen trainee from the cohort"));
    showCohort();
}

void SandboxesPage::refresh()
{
    m_status->setText(tr("Reading the sandboxes…"));
    m_actions.sandboxes(this, [this](const Result<QList<protocol::Sandbox>> &list) {
        if (!list) {
            m_status->setText(tr("The sandboxes could not be read: %1").arg(list.error().message));
            return;
        }
        const QString chosen = currentName();
        m_model->setSandboxes(list.value());
        select(chosen.isEmpty() && m_model->rowCount() > 0 ? m_model->sandbox(0)->name : chosen);
        m_status->setText(m_model->rowCount() == 0
                              ? tr("No sandboxes yet: “New sandbox…” (%1) makes one.")
                                    .arg(ShortcutTable::keysText(Shortcut::TrainingNew))
                              : tr("%n sandbox(es).", nullptr, m_model->rowCount()));
    });
    reloadColleagues();
}

void SandboxesPage::reloadColleagues()
{
    const QString chosen = m_colleague->currentData().toString();
    m_colleague->clear();
    const auto colleagues = app::operatorsOnTheLine(m_store);
    for (const app::Colleague &each : colleagues ? colleagues.value() : QList<app::Colleague>())
        m_colleague->addItem(each.name, each.id);
    m_colleague->setCurrentIndex(std::max(0, m_colleague->findData(chosen)));
}

QString SandboxesPage::currentName() const
{
    const protocol::Sandbox *sandbox = chosen();
    return sandbox ? sandbox->name : QString();
}

void SandboxesPage::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    else
        showCohort();
}

void SandboxesPage::showCohort()
{
    const protocol::Sandbox *sandbox = chosen();
    const QString chosenTrainee = m_cohort->currentItem()
                                      ? m_cohort->currentItem()->data(Qt::UserRole).toString()
                                      : QString();
    m_cohort->clear();
    if (sandbox) {
        for (const protocol::SandboxTrainee &trainee : sandbox->trainees) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(trainee.displayName, trainee.username), m_cohort);
            item->setData(Qt::UserRole, trainee.operatorId);
            if (trainee.operatorId == chosenTrainee)
                m_cohort->setCurrentItem(item);
        }
    }
    for (QWidget *each : {static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_delete),
                          static_cast<QWidget *>(m_addTrainee), static_cast<QWidget *>(m_colleague),
                          static_cast<QWidget *>(m_cohort)})
        each->setEnabled(sandbox != nullptr);
    m_removeTrainee->setEnabled(sandbox && m_cohort->currentItem());
    m_cohortLabel->setText(sandbox ? tr("C&ohort of %1:").arg(sandbox->title)
                                   : tr("C&ohort of the chosen sandbox:"));
}

void SandboxesPage::openNewSandbox()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new NewSandboxDialog(m_actions, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &NewSandboxDialog::created, this, [this](const protocol::Sandbox &made) {
        m_model->put(made);
        select(made.name);
        m_status->setText(tr("Sandbox %1 is ready.").arg(made.title));
        m_table->setFocus();
    });
    m_dialog->open();
}

void SandboxesPage::answered(const Result<protocol::Sandbox> &sandbox, const QString &done)
{
    if (!sandbox) {
        m_status->setText(sandbox.error().message);
        return;
    }
    m_model->put(sandbox.value());
    m_status->setText(done);
}

const protocol::Sandbox *SandboxesPage::chosen() const
{
    return m_model->sandbox(m_table->currentIndex().row());
}

void SandboxesPage::resetCurrent(bool confirm)
{
    const protocol::Sandbox *sandbox = chosen();
    if (!sandbox)
        return;
    const QString name = sandbox->name;
    const QString title = sandbox->title;
    if (confirm &&
        !training::askBeforeLosing(
            this, tr("Reset %1?").arg(title),
            tr("Resetting “%1” (%2) removes every ticket, message, escalation and exam made in "
               "it and fills it again from its pack. Its %n trainee(s) keep their accounts and "
               "are signed out.",
               nullptr, int(sandbox->trainees.size()))
                .arg(title, name),
            tr("Reset")))
        return;
    m_status->setText(tr("Resetting %1…").arg(title));
    m_actions.resetSandbox(this, name, [this, title](const Result<protocol::Sandbox> &reset) {
        answered(reset, tr("%1 was reset.").arg(title));
        if (!reset)
            m_status->setText(tr("%1 was not reset: %2").arg(title, reset.error().message));
    });
}

void SandboxesPage::deleteCurrent(bool confirm)
{
    const protocol::Sandbox *sandbox = chosen();
    if (!sandbox)
        return;
    const QString name = sandbox->name;
    const QString title = sandbox->title;
    if (confirm &&
        !training::askBeforeLosing(
            this, tr("Delete %1?").arg(title),
            tr("Deleting “%1” (%2) removes it for good: everything done in it and its cohort's "
               "accounts there. Production is not touched.")
                .arg(title, name),
            tr("Delete")))
        return;
    m_status->setText(tr("Deleting %1…").arg(title));
    m_actions.deleteSandbox(this, name, [this, name, title](const Result<void> &removed) {
        if (!removed) {
            m_status->setText(tr("%1 was not deleted: %2").arg(title, removed.error().message));
            return;
        }
        m_model->remove(name);
        m_status->setText(tr("%1 was deleted.").arg(title));
    });
}

void SandboxesPage::addChosenTrainee()
{
    const QString name = currentName();
    const QString operatorId = m_colleague->currentData().toString();
    if (name.isEmpty() || operatorId.isEmpty())
        return;
    const QString who = m_colleague->currentText();
    m_actions.addTrainee(this, name, operatorId,
                         [this, who](const Result<protocol::Sandbox> &sandbox) {
                             answered(sandbox, tr("%1 joined the cohort.").arg(who));
                         });
}

void SandboxesPage::removeChosenTrainee()
{
    const QString name = currentName();
    QListWidgetItem *item = m_cohort->currentItem();
    if (name.isEmpty() || !item)
        return;
    const QString who = item->text();
    m_actions.removeTrainee(this, name, item->data(Qt::UserRole).toString(),
                            [this, who](const Result<protocol::Sandbox> &sandbox) {
                                answered(sandbox, tr("%1 left the cohort.").arg(who));
                            });
}

} // namespace frontline::ui
