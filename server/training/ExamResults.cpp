#include "server/training/ExamResults.h"

#include "protocol/ExamEvent.h"
#include "protocol/ExamScoring.h"
#include "protocol/Json.h"
#include "server/storage/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {
namespace {

using L = QLatin1StringView;
using protocol::AuthorKind;

QDateTime utc(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

struct TimelineItem
{
    qint64 at = 0;
    QJsonObject json;
};

TimelineItem item(qint64 at, const QString &subjectField, const QString &subject,
                  const QString &kind, const QString &text, const QString &author)
{
    return {at,
            {{L("at"), protocol::json::formatTime(utc(at))},
             {subjectField, subject},
             {L("kind"), kind},
             {L("text"), text},
             {L("author"), author}}};
}

QString authorOf(AuthorKind kind)
{
    switch (kind) {
    case AuthorKind::Customer:
    case AuthorKind::Bot:
        return QStringLiteral("customer");
    case AuthorKind::Operator:
        return QStringLiteral("trainee");
    default:
        return QStringLiteral("system");
    }
}

Result<QList<protocol::Message>> messagesOf(Store &store, qint64 ticketId)
{
    auto query = store.run(QStringLiteral("SELECT id, author_kind, internal, body, created_at FROM "
                                          "messages WHERE ticket_id = ? ORDER BY id"),
                           {ticketId});
    if (!query)
        return query.error();
    QList<protocol::Message> messages;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        protocol::Message message;
        message.id = row.value(0).toString();
        message.ticketId = QString::number(ticketId);
        message.authorKind =
            protocol::authorKindFromString(row.value(1).toString()).value_or(AuthorKind::System);
        message.internal = row.value(2).toInt() != 0;
        message.body = row.value(3).toString();
        message.createdAt = utc(row.value(4).toLongLong());
        messages.append(message);
    }
    query.value()->finish();
    return messages;
}

Result<QList<protocol::Escalation>> escalationsOf(Store &store, qint64 ticketId)
{
    auto query = store.run(QStringLiteral("SELECT target_line, target_team, reason_code, "
                                          "created_at FROM escalations WHERE ticket_id = ? "
                                          "ORDER BY id"),
                           {ticketId});
    if (!query)
        return query.error();
    QList<protocol::Escalation> escalations;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        protocol::Escalation escalation;
        escalation.ticketId = QString::number(ticketId);
        escalation.targetLine = row.value(0).toInt();
        escalation.targetTeam = row.value(1).toString();
        escalation.reasonCode = row.value(2).toString();
        escalation.createdAt = utc(row.value(3).toLongLong());
        escalations.append(escalation);
    }
    query.value()->finish();
    return escalations;
}

Result<QList<protocol::ExamEvent>> eventsOf(Store &store, const QString &examId)
{
    auto query = store.run(QStringLiteral("SELECT kind, ticket_id, question_id, text, at FROM "
                                          "exam_events WHERE exam_id = ? ORDER BY at, id"),
                           {examId});
    if (!query)
        return query.error();
    QList<protocol::ExamEvent> events;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        protocol::ExamEvent event;
        event.kind = protocol::examEventKindFromString(row.value(0).toString())
                         .value_or(protocol::ExamEventKind::Search);
        event.ticketId = row.value(1).isNull() ? QString() : row.value(1).toString();
        event.questionId = row.value(2).toString();
        event.text = row.value(3).toString();
        event.at = utc(row.value(4).toLongLong());
        events.append(event);
    }
    query.value()->finish();
    return events;
}

Result<QHash<QString, protocol::ExamQuestionAnswer>> answersOf(Store &store, const QString &examId)
{
    auto query = store.run(QStringLiteral("SELECT question_id, shown_at, answered_at, chosen, text "
                                          "FROM exam_answers WHERE exam_id = ?"),
                           {examId});
    if (!query)
        return query.error();
    QHash<QString, protocol::ExamQuestionAnswer> answers;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        protocol::ExamQuestionAnswer answer;
        answer.questionId = row.value(0).toString();
        answer.shownAt = utc(row.value(1).toLongLong());
        answer.answeredAt = utc(row.value(2).toLongLong());
        for (const QJsonValue &index :
             QJsonDocument::fromJson(row.value(3).toString().toUtf8()).array())
            answer.chosen.append(index.toInt());
        answer.text = row.value(4).toString();
        answers.insert(answer.questionId, answer);
    }
    query.value()->finish();
    return answers;
}

protocol::ScenarioExpectation expectationOf(const protocol::PackScenario &scenario)
{
    protocol::ScenarioExpectation expected;
    expected.articles = scenario.expectedArticles;
    if (scenario.expectedEscalation)
        expected.escalation = protocol::EscalationChoice{scenario.expectedEscalation->target,
                                                         scenario.expectedEscalation->reason};
    expected.resolution = scenario.expectedResolution;
    return expected;
}

