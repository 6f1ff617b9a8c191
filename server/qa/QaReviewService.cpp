#include "server/qa/QaReviewService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "protocol/QaScore.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/qa/ScorecardService.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace frontline::server {
namespace {

const QString ReviewColumns = QStringLiteral(
    "SELECT r.id, r.ticket_id, t.number, r.operator_id, o.display_name, r.reviewer_id, "
    "w.display_name, r.scorecard_id, r.scorecard_version, r.score, r.critical_missed, "
    "r.breakdown, r.comment, r.status, r.created_at, r.acknowledged_at, r.updated_at "
    "FROM qa_reviews r JOIN tickets t ON t.id = r.ticket_id "
    "JOIN operators o ON o.id = r.operator_id JOIN operators w ON w.id = r.reviewer_id ");

protocol::QaReview reviewFromRow(const QSqlQuery &row)
{
    protocol::QaReview review;
    review.id = sql::idText(row.value(0));
    review.ticketId = sql::idText(row.value(1));
    review.ticketNumber = row.value(2).toLongLong();
    review.operatorId = sql::idText(row.value(3));
    review.operatorName = row.value(4).toString();
    review.reviewerId = sql::idText(row.value(5));
    review.reviewerName = row.value(6).toString();
    review.scorecardId = sql::idText(row.value(7));
    review.scorecardVersion = row.value(8).toLongLong();
    review.score = protocol::QaScore::fromJson(
        {{QLatin1StringView("score"), row.value(9).toDouble()},
         {QLatin1StringView("critical_missed"), row.value(10).toInt() != 0},
         {QLatin1StringView("breakdown"),
          QJsonDocument::fromJson(row.value(11).toByteArray()).array()}});
    review.comment = row.value(12).toString();
    review.status = protocol::qaReviewStatusFromString(row.value(13).toString())
                        .value_or(protocol::QaReviewStatus::New);
    review.createdAt = sql::time(row.value(14));
    review.acknowledgedAt = sql::time(row.value(15));
    review.updatedAt = sql::time(row.value(16));
    return review;
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound), QStringLiteral("No QA review %1").arg(id)};
}

Error conflict(const QString &why)
{
    return Error{QString(protocol::errors::Conflict), why};
}

qint64 parseId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

// A required comment of at most limits::Note characters, trimmed.
Result<QString> requiredComment(const QJsonObject &body)
{
    const QString text = body.value(u"comment").toString().trimmed();
    if (text.isEmpty())
        return protocol::json::invalidField(QStringLiteral("comment"),
                                            QStringLiteral("is required"));
    if (text.size() > protocol::limits::Note)
        return protocol::limits::tooLong(QStringLiteral("comment"), protocol::limits::Note, false);
    return text;
}

// The answers and the dispute thread of a review loaded without them.
Result<void> addDetails(Store &store, protocol::QaReview &review)
{
    const qint64 id = review.id.toLongLong();
    auto answers = store.run(QStringLiteral("SELECT criterion_id, value, comment FROM "
                                            "qa_review_answers WHERE review_id = ? ORDER BY "
                                            "position"),
                             {id});
    if (!answers)
        return answers.error();
    while (answers.value()->next()) {
        const QSqlQuery &row = *answers.value();
        protocol::QaAnswer answer{row.value(0).toString(), std::nullopt, row.value(2).toString()};
        if (!row.value(1).isNull())
            answer.value = row.value(1).toInt();
        review.answers.append(answer);
    }
    answers.value()->finish();
    auto comments = store.run(
        QStringLiteral("SELECT c.id, c.kind, c.author_id, o.display_name, c.body, c.at FROM "
                       "qa_review_comments c JOIN operators o ON o.id = c.author_id WHERE "
                       "c.review_id = ? ORDER BY c.id"),
        {id});
    if (!comments)
        return comments.error();
    while (comments.value()->next()) {
        const QSqlQuery &row = *comments.value();
        review.comments.append({sql::idText(row.value(0)), row.value(1).toString() == u"dispute",
                                sql::idText(row.value(2)), row.value(3).toString(),
                                row.value(4).toString(), sql::time(row.value(5))});
    }
    comments.value()->finish();
    review.detailed = true;
    return {};
}

