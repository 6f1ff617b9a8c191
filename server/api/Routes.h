#pragma once

namespace frontline::server {

class ApiRoutes;
class AuthService;
class ChangeLog;
class CsatService;
class CustomerService;
class EscalationService;
class IntakeService;
class HttpMetrics;
class HttpRouter;
class KbService;
class MessageService;
class PresenceService;
class RealtimeHub;
class TicketRouter;
class TicketService;

// Each resource registers its /api/v1 routes, with the roles allowed to call each.
void registerAuthRoutes(ApiRoutes &routes, AuthService &auth);
void registerTicketRoutes(ApiRoutes &routes, TicketService &tickets, MessageService &messages);
void registerChangeRoutes(ApiRoutes &routes);
void registerIntakeRoutes(ApiRoutes &routes, IntakeService &intake);
void registerOutboundRoutes(ApiRoutes &routes);
void registerEscalationRoutes(ApiRoutes &routes, EscalationService &escalations,
                              CustomerService &customers);
void registerPresenceRoutes(ApiRoutes &routes, PresenceService &presence);
// The knowledge base, its use on tickets, and macros.
void registerKbRoutes(ApiRoutes &routes, KbService &kb, TicketService &tickets);
// Contact flow: claiming tickets, CSAT from the channels, and the supervisor's KPIs.
void registerFlowRoutes(ApiRoutes &routes, TicketRouter &router, CsatService &csat);
// GET /api/v1/events without a WebSocket upgrade: 426.
void registerEventRoutes(ApiRoutes &routes);
// GET /metrics, outside /api/v1.
void registerMetricsRoute(HttpRouter &router, const HttpMetrics &metrics, const RealtimeHub &hub);

} // namespace frontline::server