// One conversation: its record scored, its transcript and its part of the timeline.
Result<protocol::ExamScenarioScore>
scoreConversation(Store &store, const ExamRow &exam, const ExamConversationRow &conversation,
                  const protocol::PackScenario &scenario, const protocol::ScoringRules &rules,
                  const QList<protocol::ExamEvent> &events, QJsonArray &transcripts,
                  QList<TimelineItem> &timeline)
{
    protocol::ExamTicketFacts facts;
    facts.scenarioId = conversation.scenarioId;
    facts.ticketId = conversation.ticketId ? QString::number(conversation.ticketId) : QString();
    facts.examClosedAt = utc(exam.closedAt);
    if (conversation.ticketId != 0) {
        auto messages = messagesOf(store, conversation.ticketId);
        if (!messages)
            return messages.error();
        auto escalations = escalationsOf(store, conversation.ticketId);
        if (!escalations)
            return escalations.error();
        auto resolved = store.run(
            QStringLiteral("SELECT resolution_code, resolved_at FROM tickets WHERE id = ?"),
            {conversation.ticketId});
        if (!resolved)
            return resolved.error();
        if (resolved.value()->next() && !resolved.value()->value(1).isNull()) {
            facts.resolutionCode = resolved.value()->value(0).toString();
            facts.resolvedAt = utc(resolved.value()->value(1).toLongLong());
        }
        resolved.value()->finish();
        facts.messages = messages.value();
        facts.escalations = escalations.value();
        QJsonArray lines;
        for (const protocol::Message &m : std::as_const(facts.messages)) {
            const QString author = authorOf(m.authorKind);
            lines.append(QJsonObject{{L("at"), protocol::json::formatTime(m.createdAt)},
                                     {L("author"), author},
                                     {L("text"), m.body}});
            const bool hint = m.internal && m.authorKind == AuthorKind::System;
            timeline.append(
                item(m.createdAt.toMSecsSinceEpoch(), QStringLiteral("ticket_id"), facts.ticketId,
                     hint ? QStringLiteral("hint") : QStringLiteral("message"), m.body, author));
        }
        for (const protocol::Escalation &e : std::as_const(facts.escalations))
            timeline.append(item(e.createdAt.toMSecsSinceEpoch(), QStringLiteral("ticket_id"),
                                 facts.ticketId, QStringLiteral("escalation"),
                                 (e.targetLine ? QString::number(e.targetLine) : e.targetTeam) +
                                     u" / " + e.reasonCode,
                                 QStringLiteral("trainee")));
        if (facts.resolvedAt.isValid())
            timeline.append(item(facts.resolvedAt.toMSecsSinceEpoch(), QStringLiteral("ticket_id"),
                                 facts.ticketId, QStringLiteral("resolution"), facts.resolutionCode,
                                 QStringLiteral("trainee")));
        transcripts.append(QJsonObject{{L("ticket_id"), facts.ticketId},
                                       {L("scenario_id"), scenario.id},
                                       {L("title"), scenario.title},
                                       {L("messages"), lines}});
    }
    const protocol::ExamScenarioRecord record = protocol::examRecordOf(facts, events);
    return protocol::scoreScenario(rules, expectationOf(scenario), record);
}

} // namespace

Result<QJsonObject> examResultOf(Store &sandbox, const ExamRow &exam,
                                 const protocol::ScenarioPack &pack)
{
    auto rules = protocol::ScoringRules::fromJson(
        pack.scoringJson.isEmpty() ? QJsonValue() : QJsonValue(pack.scoringJson));
    if (!rules)
        return rules.error();
    auto events = eventsOf(sandbox, exam.id);
    if (!events)
        return events.error();
    auto conversations = examdb::conversations(sandbox, exam.id);
    if (!conversations)
        return conversations.error();
    QList<TimelineItem> timeline;
    QJsonArray transcripts;
    QList<protocol::ExamScenarioScore> scenarios;
    for (const ExamConversationRow &conversation : conversations.value()) {
        const protocol::PackScenario *scenario = pack.scenario(conversation.scenarioId);
        if (!scenario)
            continue;
        auto score = scoreConversation(sandbox, exam, conversation, *scenario, rules.value(),
                                       events.value(), transcripts, timeline);
        if (!score)
            return score.error();
        scenarios.append(score.value());
    }
    for (const protocol::ExamEvent &event : events.value()) {
        const bool question = !event.questionId.isEmpty();
        timeline.append(item(event.at.toMSecsSinceEpoch(),
                             question ? QStringLiteral("question_id") : QStringLiteral("ticket_id"),
                             question ? event.questionId : event.ticketId,
                             protocol::toString(event.kind), event.text,
                             QStringLiteral("trainee")));
    }
    auto answers = answersOf(sandbox, exam.id);
    if (!answers)
        return answers.error();
    QList<protocol::ExamQuestionScore> questions;
    for (const protocol::ExamQuestion &question : pack.exam.questions) {
        std::optional<protocol::ExamQuestionAnswer> answer;
        if (answers->contains(question.id)) {
            answer = answers->value(question.id);
            answer->articlesOpened = protocol::articlesOpenedFor(question.id, events.value());
            QStringList chosen;
            for (int index : std::as_const(answer->chosen))
                chosen.append(question.options.value(index));
            timeline.append(item(
                answer->answeredAt.toMSecsSinceEpoch(), QStringLiteral("question_id"), question.id,
                QStringLiteral("answer"), chosen.isEmpty() ? answer->text : chosen.join(u"; "),
                QStringLiteral("trainee")));
        }
        questions.append(protocol::scoreQuestion(question, answer));
    }
    QJsonObject result = protocol::scoreExam(rules.value(), scenarios, questions).toJson();
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const TimelineItem &a, const TimelineItem &b) { return a.at < b.at; });
    QJsonArray lines;
    for (const TimelineItem &each : std::as_const(timeline))
        lines.append(each.json);
    result.insert(L("timeline"), lines);
    result.insert(L("transcripts"), transcripts);
    return result;
}

} // namespace frontline::server
