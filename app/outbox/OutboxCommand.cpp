#include "app/outbox/OutboxCommand.h"

#include "protocol/ApiPaths.h"

#include <QUrl>

#include <QList>
#include <QMetaEnum>

namespace frontline::app::outbox {
namespace paths = protocol::paths;

namespace {

Declaration sendMessage()
{
    return {
        .kind = Kind::SendMessage,
        .name = u"send_message",
        .method = "POST",
        .path = paths::TicketMessages,
        .body = Body::Payload,
        .guard = Guard::IdempotencyKey,
        .delivery = Delivery::Message,
        .refusal = Refusal::MarkMessageFailed,
        .overlay = Overlay::ReplyOpensTicket,
    };
}

Declaration updateTicket()
{
    return {
        .kind = Kind::UpdateTicket,
        .name = u"update_ticket",
        .method = "PATCH",
        .path = paths::Ticket,
        .body = Body::Changes,
        .guard = Guard::IfMatch,
        .delivery = Delivery::Ticket,
        .refusal = Refusal::ShowServerTicket,
        .stale = Stale::RefetchTicket,
        .overlay = Overlay::Changes,
        .conflictEntity = u"ticket",
    };
}

Declaration claim()
{
    return {
        .kind = Kind::Claim,
        .name = u"claim",
        .method = "POST",
        .path = paths::TicketClaim,
        .body = Body::Empty,
        // Creates nothing: the back office answers a retried claim with the ticket already mine.
        .guard = Guard::Repeatable,
        .delivery = Delivery::Ticket,
        .refusal = Refusal::ShowServerTicket,
        .overlay = Overlay::Assignee,
        .conflictEntity = u"ticket",
    };
}

Declaration escalate()
{
    return {
        .kind = Kind::Escalate,
        .name = u"escalate",
        .method = "POST",
        .path = paths::TicketEscalations,
        .body = Body::Payload,
        .guard = Guard::IdempotencyKey,
        .delivery = Delivery::Escalation,
        .refusal = Refusal::DropEscalation,
        .conflictEntity = u"escalation",
    };
}

Declaration updateEscalation()
{
    return {
        .kind = Kind::UpdateEscalation,
        .name = u"update_escalation",
        .method = "PATCH",
        .path = paths::Escalation,
        .body = Body::Changes,
        .guard = Guard::IfMatchWhenVersioned,
        .delivery = Delivery::Escalation,
        .refusal = Refusal::RestoreEscalation,
        .stale = Stale::KeepAsConflict,
        .conflictEntity = u"escalation",
    };
}

Declaration setPresence()
{
    return {
        .kind = Kind::SetPresence,
        .name = u"set_presence",
        .method = "PUT",
        .path = paths::Presence,
        .body = Body::PayloadWithoutBefore,
        .guard = Guard::Repeatable,
        .delivery = Delivery::Presence,
        .refusal = Refusal::RestorePresence,
    };
}

Declaration kbUsage()
{
    return {
        .kind = Kind::KbUsage,
        .name = u"kb_usage",
        .method = "POST",
        .path = paths::TicketKbUsage,
        .body = Body::Payload,
        .guard = Guard::Repeatable,
        .delivery = Delivery::Nothing,
        .refusal = Refusal::KeepEcho,
    };
}

Declaration raiseHelpFlag()
{
    return {
        .kind = Kind::RaiseHelpFlag,
        .name = u"raise_help_flag",
        .method = "POST",
        .path = paths::TicketHelpFlags,
        .body = Body::Payload,
        .guard = Guard::IdempotencyKey,
        .delivery = Delivery::HelpFlag,
        .refusal = Refusal::DropHelpFlag,
    };
}

Declaration lowerHelpFlag()
{
    return {
        .kind = Kind::LowerHelpFlag,
        .name = u"lower_help_flag",
        .method = "PATCH",
        .path = paths::HelpFlag,
        .body = Body::Payload,
        // Lowering a lowered flag answers it as it is.
        .guard = Guard::Repeatable,
        .delivery = Delivery::HelpFlag,
        .refusal = Refusal::RestoreHelpFlag,
    };
}

Declaration reassign()
{
    return {
        .kind = Kind::Reassign,
        .name = u"reassign",
        .method = "PATCH",
        .path = paths::Ticket,
        .body = Body::Changes,
        .guard = Guard::IfMatch,
        .delivery = Delivery::Ticket,
        .refusal = Refusal::ShowServerTicket,
        .stale = Stale::RefetchTicket,
        .overlay = Overlay::Changes,
        .conflictEntity = u"ticket",
    };
}

Declaration changeOperator()
{
    return {
        .kind = Kind::ChangeOperator,
        .name = u"change_operator",
        .method = "PATCH",
        .path = paths::Operator,
        .body = Body::Payload,
        // Sets values, adds nothing: the same request twice leaves the same operator.
        .guard = Guard::Repeatable,
        .delivery = Delivery::Nothing, // the feed brings her new settings
        .refusal = Refusal::KeepEcho,
    };
}

// A stretch the ticket was open in front of the operator (handle time). The key makes a retry
// return the first answer; the back office also keeps a stretch once by its start.
Declaration workInterval()
{
    return {
        .kind = Kind::WorkInterval,
        .name = u"work_interval",
        .method = "POST",
        .path = paths::TicketWorkIntervals,
        .body = Body::Payload,
        .guard = Guard::IdempotencyKey,
        .delivery = Delivery::Nothing,
        .refusal = Refusal::KeepEcho,
    };
}

// The move carries the version it was made on in its body; the back office answers a retry of a
// move already made as it is, and the feed brings the course's new version.
Declaration moveCourse()
{
    return {
        .kind = Kind::MoveCourse,
        .name = u"move_course",
        .method = "PATCH",
        .path = paths::TrainingCourse,
        .body = Body::Payload,
        .guard = Guard::Repeatable,
        .delivery = Delivery::Nothing,
        // A refused move (a trainer cancelled the course meanwhile): the feed brings the course
        // as it is, over the echo.
        .refusal = Refusal::KeepEcho,
        .stale = Stale::KeepAsConflict,
        .conflictEntity = u"training_course",
    };
}

// What the trainee searched and read during an exam (the back office cannot see it: search is
// local). The key makes a retry answer as the first, so no event counts twice; a refusal
// (exam_closed after the grace minute) drops the events, which no screen shows.
Declaration reportExamEvents()
{
    return {
        .kind = Kind::ReportExamEvents,
        .name = u"report_exam_events",
        .method = "POST",
        .path = paths::TrainingExamEvents,
        .body = Body::Payload,
        .guard = Guard::IdempotencyKey,
        .delivery = Delivery::Nothing,
        .refusal = Refusal::KeepEcho,
    };
}

// One answer per question: the key makes a retry answer as the first; an answer after the close
// is refused (exam_closed) and the trainee is told, the question stays answered on her screen.
Declaration answerExamQuestion()
{
    return {
        .kind = Kind::AnswerExamQuestion,
        .name = u"answer_exam_question",
        .method = "POST",
        .path = paths::TrainingExamAnswers,
        .body = Body::Payload,
        .guard = Guard::IdempotencyKey,
        .delivery = Delivery::Nothing,
        .refusal = Refusal::KeepEcho,
    };
}

Declaration declare(Kind kind)
{
    switch (kind) {
    case Kind::SendMessage:
        return sendMessage();
    case Kind::UpdateTicket:
        return updateTicket();
    case Kind::Claim:
        return claim();
    case Kind::Escalate:
        return escalate();
    case Kind::UpdateEscalation:
        return updateEscalation();
    case Kind::SetPresence:
        return setPresence();
    case Kind::KbUsage:
        return kbUsage();
    case Kind::RaiseHelpFlag:
        return raiseHelpFlag();
    case Kind::LowerHelpFlag:
        return lowerHelpFlag();
    case Kind::Reassign:
        return reassign();
    case Kind::ChangeOperator:
        return changeOperator();
    case Kind::WorkInterval:
        return workInterval();
    case Kind::MoveCourse:
        return moveCourse();
    case Kind::ReportExamEvents:
        return reportExamEvents();
    case Kind::AnswerExamQuestion:
        return answerExamQuestion();
    }
    Q_UNREACHABLE();
}

// Every Kind, in the enum's order (Q_ENUM_NS lists them), so no second list can fall behind.
const QList<Declaration> &declarations()
{
    static const QList<Declaration> all = [] {
        const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
        QList<Declaration> table;
        for (int i = 0; i < kinds.keyCount(); ++i) {
            Q_ASSERT(kinds.value(i) == i);
            table.append(declare(Kind(kinds.value(i))));
        }
        return table;
    }();
    return all;
}

} // namespace

const Declaration &declaration(Kind kind)
{
    return declarations().at(qsizetype(kind));
}

std::optional<Kind> kindNamed(QStringView name)
{
    for (const Declaration &declared : declarations()) {
        if (declared.name == name)
            return declared.kind;
    }
    return std::nullopt;
}

QString nameOf(Kind kind)
{
    return declaration(kind).name.toString();
}

QStringList ticketOverlayNames()
{
    QStringList names;
    for (const Declaration &declared : declarations()) {
        if (declared.overlay != Overlay::None)
            names.append(declared.name.toString());
    }
    return names;
}

bool overlay(const Declaration &declaration, const QJsonObject &payload, QJsonObject &shown)
{
    switch (declaration.overlay) {
    case Overlay::None:
        return false;
    case Overlay::ReplyOpensTicket:
        // The back office opens a new ticket on its first public reply: show that now, so a
        // status change queued after the reply is based on what the server will have.
        if (!payload.value(u"internal").toBool() && shown.value(u"status").toString() == u"new")
            shown.insert(QStringLiteral("status"), QStringLiteral("open"));
        return false;
    case Overlay::Assignee:
        shown.insert(QStringLiteral("assignee_id"), payload.value(u"assignee_id"));
        return true;
    case Overlay::Changes: {
        const QJsonObject changes = payload.value(u"changes").toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (shown.contains(it.key())) // not the notes a change carries (assignment_reason)
                shown.insert(it.key(), it.value());
        }
        return true;
    }
    }
    Q_UNREACHABLE();
}

QString pathFor(const Declaration &declaration, const QString &targetId)
{
    QString path = declaration.path.toString();
    return path.replace(QLatin1StringView("{id}"),
                        QString::fromLatin1(QUrl::toPercentEncoding(targetId)));
}

} // namespace frontline::app::outbox
