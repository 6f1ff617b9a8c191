#include "server/qa/CalibrationService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/identity/Caller.h"
#include "server/qa/CalibrationRows.h"
#include "server/qa/ScorecardService.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace frontline::server {
namespace {

using protocol::json::invalidField;

// An id sent as a string (the wire's way) or as a number; 0 when it is neither.
qint64 idOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger() > 0 ? value.toInteger() : 0;
    return calibration::parseId(value.toString());
}

// The resolved ticket `key` names (by id or by number); `path` names it in an error.
Result<qint64> resolvedTicket(Store &store, bool byNumber, qint64 key, const QString &path)
{
    auto query = store.run(byNumber ? QStringLiteral("SELECT id, status, assignee_id FROM tickets "
                                                     "WHERE number = ?")
                                    : QStringLiteral("SELECT id, status, assignee_id FROM tickets "
                                                     "WHERE id = ?"),
                           {key});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return invalidField(path, QStringLiteral("no such ticket"));
    const qint64 id = query.value()->value(0).toLongLong();
    const QString status = query.value()->value(1).toString();
    const qint64 assignee = query.value()->value(2).toLongLong();
    query.value()->finish();
    if ((status != u"resolved" && status != u"closed") || assignee == 0)
        return invalidField(path,
                            QStringLiteral("only a resolved conversation with its operator is "
                                           "calibrated"));
    return id;
}

// The session's conversations: `ticket_ids` or `ticket_numbers`, 1 to the limit, each once.
Result<QList<qint64>> conversationsOf(Store &store, const QJsonObject &body)
{
    const bool byNumber = body.contains(u"ticket_numbers");
    const QString field =
        byNumber ? QStringLiteral("ticket_numbers") : QStringLiteral("ticket_ids");
    if (byNumber == body.contains(u"ticket_ids"))
        return invalidField(QStringLiteral("ticket_ids"),
                            QStringLiteral("send ticket_ids or ticket_numbers, one of them"));
    const QJsonValue value = body.value(field);
    if (!value.isArray() || value.toArray().isEmpty())
        return invalidField(field, QStringLiteral("must be a list of at least one ticket"));
    const QJsonArray items = value.toArray();
    if (items.size() > protocol::limits::CalibrationConversations)
        return protocol::limits::tooLong(field, protocol::limits::CalibrationConversations, true);
    QList<qint64> tickets;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(field).arg(i);
        const qint64 key =
            byNumber ? (items.at(i).isDouble() ? items.at(i).toInteger() : 0) : idOf(items.at(i));
        if (key <= 0)
            return invalidField(path, byNumber ? QStringLiteral("must be a ticket number")
                                               : QStringLiteral("must be a ticket id"));
        auto ticket = resolvedTicket(store, byNumber, key, path);
        if (!ticket)
            return ticket.error();
        if (tickets.contains(ticket.value()))
            return invalidField(path, QStringLiteral("this conversation is listed twice"));
        tickets.append(ticket.value());
    }
    return tickets;
}

// The reviewers: the lead first, then `reviewer_ids`, each a supervisor, trainer or admin, once.
Result<QList<qint64>> reviewersOf(Store &store, const QJsonObject &body, qint64 leadId)
{
    const QJsonValue value = body.value(u"reviewer_ids");
    if (!value.isUndefined() && !value.isArray())
        return invalidField(QStringLiteral("reviewer_ids"), QStringLiteral("must be a list"));
    QList<qint64> reviewers{leadId};
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("reviewer_ids[%1]").arg(i);
        const qint64 id = idOf(items.at(i));
        auto query =
            store.run(QStringLiteral("SELECT role, active FROM operators WHERE id = ?"), {id});
        if (!query)
            return query.error();
        const bool found = query.value()->next();
        const QString role = found ? query.value()->value(0).toString() : QString();
        const bool active = found && query.value()->value(1).toInt() != 0;
        query.value()->finish();
        if (!found || !active)
            return invalidField(path, QStringLiteral("no such colleague"));
        if (role != u"supervisor" && role != u"trainer" && role != u"admin")
            return invalidField(path, QStringLiteral("only supervisors, trainers and admins "
                                                     "calibrate"));
        if (id == leadId)
            continue; // the lead is a reviewer anyway
        if (reviewers.contains(id))
            return invalidField(path, QStringLiteral("this reviewer is listed twice"));
        reviewers.append(id);
    }
    if (reviewers.size() > protocol::limits::CalibrationReviewers)
        return protocol::limits::tooLong(QStringLiteral("reviewer_ids"),
                                         protocol::limits::CalibrationReviewers, true);
    return reviewers;
}

