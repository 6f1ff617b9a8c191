#pragma once

#include "protocol/Escalation.h"

#include <QLabel>

#include <functional>
#include <optional>

namespace frontline::ui {

// One line above a conversation about its ticket's newest escalation: where it went, why, how far
// the 2nd line has got with it, and the note the 2nd line reads first.
class EscalationStrip : public QLabel
{
    Q_OBJECT
public:
    // `nameOf` gives an operator's display name (empty when the cache does not know them).
    using NameOf = std::function<QString(const QString &operatorId)>;

    explicit EscalationStrip(QWidget *parent = nullptr);

    // Shows `escalation` as the signed-in operator `me` reads it, or hides the strip for none.
    void showEscalation(const std::optional<protocol::Escalation> &escalation, const QString &me,
                        const NameOf &nameOf);
    void retranslateUi();

private:
    QString stateText(const protocol::Escalation &escalation, const NameOf &nameOf) const;
};

} // namespace frontline::ui
