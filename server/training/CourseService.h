#pragma once

#include "protocol/TrainingCourse.h"
#include "server/clock/Clock.h"

#include <QJsonObject>
#include <QList>

namespace frontline::server {

class ChangeLog;
class Store;
struct Caller;

// Courses of scenarios a trainer assigns an operator from her production figures (issue 19,
// item 10; docs/api/roles.md, "Courses"). Trainers and admins assign and cancel; the operator
// finds hers in the change feed (`training_course`: reviewers and her alone) and starts and
// completes it. Each assignment and cancellation writes an audit row in its transaction.
class CourseService
{
public:
    CourseService(ChangeLog &changes, Clock clock);

    // POST /training/courses {operator_id, pack_id, scenario_ids, reason, due_date?}.
    Result<protocol::TrainingCourse> assign(const Caller &caller, const QJsonObject &body);
    // GET /training/courses: staff and trainers every course (or `operatorId`'s), an operator
    // only her own whatever `operatorId` says; `status` narrows either; newest first.
    Result<QList<protocol::TrainingCourse>> list(const Caller &caller, const QString &operatorId,
                                                 const QString &status, int limit);
    // GET /training/courses/{id}: another operator's course is not_found.
    Result<protocol::TrainingCourse> get(const Caller &caller, const QString &id);
    // PATCH /training/courses/{id} {status, version}: `expectedVersion` from If-Match (0: take the
    // body's). The status it already has answers the course as it is, so a retry is safe;
    // otherwise a stale version is version_mismatch (412) and a move its status forbids conflict.
    Result<protocol::TrainingCourse> update(const Caller &caller, const QString &id,
                                            qint64 expectedVersion, const QJsonObject &body);

    static constexpr int MaxLimit = 500;

private:
    Result<protocol::TrainingCourse> load(Store &store, qint64 id);
    Result<qint64> announce(Store &store, const protocol::TrainingCourse &course, const QString &op,
                            qint64 nowMs);

    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
