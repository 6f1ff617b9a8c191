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

// Fills an empty production workspace with a believable contact center serving two stores
// (Hopper, electronics; Lavka, groceries; each a project with its queues, customers, KB articles,
// targets and client account): the demo staff (all with password "demo"), customers with orders
// in several states, the knowledge base and macros
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
    Result<QHash<QString, qint64>> seedProjects(qint64 since);
    Result<void> seedQueues(qint64 since, const QHash<QString, qint64> &projects);
    Result<demo::Staff> seedStaff(const QHash<QString, qint64> &projects);
    Result<void> importKnowledge(qint64 now);
    Result<void> seedTargets(const QHash<QString, qint64> &projects);

    Store &m_store;
    AuthService &m_auth;
    TicketService &m_tickets;
    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