Result<void> insertMembers(Store &store, qint64 sessionId, const QList<qint64> &tickets,
                           const QList<qint64> &reviewers)
{
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        auto added = store.update(QStringLiteral("INSERT INTO calibration_tickets (session_id, "
                                                 "position, ticket_id) VALUES (?, ?, ?)"),
                                  {sessionId, i, tickets.at(i)});
        if (!added)
            return added.error();
    }
    for (qsizetype i = 0; i < reviewers.size(); ++i) {
        auto added = store.update(QStringLiteral("INSERT INTO calibration_reviewers (session_id, "
                                                 "position, reviewer_id) VALUES (?, ?, ?)"),
                                  {sessionId, i, reviewers.at(i)});
        if (!added)
            return added.error();
    }
    return {};
}

} // namespace

Result<protocol::CalibrationSession> CalibrationService::load(Store &store, qint64 id)
{
    return calibration::loadSession(store, id);
}

Result<protocol::CalibrationSession>
CalibrationService::create(const Caller &caller, const QJsonObject &body, qint64 nowMs)
{
    Store &store = *caller.store;
    const QString name = body.value(u"name").toString().trimmed();
    if (name.isEmpty())
        return invalidField(QStringLiteral("name"), QStringLiteral("is required"));
    if (name.size() > protocol::limits::CalibrationName)
        return protocol::limits::tooLong(QStringLiteral("name"), protocol::limits::CalibrationName,
                                         false);
    auto card =
        ScorecardService::load(store, QString::number(idOf(body.value(u"scorecard_id"))), 0);
    if (!card) {
        return card.error().code == protocol::errors::NotFound
                   ? invalidField(QStringLiteral("scorecard_id"),
                                  QStringLiteral("no such scorecard"))
                   : card.error();
    }
    auto tickets = conversationsOf(store, body);
    if (!tickets)
        return tickets.error();
    auto reviewers = reviewersOf(store, body, caller.operatorId);
    if (!reviewers)
        return reviewers.error();
    auto id = store.insert(
        QStringLiteral("INSERT INTO calibration_sessions (name, lead_id, scorecard_id, "
                       "scorecard_version, status, created_at) VALUES (?, ?, ?, ?, 'open', ?) "
                       "RETURNING id"),
        {name, caller.operatorId, card->id.toLongLong(), card->version, nowMs});
    if (!id)
        return id.error();
    if (auto added = insertMembers(store, id.value(), tickets.value(), reviewers.value()); !added)
        return added.error();
    auto session = calibration::loadSession(store, id.value());
    if (!session)
        return session.error();
    protocol::CalibrationSession answer = session.value();
    answer.scorecard = card.value();
    return answer;
}

Result<QList<protocol::CalibrationSession>>
CalibrationService::list(const Caller &caller, const QString &status, int limit)
{
    const bool everyone = caller.role() == protocol::Role::Admin;
    QString sql = QStringLiteral("SELECT s.id FROM calibration_sessions s WHERE 1 = 1");
    QVariantList args;
    if (!everyone) {
        sql += u" AND EXISTS (SELECT 1 FROM calibration_reviewers r WHERE r.session_id = s.id "
               u"AND r.reviewer_id = ?)";
        args.append(caller.operatorId);
    }
    if (!status.isEmpty()) {
        sql += u" AND s.status = ?";
        args.append(status);
    }
    sql += u" ORDER BY s.created_at DESC, s.id DESC LIMIT ?";
    args.append(limit);
    auto query = caller.store->run(sql, args);
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value()->next())
        ids.append(query.value()->value(0).toLongLong());
    query.value()->finish();
    QList<protocol::CalibrationSession> sessions;
    for (qint64 id : ids) {
        auto session = calibration::loadSession(*caller.store, id);
        if (!session)
            return session.error();
        sessions.append(session.value());
    }
    return sessions;
}

Result<protocol::CalibrationSession> CalibrationService::get(const Caller &caller,
                                                             const QString &id)
{
    auto session = calibration::readable(caller, id);
    if (!session)
        return session.error();
    auto card =
        ScorecardService::load(*caller.store, session->scorecardId, session->scorecardVersion);
    if (!card)
        return card.error();
    protocol::CalibrationSession answer = session.value();
    answer.scorecard = card.value();
    return answer;
}

Result<protocol::CalibrationSession> CalibrationService::close(const Caller &caller,
                                                               const QString &id, qint64 nowMs)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto session =
        calibration::ledBy(caller, id, QStringLiteral("Only the session's lead closes it"));
    if (!session)
        return session.error();
    if (session->status == protocol::CalibrationStatus::Closed)
        return session;
    auto updated = store.update(QStringLiteral("UPDATE calibration_sessions SET status = "
                                               "'closed', closed_at = ? WHERE id = ?"),
                                {nowMs, session->id.toLongLong()});
    if (!updated)
        return updated.error();
    auto closed = calibration::loadSession(store, session->id.toLongLong());
    if (!closed)
        return closed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return closed;
}

} // namespace frontline::server
