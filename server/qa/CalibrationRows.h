#pragma once

#include "protocol/Calibration.h"
#include "protocol/Result.h"

#include <QList>

namespace frontline::server {

class Store;
struct Caller;

// Reading calibration sessions and scores from the database, shared by the session's routes and
// its results.
namespace calibration {

// A positive id from its text; 0 otherwise.
qint64 parseId(const QString &id);
Error notFound(const QString &id);
Error conflict(const QString &why);

// The session with its conversations and reviewers (each with her count of scores).
Result<protocol::CalibrationSession> loadSession(Store &store, qint64 id);
// The session `id` as `caller` may read it: a participant's or an admin's; not_found otherwise.
Result<protocol::CalibrationSession> readable(const Caller &caller, const QString &id);
// The session `id` as its lead reads it; forbidden (`refusal`) for another participant.
Result<protocol::CalibrationSession> ledBy(const Caller &caller, const QString &id,
                                           const QString &refusal);
bool isReviewer(const protocol::CalibrationSession &session, qint64 operatorId);
// The session's scores (0: everyone's, else only `reviewerId`'s), by conversation and reviewer.
Result<QList<protocol::CalibrationScore>> loadScores(Store &store, qint64 sessionId,
                                                     qint64 reviewerId);

} // namespace calibration
} // namespace frontline::server
