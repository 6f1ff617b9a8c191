#include "ui/training/PacksPage.h"

#include "app/training/PackDraft.h"
#include "app/training/PackListModel.h"
#include "ui/common/ShortcutTable.h"
#include "ui/training/PackEditor.h"
#include "ui/training/TrainingPageParts.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

PacksPage::PacksPage(app::TrainingActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_model(new app::PackListModel(this))
    , m_table(new QTableView(this))
    , m_problemsLabel(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("packsPage"));
    m_table->setObjectName(QStringLiteral("packTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(app::PackListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(app::PackListModel::IdColumn, 160);
    m_table->setColumnWidth(app::PackListModel::VersionsColumn, 130);
    m_problemsLabel->setBuddy(m_problems);
    m_problems->setObjectName(QStringLiteral("packProblems"));
    m_problemsLabel->hide();
    m_problems->hide();
    m_problems->setMaximumHeight(180);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_import, m_export, m_delete, m_refresh})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_status);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_import);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_delete);
    setTabOrder(m_delete, m_refresh);
    setTabOrder(m_refresh, m_problems);
    setFocusProxy(m_table);

    connect(m_new, &QPushButton::clicked, this, &PacksPage::newPack);
    connect(m_edit, &QPushButton::clicked, this, &PacksPage::editCurrent);
    connect(m_import, &QPushButton::clicked, this, &PacksPage::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &PacksPage::chooseExport);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_table, &QTableView::activated, this, &PacksPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PacksPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PacksPage::updateButtons);
    installShortcuts();
    retranslateUi();
    updateButtons();
}

void PacksPage::installShortcuts()
{
    using training::addPageShortcut;
    addPageShortcut(this, Shortcut::TrainingNew, [this] { newPack(); });
    addPageShortcut(this, Shortcut::TrainingRefresh, [this] { refresh(); });
    addPageShortcut(this, Shortcut::TrainingDelete, [this] { deleteCurrent(); });
    addPageShortcut(this, Shortcut::PackImport, [this] { chooseImport(); });
    addPageShortcut(this, Shortcut::PackExport, [this] { chooseExport(); });
    addPageShortcut(this, Shortcut::PackEdit, [this] { editCurrent(); });
}

PackEditor *PacksPage::editor() const
{
    return m_editor.data();
}

void PacksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PacksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
}

void PacksPage::retranslateUi()
{
    const auto tip = [](QPushButton *button, const QString &text, Shortcut id) {
        button->setToolTip(training::withKeys(text, id));
        button->setAccessibleName(text);
    };
    m_new->setText(tr("&New pack"));
    tip(m_new, tr("New pack in the editor"), Shortcut::TrainingNew);
    m_edit->setText(tr("&Edit…"));
    tip(m_edit, tr("Edit the chosen pack"), Shortcut::PackEdit);
    m_import->setText(tr("&Import…"));
    tip(m_import, tr("Import a pack from a JSON file"), Shortcut::PackImport);
    m_export->setText(tr("E&xport…"));
    tip(m_export, tr("Export a version of the chosen pack"), Shortcut::PackExport);
    m_delete->setText(tr("&Delete…"));
    tip(m_delete, tr("Delete the chosen pack"), Shortcut::TrainingDelete);
    m_refresh->setText(tr("Re&fresh"));
    tip(m_refresh, tr("Read the packs again"), Shortcut::TrainingRefresh);
    m_problemsLabel->setText(tr("&Problems the back office found:"));
    m_table->setAccessibleName(tr("Scenario packs"));
    m_problems->setAccessibleName(tr("Problems of the refused pack"));
    m_status->setAccessibleName(tr("Scenario packs status"));
}

