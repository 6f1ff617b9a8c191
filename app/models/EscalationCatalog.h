#pragma once

#include "protocol/Escalation.h"

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
// escalationReasons(), `GET /escalation-targets`), the lines it accepts, and the teams known from
// the operators in the cache. The change feed does not carry the targets, and the UI never calls
// the network, so the reasons are kept here in step with the server.
class EscalationCatalog
{
public:
    static QList<EscalationReasonInfo> reasons();
    static std::optional<EscalationReasonInfo> reason(const QString &code);
    static QList<int> lines();
    static QStringList teams(const LocalStore &store);

    // The ticket's newest escalation in the cache, if any.
    static std::optional<protocol::Escalation> latestFor(const LocalStore &store,
                                                         const QString &ticketId);
    // An escalation row of the cache: its JSON (a local echo's is partial) and status column.
    static protocol::Escalation fromCache(const QJsonObject &json, const QString &status);
};

} // namespace frontline::app
