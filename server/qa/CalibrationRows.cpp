#include "server/qa/CalibrationRows.h"

#include "protocol/ApiError.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace frontline::server::calibration {

qint64 parseId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound),
                 QStringLiteral("No calibration session %1").arg(id)};
}

Error conflict(const QString &why)
{
    return Error{QString(protocol::errors::Conflict), why};
}

namespace {

Result<void> addConversations(Store &store, protocol::CalibrationSession &session, qint64 id)
{
    auto rows = store.run(QStringLiteral("SELECT c.ticket_id, t.number, c.agreed_score FROM "
                                         "calibration_tickets c JOIN tickets t ON t.id = "
                                         "c.ticket_id WHERE c.session_id = ? ORDER BY c.position"),
                          {id});
    if (!rows)
        return rows.error();
    while (rows.value()->next()) {
        const QSqlQuery &row = *rows.value();
        protocol::CalibrationConversation conversation{sql::idText(row.value(0)),
                                                       row.value(1).toLongLong(), std::nullopt};
        if (!row.value(2).isNull())
            conversation.agreed = row.value(2).toDouble();
        session.conversations.append(conversation);
    }
    rows.value()->finish();
    return {};
}

Result<void> addReviewers(Store &store, protocol::CalibrationSession &session, qint64 id)
{
    auto rows = store.run(
        QStringLiteral("SELECT r.reviewer_id, o.display_name, (SELECT COUNT(*) FROM "
                       "calibration_scores s WHERE s.session_id = r.session_id AND "
                       "s.reviewer_id = r.reviewer_id) FROM calibration_reviewers r JOIN "
                       "operators o ON o.id = r.reviewer_id WHERE r.session_id = ? ORDER BY "
                       "r.position"),
        {id});
    if (!rows)
        return rows.error();
    while (rows.value()->next()) {
        const QSqlQuery &row = *rows.value();
        session.reviewers.append(
            {sql::idText(row.value(0)), row.value(1).toString(), row.value(2).toInt()});
    }
    rows.value()->finish();
    return {};
}

} // namespace

Result<protocol::CalibrationSession> loadSession(Store &store, qint64 id)
{
    auto query =
        store.run(QStringLiteral(
                      "SELECT s.id, s.name, s.lead_id, o.display_name, s.scorecard_id, "
                      "s.scorecard_version, s.status, s.created_at, s.closed_at FROM "
                      "calibration_sessions s JOIN operators o ON o.id = s.lead_id WHERE s.id = ?"),
                  {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(QString::number(id));
    const QSqlQuery &row = *query.value();
    protocol::CalibrationSession session;
    session.id = sql::idText(row.value(0));
    session.name = row.value(1).toString();
    session.leadId = sql::idText(row.value(2));
    session.leadName = row.value(3).toString();
    session.scorecardId = sql::idText(row.value(4));
    session.scorecardVersion = row.value(5).toLongLong();
    session.status = protocol::calibrationStatusFromString(row.value(6).toString())
                         .value_or(protocol::CalibrationStatus::Open);
    session.createdAt = sql::time(row.value(7));
    session.closedAt = sql::time(row.value(8));
    query.value()->finish();
    if (auto added = addConversations(store, session, id); !added)
        return added.error();
    if (auto added = addReviewers(store, session, id); !added)
        return added.error();
    return session;
}

bool isReviewer(const protocol::CalibrationSession &session, qint64 operatorId)
{
    const QString id = QString::number(operatorId);
    for (const protocol::CalibrationReviewer &reviewer : session.reviewers) {
        if (reviewer.id == id)
            return true;
    }
    return false;
}

Result<protocol::CalibrationSession> readable(const Caller &caller, const QString &id)
{
    const qint64 sessionId = parseId(id);
    if (sessionId == 0)
        return notFound(id);
    auto session = loadSession(*caller.store, sessionId);
    if (!session)
        return session.error().code == protocol::errors::NotFound ? notFound(id) : session.error();
    if (caller.role() != protocol::Role::Admin && !isReviewer(session.value(), caller.operatorId))
        return notFound(id);
    return session;
}

Result<protocol::CalibrationSession> ledBy(const Caller &caller, const QString &id,
                                           const QString &refusal)
{
    auto session = readable(caller, id);
    if (session && session->leadId.toLongLong() != caller.operatorId)
        return Error{QString(protocol::errors::Forbidden), refusal};
    return session;
}

Result<QList<protocol::CalibrationScore>> loadScores(Store &store, qint64 sessionId,
                                                     qint64 reviewerId)
{
    const QString select = QStringLiteral(
        "SELECT s.ticket_id, s.reviewer_id, o.display_name, s.score, s.critical_missed, "
        "s.breakdown, s.answers, s.updated_at FROM calibration_scores s JOIN operators o ON o.id "
        "= s.reviewer_id WHERE s.session_id = ? ");
    const QString order = QStringLiteral(" ORDER BY s.ticket_id, s.reviewer_id");
    auto rows = reviewerId == 0
                    ? store.run(select + order, {sessionId})
                    : store.run(select + u"AND s.reviewer_id = ?" + order, {sessionId, reviewerId});
    if (!rows)
        return rows.error();
    QList<protocol::CalibrationScore> scores;
    while (rows.value()->next()) {
        const QSqlQuery &row = *rows.value();
        protocol::CalibrationScore score;
        score.ticketId = sql::idText(row.value(0));
        score.reviewerId = sql::idText(row.value(1));
        score.reviewerName = row.value(2).toString();
        score.score = protocol::QaScore::fromJson(
            {{QLatin1StringView("score"), row.value(3).toDouble()},
             {QLatin1StringView("critical_missed"), row.value(4).toInt() != 0},
             {QLatin1StringView("breakdown"),
              QJsonDocument::fromJson(row.value(5).toByteArray()).array()}});
        for (const QJsonValue &item : QJsonDocument::fromJson(row.value(6).toByteArray()).array()) {
            auto answer = protocol::QaAnswer::fromJson(item.toObject());
            if (answer)
                score.answers.append(answer.value());
        }
        score.updatedAt = sql::time(row.value(7));
        scores.append(score);
    }
    rows.value()->finish();
    return scores;
}

} // namespace frontline::server::calibration
