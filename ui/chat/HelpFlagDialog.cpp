#include "ui/chat/HelpFlagDialog.h"

#include "protocol/FieldLimits.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontline::ui {

HelpFlagDialog::HelpFlagDialog(qint64 ticketNumber, QWidget *parent)
    : QDialog(parent)
    , m_ticketNumber(ticketNumber)
{
    setObjectName(QStringLiteral("helpFlagDialog"));
    m_prompt = new QLabel;
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("helpFlagNote"));
    m_note->setMaxLength(int(protocol::limits::HelpFlagNote));
    m_prompt->setBuddy(m_note);
    auto *buttons = new QDialogButtonBox;
    m_raise = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_raise->setObjectName(QStringLiteral("raiseHelpFlagButton"));
    m_raise->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    retranslateUi();
    m_note->setFocus();
}

QString HelpFlagDialog::note() const
{
    return m_note->text().trimmed();
}

void HelpFlagDialog::retranslateUi()
{
    setWindowTitle(tr("Ask a supervisor for help"));
    setAccessibleName(windowTitle());
    m_prompt->setText(
        m_ticketNumber > 0
            ? tr("A supervisor will see your flag on ticket #%1 at once. What do you need? "
                 "(optional)")
                  .arg(m_ticketNumber)
            : tr("A supervisor will see your flag at once. What do you need? (optional)"));
    m_note->setAccessibleName(tr("Note for the supervisor"));
    m_note->setPlaceholderText(tr("Customer asks for a refund over the limit"));
    m_raise->setText(tr("&Raise flag"));
    m_raise->setAccessibleName(tr("Raise the help flag"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
}

} // namespace frontline::ui
