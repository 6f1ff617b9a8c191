#include "app/commands/OperatorCommands.h"

#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"
#include "app/store/Outbox.h"
#include "app/store/SqlTransaction.h"
#include "protocol/FieldLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace frontline::app {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error invalid(const QString &field, const QString &why)
{
    return Error{QStringLiteral("invalid_field"), why, field};
}

} // namespace

struct OperatorCommands::Queued
{
    outbox::Kind command;
    QString targetId;
    QJsonObject payload;
    qint64 baseVersion = 0;
    QString localId;     // the local echo's id, for commands that create something
    bool ticket = false; // lay the ticket's queued changes over the server's state
};

OperatorCommands::OperatorCommands(LocalStore &store, const SignedInUser &user, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_user(user)
{}

Result<void> OperatorCommands::queue(Queued &command,
                                     const std::function<Result<void>(Queued &)> &echo)
{
    // What the back office would refuse as too long is refused here, before anything is echoed
    // or queued: the operator keeps her text and can shorten it.
    if (auto fits = protocol::limits::checkBody({}, command.payload); !fits) {
        const qsizetype most = protocol::limits::maximumOf({}, fits.error().field, false);
        return Error{fits.error().code,
                     QCoreApplication::translate("OperatorCommands",
                                                 "Too long to send: the most is %1 characters")
                         .arg(most),
                     fits.error().field};
    }
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    if (echo) {
        if (auto echoed = echo(command); !echoed)
            return echoed.error();
    }
    if (auto queued = Outbox(m_store).enqueue(command.command, command.targetId, command.payload,
                                              command.baseVersion, command.localId);
        !queued)
        return queued.error();
    if (command.ticket) {
        if (auto shown = Outbox(m_store).reapplyLocalChanges(command.targetId); !shown)
            return shown.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT queued();
    return {};
}

Result<void> OperatorCommands::queueCommand(outbox::Kind kind, const QString &targetId,
                                            const QJsonObject &payload,
                                            const std::function<Result<void>()> &echo)
{
    Queued command{kind, targetId, payload, 0, {}, false};
    return echo ? queue(command, [&](Queued &) { return echo(); }) : queue(command);
}

Result<QString> OperatorCommands::myId() const
{
    if (!m_user.isSignedIn())
        return Error{QStringLiteral("unauthorized"),
                     QCoreApplication::translate("OperatorCommands", "Not signed in")};
    return m_user.id;
}

Result<QString> OperatorCommands::sendMessage(const QString &ticketId, const QString &body,
                                              const QString &macro)
{
    return postMessage(ticketId, body, false, macro);
}

Result<QString> OperatorCommands::addInternalNote(const QString &ticketId, const QString &body)
{
    return postMessage(ticketId, body, true);
}

Result<QString> OperatorCommands::postMessage(const QString &ticketId, const QString &body,
                                              bool internal, const QString &macro)
{
    if (body.trimmed().isEmpty())
        return invalid(QStringLiteral("body"),
                       QCoreApplication::translate("OperatorCommands", "The message is empty"));
    auto me = myId();
    if (!me)
        return me.error();
    const QString localId = u"local:" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject payload{{QStringLiteral("body"), body}};
    if (internal)
        payload.insert(QStringLiteral("internal"), true);
    if (!macro.isEmpty())
        payload.insert(QStringLiteral("macro"), macro);
    // A public reply opens a new ticket on the back office: the echo shows that at once.
    Queued command{outbox::Kind::SendMessage, ticketId, payload, 0, localId, !internal};
    auto queued = queue(command, [&](Queued &) -> Result<void> {
        auto echo = m_store.insertMessage(CachedMessage{
            localId, ticketId, QStringLiteral("operator"), me.value(), m_user.displayName, internal,
            body, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
            QStringLiteral("pending")});
        if (!echo)
            return echo.error();
        m_store.pendingChanges().messagesAdded[ticketId].append(localId);
        return {};
    });
    if (!queued)
        return queued.error();
    return localId;
}

Result<void> OperatorCommands::updateTicket(const QString &ticketId, const QJsonObject &changes,
                                            outbox::Kind kind)
{
    Queued command{kind, ticketId, {}, 0, {}, true};
    return queue(command, [&](Queued &queued) -> Result<void> {
        auto cached = m_store.ticket(ticketId);
        if (!cached)
            return cached.error();
        if (!cached->has_value())
            return Error{
                QStringLiteral("not_found"),
                QCoreApplication::translate("OperatorCommands", "No ticket %1 in the cache")
                    .arg(ticketId)};
        // The values this change replaces, as the operator saw them: on a 412 the engine
        // compares them with the latest version to tell a real conflict from an unrelated
        // change.
        const QJsonObject shown = (*cached)->ticket.toJson();
        QJsonObject base;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            base.insert(it.key(), shown.value(it.key()));
        queued.payload = {{QStringLiteral("changes"), changes}, {QStringLiteral("base"), base}};
        queued.baseVersion = (*cached)->ticket.version;
        return {};
    });
}

Result<void> OperatorCommands::claim(const QString &ticketId)
{
    auto me = myId();
    if (!me)
        return me.error();
    Queued command{
        outbox::Kind::Claim, ticketId, {{QStringLiteral("assignee_id"), me.value()}}, 0, {}, true};
    return queue(command);
}

Result<void> OperatorCommands::changeStatus(const QString &ticketId, const QString &status,
                                            const QString &resolutionCode)
{
    QJsonObject changes{{QStringLiteral("status"), status}};
    if (!resolutionCode.isEmpty())
        changes.insert(QStringLiteral("resolution_code"), resolutionCode);
    return updateTicket(ticketId, changes);
}

Result<void> OperatorCommands::changePriority(const QString &ticketId, const QString &priority)
{
    return updateTicket(ticketId, {{QStringLiteral("priority"), priority}});
}

Result<QString> OperatorCommands::escalate(const QString &ticketId,
                                           const EscalationRequest &request)
{
    if (request.targetLine <= 0 && request.targetTeam.isEmpty())
        return invalid(
            QStringLiteral("target_line"),
            QCoreApplication::translate("OperatorCommands", "Choose a support line or a team"));
    auto me = myId();
    if (!me)
        return me.error();
    QJsonObject payload{{QStringLiteral("reason_code"), request.reasonCode},
                        {QStringLiteral("priority"), request.priority}};
    if (request.targetLine > 0)
        payload.insert(QStringLiteral("target_line"), request.targetLine);
    if (!request.targetTeam.isEmpty())
        payload.insert(QStringLiteral("target_team"), request.targetTeam);
    if (!request.note.isEmpty())
        payload.insert(QStringLiteral("note"), request.note);
    const QString localId = u"local:" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject echo = payload;
    echo.insert(QStringLiteral("id"), localId);
    echo.insert(QStringLiteral("ticket_id"), ticketId);
    echo.insert(QStringLiteral("from_operator_id"), me.value());
    echo.insert(QStringLiteral("status"), QStringLiteral("open"));
    Queued command{outbox::Kind::Escalate, ticketId, payload, 0, localId, false};
    auto queued = queue(command, [&](Queued &) -> Result<void> {
        auto written = m_store.write(
            QStringLiteral("INSERT INTO escalations (id, ticket_id, status, version, json, "
                           "local_pending) VALUES (?, ?, 'open', 0, ?, 1)"),
            {localId, ticketId, compact(echo)});
        if (!written)
            return written.error();
        m_store.pendingChanges().escalations.insert(localId);
        return {};
    });
    if (!queued)
        return queued.error();
    return localId;
}

Result<void> OperatorCommands::updateEscalation(const QString &escalationId,
                                                const QJsonObject &changes)
{
    Queued command{outbox::Kind::UpdateEscalation,
                   escalationId,
                   {{QStringLiteral("changes"), changes}},
                   0,
                   {},
                   false};
    return queue(command, [&](Queued &queued) -> Result<void> {
        auto row = m_store.read(QStringLiteral("SELECT version FROM escalations WHERE id = ?"),
                                {escalationId});
        if (!row)
            return row.error();
        if (!row.value().next())
            return Error{
                QStringLiteral("not_found"),
                QCoreApplication::translate("OperatorCommands", "No escalation %1 in the cache")
                    .arg(escalationId)};
        queued.baseVersion = row->value(0).toLongLong();
        auto echoed = m_store.write(
            QStringLiteral("UPDATE escalations SET status = ?, local_pending = 1 WHERE id = ?"),
            {changes.value(u"status").toString(), escalationId});
        if (!echoed)
            return echoed.error();
        m_store.pendingChanges().escalations.insert(escalationId);
        return {};
    });
}

Result<void> OperatorCommands::acceptEscalation(const QString &escalationId)
{
    return updateEscalation(escalationId, {{QStringLiteral("status"), QStringLiteral("accepted")}});
}

Result<void> OperatorCommands::returnEscalation(const QString &escalationId, const QString &reason)
{
    return updateEscalation(escalationId, {{QStringLiteral("status"), QStringLiteral("returned")},
                                           {QStringLiteral("return_reason"), reason}});
}

Result<void> OperatorCommands::resolveEscalation(const QString &escalationId, const QString &note)
{
    QJsonObject changes{{QStringLiteral("status"), QStringLiteral("resolved")}};
    if (!note.isEmpty())
        changes.insert(QStringLiteral("resolution_note"), note);
    return updateEscalation(escalationId, changes);
}

Result<QString> OperatorCommands::raiseHelpFlag(const QString &ticketId, const QString &note)
{
    const QString trimmed = note.trimmed();
    if (trimmed.size() > protocol::limits::HelpFlagNote)
        return invalid(QStringLiteral("note"),
                       QCoreApplication::translate(
                           "OperatorCommands", "The note is too long: the most is %1 characters")
                           .arg(protocol::limits::HelpFlagNote));
    auto me = myId();
    if (!me)
        return me.error();
    {
        auto raised = m_store.read(QStringLiteral("SELECT 1 FROM help_flags WHERE ticket_id = ? "
                                                  "AND lowered_at IS NULL"),
                                   {ticketId});
        if (!raised)
            return raised.error();
        if (raised.value().next())
            return Error{QStringLiteral("conflict"),
                         QCoreApplication::translate("OperatorCommands",
                                                     "A help flag is already up on this ticket")};
    }
    const QString localId = u"local:" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QJsonObject payload{{QStringLiteral("note"), trimmed}};
    const QJsonObject echo{{QStringLiteral("id"), localId},
                           {QStringLiteral("ticket_id"), ticketId},
                           {QStringLiteral("raised_by"), me.value()},
                           {QStringLiteral("raised_by_name"), m_user.displayName},
                           {QStringLiteral("note"), trimmed},
                           {QStringLiteral("raised_at"), now},
                           {QStringLiteral("status"), QStringLiteral("raised")}};
    Queued command{outbox::Kind::RaiseHelpFlag, ticketId, payload, 0, localId, false};
    auto queued = queue(command, [&](Queued &) -> Result<void> {
        auto written =
            m_store.write(QStringLiteral("INSERT INTO help_flags (id, ticket_id, raised_at, json, "
                                         "local_pending) VALUES (?, ?, ?, ?, 1)"),
                          {localId, ticketId, now, compact(echo)});
        if (!written)
            return written.error();
        m_store.pendingChanges().helpFlags.insert(localId);
        return {};
    });
    if (!queued)
        return queued.error();
    return localId;
}

Result<void> OperatorCommands::lowerHelpFlag(const QString &flagId)
{
    Queued command{outbox::Kind::LowerHelpFlag,
                   flagId,
                   {{QStringLiteral("status"), QStringLiteral("lowered")}},
                   0,
                   {},
                   false};
    return queue(command, [&](Queued &) -> Result<void> {
        auto echoed = m_store.write(
            QStringLiteral("UPDATE help_flags SET lowered_at = COALESCE(lowered_at, ?), "
                           "local_pending = 1 WHERE id = ?"),
            {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), flagId});
        if (!echoed)
            return echoed.error();
        if (echoed->rows == 0)
            return Error{
                QStringLiteral("not_found"),
                QCoreApplication::translate("OperatorCommands", "No help flag %1 in the cache")
                    .arg(flagId)};
        m_store.pendingChanges().helpFlags.insert(flagId);
        return {};
    });
}

Result<void> OperatorCommands::moveCourse(const QString &courseId, protocol::CourseStatus status)
{
    auto current = m_store.read(QStringLiteral("SELECT version FROM training_courses WHERE id = ?"),
                                {courseId});
    if (!current)
        return current.error();
    if (!current.value().next())
        return Error{QStringLiteral("not_found"),
                     QCoreApplication::translate("OperatorCommands", "No course %1 in the cache")
                         .arg(courseId)};
    const qint64 version = current.value().value(0).toLongLong();
    Queued command{outbox::Kind::MoveCourse,
                   courseId,
                   {{QStringLiteral("status"), protocol::toString(status)},
                    {QStringLiteral("version"), version}},
                   0,
                   {},
                   false};
    return queue(command, [&](Queued &) -> Result<void> {
        // The back office adds one to the version per move, so a second move queued offline is
        // made on the version the first will have given it.
        auto echoed = m_store.write(QStringLiteral("UPDATE training_courses SET status = ?, "
                                                   "version = version + 1 WHERE id = ?"),
                                    {protocol::toString(status), courseId});
        if (!echoed)
            return echoed.error();
        m_store.pendingChanges().trainingCourses.insert(courseId);
        return {};
    });
}

Result<void> OperatorCommands::setPresence(const QString &status, const QString &reason)
{
    auto me = myId();
    if (!me)
        return me.error();
    Queued command{outbox::Kind::SetPresence,
                   me.value(),
                   {{QStringLiteral("status"), status}, {QStringLiteral("reason"), reason}},
                   0,
                   {},
                   false};
    return queue(command, [&](Queued &queued) -> Result<void> {
        // What the echo replaces, to put back if the back office refuses the change.
        auto was = m_store.read(
            QStringLiteral(
                "SELECT name, status, reason, since FROM presence WHERE operator_id = ?"),
            {me.value()});
        if (!was)
            return was.error();
        QJsonObject before;
        if (was.value().next()) {
            before = {{QStringLiteral("name"), was->value(0).toString()},
                      {QStringLiteral("status"), was->value(1).toString()},
                      {QStringLiteral("reason"), was->value(2).toString()},
                      {QStringLiteral("since"), was->value(3).toString()}};
        }
        was.value().finish();
        queued.payload.insert(QStringLiteral("before"), before);
        auto echoed = m_store.write(
            QStringLiteral("INSERT INTO presence (operator_id, name, status, reason, since) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (operator_id) DO UPDATE SET status "
                           "= excluded.status, "
                           "reason = excluded.reason, since = excluded.since"),
            {me.value(), m_user.displayName, status, reason,
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        if (!echoed)
            return echoed.error();
        m_store.pendingChanges().presence.insert(me.value());
        return {};
    });
}

Result<void> OperatorCommands::recordKbUsage(const QString &ticketId, const QString &articleId)
{
    Queued command{
        outbox::Kind::KbUsage, ticketId, {{QStringLiteral("article_id"), articleId}}, 0, {}, false};
    return queue(command, [&](Queued &) -> Result<void> {
        auto echoed = m_store.write(
            QStringLiteral("INSERT OR IGNORE INTO kb_usage (ticket_id, article_id) VALUES (?, ?)"),
            {ticketId, articleId});
        if (!echoed)
            return echoed.error();
        return {};
    });
}

Result<void> OperatorCommands::reassign(const QString &ticketId, const QString &operatorId,
                                        const QString &reason)
{
    const QString why = reason.trimmed();
    if (operatorId.isEmpty())
        return invalid(QStringLiteral("assignee_id"),
                       QCoreApplication::translate("OperatorCommands", "Choose an operator"));
    if (why.isEmpty())
        return invalid(
            QStringLiteral("assignment_reason"),
            QCoreApplication::translate("OperatorCommands", "Say why the ticket moves to her"));
    if (why.size() > protocol::limits::AssignmentReason)
        return invalid(QStringLiteral("assignment_reason"),
                       QCoreApplication::translate("OperatorCommands",
                                                   "The reason is too long: the most is %1 "
                                                   "characters")
                           .arg(protocol::limits::AssignmentReason));
    return updateTicket(
        ticketId,
        {{QStringLiteral("assignee_id"), operatorId}, {QStringLiteral("assignment_reason"), why}},
        outbox::Kind::Reassign);
}

Result<void> OperatorCommands::changeOperator(const QString &operatorId,
                                              std::optional<int> maxChats,
                                              const std::optional<QStringList> &queues)
{
    QJsonObject payload;
    if (maxChats) {
        if (*maxChats < 0 || *maxChats > 20)
            return invalid(
                QStringLiteral("max_chats"),
                QCoreApplication::translate("OperatorCommands", "The chat limit must be 0-20"));
        payload.insert(QStringLiteral("max_chats"), *maxChats);
    }
    if (queues) {
        if (queues->size() > protocol::limits::OperatorQueues)
            return invalid(
                QStringLiteral("queues"),
                QCoreApplication::translate("OperatorCommands", "At most %1 queues per operator")
                    .arg(protocol::limits::OperatorQueues));
        payload.insert(QStringLiteral("queues"), QJsonArray::fromStringList(*queues));
    }
    if (payload.isEmpty())
        return invalid(QStringLiteral("body"),
                       QCoreApplication::translate("OperatorCommands", "Nothing to change"));
    Queued command{outbox::Kind::ChangeOperator, operatorId, payload, 0, {}, false};
    return queue(command);
}

Result<void> OperatorCommands::recordWorkInterval(const QString &ticketId,
                                                  const QDateTime &startedAt,
                                                  const QDateTime &endedAt)
{
    if (!startedAt.isValid() || !endedAt.isValid() || endedAt <= startedAt)
        return invalid(QStringLiteral("ended_at"), QStringLiteral("must be after started_at"));
    const QJsonObject interval{
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("ended_at"), endedAt.toUTC().toString(Qt::ISODateWithMs)}};
    Queued command{outbox::Kind::WorkInterval,
                   ticketId,
                   {{QStringLiteral("intervals"), QJsonArray{interval}}},
                   0,
                   {},
                   false};
    return queue(command);
}

Result<void> OperatorCommands::retryMessage(const QString &localId)
{
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    // Same outbox row, same idempotency key: a retry can never post the message twice.
    auto requeued = m_store.write(
        QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = 0, "
                       "last_error = '' WHERE local_id = ? AND state = 'failed'"),
        {localId});
    if (!requeued)
        return requeued.error();
    if (requeued->numRowsAffected() == 0)
        return Error{
            QStringLiteral("not_found"),
            QCoreApplication::translate("OperatorCommands", "No failed message %1").arg(localId)};
    auto marked = m_store.write(
        QStringLiteral("UPDATE messages SET state = 'pending' WHERE id = ?"), {localId});
    if (!marked)
        return marked.error();
    m_store.pendingChanges().messagesChanged.insert(localId);
    m_store.pendingChanges().outbox = true;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT queued();
    return {};
}

} // namespace frontline::app
