#include "ui/escalation/EscalationStrip.h"

#include "app/models/EscalationCatalog.h"

namespace frontline::ui {

EscalationStrip::EscalationStrip(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("escalationStrip"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { background: rgba(80, 120, 220, 50); padding: 3px 8px; "
                                 "border-radius: 4px; }"));
    hide();
}

void EscalationStrip::retranslateUi()
{
    setAccessibleName(tr("Escalation"));
}

void EscalationStrip::showEscalation(const std::optional<protocol::Escalation> &escalation,
                                     const QString &me, const NameOf &nameOf)
{
    if (!escalation) {
        hide();
        return;
    }
    const auto reason = app::EscalationCatalog::reason(escalation->reasonCode);
    const QString target = escalation->targetLine > 0 ? tr("line %1").arg(escalation->targetLine)
                                                      : tr("team %1").arg(escalation->targetTeam);
    const auto name = [this, &nameOf](const QString &id) {
        const QString known = nameOf(id);
        return known.isEmpty() ? tr("operator %1").arg(id) : known;
    };
    QString text = tr("Escalated to %1 · %2 · %3")
                       .arg(target, reason ? reason->title : escalation->reasonCode,
                            stateText(*escalation, name));
    if (!escalation->fromOperatorId.isEmpty() && escalation->fromOperatorId != me)
        text += QStringLiteral(" · ") + tr("from %1").arg(name(escalation->fromOperatorId));
    // The note is what the 2nd line reads first.
    if (!escalation->note.isEmpty())
        text += u'\n' + tr("Note: %1").arg(escalation->note);
    setText(text);
    setProperty("escalationStatus", protocol::toString(escalation->status));
    show();
}

QString EscalationStrip::stateText(const protocol::Escalation &escalation,
                                   const NameOf &nameOf) const
{
    const QString by = escalation.handledBy.isEmpty() ? QString() : nameOf(escalation.handledBy);
    switch (escalation.status) {
    case protocol::EscalationStatus::Open:
        return escalation.id.startsWith(u"local:") ? tr("sending") : tr("open, waiting");
    case protocol::EscalationStatus::Accepted:
        return by.isEmpty() ? tr("accepted") : tr("accepted by %1").arg(by);
    case protocol::EscalationStatus::Returned:
        return by.isEmpty() ? tr("returned: %1").arg(escalation.returnReason)
                            : tr("returned by %1: %2").arg(by, escalation.returnReason);
    case protocol::EscalationStatus::Resolved:
        return by.isEmpty() ? tr("resolved") : tr("resolved by %1").arg(by);
    }
    return {};
}

} // namespace frontline::ui
