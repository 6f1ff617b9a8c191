#pragma once

#include "protocol/Audit.h"
#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::server {

class Store;
struct Caller;

// The audit log (issue 18, docs/api/roles.md): every start and stop of a monitor, every whisper,
// barge, takeover and hand-back, every reassignment and help flag lowered. A row is written in
// the transaction of the action it records, so there is never an action without its row nor a
// row without its action; nothing changes or removes one (the schema's triggers refuse it).
class AuditLog
{
public:
    struct Record
    {
        protocol::AuditAction action = protocol::AuditAction::MonitorStart;
        qint64 ticketId = 0;  // 0: not about a ticket
        qint64 subjectId = 0; // the operator it concerns, 0: none
        QJsonObject details;  // the action's own words; at most MaxDetailsBytes as JSON
    };
    static constexpr qsizetype MaxDetailsBytes = 8 * 1024;

    // Inside the action's transaction on `store`. Refuses details over MaxDetailsBytes (the
    // action's own limits keep them far below it).
    static Result<qint64> record(Store &store, const Caller &actor, const Record &record,
                                 qint64 nowMs);

    // What `GET /audit` reads: newest first, `limit` rows (1-500) before `beforeId` (0: the
    // newest), narrowed by any of the filters.
    struct Filter
    {
        qint64 actorId = 0;
        qint64 ticketId = 0;
        qint64 subjectId = 0;
        std::optional<protocol::AuditAction> action;
        QDateTime from; // inclusive; invalid: no bound
        QDateTime to;   // exclusive; invalid: no bound
        qint64 beforeId = 0;
        int limit = 100;
    };
    static constexpr int MaxLimit = 500;
    static Result<QList<protocol::AuditEntry>> read(Store &store, const Filter &filter);
};

} // namespace frontline::server
