#pragma once

#include "protocol/Board.h"
#include "protocol/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace frontline::server {

class ChangeLog;
class Store;

// A contract's target as the back office keeps it: for one project (a store the center serves)
// or, with no project, for the whole center.
struct StoredTarget
{
    qint64 projectId = 0; // 0: the whole center
    protocol::KpiTarget target;

    QJsonObject toJson() const;
    friend bool operator==(const StoredTarget &, const StoredTarget &) = default;
};

// The targets of `kpi_targets`: read, replaced as a whole (PUT /targets), and chosen for a
// board's window.
namespace kpi_targets {

// At most this many targets in one list.
inline constexpr int MaxTargets = 100;

// The figures a target may name: the numeric fields of the board's operator and queue rows.
const QStringList &figures();
const QStringList &periods();

Result<QList<StoredTarget>> list(Store &store);
// Replaces every target with `targets`, in one transaction with its `kpi_target` change (for
// supervisors and admins only), and tells the realtime hub once committed.
Result<void> replace(Store &store, const QList<StoredTarget> &targets, ChangeLog &changes,
                     qint64 nowMs);
// The body of PUT /targets: `{"targets": [...]}`; invalid_field (422) naming the bad field
// ("targets[2].figure"), too many items, a figure and period given twice for one project.
Result<QList<StoredTarget>> parse(const QJsonObject &body);
QJsonArray toJson(const QList<StoredTarget> &targets);

// The period a window of `lengthMs` is judged over: up to a day, a week, 31 days, else a quarter.
QString periodOf(qint64 lengthMs);
// Per figure, the target of the window's period for `projectId` (0: the whole center), or, when
// the contract sets none for that period, the figure's target of the nearest period (the shorter
// one on a tie). A project's board is judged by its own contract only, never the center's.
QList<protocol::KpiTarget> forWindow(const QList<StoredTarget> &targets, qint64 lengthMs,
                                     qint64 projectId = 0);
// The targets of one project (GET /targets for a store's account, or with `project_id`).
QList<StoredTarget> ofProject(const QList<StoredTarget> &targets, qint64 projectId);

} // namespace kpi_targets
} // namespace frontline::server
