#pragma once

#include "protocol/Result.h"

#include <functional>

namespace frontline::protocol {
struct Ticket;
}

namespace frontline::server {

class AdjustableClock;
class AlertRuleService;
class ApiRoutes;
class AuthService;
class BoardCache;
class ChangeLog;
class CourseService;
class CsatService;
class CustomerService;
class EscalationService;
class ExamService;
class HelpFlagService;
class IntakeService;
class HttpMetrics;
class HttpRouter;
class KbService;
class LiveMonitoring;
class MessageService;
class PackService;
class PasswordChecker;
class PresenceService;
class QaReviewService;
class ProjectService;
class RealtimeHub;
class SandboxService;
class ScorecardService;
class Store;
class TicketRouter;
class TicketService;
class Workspaces;

// Each resource registers its /api/v1 routes, with the roles allowed to call each; one file per
// resource, named after it (registerTicketRoutes in TicketRoutes.cpp).
// `chatGraceMs`: how long an away operator keeps their chats, told to clients at sign-in and in
// `GET /me` so they can warn before going away.
void registerAuthRoutes(ApiRoutes &routes, AuthService &auth, qint64 chatGraceMs);
void registerChangeRoutes(ApiRoutes &routes, qint64 maxPageBytes);
// Tickets, and an operator's claim of one (which routing decides).
void registerTicketRoutes(ApiRoutes &routes, TicketService &tickets, TicketRouter &router);
// A store's account (client) reads the conversations of its own project's tickets, where the
// project shares them.
void registerMessageRoutes(ApiRoutes &routes, TicketService &tickets, MessageService &messages);
void registerEscalationRoutes(ApiRoutes &routes, EscalationService &escalations);
// Help flags on conversations, and each supervisor's alert rules (issue 17).
void registerHelpFlagRoutes(ApiRoutes &routes, HelpFlagService &flags);
void registerAlertRuleRoutes(ApiRoutes &routes, AlertRuleService &rules);
// The audit log of supervisors' actions (issue 18): read by supervisors and admins, as JSON or CSV.
void registerAuditRoutes(ApiRoutes &routes);
// Quality assurance (issue 18): scorecards, reviews with their acknowledgement, dispute and reply,
// and choosing conversations to review (a seeded sample, or filters).
void registerQaRoutes(ApiRoutes &routes, ScorecardService &cards, QaReviewService &reviews);
// Calibration sessions (issue 18, item 8): blind scoring, results, the agreed score, history.
void registerCalibrationRoutes(ApiRoutes &routes);
// Scenario packs (issue 19, item 4): trainers and admins import (a new version keeps the older
// ones), list, export and delete them; not one an exam not closed yet was started on (409).
void registerTrainingPackRoutes(ApiRoutes &routes, PackService &packs, ExamService &exams);
// Live monitoring (issue 18): monitor, whisper, barge, take over, hand back; supervisors and
// admins only. `monitoringVisible`: the operator is told when she is being watched.
void registerMonitoringRoutes(ApiRoutes &routes, LiveMonitoring &monitoring, RealtimeHub &hub,
                              bool monitoringVisible);
void registerCustomerRoutes(ApiRoutes &routes, CustomerService &customers);
void registerQueueRoutes(ApiRoutes &routes);
// The stores the center serves (projects): everyone on the floor reads them, admins change them.
void registerProjectRoutes(ApiRoutes &routes, ProjectService &projects);
void registerPresenceRoutes(ApiRoutes &routes, PresenceService &presence);
// A supervisor's changes to an operator (chat capacity, queues); `auth` forgets her cached
// profile so the change holds at once.
void registerOperatorRoutes(ApiRoutes &routes, TicketRouter &router, AuthService &auth);
// Tells a ticket's operator and its monitors that its customer is typing; false over the rate.
using CustomerTyping = std::function<Result<bool>(Store &, const protocol::Ticket &)>;
// Channel adapters: customer messages and typing in, replies out, and CSAT answers.
void registerIntakeRoutes(ApiRoutes &routes, IntakeService &intake,
                          const CustomerTyping &customerTyping);
void registerOutboundRoutes(ApiRoutes &routes);
void registerCsatRoutes(ApiRoutes &routes, CsatService &csat);
// The knowledge base and its use on tickets.
void registerKbRoutes(ApiRoutes &routes, KbService &kb, TicketService &tickets);
void registerMacroRoutes(ApiRoutes &routes, KbService &kb);
// The supervisor's KPIs per operator and queue, and the live board of both.
void registerKpiRoutes(ApiRoutes &routes, BoardCache &boards, Workspaces &workspaces);
// The contract's targets per figure and period; a change is on the next board at once, and in the
// change feed (`kpi_target`) so every supervisor's board fetches it.
void registerTargetRoutes(ApiRoutes &routes, BoardCache &boards, ChangeLog &changes);
// The stretches a ticket was open in front of an operator (handle time).
void registerWorkIntervalRoutes(ApiRoutes &routes, TicketService &tickets);
// Reports: the KPIs bucket by bucket, and the tickets of a window with their figures.
void registerReportRoutes(ApiRoutes &routes);
// Training (issue 19, item 10): an operator's production figures over time for the trainer, and
// the courses trainers assign operators from them.
void registerTrainingFigureRoutes(ApiRoutes &routes);
void registerTrainingCourseRoutes(ApiRoutes &routes, CourseService &courses);
// Exams and practice (issue 19, items 7-10): the trainer starts, lists and ends them from
// production; the trainee takes hers in the sandbox.
void registerTrainingExamRoutes(ApiRoutes &routes, ExamService &exams);
// What a message, escalation or resolution on `ticketId` meets in an exam's sandbox:
// exam_closed (409) once the ticket's exam has closed.
struct ApiRequest;
Result<void> examAdmitsTicket(const ApiRequest &request, const QString &ticketId);
// GET /api/v1/events without a WebSocket upgrade: 426.
void registerEventRoutes(ApiRoutes &routes);
// Trainers' sandboxes and their cohorts (issue 19), and `GET /me/workspaces`: where the signed-in
// user may sign in.
void registerTrainingSandboxRoutes(ApiRoutes &routes, SandboxService &sandboxes);
// Only under --test-clock: POST /api/v1/test/clock moves the back office's time ahead.
void registerTestClockRoutes(ApiRoutes &routes, AdjustableClock &clock);
// Also only under --test-clock: POST /api/v1/test/password-checks {"hold": bool} holds sign-ins
// password checks before they start, so tests see the back office answer meanwhile.
void registerTestPasswordRoutes(ApiRoutes &routes, PasswordChecker &passwords);
// GET /metrics, outside /api/v1.
void registerMetricsRoute(HttpRouter &router, const HttpMetrics &metrics, const RealtimeHub &hub,
                          const PasswordChecker &passwords);

} // namespace frontline::server
