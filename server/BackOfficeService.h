#pragma once

#include "protocol/Result.h"
#include "server/BackOfficeOptions.h"
#include "server/clock/Clock.h"

#include <QObject>

#include <memory>

class QTimer;

namespace frontline::protocol {
struct Ticket;
}

namespace frontline::server {

class AlertRuleService;
class BackgroundLane;
class QaReviewService;
class PackService;
class CourseService;
class ScorecardService;
class ApiRoutes;
class AuthService;
class ChangeLog;
class BoardCache;
class SandboxService;
class CsatService;
class CustomerService;
class EventRelay;
class EscalationService;
class ExamRunner;
class ExamService;
class HelpFlagService;
class IntakeService;
class HttpServer;
class KbService;
class LiveMonitoring;
class MessageService;
class PresenceService;
class ProjectService;
class RealtimeHub;
class SimulatedTeam;
class SlaMonitor;
class SlaPolicy;
class Store;
class AdjustableClock;
class TicketRouter;
class TicketService;
class TrafficSimulator;
class Workspaces;

// The running back office: its workspaces' stores, its services, and the HTTP routes over them.
class BackOfficeService : public QObject
{
    Q_OBJECT
public:
    explicit BackOfficeService(const BackOfficeOptions &options, Clock clock = systemClock(),
                               QObject *parent = nullptr);
    ~BackOfficeService() override;

    // Opens (and migrates) the production workspace.
    Result<void> open();
    // Fills an empty production workspace with demo data (false when it already had users).
    Result<bool> seedDemo(quint32 seed);
    // Starts serving HTTP; returns the port actually bound.
    Result<quint16> listen();

    Workspaces &workspaces() { return *m_workspaces; }
    AuthService &auth() { return *m_auth; }
    TicketService &tickets() { return *m_tickets; }
    KbService &kb() { return *m_kb; }
    ProjectService &projects() { return *m_projects; }
    ChangeLog &changes() { return *m_changes; }
    TicketRouter &router() { return *m_router; }
    HttpServer &http() { return *m_http; }
    const ApiRoutes &routes() const { return *m_routes; }

private:
    void registerRoutes();
    // The exam runner's wiring, and the sandboxes' place behind production on the request thread.
    void setUpTraining();
    void purgeExpired();
    // Tells the operator of `ticket` and the supervisors watching it that its customer types.
    Result<bool> customerTyping(Store &store, const protocol::Ticket &ticket);

    BackOfficeOptions m_options;
    std::unique_ptr<AdjustableClock> m_testClock; // under --test-clock only
    Clock m_clock;
    std::unique_ptr<Workspaces> m_workspaces;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<MessageService> m_messages;
    std::unique_ptr<EscalationService> m_escalations;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<KbService> m_kb;
    std::unique_ptr<ProjectService> m_projects;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<ApiRoutes> m_routes;
    std::unique_ptr<PresenceService> m_presence;
    std::unique_ptr<EventRelay> m_relay; // set up by open(); outlives the hub that uses it
    std::unique_ptr<RealtimeHub> m_hub;
    std::unique_ptr<SlaPolicy> m_sla;
    std::unique_ptr<TicketRouter> m_router;
    std::unique_ptr<SlaMonitor> m_slaMonitor;
    std::unique_ptr<CsatService> m_csat;
    std::unique_ptr<HelpFlagService> m_helpFlags;
    std::unique_ptr<LiveMonitoring> m_monitoring;
    std::unique_ptr<AlertRuleService> m_alertRules;
    std::unique_ptr<ScorecardService> m_scorecards;
    std::unique_ptr<PackService> m_packs;
    std::unique_ptr<QaReviewService> m_qaReviews;
    std::unique_ptr<CourseService> m_courses;
    std::unique_ptr<BoardCache> m_boards;
    std::unique_ptr<SandboxService> m_sandboxes;
    std::unique_ptr<ExamService> m_exams;
    std::unique_ptr<BackgroundLane> m_lane; // sandboxes' customers, behind production's requests
    std::unique_ptr<ExamRunner> m_examRunner;
    std::unique_ptr<TrafficSimulator> m_simulator;
    std::unique_ptr<SimulatedTeam> m_team;
    QTimer *m_housekeeping = nullptr;
};

} // namespace frontline::server
