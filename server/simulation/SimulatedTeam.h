#pragma once

#include "protocol/Result.h"
#include "server/auth/AuthService.h"
#include "server/clock/Clock.h"

#include <QObject>
#include <QRandomGenerator>

class QTimer;

namespace frontline::server {

class MessageService;
class PresenceService;
class Store;
class TicketRouter;
class TicketService;

// The demo's simulated colleagues (`--simulate`): a few demo operators come online, answer the
// chats routed to them, claim waiting emails and resolve what they answered, through the same
// services the HTTP routes use. With them a newcomer sees tickets being assigned and handled,
// and a supervisor sees KPIs, without anyone else signing in. The human demo users (olga,
// ivan) are left to whoever signs in.
class SimulatedTeam : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        AuthService &auth;
        PresenceService &presence;
        TicketService &tickets;
        MessageService &messages;
        TicketRouter &router;
    };

    SimulatedTeam(Store &store, Services services, Clock clock, quint32 seed,
                  QObject *parent = nullptr);
    ~SimulatedTeam() override;

    static const QStringList &members();

    void start();
    // One round of work for every member.
    Result<void> work();

private:
    struct Work;
    Result<void> workAs(const Caller &member);
    Result<QList<Work>> openWork(const Caller &member);
    Result<void> handle(const Caller &member, const Work &work, qint64 staleBefore);
    Result<void> claimWaiting(const Caller &member);

    Store &m_store;
    Services m_services;
    Clock m_clock;
    QRandomGenerator m_random;
    QList<Caller> m_members;
    QTimer *m_timer = nullptr;
};

} // namespace frontline::server
