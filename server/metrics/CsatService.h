#pragma once

#include "protocol/Result.h"
#include "server/clock/Clock.h"

#include <QJsonObject>

namespace frontline::server {

class ChangeLog;
class Store;

struct CsatResult
{
    QJsonObject response;  // {"ticket_id", "score", "comment", "received_at"}
    bool replayed = false; // the ticket had a score already: the first one stands
};

// Customer satisfaction: a channel adapter sends the customer's 1-5 score for a resolved ticket.
// One score per ticket; sending again returns the first (a retried webhook must not vote twice).
// The score counts for the operator the ticket was assigned to when it was resolved.
class CsatService
{
public:
    CsatService(ChangeLog &changes, Clock clock);

    Result<CsatResult> record(Store &store, const QJsonObject &body);

private:
    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