// The resolved ticket a review is about and the operator who handled it.
Result<qint64> reviewedOperator(Store &store, qint64 ticketId)
{
    auto query = store.run(QStringLiteral("SELECT status, assignee_id FROM tickets WHERE id = ?"),
                           {ticketId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return protocol::json::invalidField(QStringLiteral("ticket_id"),
                                            QStringLiteral("no such ticket"));
    const QString status = query.value()->value(0).toString();
    const qint64 assignee = query.value()->value(1).toLongLong();
    query.value()->finish();
    if ((status != u"resolved" && status != u"closed") || assignee == 0) {
        return protocol::json::invalidField(
            QStringLiteral("ticket_id"),
            QStringLiteral("only a resolved conversation with its operator is reviewed"));
    }
    return assignee;
}

} // namespace

QaReviewService::QaReviewService(ChangeLog &changes, Clock clock)
    : m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<protocol::QaReview> QaReviewService::load(Store &store, const Caller *caller, qint64 id)
{
    const bool onlyOwn = caller && caller->role() == protocol::Role::Operator;
    auto query =
        store.run(ReviewColumns + u"WHERE r.id = ?" + (onlyOwn ? u" AND r.operator_id = ?" : u""),
                  onlyOwn ? QVariantList{id, caller->operatorId} : QVariantList{id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(QString::number(id));
    protocol::QaReview review = reviewFromRow(*query.value());
    query.value()->finish();
    if (auto details = addDetails(store, review); !details)
        return details.error();
    return review;
}

// Reaches staff and trainers, and of operators only the one reviewed (FeedReach::Reviews).
Result<void> QaReviewService::announce(Store &store, const protocol::QaReview &review,
                                       const QString &op, qint64 nowMs)
{
    const ChangeAudience audience = ChangeAudience::onlyOperator(review.operatorId.toLongLong());
    auto seq = m_changes.append(store, QStringLiteral("qa_review"), review.id, op, review.toJson(),
                                audience, nowMs);
    if (!seq)
        return seq.error();
    // The change log, not this service, outlives the commit: the demo's seeder scores its reviews
    // with a service of its own that is gone by the time the seeding transaction commits.
    store.afterCommit(
        [&changes = m_changes, workspace = store.workspace(), seq = seq.value(), audience] {
            changes.announce(workspace, seq, QStringLiteral("qa_review"), audience);
        });
    return {};
}

Result<protocol::QaReview> QaReviewService::insert(Store &store, qint64 reviewerId,
                                                   const QJsonObject &body, qint64 nowMs)
{
    auto ticketId = protocol::json::requireInteger(body, QLatin1StringView("ticket_id"));
    if (!ticketId) {
        // Ids travel as strings on the wire; a number is accepted as well.
        ticketId = parseId(body.value(u"ticket_id").toString());
        if (ticketId.value() == 0)
            return protocol::json::invalidField(QStringLiteral("ticket_id"),
                                                QStringLiteral("is required"));
    }
    const QString cardId = body.value(u"scorecard_id").isDouble()
                               ? QString::number(body.value(u"scorecard_id").toInteger())
                               : body.value(u"scorecard_id").toString();
    auto card = ScorecardService::load(store, cardId, 0);
    if (!card) {
        return card.error().code == protocol::errors::NotFound
                   ? protocol::json::invalidField(QStringLiteral("scorecard_id"),
                                                  QStringLiteral("no such scorecard"))
                   : card.error();
    }
    auto answers = protocol::qaAnswersFromRequest(body.value(u"answers"));
    if (!answers)
        return answers.error();
    auto score = protocol::scoreReview(card.value(), answers.value());
    if (!score)
        return score.error();
    const QString comment = body.value(u"comment").toString().trimmed();
    if (comment.size() > protocol::limits::Note)
        return protocol::limits::tooLong(QStringLiteral("comment"), protocol::limits::Note, false);
    auto operatorId = reviewedOperator(store, ticketId.value());
    if (!operatorId)
        return operatorId.error();
    const QByteArray breakdown =
        QJsonDocument(score->toJson().value(u"breakdown").toArray()).toJson(QJsonDocument::Compact);
    auto id = store.insert(
        QStringLiteral("INSERT INTO qa_reviews (ticket_id, operator_id, reviewer_id, "
                       "scorecard_id, scorecard_version, score, critical_missed, breakdown, "
                       "comment, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, 'new', ?, ?) RETURNING id"),
        {ticketId.value(), operatorId.value(), reviewerId, card->id.toLongLong(), card->version,
         score->percent, score->criticalMissed ? 1 : 0, QString::fromUtf8(breakdown), comment,
         nowMs, nowMs});
    if (!id)
        return id.error();
    for (qsizetype i = 0; i < answers->size(); ++i) {
        const protocol::QaAnswer &answer = answers->at(i);
        auto added = store.update(
            QStringLiteral("INSERT INTO qa_review_answers (review_id, position, criterion_id, "
                           "value, comment) VALUES (?, ?, ?, ?, ?)"),
            {id.value(), i, answer.criterionId, answer.value ? QVariant(*answer.value) : QVariant(),
             answer.comment});
        if (!added)
            return added.error();
    }
    auto review = load(store, nullptr, id.value());
    if (!review)
        return review.error();
    if (auto announced = announce(store, review.value(), QStringLiteral("create"), nowMs);
        !announced)
        return announced.error();
    protocol::QaReview answer = review.value();
    answer.scorecard = card.value();
    return answer;
}

Result<protocol::QaReview> QaReviewService::create(const Caller &caller, const QJsonObject &body)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto review = insert(store, caller.operatorId, body, m_clock());
    if (!review)
        return review.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return review;
}

Result<QList<protocol::QaReview>> QaReviewService::list(const Caller &caller,
                                                        const QaReviewFilter &filter)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList args;
    const qint64 operatorId =
        caller.role() == protocol::Role::Operator ? caller.operatorId : filter.operatorId;
    const auto add = [&where, &args](const char *condition, const QVariant &value) {
        where += QLatin1StringView(condition);
        args.append(value);
    };
    if (operatorId > 0)
        add(" AND r.operator_id = ?", operatorId);
    if (filter.reviewerId > 0)
        add(" AND r.reviewer_id = ?", filter.reviewerId);
    if (filter.fromMs > 0)
        add(" AND r.created_at >= ?", filter.fromMs);
    if (filter.toMs > 0)
        add(" AND r.created_at < ?", filter.toMs);
    if (!filter.status.isEmpty())
        add(" AND r.status = ?", filter.status);
    if (filter.afterId > 0) {
        where += QLatin1StringView(" AND (r.created_at < ? OR (r.created_at = ? AND r.id < ?))");
        args << filter.afterCreatedMs << filter.afterCreatedMs << filter.afterId;
    }
    args.append(filter.limit);
    auto query = caller.store->run(
        ReviewColumns + where + u" ORDER BY r.created_at DESC, r.id DESC LIMIT ?", args);
    if (!query)
        return query.error();
    QList<protocol::QaReview> reviews;
    while (query.value()->next())
        reviews.append(reviewFromRow(*query.value()));
    query.value()->finish();
    return reviews;
}

Result<protocol::QaReview> QaReviewService::get(const Caller &caller, const QString &id)
{
    const qint64 reviewId = parseId(id);
    if (reviewId == 0)
        return notFound(id);
    auto review = load(*caller.store, &caller, reviewId);
    if (!review)
        return review.error();
    auto card =
        ScorecardService::load(*caller.store, review->scorecardId, review->scorecardVersion);
    if (!card)
        return card.error();
    protocol::QaReview answer = review.value();
    answer.scorecard = card.value();
    return answer;
}

Result<protocol::QaReview> QaReviewService::acknowledge(const Caller &caller, const QString &id)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto review = load(store, &caller, parseId(id));
    if (!review)
        return review.error().code == protocol::errors::NotFound ? notFound(id) : review.error();
    if (review->status == protocol::QaReviewStatus::Acknowledged)
        return review;
    const qint64 now = m_clock();
    auto updated = store.update(QStringLiteral("UPDATE qa_reviews SET status = 'acknowledged', "
                                               "acknowledged_at = ?, updated_at = ? WHERE id = ?"),
                                {now, now, parseId(id)});
    if (!updated)
        return updated.error();
    return announceChange(store, transaction, caller, parseId(id), now);
}

