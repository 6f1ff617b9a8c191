#include "protocol/FieldLimits.h"

#include "protocol/ApiError.h"

#include <QJsonArray>

namespace frontline::protocol::limits {
namespace {

struct FieldLimit
{
    QLatin1StringView route; // empty: every request
    QLatin1StringView field;
    qsizetype most;
};

using L = QLatin1StringView;
constexpr L AnyRoute{};
constexpr L KbCreate{"POST /api/v1/kb/articles"};
constexpr L KbReplace{"PUT /api/v1/kb/articles/{id}"};
constexpr L TicketList{"GET /api/v1/tickets"};
constexpr L HelpFlagRaise{"POST /api/v1/tickets/{id}/help-flags"};
constexpr L WorkIntervals{"POST /api/v1/tickets/{id}/work-intervals"};
constexpr L ProjectCreate{"POST /api/v1/projects"};
constexpr L ProjectUpdate{"PATCH /api/v1/projects/{id}"};
constexpr L ScorecardCreate{"POST /api/v1/scorecards"};
constexpr L ScorecardReplace{"PUT /api/v1/scorecards/{id}"};
constexpr L CalibrationCreate{"POST /api/v1/qa/calibrations"};
constexpr L PackImport = PackImportRoute;
constexpr L QaReviewList{"GET /api/v1/qa/reviews"};
// What the desktop reports during an exam (protocol/ExamEvent) and the exam's other routes.
constexpr L ExamEvents{"POST /api/v1/training/exams/{id}/events"};
constexpr L ExamStart{"POST /api/v1/training/exams"};
constexpr L ExamAnswers{"POST /api/v1/training/exams/{id}/answers"};
constexpr L ExamList{"GET /api/v1/training/exams"};
constexpr L SandboxCreate{"POST /api/v1/training/sandboxes"};
constexpr L CourseAssign{"POST /api/v1/training/courses"};
constexpr qsizetype Id = 20;        // ids are decimal integers
constexpr qsizetype Name = 100;     // queue, team, user and workspace names
constexpr qsizetype EnumWord = 20;  // status, channel, priority, author
constexpr qsizetype Code = 64;      // reason and resolution codes
constexpr qsizetype External = 200; // what a channel adapter names things by
constexpr qsizetype Locale = 16;
constexpr qsizetype Time = 40; // an RFC 3339 time

// Route-specific entries come first: the first match wins.
constexpr FieldLimit Table[] = {
    {KbCreate, L("body"), KbArticleBody},
    {KbReplace, L("body"), KbArticleBody},
    {TicketList, L("?status"), StatusFilterItems},
    {TicketList, L("?status[]"), EnumWord},
    {HelpFlagRaise, L("note"), HelpFlagNote},
    {WorkIntervals, L("intervals"), WorkIntervalsPerRequest},
    {WorkIntervals, L("intervals[].started_at"), Time},
    {WorkIntervals, L("intervals[].ended_at"), Time},
    {ProjectCreate, L("slug"), ProjectSlug},
    {ProjectCreate, L("name"), ProjectName},
    {ProjectCreate, L("queues"), ProjectQueues},
    {ProjectUpdate, L("name"), ProjectName},
    {ProjectUpdate, L("queues"), ProjectQueues},
    {ScorecardCreate, L("name"), ScorecardName},
    {ScorecardCreate, L("sections"), ScorecardSections},
    {ScorecardCreate, L("sections[].title"), ScorecardTitle},
    {ScorecardCreate, L("sections[].criteria"), ScorecardCriteria},
    {ScorecardCreate, L("sections[].criteria[].id"), ScorecardCriterionId},
    {ScorecardCreate, L("sections[].criteria[].title"), ScorecardTitle},
    {ScorecardCreate, L("sections[].criteria[].scale"), EnumWord},
    {ScorecardReplace, L("name"), ScorecardName},
    {ScorecardReplace, L("sections"), ScorecardSections},
    {ScorecardReplace, L("sections[].title"), ScorecardTitle},
    {ScorecardReplace, L("sections[].criteria"), ScorecardCriteria},
    {ScorecardReplace, L("sections[].criteria[].id"), ScorecardCriterionId},
    {ScorecardReplace, L("sections[].criteria[].title"), ScorecardTitle},
    {ScorecardReplace, L("sections[].criteria[].scale"), EnumWord},
    {CalibrationCreate, L("name"), CalibrationName},
    {CalibrationCreate, L("ticket_ids"), CalibrationConversations},
    {CalibrationCreate, L("ticket_ids[]"), Id},
    {CalibrationCreate, L("ticket_numbers"), CalibrationConversations},
    {CalibrationCreate, L("reviewer_ids"), CalibrationReviewers},
    {CalibrationCreate, L("reviewer_ids[]"), Id},
    // a scenario pack (its own limits, read by ScenarioPack::fromJson as well)
    {PackImport, L("format"), 40},
    {PackImport, L("id"), 40},
    {PackImport, L("title"), 200},
    {PackImport, L("language"), Locale},
    {PackImport, L("knowledge_base"), 20},
    {PackImport, L("knowledge_base.articles"), PackArticles},
    {PackImport, L("knowledge_base.articles[].slug"), KbSlug},
    {PackImport, L("knowledge_base.articles[].title"), KbArticleTitle},
    {PackImport, L("knowledge_base.articles[].body"), PackArticleBody},
    {PackImport, L("knowledge_base.articles[].tags"), KbTags},
    {PackImport, L("knowledge_base.articles[].tags[]"), KbTag},
    {PackImport, L("macros"), PackMacros},
    {PackImport, L("macros[].slug"), KbSlug},
    {PackImport, L("macros[].title"), KbArticleTitle},
    {PackImport, L("macros[].shortcut"), 40},
    {PackImport, L("macros[].body"), PackCustomerText},
    {PackImport, L("customers"), PackCustomers},
    {PackImport, L("customers[].id"), 40},
    {PackImport, L("customers[].name"), External},
    {PackImport, L("customers[].email"), 254},
    {PackImport, L("customers[].phone"), 40},
    {PackImport, L("customers[].city"), Name},
    {PackImport, L("orders"), PackOrders},
    {PackImport, L("orders[].number"), 40},
    {PackImport, L("orders[].customer"), 40},
    {PackImport, L("orders[].status"), EnumWord},
    {PackImport, L("orders[].currency"), 3},
    {PackImport, L("orders[].delivery_method"), Name},
    {PackImport, L("orders[].items"), PackOrderItems},
    {PackImport, L("orders[].items[].name"), 200},
    {PackImport, L("orders[].history"), 20},
    {PackImport, L("orders[].history[].status"), EnumWord},
    {PackImport, L("orders[].history[].note"), 500},
    {PackImport, L("exam.questions"), PackQuestions},
    {PackImport, L("exam.questions[].id"), ExamQuestionId},
    {PackImport, L("exam.questions[].kind"), EnumWord},
    {PackImport, L("exam.questions[].text"), 2000},
    {PackImport, L("exam.questions[].options"), PackOptions},
    {PackImport, L("exam.questions[].options[]"), 500},
    {PackImport, L("exam.questions[].correct"), PackOptions},
    {PackImport, L("exam.questions[].expected_words"), PackWords},
    {PackImport, L("exam.questions[].expected_words[]"), 100},
    {PackImport, L("exam.questions[].articles"), PackExpectedArticles},
    {PackImport, L("exam.questions[].articles[]"), KbSlug},
    {PackImport, L("scoring.bands"), ScoringBands},
    {PackImport, L("scoring.bands[].label"), ScoringBandLabel},
    {PackImport, L("scenarios"), PackScenarios},
    {PackImport, L("scenarios[].id"), 40},
    {PackImport, L("scenarios[].title"), 200},
    {PackImport, L("scenarios[].persona.name"), External},
    {PackImport, L("scenarios[].persona.style"), 500},
    {PackImport, L("scenarios[].channel"), EnumWord},
    {PackImport, L("scenarios[].customer"), 40},
    {PackImport, L("scenarios[].bot_transcript"), BotTranscriptTurns},
    {PackImport, L("scenarios[].bot_transcript[].from"), EnumWord},
    {PackImport, L("scenarios[].bot_transcript[].text"), PackCustomerText},
    {PackImport, L("scenarios[].opening"), PackCustomerText},
    {PackImport, L("scenarios[].turns"), PackTurns},
    {PackImport, L("scenarios[].turns[].id"), 40},
    {PackImport, L("scenarios[].turns[].branches"), PackBranches},
    {PackImport, L("scenarios[].turns[].branches[].when.kind"), EnumWord},
    {PackImport, L("scenarios[].turns[].branches[].when.any"), PackWords},
    {PackImport, L("scenarios[].turns[].branches[].when.any[]"), 100},
    {PackImport, L("scenarios[].turns[].branches[].when.all"), PackWords},
    {PackImport, L("scenarios[].turns[].branches[].when.all[]"), 100},
    {PackImport, L("scenarios[].turns[].branches[].when.slug"), KbSlug},
    {PackImport, L("scenarios[].turns[].branches[].when.target"), Name},
    {PackImport, L("scenarios[].turns[].branches[].when.reason"), Code},
    {PackImport, L("scenarios[].turns[].branches[].when.code"), Code},
    {PackImport, L("scenarios[].turns[].branches[].say"), PackCustomerText},
    {PackImport, L("scenarios[].turns[].branches[].then"), 40},
    {PackImport, L("scenarios[].expected.articles"), PackExpectedArticles},
    {PackImport, L("scenarios[].expected.articles[]"), KbSlug},
    {PackImport, L("scenarios[].expected.escalation.target"), Name},
    {PackImport, L("scenarios[].expected.escalation.reason"), Code},
    {PackImport, L("scenarios[].expected.resolution"), Code},
    {PackImport, L("scenarios[].hint.section"), 200},
    {ExamEvents, L("events"), ExamEventsEach},
    {ExamEvents, L("events[].kind"), EnumWord},
    {ExamEvents, L("events[].ticket_id"), Id},
    {ExamEvents, L("events[].question_id"), ExamQuestionId},
    {ExamEvents, L("events[].query"), ExamEventText},
    {ExamEvents, L("events[].slug"), ExamEventText},
    {ExamEvents, L("events[].at"), Time},
    {ExamAnswers, L("question_id"), ExamQuestionId},
    {ExamAnswers, L("chosen"), ExamAnswerChoices},
    {ExamAnswers, L("text"), ExamAnswerText},
    {ExamAnswers, L("shown_at"), Time},
    {ExamAnswers, L("answered_at"), Time},
    {ExamStart, L("sandbox"), SandboxName},
    {ExamStart, L("mode"), EnumWord},
    {ExamStart, L("pack_id"), SandboxPackId},
    {ExamStart, L("operator_ids"), ExamTrainees},
    {ExamStart, L("operator_ids[]"), Id},
    {ExamList, L("?sandbox"), SandboxName},
    {ExamList, L("?operator_id"), Id},
    {ExamList, L("?state"), EnumWord},
    {ExamList, L("?mode"), EnumWord},
    {ExamEvents, L("question_id"), ExamQuestionId},
    {ExamEvents, L("query"), ExamEventText},
    {ExamEvents, L("slug"), ExamEventText},
    {ExamEvents, L("at"), Time},
    {SandboxCreate, L("name"), SandboxName},
    {SandboxCreate, L("title"), SandboxTitle},
    {SandboxCreate, L("pack_id"), SandboxPackId},
    {CourseAssign, L("pack_id"), CoursePackId},
    {CourseAssign, L("scenario_ids"), CourseScenarios},
    {CourseAssign, L("scenario_ids[]"), CourseScenarioId},
    {CourseAssign, L("reason"), CourseReason},
    {CourseAssign, L("due_date"), 10},
    // POST /auth/login
    {AnyRoute, L("username"), Name},
    {AnyRoute, L("password"), 1024},
    {AnyRoute, L("workspace"), Name},
    // tickets, messages, escalations, presence
    {AnyRoute, L("queue"), Name},
    {AnyRoute, L("subject"), Subject},
    {AnyRoute, L("channel"), EnumWord},
    {AnyRoute, L("priority"), EnumWord},
    {AnyRoute, L("status"), EnumWord},
    {AnyRoute, L("customer_id"), Id},
    {AnyRoute, L("assignee_id"), Id},
    {AnyRoute, L("operator_id"), Id}, // hand-back: the operator a taken ticket goes to
    {AnyRoute, L("resolution_code"), ResolutionCode},
    {AnyRoute, L("body"), MessageText},
    {AnyRoute, L("target_team"), Name},
    {AnyRoute, L("reason_code"), Code},
    {AnyRoute, L("note"), Note},
    {AnyRoute, L("return_reason"), Note},
    {AnyRoute, L("resolution_note"), Note},
    {AnyRoute, L("reason"), 200},
    // alert rules
    {AnyRoute, L("kind"), EnumWord},
    {AnyRoute, L("queue_id"), Name},
    // a supervisor's reassignment and an operator's settings
    {AnyRoute, L("assignment_reason"), AssignmentReason},
    {AnyRoute, L("queues"), OperatorQueues},
    {AnyRoute, L("queues[]"), Name},
    // the knowledge base
    {AnyRoute, L("article_id"), Id},
    {AnyRoute, L("locale"), Locale},
    {AnyRoute, L("title"), KbArticleTitle},
    {AnyRoute, L("tags"), KbTags},
    {AnyRoute, L("tags[]"), KbTag},
    {AnyRoute, L("slug"), KbSlug},
    {AnyRoute, L("project_id"), Id}, // an article's store
    // channel adapters
    {AnyRoute, L("external_message_id"), External},
    {AnyRoute, L("customer.external_id"), External},
    {AnyRoute, L("customer.name"), External},
    {AnyRoute, L("customer.email"), 254},
    {AnyRoute, L("customer.phone"), 40},
    {AnyRoute, L("text"), MessageText},
    {AnyRoute, L("bot_transcript"), BotTranscriptTurns},
    {AnyRoute, L("bot_transcript[].author"), EnumWord},
    {AnyRoute, L("bot_transcript[].text"), MessageText},
    {AnyRoute, L("ticket_id"), Id},
    {AnyRoute, L("comment"), Note},
    // QA reviews and samples
    {AnyRoute, L("scorecard_id"), Id},
    {AnyRoute, L("answers"), QaAnswers},
    {AnyRoute, L("answers[].criterion_id"), ScorecardCriterionId},
    {AnyRoute, L("answers[].comment"), Note},
    {AnyRoute, L("week"), 10},
    // the contract's targets (PUT /targets)
    {AnyRoute, L("targets"), 100},
    {AnyRoute, L("targets[].figure"), 40},
    {AnyRoute, L("targets[].period"), EnumWord},
    {AnyRoute, L("targets[].project_id"), Id},
    // query parameters
    {AnyRoute, L("?status"), EnumWord},
    {AnyRoute, L("?queue"), Name},
    {AnyRoute, L("?queue_id"), Name},
    {AnyRoute, L("?project_id"), Id},
    {AnyRoute, L("?bucket"), EnumWord},
    {AnyRoute, L("?channel"), EnumWord},
    {AnyRoute, L("?assignee"), Id},
    {AnyRoute, L("?customer_id"), Id},
    {AnyRoute, L("?q"), 200},
    {QaReviewList, L("?cursor"), 40}, // "<created_at in ms>.<id>"
    {AnyRoute, L("?cursor"), Id},
    {AnyRoute, L("?before"), Id},
    {AnyRoute, L("?after"), Id},
    {AnyRoute, L("?since"), Id},
    {AnyRoute, L("?limit"), 10},
    {AnyRoute, L("?line"), 10},
    {AnyRoute, L("?locale"), Locale},
    {AnyRoute, L("?from"), Time},
    {AnyRoute, L("?operator_id"), Id},
    {AnyRoute, L("?reviewer_id"), Id},
    {AnyRoute, L("?version"), 10},
    {AnyRoute, L("?csat_below"), 10},
    {AnyRoute, L("?escalated"), 10},
    {AnyRoute, L("?returned"), 10},
    {AnyRoute, L("?handle_time_over"), 10},
    {AnyRoute, L("?to"), Time},
    // the audit log's filters
    {AnyRoute, L("?actor_id"), Id},
    {AnyRoute, L("?ticket_id"), Id},
    {AnyRoute, L("?subject_id"), Id},
    {AnyRoute, L("?action"), EnumWord},
    {AnyRoute, L("?format"), EnumWord},
};

const FieldLimit *find(QStringView route, QStringView field)
{
    for (const FieldLimit &limit : Table) {
        if ((limit.route.isEmpty() || limit.route == route) && limit.field == field)
            return &limit;
    }
    return nullptr;
}

Result<void> checkValue(QStringView route, const QString &path, const QJsonValue &value)
{
    if (value.isString()) {
        const qsizetype most = maximumOf(route, path, false);
        if (value.toString().size() > most)
            return tooLong(path, most, false);
    } else if (value.isArray()) {
        const QJsonArray items = value.toArray();
        const qsizetype most = maximumOf(route, path, true);
        if (items.size() > most)
            return tooLong(path, most, true);
        const QString itemPath = path + u"[]";
        for (const QJsonValue &item : items) {
            if (auto checked = checkValue(route, itemPath, item); !checked)
                return checked;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (auto checked =
                    checkValue(route, path.isEmpty() ? it.key() : path + u'.' + it.key(), *it);
                !checked)
                return checked;
        }
    }
    return {};
}

} // namespace

qsizetype maximumOf(QStringView route, QStringView field, bool list)
{
    if (const FieldLimit *limit = find(route, field))
        return limit->most;
    return list ? OtherList : OtherText;
}

bool isQueryList(QStringView route, QStringView name)
{
    return find(route, QString(u'?' + name + u"[]")) != nullptr;
}

Error tooLong(const QString &field, qsizetype most, bool list)
{
    return Error{QString(errors::TooLong),
                 list ? QStringLiteral("%1 has more than %2 items").arg(field).arg(most)
                      : QStringLiteral("%1 is longer than %2 characters").arg(field).arg(most),
                 field};
}

Result<void> checkBody(QStringView route, const QJsonObject &body)
{
    return checkValue(route, QString(), body);
}

Result<void> checkQuery(QStringView route, const QString &name, const QString &value)
{
    const QString key = u'?' + name;
    if (!isQueryList(route, name)) {
        const qsizetype most = maximumOf(route, key, false);
        if (value.size() > most)
            return tooLong(name, most, false);
        return {};
    }
    // Counted before splitting, so a list of any length costs one pass.
    const qsizetype mostItems = maximumOf(route, key, true);
    if (value.count(u',') + 1 > mostItems)
        return tooLong(name, mostItems, true);
    const qsizetype mostItem = maximumOf(route, QString(key + u"[]"), false);
    for (const QStringView item : QStringView(value).split(u',')) {
        if (item.size() > mostItem)
            return tooLong(name + u"[]", mostItem, false);
    }
    return {};
}

} // namespace frontline::protocol::limits
