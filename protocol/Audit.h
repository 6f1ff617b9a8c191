#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

// What a supervisor did that the center must be able to account for (issue 18): watching a
// conversation, writing into it, taking it, and the board's actions on tickets and flags; and
// what a trainer did to sandboxes and their cohorts (issue 19).
enum class AuditAction
{
    MonitorStart,    // began watching a conversation live
    MonitorStop,     // stopped watching it
    Whisper,         // wrote to the operator only
    Barge,           // wrote to the customer in the operator's conversation
    TakeOver,        // took the ticket from its operator
    HandBack,        // gave a taken ticket back
    Reassign,        // moved a ticket to another operator (with a reason)
    HelpFlagLowered, // answered an operator's help flag
    SandboxCreate,   // a trainer made a sandbox (issue 19)
    SandboxReset,    // emptied it and filled it again
    SandboxDelete,   // removed it with everything in it
    TraineeAdd,      // gave an operator an account in a sandbox
    TraineeRemove,   // took it away and signed her out there
    CourseAssigned,  // a trainer gave an operator a course of scenarios (issue 19)
    CourseCancelled, // and took it back
};

QString toString(AuditAction action);
std::optional<AuditAction> auditActionFromString(QStringView text);
QList<AuditAction> allAuditActions();

// One row of the audit log: who did what, to which ticket (and operator), when. Rows are only
// ever added: no route and no statement changes or removes one.
struct AuditEntry
{
    QString id;
    QDateTime at;
    QString actorId;
    QString actorName;
    QString actorRole; // the role the actor acted in ("supervisor", "admin")
    AuditAction action = AuditAction::MonitorStart;
    QString ticketId;        // empty when the action is not about a ticket
    qint64 ticketNumber = 0; // 0 when there is no ticket
    QString subjectId;       // the operator the action concerns (the one watched, moved to)
    QString subjectName;
    QJsonObject details; // the action's own words: a reason, a whisper's text, a flag's id

    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject &object);
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace frontline::protocol
