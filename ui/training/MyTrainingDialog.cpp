#include "ui/training/MyTrainingDialog.h"

#include "app/commands/OperatorCommands.h"
#include "app/store/LocalStore.h"
#include "app/training/TrainingCourseModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

using protocol::CourseStatus;

MyTrainingDialog::MyTrainingDialog(app::LocalStore &store, app::OperatorCommands &commands,
                                   QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_model(new app::TrainingCourseModel(store, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_complete(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_conflictRow(new QFrame(this))
    , m_conflict(new QLabel(m_conflictRow))
    , m_again(new QPushButton(m_conflictRow))
    , m_leave(new QPushButton(m_conflictRow))
{
    setObjectName(QStringLiteral("myTrainingDialog"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(app::TrainingCourseModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    // The trainer's reason is her own words, never markup.
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_complete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_conflict->setTextFormat(Qt::PlainText);
    m_conflict->setWordWrap(true);
    // Tinted as the chat pane's conflict banner is: something of hers was not saved.
    m_conflictRow->setObjectName(QStringLiteral("courseConflict"));
    m_conflictRow->setStyleSheet(QStringLiteral(
        "QFrame#courseConflict { background-color: rgba(220, 140, 0, 70); border-radius: 4px; }"));
    auto *conflictLayout = new QHBoxLayout(m_conflictRow);
    conflictLayout->setContentsMargins(8, 6, 8, 6);
    conflictLayout->addWidget(m_conflict, 1);
    conflictLayout->addWidget(m_again);
    conflictLayout->addWidget(m_leave);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflictRow);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, [this] { move(CourseStatus::Started); });
    connect(m_complete, &QPushButton::clicked, this, [this] { move(CourseStatus::Completed); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, [this] { settleConflict(true); });
    connect(m_leave, &QPushButton::clicked, this, [this] { settleConflict(false); });
    connect(&store, &app::LocalStore::changed, this, [this](const app::StoreChangeSet &changes) {
        if (changes.conflicts)
            showConflict();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyTrainingDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        showWhenEmpty();
    });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    resize(760, 360);
    retranslateUi();
    updateButtons();
    showConflict();
    m_table->setFocus();
}

void MyTrainingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MyTrainingDialog::retranslateUi()
{
    setWindowTitle(tr("My training"));
    m_start->setText(tr("&Start"));
    m_complete->setText(tr("Mark &completed"));
    m_close->setText(tr("Close"));
    m_table->setAccessibleName(tr("My courses"));
    m_status->setAccessibleName(tr("My training status"));
    m_start->setAccessibleName(tr("Start the selected course"));
    m_complete->setAccessibleName(tr("Mark the selected course completed"));
    m_close->setAccessibleName(tr("Close my training"));
    m_again->setText(tr("Make my change &again"));
    m_again->setAccessibleName(tr("Make my change to the course again"));
    m_leave->setText(tr("&Leave it"));
    m_leave->setAccessibleName(tr("Leave the course as it is now"));
    m_conflict->setText(tr("Your change to the selected course was not saved: the course was "
                           "changed meanwhile (by your trainer, or by you elsewhere), and the "
                           "list shows it as it is now."));
    m_conflict->setAccessibleName(m_conflict->text());
    showWhenEmpty();
}

void MyTrainingDialog::showWhenEmpty()
{
    const QString none = tr("No course has been assigned to you.");
    if (m_model->rowCount() == 0)
        m_status->setText(none);
    else if (m_status->text() == none)
        m_status->clear();
}

QString MyTrainingDialog::selectedCourse() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.first().data(app::TrainingCourseModel::CourseIdRole).toString();
}

// Start while assigned; complete while assigned or started; nothing once it is done or cancelled.
void MyTrainingDialog::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int status =
        rows.isEmpty() ? -1 : rows.first().data(app::TrainingCourseModel::StatusRole).toInt();
    // The conflict speaks of the selected course: shown while its course is the one selected.
    m_conflictRow->setVisible(m_conflictId != 0 && selectedCourse() == m_conflictCourse);
    m_start->setEnabled(status == int(CourseStatus::Assigned));
    m_complete->setEnabled(status == int(CourseStatus::Assigned) ||
                           status == int(CourseStatus::Started));
}

void MyTrainingDialog::move(CourseStatus status)
{
    const QString course = selectedCourse();
    if (course.isEmpty())
        return;
    auto moved = m_commands.moveCourse(course, status);
    m_status->setText(moved ? QString()
                            : tr("The course could not be changed: %1").arg(moved.error().message));
    const int row = m_model->rowOf(course);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

// Her first course conflict, if any: that course selected and the row above the list shown.
void MyTrainingDialog::showConflict()
{
    m_conflictId = 0;
    m_conflictCourse.clear();
    auto all = m_commands.conflicts();
    if (!all)
        m_status->setText(tr("Conflicts could not be read: %1").arg(all.error().message));
    for (const app::Conflict &conflict : all ? all.value() : QList<app::Conflict>()) {
        if (conflict.entity != u"training_course")
            continue;
        m_conflictId = conflict.id;
        m_conflictCourse = conflict.entityId;
        if (const int row = m_model->rowOf(conflict.entityId); row >= 0)
            m_table->selectRow(row);
        break;
    }
    updateButtons();
}

void MyTrainingDialog::settleConflict(bool again)
{
    if (m_conflictId == 0)
        return;
    auto settled = again ? m_commands.keepMine(m_conflictId) : m_commands.takeTheirs(m_conflictId);
    if (!settled)
        m_status->setText(tr("The course could not be changed: %1").arg(settled.error().message));
    showConflict();
    m_table->setFocus();
}

} // namespace frontline::ui
