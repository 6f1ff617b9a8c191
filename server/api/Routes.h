#pragma once

namespace frontline::server {

class ApiRoutes;
class AuthService;
class ChangeLog;
class MessageService;
class TicketService;

// Each resource registers its /api/v1 routes, with the roles allowed to call each.
void registerAuthRoutes(ApiRoutes &routes, AuthService &auth);
void registerTicketRoutes(ApiRoutes &routes, TicketService &tickets, MessageService &messages);
void registerChangeRoutes(ApiRoutes &routes);

} // namespace frontline::server
