#include "ui/training/AssignCourseDialog.h"

#include "app/training/TrainingActions.h"
#include "protocol/FieldLimits.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontline::ui {

namespace limits = protocol::limits;

AssignCourseDialog::AssignCourseDialog(app::TrainingActions &actions, const QString &operatorId,
                                       const QString &operatorName, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_operatorId(operatorId)
    , m_operatorName(operatorName)
    , m_pack(new QLineEdit(this))
    , m_scenarios(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_hasDue(new QCheckBox(this))
    , m_due(new QDateEdit(QDate::currentDate().addDays(14), this))
    , m_packLabel(new QLabel(this))
    , m_scenariosLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_assign(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("assignCourseDialog"));
    m_pack->setMaxLength(int(limits::CoursePackId));
    m_pack->setText(QStringLiteral("demo-en"));
    m_reason->setTabChangesFocus(true);
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_packLabel->setBuddy(m_pack);
    m_scenariosLabel->setBuddy(m_scenarios);
    m_reasonLabel->setBuddy(m_reason);
    auto *form = new QFormLayout;
    form->addRow(m_packLabel, m_pack);
    form->addRow(m_scenariosLabel, m_scenarios);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_hasDue, m_due);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_assign, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_assign->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_assign, &QPushButton::clicked, this, &AssignCourseDialog::assign);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

void AssignCourseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AssignCourseDialog::retranslateUi()
{
    setWindowTitle(tr("Assign a course to %1").arg(m_operatorName));
    m_packLabel->setText(tr("&Pack:"));
    m_scenariosLabel->setText(tr("&Scenarios:"));
    m_scenarios->setPlaceholderText(tr("Scenario ids, separated by commas"));
    m_reasonLabel->setText(tr("&Why:"));
    m_reason->setPlaceholderText(tr("Returned escalations rose to 18% in week 48"));
    m_hasDue->setText(tr("&Due by:"));
    m_assign->setText(tr("&Assign"));
    m_cancel->setText(tr("Cancel"));
    m_pack->setAccessibleName(tr("Scenario pack"));
    m_scenarios->setAccessibleName(tr("Scenarios of the course"));
    m_reason->setAccessibleName(tr("Why the course is assigned"));
    m_hasDue->setAccessibleName(tr("The course has a due date"));
    m_due->setAccessibleName(tr("Due date"));
    m_status->setAccessibleName(tr("Assignment status"));
    m_assign->setAccessibleName(tr("Assign the course"));
    m_cancel->setAccessibleName(tr("Cancel the assignment"));
}

void AssignCourseDialog::assign()
{
    app::NewCourse course;
    course.operatorId = m_operatorId;
    course.packId = m_pack->text().trimmed();
    for (const QString &id : m_scenarios->text().split(u',', Qt::SkipEmptyParts))
        course.scenarioIds.append(id.trimmed());
    const QString reason = m_reason->toPlainText().trimmed();
    if (course.scenarioIds.isEmpty() || reason.isEmpty()) {
        m_status->setText(tr("Name at least one scenario and say why."));
        return;
    }
    if (reason.size() > limits::CourseReason) {
        m_status->setText(tr("The reason is %1 characters long; at most %2 are kept.")
                              .arg(reason.size())
                              .arg(limits::CourseReason));
        return;
    }
    course.reason = reason;
    if (m_hasDue->isChecked())
        course.due = m_due->date();
    m_assign->setEnabled(false);
    m_status->setText(tr("Assigning…"));
    m_actions.assignCourse(this, course, [this](const Result<QString> &id) {
        m_assign->setEnabled(true);
        if (!id) {
            m_status->setText(tr("The course was not assigned: %1").arg(id.error().message));
            return;
        }
        Q_EMIT assigned(id.value());
        accept();
    });
}

} // namespace frontline::ui
