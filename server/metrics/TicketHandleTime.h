#pragma once

#include "protocol/Result.h"

#include <QHash>
#include <QList>

namespace frontline::server {

class Store;

// A resolved ticket's handle time in milliseconds, by ticket id, for many tickets in one query:
// the ONE place the series and the tickets report take it from (docs/kpis.md, `aht_seconds`).
// Tickets without an assignee have none (absent from the answer).
Result<QHash<qint64, qint64>> ticketHandleTimes(Store &store, const QList<qint64> &ticketIds);

} // namespace frontline::server
