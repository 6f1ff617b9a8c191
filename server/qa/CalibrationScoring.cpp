// A calibration session's scores, its results and each reviewer's history (issue 18, item 8).
#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "protocol/QaScore.h"
#include "server/identity/Caller.h"
#include "server/qa/CalibrationRows.h"
#include "server/qa/CalibrationService.h"
#include "server/qa/ScorecardService.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace frontline::server {
namespace {

using protocol::json::invalidField;

Error stillOpen()
{
    return calibration::conflict(
        QStringLiteral("The session is open: its scores are compared once its lead closes it"));
}

// The conversation of `session` that `body`'s ticket_id names; invalid_field otherwise.
Result<qint64> sessionTicket(const protocol::CalibrationSession &session, const QJsonObject &body)
{
    const QJsonValue value = body.value(u"ticket_id");
    const QString id = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    for (const protocol::CalibrationConversation &conversation : session.conversations) {
        if (conversation.ticketId == id && !id.isEmpty())
            return id.toLongLong();
    }
    return invalidField(QStringLiteral("ticket_id"),
                        QStringLiteral("not a conversation of this session"));
}

Result<protocol::CalibrationResults> computeResults(Store &store,
                                                    const protocol::CalibrationSession &session)
{
    auto card = ScorecardService::load(store, session.scorecardId, session.scorecardVersion);
    if (!card)
        return card.error();
    auto scores = calibration::loadScores(store, session.id.toLongLong(), 0);
    if (!scores)
        return scores.error();
    return protocol::calibrationResults(session, card.value(), scores.value());
}

} // namespace

Result<protocol::CalibrationScore> CalibrationService::score(const Caller &caller,
                                                             const QString &id,
                                                             const QJsonObject &body, qint64 nowMs)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto session = calibration::readable(caller, id);
    if (!session)
        return session.error();
    if (!calibration::isReviewer(session.value(), caller.operatorId))
        return Error{QString(protocol::errors::Forbidden),
                     QStringLiteral("Only the session's reviewers score it")};
    if (session->status == protocol::CalibrationStatus::Closed)
        return calibration::conflict(QStringLiteral("The session is closed: scores are final"));
    auto ticket = sessionTicket(session.value(), body);
    if (!ticket)
        return ticket.error();
    auto card = ScorecardService::load(store, session->scorecardId, session->scorecardVersion);
    if (!card)
        return card.error();
    auto answers = protocol::qaAnswersFromRequest(body.value(u"answers"));
    if (!answers)
        return answers.error();
    auto score = protocol::scoreReview(card.value(), answers.value());
    if (!score)
        return score.error();
    const auto compact = [](const QJsonArray &array) {
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    };
    const QString breakdown = compact(score->toJson().value(u"breakdown").toArray());
    const QString answerText = compact(protocol::json::arrayOf(answers.value()));
    const qint64 sessionId = session->id.toLongLong();
    // A second score of the same conversation replaces the first (one row per reviewer).
    auto removed = store.update(QStringLiteral("DELETE FROM calibration_scores WHERE session_id = "
                                               "? AND ticket_id = ? AND reviewer_id = ?"),
                                {sessionId, ticket.value(), caller.operatorId});
    if (!removed)
        return removed.error();
    auto added = store.update(
        QStringLiteral("INSERT INTO calibration_scores (session_id, ticket_id, reviewer_id, score, "
                       "critical_missed, breakdown, answers, updated_at) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?)"),
        {sessionId, ticket.value(), caller.operatorId, score->percent,
         score->criticalMissed ? 1 : 0, breakdown, answerText, nowMs});
    if (!added)
        return added.error();
    auto mine = calibration::loadScores(store, sessionId, caller.operatorId);
    if (!mine)
        return mine.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    for (const protocol::CalibrationScore &each : mine.value()) {
        if (each.ticketId.toLongLong() == ticket.value())
            return each;
    }
    return Error{QString(protocol::errors::Internal), QStringLiteral("The score was not kept")};
}

