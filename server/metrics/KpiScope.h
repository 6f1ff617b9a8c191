#pragma once

#include "protocol/Result.h"

#include <QStringList>
#include <QVariantList>

namespace frontline::server {

class Store;
struct Caller;

// Whose figures a report computes: the whole center, or one project (a store the center serves)
// through its queues (docs/kpis.md, "A project's figures"). Resolved once per request; each report
// adds condition() to its SQL, so a project's figures take as many queries as the center's.
struct KpiScope
{
    qint64 projectId = 0; // 0: the whole center
    QStringList queueIds; // the project's queues, in id order

    bool isProject() const { return projectId != 0; }
    // " AND column IN (?, ...)" for a project (never true when it has no queue); empty for the
    // whole center. Bind the queue ids with bind() where the condition stands.
    QString condition(QStringView column) const;
    // `args` followed by the project's queue ids (nothing more for the whole center).
    QVariantList bind(QVariantList args) const;
    bool covers(const QString &queueId) const { return !isProject() || queueIds.contains(queueId); }
    // The board's `project_id`: empty for the whole center.
    QString projectText() const { return isProject() ? QString::number(projectId) : QString(); }

    // The project `projectId` and its queues; not_found when the workspace has no such project.
    static Result<KpiScope> ofProject(Store &store, qint64 projectId);
    // The scope a caller asks for with the `project_id` query parameter (`requested`, empty when
    // absent). Staff may name any project or none (the whole center); a client always gets its
    // own project, and another one is not_found, as if it did not exist.
    static Result<KpiScope> forCaller(Store &store, const Caller &caller, const QString &requested);
};

} // namespace frontline::server
