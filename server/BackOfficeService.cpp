#include "server/BackOfficeService.h"

#include "protocol/ApiPaths.h"
#include "protocol/Health.h"
#include "protocol/Version.h"
#include "server/alerts/AlertRuleService.h"
#include "server/alerts/HelpFlagService.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/auth/AuthService.h"
#include "server/clock/AdjustableClock.h"
#include "server/clock/BackgroundLane.h"
#include "server/domain/CustomerService.h"
#include "server/domain/EscalationService.h"
#include "server/domain/IntakeService.h"
#include "server/domain/MessageService.h"
#include "server/domain/PresenceService.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/http/HttpServer.h"
#include "server/kb/KbService.h"
#include "server/metrics/BoardCache.h"
#include "server/metrics/CsatService.h"
#include "server/monitoring/LiveMonitoring.h"
#include "server/projects/ProjectService.h"
#include "server/qa/QaReviewService.h"
#include "server/qa/ScorecardService.h"
#include "server/realtime/EventRelay.h"
#include "server/realtime/RealtimeHub.h"
#include "server/routing/TicketRouter.h"
#include "server/simulation/DemoSeeder.h"
#include "server/simulation/SimulatedTeam.h"
#include "server/simulation/TrafficSimulator.h"
#include "server/sla/SlaMonitor.h"
#include "server/sla/SlaPolicy.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"
#include "server/training/CourseService.h"
#include "server/training/ExamRunner.h"
#include "server/training/ExamService.h"
#include "server/training/PackService.h"
#include "server/training/SandboxService.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace frontline::server {
namespace {

RealtimeHub::Options hubOptions(const BackOfficeOptions &options)
{
    RealtimeHub::Options hub;
    hub.pingInterval = std::chrono::milliseconds(options.eventsPingMs);
    hub.pongTimeout = std::chrono::milliseconds(options.eventsPongTimeoutMs);
    hub.maxSockets = options.maxEventSockets;
    return hub;
}

ConnectionLimits connectionLimits(const BackOfficeOptions &options)
{
    ConnectionLimits limits;
    limits.maxConnections = options.maxConnections;
    limits.idleTimeoutMs = options.httpIdleMs;
    limits.requestTimeoutMs = options.httpRequestMs;
    limits.maxUnsentBytes = options.maxUnsentBytes;
    return limits;
}

} // namespace

