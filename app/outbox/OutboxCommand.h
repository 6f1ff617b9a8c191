#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The commands the client queues for the back office, one declaration each: what the command is
// called in the outbox, the request that delivers it, what the cache does with the answer, how a
// refusal undoes the local echo, how a stale version (412) is settled, and how a command still
// waiting changes the ticket the operator sees. Adding a command means a new Kind and its case in
// OutboxCommand.cpp's declaration switch; the compiler points at every switch that must learn it.
namespace frontline::app::outbox {
Q_NAMESPACE

enum class Kind
{
    SendMessage,
    UpdateTicket,
    Claim,
    Escalate,
    UpdateEscalation,
    SetPresence,
    KbUsage,
    RaiseHelpFlag,
    LowerHelpFlag,
    Reassign,       // a supervisor gives a ticket to another operator, with a reason
    ChangeOperator, // a supervisor sets an operator's chat limit or queues
    WorkInterval,
    MoveCourse,       // the operator starts or completes a course a trainer assigned her (issue 19)
    ReportExamEvents, // searches and articles during an exam, for its scoring (issue 19)
    AnswerExamQuestion, // a trainee's answer to an exam's question (issue 19)
};
Q_ENUM_NS(Kind)

// What the request's body is.
enum class Body
{
    Payload, // the queued payload as it is
    // the payload less "before" (what the echo replaced, kept to undo a refusal)
    PayloadWithoutBefore,
    Changes, // the payload's "changes" object (a PATCH)
    Empty,
};

// What makes a retry safe.
enum class Guard
{
    IdempotencyKey,       // a replay returns the first answer
    IfMatch,              // the version the change was made on (a PATCH)
    IfMatchWhenVersioned, // If-Match only when the cache knew a version
    Repeatable,           // the same request twice leaves the same state
};

// What the cache stores from the back office's answer.
enum class Delivery
{
    Message,    // the stored message replaces the local echo
    Ticket,     // the ticket as it now is (later queued changes are rebased on its version)
    Escalation, // the stored escalation replaces the local echo
    Presence,
    HelpFlag, // the stored flag replaces the local echo (a raise) or the echoed lowering
    Nothing,
};

// How a refusal (403, 404, 409, 422) undoes the local echo.
enum class Refusal
{
    MarkMessageFailed, // the message stays, marked failed, for the operator to send again
    ShowServerTicket,  // the ticket is shown as the server has it, without this change
    DropEscalation,    // the local escalation disappears
    RestoreEscalation, // the escalation shows the status the back office last sent
    RestorePresence,   // my presence is what it was before ("before"), unless changed since
    DropHelpFlag,      // the local flag disappears
    RestoreHelpFlag,   // the flag shows what the back office last sent (raised again)
    KeepEcho,          // nothing to undo (the echo is harmless or the feed corrects it)
};

// How a stale version (412) is settled.
enum class Stale
{
    RefetchTicket,  // read the ticket, send again if my fields are untouched, else a conflict
    KeepAsConflict, // no single GET: keep mine as a conflict, the feed brings theirs
    NotVersioned,   // the command carries no version; a 412 cannot happen
};

// How a command still waiting in the outbox changes the ticket the operator sees.
enum class Overlay
{
    None,
    ReplyOpensTicket, // a public reply opens a new ticket (not counted as a local change)
    Assignee,         // the payload's assignee_id
    Changes,          // every field of the payload's "changes"
};

// Every field is stated in every declaration (missing-field-initializers is an error).
struct Declaration
{
    Kind kind;
    QStringView name; // as the outbox table stores it: never rename one (caches hold them)
    QByteArray method;
    QStringView path; // a path under /api/v1 with {id} for the command's target
    Body body;
    Guard guard;
    Delivery delivery;
    Refusal refusal;
    // What most commands are: unversioned, shown as they are, with no conflict record.
    Stale stale = Stale::NotVersioned;
    Overlay overlay = Overlay::None;
    QStringView conflictEntity =
        {}; // what a conflict record names ("ticket", "escalation"), if any
};

const Declaration &declaration(Kind kind);
// The kind an outbox row names; nullopt for a name this version does not know.
std::optional<Kind> kindNamed(QStringView name);
QString nameOf(Kind kind);
// The names of the commands that change how a ticket is shown while they wait.
QStringList ticketOverlayNames();
// Lays a waiting command's change over the ticket as the operator sees it; true when it counts as
// the ticket's own local change (shown as pending).
bool overlay(const Declaration &declaration, const QJsonObject &payload, QJsonObject &shown);
// The request path for `targetId` (percent-encoded into the template).
QString pathFor(const Declaration &declaration, const QString &targetId);

} // namespace frontline::app::outbox