Result<QList<protocol::CalibrationScore>> CalibrationService::scores(const Caller &caller,
                                                                     const QString &id)
{
    auto session = calibration::readable(caller, id);
    if (!session)
        return session.error();
    // Blind while open: nobody, the lead included, reads another reviewer's score.
    const bool open = session->status == protocol::CalibrationStatus::Open;
    return calibration::loadScores(*caller.store, session->id.toLongLong(),
                                   open ? caller.operatorId : 0);
}

Result<protocol::CalibrationResults> CalibrationService::agree(const Caller &caller,
                                                               const QString &id,
                                                               const QJsonObject &body,
                                                               qint64 nowMs)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto session = calibration::ledBy(
        caller, id, QStringLiteral("Only the session's lead sets the agreed score"));
    if (!session)
        return session.error();
    if (session->status == protocol::CalibrationStatus::Open)
        return stillOpen();
    auto ticket = sessionTicket(session.value(), body);
    if (!ticket)
        return ticket.error();
    const QJsonValue value = body.value(u"score");
    if (!value.isNull() && (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 100))
        return invalidField(QStringLiteral("score"),
                            QStringLiteral("must be a score from 0 to 100, or null"));
    const bool clear = value.isNull();
    const double agreed = std::round(value.toDouble() * 10.0) / 10.0; // one decimal, as scores
    auto updated = store.update(
        QStringLiteral("UPDATE calibration_tickets SET agreed_score = ?, agreed_by = ?, "
                       "agreed_at = ? WHERE session_id = ? AND ticket_id = ?"),
        {clear ? QVariant() : QVariant(agreed), clear ? QVariant() : QVariant(caller.operatorId),
         clear ? QVariant() : QVariant(nowMs), session->id.toLongLong(), ticket.value()});
    if (!updated)
        return updated.error();
    auto changed = calibration::loadSession(store, session->id.toLongLong());
    if (!changed)
        return changed.error();
    auto results = computeResults(store, changed.value());
    if (!results)
        return results.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

Result<protocol::CalibrationResults> CalibrationService::results(const Caller &caller,
                                                                 const QString &id)
{
    auto session = calibration::readable(caller, id);
    if (!session)
        return session.error();
    if (session->status == protocol::CalibrationStatus::Open)
        return stillOpen();
    return computeResults(*caller.store, session.value());
}

Result<QList<protocol::CalibrationHistoryEntry>>
CalibrationService::history(const Caller &caller, const CalibrationHistoryFilter &filter)
{
    Store &store = *caller.store;
    QString sql = QStringLiteral("SELECT s.id FROM calibration_sessions s WHERE s.status = "
                                 "'closed'");
    QVariantList args;
    if (filter.reviewerId > 0) {
        sql += u" AND EXISTS (SELECT 1 FROM calibration_reviewers r WHERE r.session_id = s.id "
               u"AND r.reviewer_id = ?)";
        args.append(filter.reviewerId);
    }
    if (filter.fromMs > 0) {
        sql += u" AND s.closed_at >= ?";
        args.append(filter.fromMs);
    }
    if (filter.toMs > 0) {
        sql += u" AND s.closed_at < ?";
        args.append(filter.toMs);
    }
    sql += u" ORDER BY s.closed_at DESC, s.id DESC LIMIT ?";
    args.append(filter.limit);
    auto query = store.run(sql, args);
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value()->next())
        ids.append(query.value()->value(0).toLongLong());
    query.value()->finish();
    QList<protocol::CalibrationHistoryEntry> entries;
    for (qint64 id : ids) {
        auto session = calibration::loadSession(store, id);
        if (!session)
            return session.error();
        auto results = computeResults(store, session.value());
        if (!results)
            return results.error();
        for (const protocol::CalibrationReviewerDeviation &reviewer : results->reviewers) {
            if (filter.reviewerId > 0 && reviewer.reviewerId.toLongLong() != filter.reviewerId)
                continue;
            entries.append({session->id, session->name, session->closedAt, reviewer.reviewerId,
                            reviewer.reviewerName, reviewer.scored,
                            reviewer.meanAbsoluteDeviation});
        }
    }
    return entries;
}

} // namespace frontline::server