BackOfficeService::BackOfficeService(const BackOfficeOptions &options, Clock clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_testClock(options.testClock ? std::make_unique<AdjustableClock>(clock) : nullptr)
    , m_clock(m_testClock ? m_testClock->clock() : std::move(clock))
    , m_workspaces(std::make_unique<Workspaces>(options.database))
    , m_auth(std::make_unique<AuthService>(*m_workspaces, m_clock))
    , m_changes(std::make_unique<ChangeLog>())
    , m_tickets(std::make_unique<TicketService>(*m_changes, m_clock))
    , m_messages(std::make_unique<MessageService>(*m_tickets, *m_changes, m_clock))
    , m_escalations(
          std::make_unique<EscalationService>(*m_tickets, *m_messages, *m_changes, m_clock))
    , m_customers(std::make_unique<CustomerService>(*m_tickets))
    , m_intake(std::make_unique<IntakeService>(*m_tickets, *m_messages, *m_changes, m_clock))
    , m_kb(std::make_unique<KbService>(*m_changes, m_clock))
    , m_projects(std::make_unique<ProjectService>(*m_changes, m_clock))
    , m_http(std::make_unique<HttpServer>())
    , m_routes(std::make_unique<ApiRoutes>(m_http->router(), *m_auth, m_clock))
    , m_presence(std::make_unique<PresenceService>(*m_changes, m_clock))
    , m_hub(std::make_unique<RealtimeHub>(*m_auth, *m_tickets, hubOptions(options)))
    , m_sla(std::make_unique<SlaPolicy>())
    , m_router(std::make_unique<TicketRouter>(*m_workspaces, *m_tickets, *m_changes, m_clock,
                                              TicketRouter::Options{options.chatGraceMs}))
    , m_slaMonitor(
          std::make_unique<SlaMonitor>(*m_workspaces, *m_changes, m_clock, options.slaScanMs))
    , m_csat(std::make_unique<CsatService>(*m_changes, m_clock))
    , m_helpFlags(std::make_unique<HelpFlagService>(*m_tickets, *m_changes, m_clock))
    , m_monitoring(std::make_unique<LiveMonitoring>(*m_tickets, *m_messages, m_clock))
    , m_alertRules(std::make_unique<AlertRuleService>(m_clock))
    , m_scorecards(std::make_unique<ScorecardService>(m_clock))
    , m_packs(std::make_unique<PackService>(m_clock))
    , m_qaReviews(std::make_unique<QaReviewService>(*m_changes, m_clock))
    , m_courses(std::make_unique<CourseService>(*m_changes, m_clock))
    , m_boards(std::make_unique<BoardCache>(options.boardMaxAgeMs))
    , m_sandboxes(
          std::make_unique<SandboxService>(*m_workspaces, *m_auth, *m_kb, *m_changes, m_clock))
    , m_exams(std::make_unique<ExamService>(*m_workspaces, *m_changes, m_clock))
    , m_lane(std::make_unique<BackgroundLane>())
    , m_examRunner(std::make_unique<ExamRunner>(ExamRunner::Services{*m_workspaces, *m_exams,
                                                                     *m_intake, *m_messages,
                                                                     *m_csat, *m_changes, *m_lane},
                                                m_clock))
{
    setUpTraining();
    m_auth->setChangeLog(m_changes.get());
    m_tickets->setSlaPolicy(m_sla.get());
    m_tickets->setAssignment(m_router.get());
    m_tickets->setMessages(m_messages.get());
    m_router->setMessages(m_messages.get());
    m_intake->setAssignment(m_router.get());
    m_monitoring->setAssignment(m_router.get());
    m_presence->setAssignment(m_router.get());
    LoginThrottle::Policy throttle;
    throttle.baseDelayMs = options.loginDelayMs;
    throttle.signInsPerMinute = options.signInsPerMinute;
    throttle.maxDelayMs = std::max<qint64>(options.loginDelayMs, throttle.maxDelayMs);
    m_auth->setThrottlePolicy(throttle);
    m_http->setTrustedProxies(options.trustedProxies);
    registerRoutes();

    connect(m_changes.get(), &ChangeLog::committed, m_hub.get(), &RealtimeHub::notifyChanged);
    connect(m_presence.get(), &PresenceService::changed, m_hub.get(), &RealtimeHub::notifyPresence);
    m_http->setConnectionLimits(connectionLimits(options));
    m_http->addWebSocketPath(protocol::paths::Events.toString());
    m_http->setWebSocketHandler(
        [this](std::unique_ptr<QWebSocket> socket) { m_hub->accept(std::move(socket)); });
}

void BackOfficeService::setUpTraining()
{
    m_exams->setRunner(m_examRunner.get());
    m_examRunner->setCustomerTyping([this](Store &store, qint64 ticketId) {
        auto ticket = m_tickets->get(store, ticketId);
        auto told = ticket ? customerTyping(store, ticket.value()) : Result<bool>(ticket.error());
        if (!told)
            qCWarning(lcStorage).noquote()
                << "an exam customer's typing on" << ticketId << ":" << told.error().message;
    });
    // A trainer's sandboxes wait while production's requests are queued (docs/decisions.md).
    m_lane->setForegroundWaiting([http = m_http.get()] { return http->foregroundWaiting(); });
    m_http->setBackground(
        [production = Workspaces::Production.toLatin1()](const HttpRequestData &request) {
            const QByteArray header = request.value("Authorization");
            const QByteArrayView workspace = AuthService::tokenWorkspace(header);
            return !workspace.isEmpty() && workspace != production;
        });
}

BackOfficeService::~BackOfficeService()
{
    // The HTTP thread goes first: nothing may reach the services while they are destroyed.
    m_http->stop();
}

Result<void> BackOfficeService::open()
{
    if (!m_options.slaConfig.isEmpty()) {
        auto policy = SlaPolicy::fromFile(m_options.slaConfig);
        if (!policy)
            return policy.error();
        *m_sla = policy.value();
    }
    if (auto opened = m_workspaces->openProduction(); !opened)
        return opened;
    // Accounts from before colleagues' names went to the change feed.
    if (auto published = m_auth->publishMissingProfiles(m_workspaces->production()); !published)
        return published.error();
    if (auto followed = m_changes->followOtherInstances(m_workspaces->production()); !followed)
        return followed;
    m_relay = std::make_unique<EventRelay>();
    connect(m_relay.get(), &EventRelay::received, m_hub.get(), &RealtimeHub::deliverRelayed);
    m_hub->setRelay(m_relay.get());
    if (auto watched = m_relay->watch(m_workspaces->production()); !watched)
        return watched;
    // Sandboxes opened from here on get the same pokes and relayed events as production, and
    // nothing keeps pointing at a sandbox's store once it closes.
    m_workspaces->setOpenedHandler([this](Store &store) {
        if (auto followed = m_changes->followOtherInstances(store); !followed)
            qCWarning(lcStorage).noquote()
                << "feed pokes of" << store.workspace() << ":" << followed.error().message;
        if (auto watched = m_relay->watch(store); !watched)
            qCWarning(lcStorage).noquote()
                << "relayed events of" << store.workspace() << ":" << watched.error().message;
    });
    m_workspaces->setClosingHandler([this](const QString &workspace) {
        m_auth->forgetWorkspace(workspace);
        m_hub->closeWorkspace(workspace);
        m_relay->forget(workspace);
    });
    if (auto followed = m_sandboxes->followOtherInstances(); !followed)
        return followed.error();
    if (auto sandboxes = m_sandboxes->openAll(); !sandboxes)
        return sandboxes.error();
    // Exams running when the back office stopped run on, on their stored clocks.
    if (auto exams = m_exams->resumeAll(); !exams)
        return exams.error();
    return {};
}

Result<bool> BackOfficeService::seedDemo(quint32 seed)
{
    DemoSeeder seeder(m_workspaces->production(), *m_auth, *m_tickets, *m_changes, m_clock);
    return seeder.seed(seed);
}

Result<quint16> BackOfficeService::listen()
{
    // Every connection is a file: at the caps, accept() must still find one to answer 503 with.
    const int needed = m_options.maxConnections + m_options.maxEventSockets + 256;
    if (int limit = 0; !ConnectionGate::raiseOpenFileLimit(needed, &limit)) {
        qCWarning(lcHttp).noquote()
            << "the open-file limit" << limit << "is below the" << needed
            << "the connection caps need; raise it (LimitNOFILE) or lower --max-connections";
    }
    const quint16 port = m_http->listen(m_options.listenAddress, m_options.listenPort);
    if (port == 0) {
        return Error{QStringLiteral("listen_failed"), QStringLiteral("Cannot listen on %1:%2")
                                                          .arg(m_options.listenAddress.toString())
                                                          .arg(m_options.listenPort)};
    }
    m_housekeeping = new QTimer(this);
    connect(m_housekeeping, &QTimer::timeout, this, &BackOfficeService::purgeExpired);
    m_housekeeping->start(std::chrono::hours(1));
    purgeExpired();
    m_router->start();
    m_slaMonitor->start();
    if (m_options.simulatePerMinute > 0) {
        m_simulator = std::make_unique<TrafficSimulator>(
            m_workspaces->production(), *m_intake, *m_csat, m_clock,
            TrafficSimulator::Options{m_options.simulatePerMinute, m_options.demoSeed});
        m_simulator->setCustomerTyping(
            [this](Store &store, const protocol::Ticket &ticket) -> Result<void> {
                auto told = customerTyping(store, ticket);
                if (!told)
                    return told.error();
                return {};
            });
        m_simulator->start();
        m_team = std::make_unique<SimulatedTeam>(
            m_workspaces->production(),
            SimulatedTeam::Services{*m_auth, *m_presence, *m_tickets, *m_messages, *m_router},
            m_clock, m_options.demoSeed);
        m_team->start();
    }
    return port;
}

void BackOfficeService::purgeExpired()
{
    for (Store *store : m_workspaces->all()) {
        auto purged = idempotency::purge(*store, m_clock());
        if (!purged)
            qCWarning(lcStorage).noquote() << "purging idempotency keys:" << purged.error().message;
        if (auto tokens = m_auth->purgeTokens(*store); !tokens)
            qCWarning(lcStorage).noquote() << "purging expired tokens:" << tokens.error().message;
    }
}

Result<bool> BackOfficeService::customerTyping(Store &store, const protocol::Ticket &ticket)
{
    auto monitors = LiveMonitoring::monitorsOf(store, ticket.id.toLongLong());
    if (!monitors)
        return monitors.error();
    return m_hub->customerTyping(store.workspace(), ticket, monitors.value());
}

void BackOfficeService::registerRoutes()
{
    m_http->router().add(
        QStringLiteral("GET"), protocol::paths::Health.toString(), [this](const HttpRequest &) {
            Store *store = m_workspaces->find(Workspaces::Production);
            if (!store) {
                return HttpResponse::error(503, Error{QStringLiteral("unavailable"),
                                                      QStringLiteral("The database is not open")});
            }
            if (auto alive = store->run(QStringLiteral("SELECT 1")); !alive)
                return HttpResponse::error(503,
                                           Error{QStringLiteral("unavailable"),
                                                 u"SELECT 1 failed: " + alive.error().message});
            const protocol::Health health{QStringLiteral("ok"), protocol::version()};
            return HttpResponse::json(health.toJson());
        });
    registerAuthRoutes(*m_routes, *m_auth, m_options.chatGraceMs);
    registerTicketRoutes(*m_routes, *m_tickets, *m_router);
    registerMessageRoutes(*m_routes, *m_tickets, *m_messages);
    registerChangeRoutes(*m_routes, m_options.feedPageBytes);
    registerPresenceRoutes(*m_routes, *m_presence);
    registerEventRoutes(*m_routes);
    registerMetricsRoute(m_http->router(), m_http->metrics(), *m_hub, m_auth->passwordChecker());
    registerEscalationRoutes(*m_routes, *m_escalations);
    registerHelpFlagRoutes(*m_routes, *m_helpFlags);
    registerAlertRuleRoutes(*m_routes, *m_alertRules);
    registerAuditRoutes(*m_routes);
    registerQaRoutes(*m_routes, *m_scorecards, *m_qaReviews);
    registerCalibrationRoutes(*m_routes);
    registerTrainingPackRoutes(*m_routes, *m_packs, *m_exams);
    registerMonitoringRoutes(*m_routes, *m_monitoring, *m_hub, m_options.monitoringVisible);
    registerCustomerRoutes(*m_routes, *m_customers);
    registerQueueRoutes(*m_routes);
    registerProjectRoutes(*m_routes, *m_projects);
    registerIntakeRoutes(*m_routes, *m_intake,
                         [this](Store &store, const protocol::Ticket &ticket) {
                             return customerTyping(store, ticket);
                         });
    registerOutboundRoutes(*m_routes);
    registerCsatRoutes(*m_routes, *m_csat);
    registerOperatorRoutes(*m_routes, *m_router, *m_auth);
    registerKpiRoutes(*m_routes, *m_boards, *m_workspaces);
    registerTargetRoutes(*m_routes, *m_boards, *m_changes);
    registerWorkIntervalRoutes(*m_routes, *m_tickets);
    registerReportRoutes(*m_routes);
    registerTrainingFigureRoutes(*m_routes);
    registerTrainingCourseRoutes(*m_routes, *m_courses);
    registerKbRoutes(*m_routes, *m_kb, *m_tickets);
    registerMacroRoutes(*m_routes, *m_kb);
    registerTrainingSandboxRoutes(*m_routes, *m_sandboxes);
    registerTrainingExamRoutes(*m_routes, *m_exams);
    if (m_testClock) {
        // Hours passed at once run the hourly housekeeping they skipped, as real hours would.
        // Exams close, their customers answer, and away operators' chats return, as the time
        // they skipped would have had them.
        m_testClock->setOnAdvanced([this] {
            purgeExpired();
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_exams->settleAll();
                    m_exams->adoptOrphans();
                    m_examRunner->tick();
                    m_router->sweepWorkspaces();
                    m_lane->drain();
                },
                Qt::QueuedConnection);
        });
        registerTestClockRoutes(*m_routes, *m_testClock);
        registerTestPasswordRoutes(*m_routes, m_auth->passwordChecker());
    }
}

} // namespace frontline::server
