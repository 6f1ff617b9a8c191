#pragma once

#include "protocol/Result.h"

#include <QHash>

namespace frontline::server {

class Store;

// The handle time in milliseconds of every ticket handled in [from, min(to, now)) (resolved or
// closed in it, by its assignee), by ticket id: the ONE place the KPI series and the tickets
// report take it from (docs/kpis.md, `aht_seconds`). Tickets without an assignee have none.
// Same window and answer as handle_time::ofHandledTickets on branch i17-aht, which can replace
// the body at merge.
Result<QHash<qint64, qint64>> ticketHandleTimes(Store &store, qint64 from, qint64 to, qint64 now);

} // namespace frontline::server
