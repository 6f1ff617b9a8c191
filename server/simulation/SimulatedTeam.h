#pragma once

#include "protocol/Result.h"
#include "server/auth/AuthService.h"
#include "server/clock/Clock.h"

#include <QHash>
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
    // True when the member replied to or resolved the ticket.
    Result<bool> handle(const Caller &member, const Work &work, qint64 staleBefore);
    // The ticket open in front of the member (0: none): the stretch of the one before is
    // reported as her desktop would (work intervals, for handle time).
    Result<void> keepInFront(const Caller &member, qint64 ticketId);
    Result<void> claimWaiting(const Caller &member);

    Store &m_store;
    Services m_services;
    Clock m_clock;
    QRandomGenerator m_random;
    QList<Caller> m_members;
    struct InFront
    {
        qint64 ticketId = 0;
        qint64 since = 0;
    };
    QHash<qint64, InFront> m_inFront; // by member id
    QTimer *m_timer = nullptr;
};

} // namespace frontline::server
