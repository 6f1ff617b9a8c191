#include "ui/training/AssignCourseDialog.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/FieldLimits.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontline::ui {

namespace limits = protocol::limits;

AssignCourseDialog::AssignCourseDialog(app::BackOfficeClient &client, const QString &operatorId,
                                       const QString &operatorName, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
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
    QJsonArray scenarios;
    for (const QString &id : m_scenarios->text().split(u',', Qt::SkipEmptyParts))
        scenarios.append(id.trimmed());
    const QString reason = m_reason->toPlainText().trimmed();
    if (scenarios.isEmpty() || reason.isEmpty()) {
        m_status->setText(tr("Name at least one scenario and say why."));
        return;
    }
    if (reason.size() > limits::CourseReason) {
        m_status->setText(tr("The reason is %1 characters long; at most %2 are kept.")
                              .arg(reason.size())
                              .arg(limits::CourseReason));
        return;
    }
    app::ApiRequest request;
    request.method = "POST";
    request.path = protocol::paths::TrainingCourses.toString();
    request.hasBody = true;
    request.body = {{QStringLiteral("operator_id"), m_operatorId},
                    {QStringLiteral("pack_id"), m_pack->text().trimmed()},
                    {QStringLiteral("scenario_ids"), scenarios},
                    {QStringLiteral("reason"), reason}};
    if (m_hasDue->isChecked())
        request.body.insert(QStringLiteral("due_date"), m_due->date().toString(Qt::ISODate));
    m_assign->setEnabled(false);
    m_status->setText(tr("Assigning…"));
    m_client.send(request, this, [this](const app::ApiReply &reply) {
        m_assign->setEnabled(true);
        if (!reply.ok()) {
            m_status->setText(tr("The course was not assigned: %1").arg(reply.error.message));
            return;
        }
        Q_EMIT assigned(reply.json.value(u"id").toString());
        accept();
    });
}

} // namespace frontline::ui
