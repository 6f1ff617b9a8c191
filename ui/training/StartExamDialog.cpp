#include "ui/training/StartExamDialog.h"

#include "app/training/TrainerExams.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace frontline::ui {

StartExamDialog::StartExamDialog(app::TrainerExams &exams, const QString &sandbox, QWidget *parent)
    : QDialog(parent)
    , m_exams(exams)
    , m_wanted(sandbox)
    , m_sandbox(new QComboBox(this))
    , m_wholeCohort(new QCheckBox(this))
    , m_trainees(new QListWidget(this))
    , m_mode(new QComboBox(this))
    , m_pack(new QComboBox(this))
    , m_duration(new QSpinBox(this))
    , m_simultaneous(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("startExamDialog"));
    setWindowTitle(tr("Start an exam"));
    m_sandbox->setObjectName(QStringLiteral("examSandbox"));
    m_wholeCohort->setObjectName(QStringLiteral("examWholeCohort"));
    m_wholeCohort->setText(tr("The whole cohort"));
    m_wholeCohort->setChecked(true);
    m_trainees->setObjectName(QStringLiteral("examTrainees"));
    m_trainees->setAccessibleName(tr("Trainees"));
    m_mode->setObjectName(QStringLiteral("examMode"));
    m_mode->addItem(tr("Exam (timed)"), QStringLiteral("exam"));
    m_mode->addItem(tr("Practice (own pace, hints)"), QStringLiteral("practice"));
    m_pack->setObjectName(QStringLiteral("examPack"));
    m_duration->setObjectName(QStringLiteral("examDuration"));
    m_duration->setRange(4, 240); // 4 reads as "the pack's"
    m_duration->setSpecialValueText(tr("The pack's"));
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(4);
    m_simultaneous->setObjectName(QStringLiteral("examSimultaneous"));
    m_simultaneous->setRange(0, 5); // 0 reads as "the pack's"
    m_simultaneous->setSpecialValueText(tr("The pack's"));
    m_error->setObjectName(QStringLiteral("examStartError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_start->setObjectName(QStringLiteral("examStart"));
    m_start->setText(tr("Start"));
    m_start->setDefault(true);
    m_cancel->setText(tr("Cancel"));

    layOut();
    connect(m_start, &QPushButton::clicked, this, &StartExamDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_sandbox, &QComboBox::currentIndexChanged, this, &StartExamDialog::fillTrainees);
    connect(m_wholeCohort, &QCheckBox::toggled, this, &StartExamDialog::updateControls);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &StartExamDialog::updateControls);
    connect(&m_exams, &app::TrainerExams::sandboxesChanged, this, &StartExamDialog::fillSandboxes);
    connect(&m_exams, &app::TrainerExams::packsChanged, this, &StartExamDialog::fillPacks);
    connect(&m_exams, &app::TrainerExams::started, this, &QDialog::accept);
    connect(&m_exams, &app::TrainerExams::failed, this, [this](const Error &error) {
        m_start->setEnabled(true);
        m_error->setText(error.field.isEmpty() ? error.message
                                               : tr("%1 (%2)").arg(error.message, error.field));
    });
    fillSandboxes();
    fillPacks();
    m_exams.loadSandboxes();
    m_exams.loadPacks();
}

void StartExamDialog::layOut()
{
    auto *form = new QFormLayout;
    form->addRow(tr("Sandbox"), m_sandbox);
    form->addRow(tr("Who"), m_wholeCohort);
    form->addRow(QString(), m_trainees);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Scenario pack"), m_pack);
    form->addRow(tr("Duration"), m_duration);
    form->addRow(tr("Customers at once"), m_simultaneous);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
}

void StartExamDialog::fillSandboxes()
{
    const QString chosen = m_sandbox->count() > 0 ? m_sandbox->currentData().toString() : m_wanted;
    const QSignalBlocker quiet(m_sandbox);
    m_sandbox->clear();
    for (const QJsonObject &sandbox : m_exams.sandboxes())
        m_sandbox->addItem(sandbox.value(u"title").toString(), sandbox.value(u"name").toString());
    const int index = m_sandbox->findData(chosen);
    m_sandbox->setCurrentIndex(index >= 0 ? index : 0);
    fillTrainees();
}

void StartExamDialog::fillTrainees()
{
    m_trainees->clear();
    const QString name = m_sandbox->currentData().toString();
    for (const QJsonObject &sandbox : m_exams.sandboxes()) {
        if (sandbox.value(u"name").toString() != name)
            continue;
        for (const QJsonValue &trainee : sandbox.value(u"trainees").toArray()) {
            auto *item = new QListWidgetItem(trainee[u"display_name"].toString(), m_trainees);
            item->setData(Qt::UserRole, trainee[u"operator_id"].toString());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    updateControls();
}

void StartExamDialog::fillPacks()
{
    const QString chosen = m_pack->currentData().toString();
    m_pack->clear();
    m_pack->addItem(tr("The sandbox's pack"), QString());
    for (const QJsonObject &pack : m_exams.packs())
        m_pack->addItem(
            tr("%1 (%2)").arg(pack.value(u"title").toString(), pack.value(u"language").toString()),
            pack.value(u"id").toString());
    m_pack->setCurrentIndex(std::max(0, m_pack->findData(chosen)));
}

void StartExamDialog::updateControls()
{
    m_trainees->setEnabled(!m_wholeCohort->isChecked());
    const bool exam = m_mode->currentData().toString() == u"exam";
    m_duration->setEnabled(exam);
    m_simultaneous->setEnabled(exam);
}

void StartExamDialog::start()
{
    app::ExamStartRequest request;
    request.sandbox = m_sandbox->currentData().toString();
    request.mode = m_mode->currentData().toString();
    request.packId = m_pack->currentData().toString();
    if (m_duration->value() != m_duration->minimum())
        request.durationMinutes = m_duration->value();
    if (m_simultaneous->value() != m_simultaneous->minimum())
        request.simultaneous = m_simultaneous->value();
    if (!m_wholeCohort->isChecked()) {
        QStringList ids;
        for (int row = 0; row < m_trainees->count(); ++row) {
            if (m_trainees->item(row)->checkState() == Qt::Checked)
                ids.append(m_trainees->item(row)->data(Qt::UserRole).toString());
        }
        if (ids.isEmpty()) {
            m_error->setText(tr("Choose the trainees, or the whole cohort."));
            return;
        }
        request.operatorIds = ids;
    }
    if (request.sandbox.isEmpty()) {
        m_error->setText(tr("Choose a sandbox."));
        return;
    }
    m_error->clear();
    m_start->setEnabled(false);
    m_exams.start(request);
}

} // namespace frontline::ui
