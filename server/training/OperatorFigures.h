#pragma once

#include "protocol/OperatorFigures.h"
#include "protocol/Result.h"

namespace frontline::server {

class Store;

// An operator's production figures over time, for the trainer who decides on a course (issue 19,
// item 10): per bucket the board's own figures of her (handled, AHT, FCR, escalations made and
// returned, QA reviews and their mean), computed by server/metrics/KpiReport for the bucket's
// window, so they are the supervisor's numbers by construction (docs/kpis.md). Nothing about a
// customer or a ticket's subject.
class OperatorFigures
{
public:
    // The figures of operator `operatorId` over [from, to), in buckets of `bucketMs` starting at
    // `from` and stopping at min(to, now). not_found unless she is an operator of the workspace.
    static Result<protocol::OperatorFigures> of(Store &store, qint64 operatorId, qint64 from,
                                                qint64 to, qint64 now, qint64 bucketMs);
};

} // namespace frontline::server
