#pragma once

#include "protocol/Calibration.h"
#include "protocol/Result.h"

#include <QJsonObject>
#include <QList>

namespace frontline::server {

class Store;
struct Caller;

// What GET /qa/calibration-history filters on; empty or 0: no filter.
struct CalibrationHistoryFilter
{
    qint64 reviewerId = 0;
    qint64 fromMs = 0; // sessions closed at or after
    qint64 toMs = 0;   // sessions closed before
    int limit = 50;    // sessions
};

// Calibration sessions (issue 18, item 8). A supervisor or trainer (the lead) picks resolved
// conversations, a scorecard and fellow reviewers; each reviewer scores each conversation blind
// (while the session is open everyone, the lead included, reads only her own scores); the lead
// closes it, the results compare the scores, and the lead sets the agreed score per
// conversation. Only participants (and admins) know a session exists: to anyone else it is
// not_found, as another operator's review is.
class CalibrationService
{
public:
    // POST /qa/calibrations {"name","scorecard_id","ticket_ids"|"ticket_numbers","reviewer_ids"}.
    static Result<protocol::CalibrationSession> create(const Caller &caller,
                                                       const QJsonObject &body, qint64 nowMs);
    // The sessions the caller takes part in (every one for an admin), newest first.
    static Result<QList<protocol::CalibrationSession>> list(const Caller &caller,
                                                            const QString &status, int limit);
    // The session with the scorecard version it is scored against.
    static Result<protocol::CalibrationSession> get(const Caller &caller, const QString &id);
    // A reviewer's score of one of the session's conversations, replacing her previous one while
    // the session is open (conflict once it is closed).
    static Result<protocol::CalibrationScore> score(const Caller &caller, const QString &id,
                                                    const QJsonObject &body, qint64 nowMs);
    // While open: the caller's own scores only; once closed: everyone's.
    static Result<QList<protocol::CalibrationScore>> scores(const Caller &caller,
                                                            const QString &id);
    // The lead ends the blind scoring; closing a closed session answers it as it is.
    static Result<protocol::CalibrationSession> close(const Caller &caller, const QString &id,
                                                      qint64 nowMs);
    // The lead's agreed score of a conversation after the discussion (null: back to the median),
    // once the session is closed; answers the results.
    static Result<protocol::CalibrationResults> agree(const Caller &caller, const QString &id,
                                                      const QJsonObject &body, qint64 nowMs);
    // The scores side by side, spreads and deviations; conflict while the session is open.
    static Result<protocol::CalibrationResults> results(const Caller &caller, const QString &id);
    // Each reviewer's mean absolute deviation per closed session, newest session first.
    static Result<QList<protocol::CalibrationHistoryEntry>>
    history(const Caller &caller, const CalibrationHistoryFilter &filter);

    // The session `id` as written (for an idempotent replay), without the caller's checks.
    static Result<protocol::CalibrationSession> load(Store &store, qint64 id);
};

} // namespace frontline::server
