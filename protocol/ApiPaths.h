#pragma once

#include <QStringView>

// Paths of the back-office contract (see docs/api/openapi.yaml). Both sides build URLs from
// these so a renamed route fails to compile rather than to connect. Paths below ApiPrefix are
// written without it (the client's requests are relative to it); `{id}` stands for an entity's id.
namespace frontline::protocol::paths {

inline constexpr QStringView ApiPrefix = u"/api/v1";
inline constexpr QStringView Health = u"/healthz";
inline constexpr QStringView Metrics = u"/metrics";
inline constexpr QStringView Events = u"/api/v1/events";

inline constexpr QStringView Login = u"/auth/login";
inline constexpr QStringView Logout = u"/auth/logout";
inline constexpr QStringView Me = u"/me";
inline constexpr QStringView Changes = u"/changes";
inline constexpr QStringView Queues = u"/queues";
inline constexpr QStringView Ticket = u"/tickets/{id}";
inline constexpr QStringView TicketMessages = u"/tickets/{id}/messages";
inline constexpr QStringView TicketClaim = u"/tickets/{id}/claim";
inline constexpr QStringView TicketEscalations = u"/tickets/{id}/escalations";
inline constexpr QStringView TicketKbUsage = u"/tickets/{id}/kb-usage";
inline constexpr QStringView TicketWorkIntervals = u"/tickets/{id}/work-intervals";
inline constexpr QStringView Escalation = u"/escalations/{id}";
inline constexpr QStringView TicketHelpFlags = u"/tickets/{id}/help-flags";
inline constexpr QStringView HelpFlags = u"/help-flags";
// Live monitoring (issue 18): a supervisor watches, whispers, barges in, takes over, hands back.
inline constexpr QStringView TicketMonitor = u"/tickets/{id}/monitor";
inline constexpr QStringView TicketWhisper = u"/tickets/{id}/whisper";
inline constexpr QStringView TicketBarge = u"/tickets/{id}/barge";
inline constexpr QStringView TicketTakeOver = u"/tickets/{id}/take-over";
inline constexpr QStringView TicketHandBack = u"/tickets/{id}/hand-back";
inline constexpr QStringView IntakeTyping = u"/intake/typing";
inline constexpr QStringView HelpFlag = u"/help-flags/{id}";
inline constexpr QStringView AlertRules = u"/alert-rules";
// The audit log of supervisors' actions (issue 18): read only, by supervisors and admins.
inline constexpr QStringView Audit = u"/audit";
inline constexpr QStringView AlertRule = u"/alert-rules/{id}";
// Scenario packs (issue 19): trainers and admins import, list, export and delete them.
inline constexpr QStringView TrainingPacks = u"/training/packs";
inline constexpr QStringView TrainingPack = u"/training/packs/{id}";
inline constexpr QStringView Scorecards = u"/scorecards";
inline constexpr QStringView Scorecard = u"/scorecards/{id}";
inline constexpr QStringView QaReviews = u"/qa/reviews";
inline constexpr QStringView QaReview = u"/qa/reviews/{id}";
inline constexpr QStringView QaReviewAcknowledge = u"/qa/reviews/{id}/acknowledge";
inline constexpr QStringView QaReviewDispute = u"/qa/reviews/{id}/dispute";
inline constexpr QStringView QaReviewReply = u"/qa/reviews/{id}/reply";
inline constexpr QStringView QaSamples = u"/qa/samples";
inline constexpr QStringView QaCandidates = u"/qa/candidates";
// A conversation as reviewers read it: the ticket's figures and messages, no contact data.
inline constexpr QStringView QaConversation = u"/qa/conversations/{id}";
inline constexpr QStringView Calibrations = u"/qa/calibrations";
inline constexpr QStringView Calibration = u"/qa/calibrations/{id}";
inline constexpr QStringView CalibrationScores = u"/qa/calibrations/{id}/scores";
inline constexpr QStringView CalibrationClose = u"/qa/calibrations/{id}/close";
inline constexpr QStringView CalibrationAgreed = u"/qa/calibrations/{id}/agreed";
inline constexpr QStringView CalibrationResults = u"/qa/calibrations/{id}/results";
inline constexpr QStringView CalibrationHistory = u"/qa/calibration-history";
inline constexpr QStringView Presence = u"/presence";
inline constexpr QStringView Operator = u"/operators/{id}";
inline constexpr QStringView OperatorPresenceIntervals = u"/operators/{id}/presence-intervals";
inline constexpr QStringView MetricsBoard = u"/metrics/board";
inline constexpr QStringView Targets = u"/targets";
inline constexpr QStringView MetricsSeries = u"/metrics/series";
inline constexpr QStringView MetricsTickets = u"/metrics/tickets";
inline constexpr QStringView Projects = u"/projects";
inline constexpr QStringView Project = u"/projects/{id}";
// The workspaces the signed-in user may sign in to: production and her sandboxes (issue 19).
inline constexpr QStringView MyWorkspaces = u"/me/workspaces";
// Trainers' sandboxes (issue 19): each a workspace of its own, with its cohort of trainees.
inline constexpr QStringView TrainingSandboxes = u"/training/sandboxes";
inline constexpr QStringView TrainingSandbox = u"/training/sandboxes/{name}";
inline constexpr QStringView TrainingSandboxReset = u"/training/sandboxes/{name}/reset";
inline constexpr QStringView TrainingSandboxTrainee =
    u"/training/sandboxes/{name}/trainees/{operator_id}";

// Courses a trainer assigns an operator from her production figures (issue 19, item 10).
inline constexpr QStringView TrainingCourses = u"/training/courses";
inline constexpr QStringView TrainingCourse = u"/training/courses/{id}";
inline constexpr QStringView TrainingOperatorFigures = u"/training/operators/{id}/figures";

// Exams and practice (issue 19, items 7-10): the trainer's from production, the trainee's in her
// sandbox.
inline constexpr QStringView TrainingExams = u"/training/exams";
inline constexpr QStringView TrainingExamsMine = u"/training/exams/mine";
inline constexpr QStringView TrainingExam = u"/training/exams/{id}";
inline constexpr QStringView TrainingExamStart = u"/training/exams/{id}/start";
inline constexpr QStringView TrainingExamEnd = u"/training/exams/{id}/end";
inline constexpr QStringView TrainingExamEvents = u"/training/exams/{id}/events";
inline constexpr QStringView TrainingExamAnswers = u"/training/exams/{id}/answers";

} // namespace frontline::protocol::paths
