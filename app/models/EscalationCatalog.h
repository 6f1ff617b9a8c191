#pragma once

#include "protocol/Escalation.h"
#include "protocol/Operator.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace frontline::app {

class LocalStore;

struct EscalationReasonInfo
{
    QString code;
    QString title;
    bool noteRequired = false;
};

// Where a ticket can be escalated and why: the contract's reasons (the back office's
// escalationReasons(), `GET /escalation-targets`), and the lines and teams the back office accepts
// from `me`, worked out from the operators in the cache by the same rule: the lines above mine and
// the teams other than mine (staff: every line above the 1st and every team). The change feed does
// not carry the targets, and the UI never calls the network, so they are kept here in step.
class EscalationCatalog
{
public:
    static QList<EscalationReasonInfo> reasons();
    static std::optional<EscalationReasonInfo> reason(const QString &code);
    static QList<int> lines(const LocalStore &store, const protocol::Operator &me);
    static QStringList teams(const LocalStore &store, const protocol::Operator &me);

    // The ticket's newest escalation in the cache, if any.
    static std::optional<protocol::Escalation> latestFor(const LocalStore &store,
                                                         const QString &ticketId);
    // An escalation row of the cache: its JSON (a local echo's is partial) and status column.
    static protocol::Escalation fromCache(const QJsonObject &json, const QString &status);
};

} // namespace frontline::app
