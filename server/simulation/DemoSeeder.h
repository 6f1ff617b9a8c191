#pragma once

#include "protocol/Result.h"
#include "server/clock/Clock.h"
#include "server/simulation/DemoData.h"

namespace frontline::server {

class AuthService;
class ChangeLog;
class Store;
class TicketService;

struct DemoSize
{
    int customers = 200;
    int tickets = 500;
    int days = 30;
};

// Fills an empty production workspace with a believable contact center: the demo staff (all
// with password "demo"), customers with orders in several states, the knowledge base and macros
// from resources/demo, and past tickets with conversations and escalations over the last month.
// Deterministic for a seed; every row also goes to the change feed, so clients sync it.
class DemoSeeder
{
public:
    DemoSeeder(Store &store, AuthService &auth, TicketService &tickets, ChangeLog &changes,
               Clock clock);

    // Seeds once: a workspace that already has operators is left alone (returns false).
    Result<bool> seed(quint32 seed, const DemoSize &size = {});

private:
    Result<void> seedQueues(qint64 since);
    Result<demo::Staff> seedStaff();
    Result<void> importKnowledge(qint64 now);
    Result<void> seedTargets();

    Store &m_store;
    AuthService &m_auth;
    TicketService &m_tickets;
    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
