#pragma once

#include "protocol/Result.h"

#include <QJsonObject>
#include <QStringView>

// The most each string (characters, as UTF-16 code units) and each list (items) of a request may
// carry. Declared once, here: the back office refuses anything longer before a route reads it
// (422 too_long naming the field), the desktop keeps what it sends within them, and
// docs/api/openapi.yaml states the same numbers as maxLength / maxItems (ContractTest walks them).
namespace frontline::protocol::limits {

// A reply, an internal note, a customer's message or a chatbot turn: what the composer takes.
inline constexpr qsizetype MessageText = 20000;
inline constexpr qsizetype KbArticleBody = 200000;
inline constexpr qsizetype KbArticleTitle = 300;
inline constexpr qsizetype KbTags = 50; // per article
inline constexpr qsizetype KbTag = 64;
inline constexpr qsizetype KbSlug = 120;
inline constexpr qsizetype Subject = 500;
inline constexpr qsizetype ResolutionCode = 64;
// Free text beside a decision: an escalation's note, return reason or resolution, a CSAT comment.
inline constexpr qsizetype Note = 2000;
// An operator's note on a help flag ("customer asks for a refund over the limit").
inline constexpr qsizetype HelpFlagNote = 500;
// Alert rules a supervisor keeps on the back office.
inline constexpr qsizetype AlertRulesEach = 100;
inline constexpr qsizetype BotTranscriptTurns = 100;
// Why a supervisor moved a ticket to another operator, kept with the assignment.
inline constexpr qsizetype AssignmentReason = 500;
// The queues (skills) one operator works.
inline constexpr qsizetype OperatorQueues = 50;
// A project (a store the center serves): its slug, its name, its queues; projects per workspace.
inline constexpr qsizetype ProjectSlug = 40;
inline constexpr qsizetype ProjectName = 120;
inline constexpr qsizetype ProjectQueues = 100;
inline constexpr qsizetype ProjectsEach = 1000;
// A ticket status filter (`status=new,open`): items before duplicates are dropped.
inline constexpr qsizetype StatusFilterItems = 10;
// Stretches a ticket was open in front of an operator, in one report.
inline constexpr qsizetype WorkIntervalsPerRequest = 20;
// QA scorecards: a card's name, its sections, each section's criteria, a criterion's id and the
// title of a section or a criterion. Weights are positive and sum to 100, so a card has at most
// 100 criteria, and a review at most as many answers.
inline constexpr qsizetype ScorecardName = 120;
inline constexpr qsizetype ScorecardSections = 20;
inline constexpr qsizetype ScorecardCriteria = 50; // per section
inline constexpr qsizetype ScorecardCriterionId = 40;
inline constexpr qsizetype ScorecardTitle = 300;
inline constexpr qsizetype QaAnswers = 100;
// Disputes and the reviewer's replies on one review, together.
inline constexpr qsizetype QaReviewComments = 20;
// Scorecards in one workspace.
inline constexpr qsizetype ScorecardsEach = 200;
// A calibration session: its name, its conversations and its reviewers (the lead among them).
inline constexpr qsizetype CalibrationName = 120;
inline constexpr qsizetype CalibrationConversations = 20;
inline constexpr qsizetype CalibrationReviewers = 20;
// Training exams (issue 19): a pack's scoring bands, and what the desktop reports during an
// exam: a search's words or an article's slug, a question's id, the options chosen and the text
// of an answer.
inline constexpr qsizetype ScoringBands = 10;
inline constexpr qsizetype ScoringBandLabel = 40;
inline constexpr qsizetype ExamEventText = 200;
inline constexpr qsizetype ExamQuestionId = 40;
inline constexpr qsizetype ExamAnswerChoices = 20;
inline constexpr qsizetype ExamAnswerText = 2000;
// Reports per request, and trainees an exam is started for at once (a cohort's most).
inline constexpr qsizetype ExamEventsEach = 100;
inline constexpr qsizetype ExamTrainees = 200;
// A trainer's sandbox (issue 19): its name (also its tokens' prefix), its title (the trainee's
// band), the pack it is filled from; sandboxes per back office (each is a file or a schema), and
// trainees per cohort.
inline constexpr qsizetype SandboxName = 32;
inline constexpr qsizetype SandboxTitle = 80;
inline constexpr qsizetype SandboxPackId = 64;
inline constexpr qsizetype SandboxesEach = 100;
inline constexpr qsizetype SandboxTrainees = 200;
// Scenario packs (issue 19, item 4): the whole pack as imported, and its lists. Each text of a
// pack has its maximum in the table under the import route (FieldLimits.cpp), which
// ScenarioPack::fromJson reads too, so a pack read from a file obeys the same numbers.
inline constexpr QLatin1StringView PackImportRoute{"POST /api/v1/training/packs"};
inline constexpr qsizetype PackBytes = 1024 * 1024;
inline constexpr qsizetype PackScenarios = 100;
inline constexpr qsizetype PackTurns = 50;    // per scenario
inline constexpr qsizetype PackBranches = 20; // per turn
inline constexpr qsizetype PackWords = 50;    // per trigger
inline constexpr qsizetype PackArticles = 300;
inline constexpr qsizetype PackMacros = 200;
inline constexpr qsizetype PackCustomers = 200;
inline constexpr qsizetype PackOrders = 500;
inline constexpr qsizetype PackOrderItems = 50;
inline constexpr qsizetype PackQuestions = 50;
inline constexpr qsizetype PackOptions = 10;
inline constexpr qsizetype PackExpectedArticles = 10;
inline constexpr qsizetype PackCustomerText = 4000; // a scripted customer's message
inline constexpr qsizetype PackArticleBody = 100000;
// Packs a workspace keeps, each with all its versions.
inline constexpr qsizetype PacksEach = 200;
inline constexpr qsizetype PackVersionsEach = 100;
// A course a trainer assigns an operator (issue 19, item 10): its pack, its scenarios (each by the
// pack's id) and why she assigned it ("Returned escalations rose to 18% in week 48").
inline constexpr qsizetype CoursePackId = 64;
inline constexpr qsizetype CourseScenarios = 30;
inline constexpr qsizetype CourseScenarioId = 64;
inline constexpr qsizetype CourseReason = 500;
// Any field the table does not name (an unknown query parameter, say): the floor under everything.
inline constexpr qsizetype OtherText = 1000;
inline constexpr qsizetype OtherList = 100;

// The maximum of `field` in a request to `route` ("POST /api/v1/kb/articles"). Body fields are
// named by their path ("customer.email", "tags" for the list, "tags[]" for each item); query
// parameters with a leading "?" ("?q", "?status" for the list, "?status[]" for each item).
qsizetype maximumOf(QStringView route, QStringView field, bool list);
// Whether the query parameter `name` ("status") is a comma-separated list on `route`.
bool isQueryList(QStringView route, QStringView name);

// too_long (422) naming `field`.
Error tooLong(const QString &field, qsizetype most, bool list);
// The first string or list of `body`, at any depth, over its maximum.
Result<void> checkBody(QStringView route, const QJsonObject &body);
// A query parameter over its maximum: its length, or, for a list, its item count or an item's
// length.
Result<void> checkQuery(QStringView route, const QString &name, const QString &value);

} // namespace frontline::protocol::limits
