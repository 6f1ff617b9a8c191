#pragma once

#include "protocol/QaReview.h"
#include "protocol/Result.h"
#include "server/clock/Clock.h"

#include <QJsonObject>
#include <QList>

namespace frontline::server {

class ChangeLog;
class Store;
class Transaction;
struct Caller;

// What GET /qa/reviews filters on; empty or 0: no filter.
struct QaReviewFilter
{
    qint64 operatorId = 0;
    qint64 reviewerId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString status;
    // The keyset cursor of GET /qa/reviews: the rows after (older than) this one; 0 for the first
    // page.
    qint64 afterCreatedMs = 0;
    qint64 afterId = 0;
    int limit = 100;
};

// QA reviews of finished conversations: a supervisor or a trainer scores a resolved ticket against
// a scorecard's current version (protocol::scoreReview), the operator who handled it acknowledges
// or disputes it, and the reviewer answers a dispute. Each change goes to the change feed as a
// `qa_review` for staff, trainers and the reviewed operator.
class QaReviewService
{
public:
    QaReviewService(ChangeLog &changes, Clock clock);

    // POST /qa/reviews {"ticket_id","scorecard_id","answers","comment"?}: the review with its
    // score.
    Result<protocol::QaReview> create(const Caller &caller, const QJsonObject &body);
    // An operator reads only her own reviews; another's is not_found, as if it did not exist.
    Result<QList<protocol::QaReview>> list(const Caller &caller, const QaReviewFilter &filter);
    // The review with the scorecard version it was scored with (`scorecard`).
    Result<protocol::QaReview> get(const Caller &caller, const QString &id);
    // The reviewed operator's answers: acknowledging twice answers the review as it is.
    Result<protocol::QaReview> acknowledge(const Caller &caller, const QString &id);
    Result<protocol::QaReview> dispute(const Caller &caller, const QString &id,
                                       const QJsonObject &body);
    // The reviewer (or a supervisor or admin) answers the operator's dispute.
    Result<protocol::QaReview> reply(const Caller &caller, const QString &id,
                                     const QJsonObject &body);

    // For the demo seeder: a review by `reviewerId` scored now, announced like any other.
    Result<protocol::QaReview> insert(Store &store, qint64 reviewerId, const QJsonObject &body,
                                      qint64 nowMs);

private:
    // The review `id` as `caller` may see it (not_found otherwise), without the scorecard.
    static Result<protocol::QaReview> load(Store &store, const Caller *caller, qint64 id);
    Result<protocol::QaReview> comment(const Caller &caller, const QString &id,
                                       const QJsonObject &body, bool dispute);
    Result<void> announce(Store &store, const protocol::QaReview &review, const QString &op,
                          qint64 nowMs);
    Result<protocol::QaReview> announceChange(Store &store, Transaction &transaction,
                                              const Caller &caller, qint64 id, qint64 nowMs);

    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
