#pragma once

#include "protocol/Escalation.h"
#include "protocol/ExamScoring.h"
#include "protocol/Message.h"
#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

enum class ExamEventKind
{
    Search,
    ArticleOpened,
    ArticleInserted
};

QString toString(ExamEventKind kind); // "search", "article_opened", "article_inserted"
std::optional<ExamEventKind> examEventKindFromString(QStringView text);

// What the desktop reports during an exam through the outbox (issue 19, item 9): knowledge-base
// search is local to the desktop, so the back office learns of a search, an article opened or an
// article inserted only from these. Each names the conversation (ticket) or the question it was
// made for.
struct ExamEvent
{
    ExamEventKind kind = ExamEventKind::Search;
    QString ticketId;   // the conversation on screen, or
    QString questionId; // the question on screen
    QString text;       // the search's words ("query") or the article's slug ("slug")
    QDateTime at;       // the desktop's clock, when it happened

    QJsonObject toJson() const;
    // invalid_field or too_long naming the field: an unknown kind, neither or both of ticket_id
    // and question_id, an empty query or slug, one over 200 characters, a missing time.
    static Result<ExamEvent> fromJson(const QJsonObject &object);
    friend bool operator==(const ExamEvent &, const ExamEvent &) = default;
};

// What the back office holds about one conversation of an exam once it ended.
struct ExamTicketFacts
{
    QString scenarioId;
    QString ticketId;
    QList<Message> messages;
    QList<Escalation> escalations;
    QString resolutionCode;
    QDateTime resolvedAt; // null: not resolved
    QDateTime examClosedAt;
};

// The conversation's exam record: the customer's first message is the question, the first reply
// the customer saw the first response, the first escalation the choice made; the events reported
// for this ticket give the searches and the articles, in time order.
ExamScenarioRecord examRecordOf(const ExamTicketFacts &facts, const QList<ExamEvent> &events);

// The slugs of the articles opened or inserted while `questionId` was on screen, each once.
QStringList articlesOpenedFor(const QString &questionId, const QList<ExamEvent> &events);

} // namespace frontline::protocol
