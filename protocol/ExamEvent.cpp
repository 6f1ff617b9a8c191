#include "protocol/ExamEvent.h"

#include "protocol/EnumNames.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"

#include <algorithm>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

constexpr auto KindNames =
    enumNames<ExamEventKind>(std::pair{ExamEventKind::Search, L("search")},
                             std::pair{ExamEventKind::ArticleOpened, L("article_opened")},
                             std::pair{ExamEventKind::ArticleInserted, L("article_inserted")});

// A ticket id is a decimal number (ids are strings on the wire, integers in the store).
constexpr qsizetype IdLength = 20;

QLatin1StringView textField(ExamEventKind kind)
{
    return kind == ExamEventKind::Search ? L("query") : L("slug");
}

Result<QString> subjectOf(const QJsonObject &object, QString &questionId)
{
    const QJsonValue ticket = object.value(u"ticket_id");
    const QJsonValue question = object.value(u"question_id");
    const bool hasTicket = !ticket.isUndefined() && !ticket.isNull();
    const bool hasQuestion = !question.isUndefined() && !question.isNull();
    if (hasTicket == hasQuestion)
        return json::invalidField(QStringLiteral("ticket_id"),
                                  QStringLiteral("name either the ticket or the question"));
    if (hasQuestion) {
        questionId = question.toString().trimmed();
        if (!question.isString() || questionId.isEmpty())
            return json::invalidField(QStringLiteral("question_id"),
                                      QStringLiteral("must be a non-empty string"));
        if (questionId.size() > limits::ExamQuestionId)
            return limits::tooLong(QStringLiteral("question_id"), limits::ExamQuestionId, false);
        return QString();
    }
    const QString id = ticket.toString();
    bool number = false;
    id.toLongLong(&number);
    if (!ticket.isString() || !number || id.size() > IdLength)
        return json::invalidField(QStringLiteral("ticket_id"),
                                  QStringLiteral("must be a ticket's id"));
    return id;
}

} // namespace

QString toString(ExamEventKind kind)
{
    return KindNames.name(kind);
}

std::optional<ExamEventKind> examEventKindFromString(QStringView text)
{
    return KindNames.value(text);
}

QJsonObject ExamEvent::toJson() const
{
    QJsonObject object{
        {L("kind"), toString(kind)}, {textField(kind), text}, {L("at"), json::formatTime(at)}};
    if (questionId.isEmpty())
        object.insert(L("ticket_id"), ticketId);
    else
        object.insert(L("question_id"), questionId);
    return object;
}

Result<ExamEvent> ExamEvent::fromJson(const QJsonObject &object)
{
    ExamEvent event;
    const auto kind = examEventKindFromString(object.value(u"kind").toString());
    if (!kind)
        return json::invalidField(
            QStringLiteral("kind"),
            QStringLiteral("must be one of %1").arg(KindNames.names().join(QStringLiteral(", "))));
    event.kind = *kind;
    auto ticket = subjectOf(object, event.questionId);
    if (!ticket)
        return ticket.error();
    event.ticketId = ticket.value();
    const QLatin1StringView field = textField(event.kind);
    event.text = object.value(field).toString().trimmed();
    if (event.text.isEmpty())
        return json::invalidField(QString(field), QStringLiteral("is required"));
    if (event.text.size() > limits::ExamEventText)
        return limits::tooLong(QString(field), limits::ExamEventText, false);
    auto at = json::optionalTime(object, L("at"));
    if (!at)
        return at.error();
    if (!at->isValid())
        return json::invalidField(QStringLiteral("at"), QStringLiteral("is required"));
    event.at = at.value();
    return event;
}

ExamScenarioRecord examRecordOf(const ExamTicketFacts &facts, const QList<ExamEvent> &events)
{
    ExamScenarioRecord record;
    record.scenarioId = facts.scenarioId;
    record.ticketId = facts.ticketId;
    record.resolutionCode = facts.resolutionCode;
    record.resolvedAt = facts.resolvedAt;
    record.examClosedAt = facts.examClosedAt;
    const auto earliest = [](QDateTime &slot, const QDateTime &at) {
        if (at.isValid() && (!slot.isValid() || at < slot))
            slot = at;
    };
    for (const Message &message : facts.messages) {
        if (message.authorKind == AuthorKind::Customer && !message.internal)
            earliest(record.questionAt, message.createdAt);
    }
    for (const Message &message : facts.messages) {
        // Notes and whispers never reached the customer; a reply before her question cannot be
        // an answer to it.
        if (message.authorKind == AuthorKind::Operator && !message.internal &&
            record.questionAt.isValid() && message.createdAt >= record.questionAt)
            earliest(record.firstReplyAt, message.createdAt);
    }
    for (const Escalation &escalation : facts.escalations) {
        if (record.escalatedAt.isValid() && escalation.createdAt >= record.escalatedAt)
            continue;
        record.escalatedAt = escalation.createdAt;
        record.escalation =
            EscalationChoice{escalation.targetLine > 0 ? QString::number(escalation.targetLine)
                                                       : escalation.targetTeam,
                             escalation.reasonCode};
    }
    QList<ExamEvent> mine;
    std::copy_if(events.begin(), events.end(), std::back_inserter(mine),
                 [&](const ExamEvent &e) { return e.ticketId == facts.ticketId; });
    std::stable_sort(mine.begin(), mine.end(),
                     [](const ExamEvent &a, const ExamEvent &b) { return a.at < b.at; });
    for (const ExamEvent &event : mine) {
        if (event.kind == ExamEventKind::Search)
            record.searches.append({event.text, event.at});
        else
            record.articles.append(
                {event.text, event.at, event.kind == ExamEventKind::ArticleInserted});
    }
    return record;
}

QStringList articlesOpenedFor(const QString &questionId, const QList<ExamEvent> &events)
{
    QStringList slugs;
    for (const ExamEvent &event : events) {
        if (event.questionId == questionId && event.kind != ExamEventKind::Search &&
            !slugs.contains(event.text))
            slugs.append(event.text);
    }
    return slugs;
}

} // namespace frontline::protocol