void PacksPage::updateButtons()
{
    const bool chosen = !currentId().isEmpty();
    m_edit->setEnabled(chosen);
    m_export->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

QString PacksPage::currentId() const
{
    const app::PackListing *pack = m_model->pack(m_table->currentIndex().row());
    return pack ? pack->id : QString();
}

void PacksPage::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void PacksPage::refresh(const QString &choose)
{
    m_actions.packs(this, [this, choose](const Result<QList<app::PackListing>> &packs) {
        if (!packs) {
            m_status->setText(tr("The packs could not be read: %1").arg(packs.error().message));
            return;
        }
        const QString chosen = choose.isEmpty() ? currentId() : choose;
        m_model->setPacks(packs.value());
        select(chosen.isEmpty() && !packs->isEmpty() ? packs->first().id : chosen);
        updateButtons();
    });
}

void PacksPage::showProblems(const QList<protocol::PackProblem> &problems)
{
    m_problems->clear();
    for (const protocol::PackProblem &problem : problems)
        m_problems->addItem(problem.toString());
    m_problems->setVisible(!problems.isEmpty());
    m_problemsLabel->setVisible(!problems.isEmpty());
}

void PacksPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a scenario pack"), {},
                                                      tr("Scenario packs (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void PacksPage::importFile(const QString &path)
{
    showProblems({});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        m_status->setText(tr("%1 is not a scenario pack: %2").arg(path, error.errorString()));
        return;
    }
    m_status->setText(tr("Importing %1…").arg(path));
    m_actions.importPack(
        this, document.object(),
        [this](const Result<app::PackListing> &pack, const QList<protocol::PackProblem> &problems) {
            if (!pack) {
                m_status->setText(tr("The pack was not imported: %1")
                                      .arg(pack.error().message.section(u'\n', 0, 0)));
                showProblems(problems);
                return;
            }
            m_status->setText(
                tr("%1 version %2 was imported.").arg(pack->title).arg(pack->version));
            refresh(pack->id);
        });
}

void PacksPage::chooseExport()
{
    const app::PackListing *pack = m_model->pack(m_table->currentIndex().row());
    if (!pack)
        return;
    bool ok = false;
    const int version =
        QInputDialog::getInt(this, tr("Export %1").arg(pack->title), tr("Version to export:"),
                             int(pack->version), 1, int(pack->version), 1, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(pack->title),
        QStringLiteral("%1-v%2.json").arg(pack->id).arg(version), tr("Scenario packs (*.json)"));
    if (!path.isEmpty())
        exportTo(path, version);
}

void PacksPage::exportTo(const QString &path, qint64 version)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_actions.exportPack(this, id, version, [this, path](const Result<QJsonObject> &pack) {
        if (!pack) {
            m_status->setText(tr("The pack was not exported: %1").arg(pack.error().message));
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(pack.value()).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit()) {
            m_status->setText(tr("%1 could not be written: %2").arg(path, file.errorString()));
            return;
        }
        m_status->setText(
            tr("Version %1 was written to %2.").arg(pack->value(u"version").toInteger()).arg(path));
    });
}

void PacksPage::deleteCurrent(bool confirm)
{
    const app::PackListing *pack = m_model->pack(m_table->currentIndex().row());
    if (!pack)
        return;
    const QString id = pack->id;
    const QString title = pack->title;
    if (confirm &&
        !training::askBeforeLosing(
            this, tr("Delete %1?").arg(title),
            tr("Deleting “%1” (%2) removes all its %n version(s). Sandboxes already filled from "
               "it keep what they have.",
               nullptr, pack->versions)
                .arg(title, id),
            tr("Delete")))
        return;
    m_actions.deletePack(this, id, [this, title](const Result<void> &removed) {
        if (!removed) {
            m_status->setText(tr("%1 was not deleted: %2").arg(title, removed.error().message));
            return;
        }
        m_status->setText(tr("%1 was deleted.").arg(title));
        refresh({});
    });
}

void PacksPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_status->setText(tr("Reading the pack…"));
    m_actions.exportPack(this, id, 0, [this](const Result<QJsonObject> &pack) {
        if (!pack) {
            m_status->setText(tr("The pack could not be read: %1").arg(pack.error().message));
            return;
        }
        m_status->clear();
        openEditor(pack.value(), false);
    });
}

void PacksPage::newPack()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("New pack"),
                                             tr("The pack's id (lower-case letters, digits, - "
                                                "and _), e.g. returns-team:"),
                                             QLineEdit::Normal, {}, &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    const QString language =
        QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
    const protocol::ScenarioPack blank = app::PackDraft::blankPack(id, language);
    openEditor(blank.toJson(), true);
}

void PacksPage::openEditor(const QJsonObject &pack, bool isNew)
{
    if (m_editor)
        m_editor->close();
    m_editor = new PackEditor(m_actions, this);
    m_editor->setWindowFlag(Qt::Window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->open(pack, isNew);
    connect(m_editor, &PackEditor::saved, this, [this](const app::PackListing &saved) {
        m_status->setText(tr("%1 version %2 was saved.").arg(saved.title).arg(saved.version));
        refresh(saved.id);
    });
    m_editor->resize(1280, 820);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

} // namespace frontline::ui
