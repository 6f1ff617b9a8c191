#pragma once

#include "app/outbox/OutboxCommand.h"
#include "protocol/Result.h"
#include "protocol/TrainingCourse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace frontline::app {

class LocalStore;
struct SignedInUser;

// A stale ticket update the back office refused (412): what the operator wanted, and the
// ticket as it is now. The UI shows both; keepMine() or takeTheirs() settles it.
struct Conflict
{
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString command;
    QJsonObject mine;
    QJsonObject theirs;
    qint64 baseVersion = 0;
};

struct EscalationRequest
{
    int targetLine = 0;
    QString targetTeam;
    QString reasonCode;
    QString note;
    QString priority = QStringLiteral("normal");
};

// What the operator does, as the UI asks for it. Each command writes its local echo and its
// outbox entry in one transaction and returns at once; the SyncEngine delivers it.
class OperatorCommands : public QObject
{
    Q_OBJECT
public:
    OperatorCommands(LocalStore &store, const SignedInUser &user, QObject *parent = nullptr);

    // The local echo's id ("local:<uuid>") until the back office gives the message its own.
    // `macro`: the slug of the canned response the reply was made from, if any.
    Result<QString> sendMessage(const QString &ticketId, const QString &body,
                                const QString &macro = {});
    Result<QString> addInternalNote(const QString &ticketId, const QString &body);
    // Sends a message the back office refused (state "failed") again, with its first
    // idempotency key.
    Result<void> retryMessage(const QString &localId);
    Result<void> claim(const QString &ticketId);
    Result<void> changeStatus(const QString &ticketId, const QString &status,
                              const QString &resolutionCode = {});
    Result<void> changePriority(const QString &ticketId, const QString &priority);
    Result<QString> escalate(const QString &ticketId, const EscalationRequest &request);
    Result<void> acceptEscalation(const QString &escalationId);
    Result<void> returnEscalation(const QString &escalationId, const QString &reason);
    Result<void> resolveEscalation(const QString &escalationId, const QString &note = {});
    // Asks a supervisor for help on the ticket (issue 17): the local flag's id ("local:<uuid>")
    // until the back office gives it its own. At most limits::HelpFlagNote characters of note.
    Result<QString> raiseHelpFlag(const QString &ticketId, const QString &note = {});
    // Lowers a flag: a supervisor answering it, or the operator withdrawing her own.
    Result<void> lowerHelpFlag(const QString &flagId);
    // Starts or completes a course a trainer assigned her (issue 19, item 10): the cache shows
    // the move at once, at the version the back office will give it.
    Result<void> moveCourse(const QString &courseId, protocol::CourseStatus status);
    Result<void> setPresence(const QString &status, const QString &reason = {});
    Result<void> recordKbUsage(const QString &ticketId, const QString &articleId);
    // A supervisor's: gives the ticket to `operatorId`, saying why (required, at most 500
    // characters); the back office's assignment rule decides, a refusal comes back as for any
    // ticket change.
    Result<void> reassign(const QString &ticketId, const QString &operatorId,
                          const QString &reason);
    // A supervisor's: sets an operator's chat limit (0-20) and the queues she works; either may
    // be left as it is (nullopt).
    Result<void> changeOperator(const QString &operatorId, std::optional<int> maxChats,
                                const std::optional<QStringList> &queues);
    // A stretch the ticket was open in front of the operator, for her handle time; nothing is
    // echoed (only the back office's figures use it).
    Result<void> recordWorkInterval(const QString &ticketId, const QDateTime &startedAt,
                                    const QDateTime &endedAt);

    // A command of another part of the app (app/training's exam reports and answers): `echo`
    // writes its local echo in the transaction that queues it.
    Result<void> queueCommand(outbox::Kind kind, const QString &targetId,
                              const QJsonObject &payload,
                              const std::function<Result<void>()> &echo = {});

    Result<QList<Conflict>> conflicts() const;
    // Queues my change again on top of the current version of its ticket, escalation or course.
    Result<void> keepMine(qint64 conflictId);
    // Drops my change; the cache already shows the back office's state.
    Result<void> takeTheirs(qint64 conflictId);

Q_SIGNALS:
    // A command was written to the outbox: time to push.
    void queued();

private:
    // A command on its way into the outbox (defined in OperatorCommands.cpp).
    struct Queued;
    // The one way a command is queued: in one transaction, `echo` writes the local echo (and may
    // complete the command, such as the version it is based on), the outbox entry is written,
    // and, for ticket commands, the ticket's queued changes are laid over the server's state;
    // then the commit and queued().
    Result<void> queue(Queued &command, const std::function<Result<void>(Queued &)> &echo = {});
    Result<QString> postMessage(const QString &ticketId, const QString &body, bool internal,
                                const QString &macro = {});
    Result<void> updateTicket(const QString &ticketId, const QJsonObject &changes,
                              outbox::Kind kind = outbox::Kind::UpdateTicket);
    Result<void> updateEscalation(const QString &escalationId, const QJsonObject &changes);
    Result<QString> myId() const;

    LocalStore &m_store;
    const SignedInUser &m_user;
};

} // namespace frontline::app
