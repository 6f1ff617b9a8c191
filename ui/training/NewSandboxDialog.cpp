#include "ui/training/NewSandboxDialog.h"

#include "protocol/FieldLimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace frontline::ui {

namespace limits = protocol::limits;

NewSandboxDialog::NewSandboxDialog(app::TrainingActions &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_pack(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_packLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("newSandboxDialog"));
    setMinimumWidth(560);
    m_name->setMaxLength(int(limits::SandboxName));
    // Lower case, digits and hyphens as the back office takes them; the rest it explains.
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9-]*")), m_name));
    m_title->setMaxLength(int(limits::SandboxTitle));
    m_pack->addItem(QString(), QString());
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_nameLabel->setBuddy(m_name);
    m_titleLabel->setBuddy(m_title);
    m_packLabel->setBuddy(m_pack);
    auto *form = new QFormLayout;
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_packLabel, m_pack);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_create->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_title, m_name);
    setTabOrder(m_name, m_pack);
    setTabOrder(m_pack, m_create);
    setTabOrder(m_create, m_cancel);
    connect(m_create, &QPushButton::clicked, this, &NewSandboxDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    m_title->setFocus();
    m_actions.packs(this, [this](const Result<QList<app::PackListing>> &packs) {
        if (packs)
            offerPacks(packs.value());
        else
            m_status->setText(tr("The packs could not be read: %1").arg(packs.error().message));
    });
}

// The back office's packs after "none"; the first is chosen unless the trainer chose already.
void NewSandboxDialog::offerPacks(const QList<app::PackListing> &packs)
{
    const bool untouched = m_pack->currentIndex() == 0;
    for (const app::PackListing &pack : packs)
        m_pack->addItem(QStringLiteral("%1 (%2, v%3)").arg(pack.title, pack.id).arg(pack.version),
                        pack.id);
    if (untouched && !packs.isEmpty())
        m_pack->setCurrentIndex(1);
}

void NewSandboxDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewSandboxDialog::retranslateUi()
{
    setWindowTitle(tr("New sandbox"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(tr("Cohort 12, December"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("cohort-12: lower-case letters, digits and hyphens"));
    m_packLabel->setText(tr("&Pack:"));
    m_pack->setItemText(0, tr("None: production's setup only"));
    m_create->setText(tr("&Create"));
    m_cancel->setText(tr("Cancel"));
    m_title->setAccessibleName(tr("Sandbox title, shown to trainees"));
    m_name->setAccessibleName(tr("Sandbox name"));
    m_pack->setAccessibleName(tr("Scenario pack the sandbox is filled from"));
    m_status->setAccessibleName(tr("New sandbox status"));
    m_create->setAccessibleName(tr("Create the sandbox"));
    m_cancel->setAccessibleName(tr("Cancel the new sandbox"));
}

void NewSandboxDialog::create()
{
    const app::NewSandbox sandbox{m_name->text().trimmed(), m_title->text().trimmed(),
                                  m_pack->currentData().toString()};
    if (sandbox.name.isEmpty() || sandbox.title.isEmpty()) {
        m_status->setText(tr("Give the sandbox a title and a name."));
        (sandbox.title.isEmpty() ? m_title : m_name)->setFocus();
        return;
    }
    m_create->setEnabled(false);
    m_status->setText(tr("Making the sandbox: copying the setup and filling it from the pack…"));
    m_actions.createSandbox(this, sandbox, [this](const Result<protocol::Sandbox> &made) {
        m_create->setEnabled(true);
        if (!made) {
            m_status->setText(tr("The sandbox was not made: %1").arg(made.error().message));
            const QString field = made.error().field;
            if (field == u"name")
                m_name->setFocus();
            else if (field == u"title")
                m_title->setFocus();
            else if (field == u"pack_id")
                m_pack->setFocus();
            return;
        }
        Q_EMIT created(made.value());
        accept();
    });
}

} // namespace frontline::ui