// The review `id` as changed inside `transaction`: announced to the feed, then committed.
Result<protocol::QaReview> QaReviewService::announceChange(Store &store, Transaction &transaction,
                                                           const Caller &caller, qint64 id,
                                                           qint64 nowMs)
{
    auto changed = load(store, &caller, id);
    if (!changed)
        return changed.error();
    if (auto announced = announce(store, changed.value(), QStringLiteral("update"), nowMs);
        !announced)
        return announced.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result<protocol::QaReview> QaReviewService::dispute(const Caller &caller, const QString &id,
                                                    const QJsonObject &body)
{
    return comment(caller, id, body, true);
}

Result<protocol::QaReview> QaReviewService::reply(const Caller &caller, const QString &id,
                                                  const QJsonObject &body)
{
    return comment(caller, id, body, false);
}

// A dispute by the reviewed operator (of a review not yet acknowledged, and not already
// disputed), or the reply to one.
Result<protocol::QaReview> QaReviewService::comment(const Caller &caller, const QString &id,
                                                    const QJsonObject &body, bool dispute)
{
    auto text = requiredComment(body);
    if (!text)
        return text.error();
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto review = load(store, &caller, parseId(id));
    if (!review)
        return review.error().code == protocol::errors::NotFound ? notFound(id) : review.error();
    const protocol::QaReviewStatus status = review->status;
    if (dispute && (status == protocol::QaReviewStatus::Acknowledged ||
                    status == protocol::QaReviewStatus::Disputed))
        return conflict(QStringLiteral("The review is %1: it cannot be disputed now")
                            .arg(protocol::toString(status)));
    if (!dispute && status != protocol::QaReviewStatus::Disputed)
        return conflict(QStringLiteral("The review has no dispute to answer"));
    if (!dispute && !caller.isStaff() && review->reviewerId.toLongLong() != caller.operatorId) {
        return Error{QString(protocol::errors::Forbidden),
                     QStringLiteral("Only the reviewer or a supervisor answers a dispute")};
    }
    if (review->comments.size() >= protocol::limits::QaReviewComments)
        return conflict(QStringLiteral("The review has %1 comments, the most one keeps")
                            .arg(protocol::limits::QaReviewComments));
    const qint64 now = m_clock();
    auto added =
        store.update(QStringLiteral("INSERT INTO qa_review_comments (review_id, kind, "
                                    "author_id, body, at) VALUES (?, ?, ?, ?, ?)"),
                     {parseId(id), dispute ? QStringLiteral("dispute") : QStringLiteral("reply"),
                      caller.operatorId, text.value(), now});
    if (!added)
        return added.error();
    auto updated = store.update(
        QStringLiteral("UPDATE qa_reviews SET status = ?, updated_at = ? WHERE id = ?"),
        {dispute ? QStringLiteral("disputed") : QStringLiteral("answered"), now, parseId(id)});
    if (!updated)
        return updated.error();
    return announceChange(store, transaction, caller, parseId(id), now);
}

} // namespace frontline::server
