#include "ui/training/PackEditor.h"

#include "app/training/PackDraft.h"
#include "ui/common/ShortcutTable.h"
#include "ui/training/PackGeneralForm.h"
#include "ui/training/PackPreview.h"
#include "ui/training/PackScenarioForm.h"
#include "ui/training/PackTurnsEditor.h"
#include "ui/training/TrainingPageParts.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace frontline::ui {

PackEditor::PackEditor(app::TrainingActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_draft(new app::PackDraft(this))
    , m_scenarios(new QListView(this))
    , m_add(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_general(new PackGeneralForm(this))
    , m_form(new PackScenarioForm(this))
    , m_turns(new PackTurnsEditor(this))
    , m_scenarioPage(nullptr)
    , m_problemsLabel(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_preview(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("packEditor"));
    m_scenarios->setObjectName(QStringLiteral("packScenarioList"));
    m_scenarios->setModel(m_draft);
    m_scenarios->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setObjectName(QStringLiteral("packEditorProblems"));
    m_problems->setMaximumHeight(140);
    m_problemsLabel->setBuddy(m_problems);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_scenarioPage = buildScenarioSide();
    m_tabs->addTab(m_scenarioPage, QString());
    auto *generalScroll = new QScrollArea(this);
    generalScroll->setWidget(m_general);
    generalScroll->setWidgetResizable(true);
    m_tabs->addTab(generalScroll, QString());

    // Two rows, so the list stays narrow and the scenario's form gets the width.
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_add, 0, 0);
    listButtons->addWidget(m_duplicate, 0, 1);
    listButtons->addWidget(m_remove, 0, 2);
    listButtons->addWidget(m_up, 1, 0);
    listButtons->addWidget(m_down, 1, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_scenarios);
    leftLayout->addLayout(listButtons);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setChildrenCollapsible(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_preview);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 4);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addLayout(bottom);

    connectEditing();
    installShortcuts();
    retranslateUi();
}

PackEditor::~PackEditor() = default;

PackPreview *PackEditor::preview() const
{
    return m_previewWindow.data();
}

void PackEditor::connectEditing()
{
    connect(m_scenarios->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PackEditor::loadScenario);
    connect(m_add, &QPushButton::clicked, this, [this] { chooseScenario(m_draft->addScenario()); });
    connect(m_duplicate, &QPushButton::clicked, this,
            [this] { chooseScenario(m_draft->duplicateScenario(currentScenario())); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentScenario();
        m_draft->removeScenario(row);
        chooseScenario(std::min(row, m_draft->rowCount() - 1));
    });
    connect(m_up, &QPushButton::clicked, this,
            [this] { chooseScenario(m_draft->moveScenario(currentScenario(), -1)); });
    connect(m_down, &QPushButton::clicked, this,
            [this] { chooseScenario(m_draft->moveScenario(currentScenario(), 1)); });
    connect(m_form, &PackScenarioForm::edited, this, &PackEditor::scenarioEdited);
    connect(m_turns, &PackTurnsEditor::edited, this, &PackEditor::scenarioEdited);
    connect(m_general, &PackGeneralForm::edited, this, &PackEditor::generalEdited);
    connect(m_draft, &app::PackDraft::changed, this, &PackEditor::validate);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToProblem(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToProblem(m_problems->row(item)); });
    connect(m_save, &QPushButton::clicked, this, &PackEditor::save);
    connect(m_preview, &QPushButton::clicked, this, &PackEditor::openPreview);
}

QWidget *PackEditor::buildScenarioSide()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    auto *split = new QSplitter(this);
    split->addWidget(scroll);
    split->addWidget(m_turns);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void PackEditor::installShortcuts()
{
    const QList<std::pair<Shortcut, QPushButton *>> keys{
        {Shortcut::PackEditorSave, m_save},
        {Shortcut::PackEditorPreview, m_preview},
        {Shortcut::PackEditorAddScenario, m_add},
        {Shortcut::PackEditorDuplicateScenario, m_duplicate},
        {Shortcut::PackEditorMoveUp, m_up},
        {Shortcut::PackEditorMoveDown, m_down}};
    for (const auto &[id, button] : keys)
        training::addPageShortcut(this, id, [button] { button->click(); });
}

void PackEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PackEditor::retranslateUi()
{
    const QString title =
        m_draft->pack().title.isEmpty() ? m_draft->pack().id : m_draft->pack().title;
    setWindowTitle(tr("Scenario pack — %1").arg(title));
    const auto name = [](QPushButton *button, const QString &text, const QString &accessible,
                         Shortcut id) {
        button->setText(text);
        button->setAccessibleName(accessible);
        button->setToolTip(training::withKeys(accessible, id));
    };
    name(m_add, tr("&Add"), tr("Add a scenario"), Shortcut::PackEditorAddScenario);
    name(m_duplicate, tr("D&uplicate"), tr("Duplicate the chosen scenario"),
         Shortcut::PackEditorDuplicateScenario);
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove the chosen scenario"));
    name(m_up, tr("Up"), tr("Move the chosen scenario up"), Shortcut::PackEditorMoveUp);
    name(m_down, tr("Down"), tr("Move the chosen scenario down"), Shortcut::PackEditorMoveDown);
    name(m_preview, tr("&Preview"), tr("Preview the chosen scenario"), Shortcut::PackEditorPreview);
    name(m_save, tr("&Save as a new version"), tr("Save the pack as a new version"),
         Shortcut::PackEditorSave);
    m_tabs->setTabText(0, tr("Scenario"));
    m_tabs->setTabText(1, tr("Pack"));
    m_scenarios->setAccessibleName(tr("Scenarios of the pack"));
    m_problems->setAccessibleName(tr("Problems of the pack"));
    m_status->setAccessibleName(tr("Pack editor status"));
    showProblems(m_shown, false);
}

void PackEditor::open(const QJsonObject &json, bool isNew)
{
    QList<protocol::PackProblem> problems;
    const protocol::ScenarioPack pack = protocol::ScenarioPack::readPack(json, &problems);
    m_savedVersion = isNew ? 0 : pack.version;
    m_loading = true;
    m_draft->setPack(pack);
    m_general->load(pack);
    m_loading = false;
    if (isNew && m_draft->rowCount() == 0)
        m_draft->addScenario();
    chooseScenario(0);
    validate();
    retranslateUi();
}

int PackEditor::currentScenario() const
{
    return m_scenarios->currentIndex().row();
}

void PackEditor::chooseScenario(int row)
{
    if (row < 0 || row >= m_draft->rowCount()) {
        loadScenario();
        return;
    }
    m_scenarios->setCurrentIndex(m_draft->index(row));
    loadScenario();
}

void PackEditor::loadScenario()
{
    const protocol::PackScenario *scenario = m_draft->scenario(currentScenario());
    m_form->setEnabled(scenario != nullptr);
    m_turns->setEnabled(scenario != nullptr);
    m_preview->setEnabled(scenario != nullptr);
    m_duplicate->setEnabled(scenario != nullptr);
    m_remove->setEnabled(scenario != nullptr);
    if (!scenario)
        return;
    QStringList customers;
    for (const protocol::PackCustomer &customer : m_draft->pack().customers)
        customers.append(customer.ref);
    m_loading = true;
    m_form->load(*scenario, customers);
    m_turns->load(scenario->turns);
    m_loading = false;
}

void PackEditor::scenarioEdited()
{
    const int row = currentScenario();
    const protocol::PackScenario *scenario = m_draft->scenario(row);
    if (m_loading || !scenario)
        return;
    protocol::PackScenario edited = *scenario;
    m_form->store(edited);
    edited.turns = m_turns->turns();
    m_draft->setScenario(row, edited);
}

