#include "ui/chat/RefusalBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace frontline::ui {

RefusalBanner::RefusalBanner(QWidget *parent)
    : Banner(QStringLiteral("refusalBanner"), QStringLiteral("#f8d7da"), parent)
    , m_dismiss(new QPushButton)
{
    m_dismiss->setObjectName(QStringLiteral("refusalDismiss"));
    row()->addWidget(m_dismiss);
    connect(m_dismiss, &QPushButton::clicked, this, [this] { forget(m_shown); });
    retranslateUi();
}

void RefusalBanner::retranslateUi()
{
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the refusal"));
    refresh();
}

void RefusalBanner::refused(app::outbox::Kind command, const QString &ticketId, const QString &why)
{
    QString words = why.trimmed(); // the sentence around it ends it
    while (words.endsWith(u'.'))
        words.chop(1);
    m_refusals.insert(ticketId, {command, words});
    if (ticketId == m_shown)
        refresh();
}

void RefusalBanner::examOver(const QString &ticketId, const QString &why)
{
    refused(app::outbox::Kind::SendMessage, ticketId, why);
    m_refusals[ticketId].examOver = true;
    if (ticketId == m_shown)
        refresh();
}

void RefusalBanner::forget(const QString &ticketId)
{
    if (m_refusals.remove(ticketId) > 0 && ticketId == m_shown)
        refresh();
}

void RefusalBanner::showTicket(const QString &ticketId)
{
    m_shown = ticketId;
    refresh();
}

QString RefusalBanner::describe(const Refusal &refusal)
{
    using app::outbox::Kind;
    if (refusal.examOver)
        return tr("The exam is over: your message was not sent (%1).").arg(refusal.why);
    switch (refusal.command) {
    case Kind::SendMessage:
        return tr("Your message was not sent: %1. Double-click it to send it again.")
            .arg(refusal.why);
    case Kind::UpdateTicket:
        return tr("The ticket was not changed: %1. It shows what the back office has.")
            .arg(refusal.why);
    case Kind::Claim:
        return tr("The ticket was not assigned to you: %1").arg(refusal.why);
    case Kind::Escalate:
        return tr("The escalation was not sent: %1").arg(refusal.why);
    case Kind::RaiseHelpFlag:
        return tr("Your help flag was not raised: %1").arg(refusal.why);
    case Kind::Reassign:
        return tr("The ticket was not reassigned: %1").arg(refusal.why);
    case Kind::UpdateEscalation:
    case Kind::LowerHelpFlag:
    case Kind::SetPresence:
    case Kind::KbUsage:
    case Kind::ChangeOperator:
    case Kind::WorkInterval:
    case Kind::MoveCourse:
    case Kind::ReportExamEvents:
    case Kind::AnswerExamQuestion:
        break;
    }
    return tr("The back office refused a change: %1").arg(refusal.why);
}

void RefusalBanner::refresh()
{
    const auto refusal = m_refusals.constFind(m_shown);
    if (m_shown.isEmpty() || refusal == m_refusals.cend()) {
        hide();
        return;
    }
    const QString text = describe(refusal.value());
    textLabel()->setText(text);
    setAccessibleName(text);
    show();
}

} // namespace frontline::ui