void PackEditor::generalEdited()
{
    if (m_loading)
        return;
    protocol::ScenarioPack pack = m_draft->pack();
    QList<protocol::PackProblem> extra;
    m_general->store(pack, &extra);
    m_draft->setExtraProblems(extra);
    m_draft->setGeneral(pack);
    retranslateUi();
}

void PackEditor::validate()
{
    showProblems(m_draft->problems(), false);
}

void PackEditor::showProblems(const QList<protocol::PackProblem> &problems, bool fromBackOffice)
{
    m_shown = problems;
    m_problems->clear();
    for (const protocol::PackProblem &problem : problems)
        m_problems->addItem(problem.toString());
    if (problems.isEmpty())
        m_problemsLabel->setText(tr("No problems: the pack can be saved."));
    else if (fromBackOffice)
        m_problemsLabel->setText(
            tr("The back office refused the pack: %n problem(s) (click one to go to it):", nullptr,
               int(problems.size())));
    else
        m_problemsLabel->setText(tr("%n problem(s) to fix before saving (click one to go to it):",
                                    nullptr, int(problems.size())));
}

void PackEditor::goToProblem(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    const app::ProblemPlace place = app::ProblemPlace::of(m_shown[row].path);
    if (place.scenario >= 0 && place.scenario < m_draft->rowCount()) {
        m_tabs->setCurrentWidget(m_scenarioPage);
        chooseScenario(place.scenario);
        if (place.turn >= 0) {
            m_turns->select(place.turn, place.branch, place.field);
        } else if (place.field.startsWith(u"turns")) {
            m_turns->tree()->setFocus(Qt::OtherFocusReason);
        } else if (QWidget *field = m_form->fieldWidget(place.field)) {
            field->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (place.field.startsWith(u"scenarios")) {
        m_scenarios->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (QWidget *field = m_general->fieldWidget(place.field)) {
        m_tabs->setCurrentIndex(1);
        field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_status->setText(tr("“%1” is not edited here: export the pack and edit its JSON file.")
                          .arg(m_shown[row].path));
}

void PackEditor::save()
{
    m_turns->followRename(); // a turn's id still being typed
    const QList<protocol::PackProblem> problems = m_draft->problems();
    if (!problems.isEmpty()) {
        showProblems(problems, false);
        m_status->setText(tr("Fix the %n problem(s) first.", nullptr, int(problems.size())));
        return;
    }
    const qint64 version = m_savedVersion + 1;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving version %1…").arg(version));
    m_actions.importPack(
        this, m_draft->document(version),
        [this](const Result<app::PackListing> &pack, const QList<protocol::PackProblem> &refused) {
            m_save->setEnabled(true);
            if (!pack) {
                m_status->setText(tr("The pack was not saved: %1")
                                      .arg(pack.error().message.section(u'\n', 0, 0)));
                if (!refused.isEmpty())
                    showProblems(refused, true);
                return;
            }
            m_savedVersion = pack->version;
            m_draft->setModified(false);
            m_loading = true;
            protocol::ScenarioPack saved = m_draft->pack();
            saved.version = pack->version;
            m_general->load(saved);
            m_loading = false;
            m_status->setText(tr("Saved as version %1.").arg(pack->version));
            Q_EMIT this->saved(pack.value());
        });
}

void PackEditor::openPreview()
{
    const protocol::PackScenario *scenario = m_draft->scenario(currentScenario());
    if (!scenario)
        return;
    if (m_previewWindow)
        m_previewWindow->close();
    m_previewWindow = new PackPreview(*scenario, this);
    m_previewWindow->setWindowFlag(Qt::Window);
    m_previewWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_previewWindow->resize(720, 640);
    m_previewWindow->show();
    m_previewWindow->start();
}

void PackEditor::closeEvent(QCloseEvent *event)
{
    if (m_draft->isModified() &&
        !training::askBeforeLosing(
            this, tr("Close the pack editor?"),
            tr("The changes to this pack are not saved; closing loses them."),
            tr("Close without saving"))) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace frontline::ui
