#pragma once

#include "protocol/QaScore.h"
#include "protocol/Result.h"
#include "protocol/Scorecard.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

// Where a review stands between its reviewer and the reviewed operator: `new` until she answers,
// `disputed` by her, `answered` by the reviewer, `acknowledged` (final).
enum class QaReviewStatus
{
    New,
    Acknowledged,
    Disputed,
    Answered,
};

QString toString(QaReviewStatus status);
std::optional<QaReviewStatus> qaReviewStatusFromString(QStringView text);

// One entry of a review's thread: the operator's dispute or the reviewer's reply.
struct QaReviewComment
{
    QString id;
    bool dispute = true; // false: a reply
    QString authorId;
    QString authorName;
    QString comment;
    QDateTime at;

    QJsonObject toJson() const;
    static Result<QaReviewComment> fromJson(const QJsonObject &object);
    friend bool operator==(const QaReviewComment &, const QaReviewComment &) = default;
};

// A QA review of one resolved conversation, as GET /qa/reviews/{id} answers it. In lists
// (`detailed` false) the answers, the thread and the scorecard are left out.
struct QaReview
{
    QString id;
    QString ticketId;
    qint64 ticketNumber = 0;
    QString operatorId; // the reviewed operator
    QString operatorName;
    QString reviewerId;
    QString reviewerName;
    QString scorecardId;
    qint64 scorecardVersion = 1;
    QaScore score;
    QString comment;
    QaReviewStatus status = QaReviewStatus::New;
    QDateTime createdAt;
    QDateTime acknowledgedAt;
    QDateTime updatedAt;
    bool detailed = false;
    QList<QaAnswer> answers;
    QList<QaReviewComment> comments;
    std::optional<Scorecard> scorecard; // the version it was scored with (GET one, POST)

    QJsonObject toJson() const;
    static Result<QaReview> fromJson(const QJsonObject &object);
    friend bool operator==(const QaReview &, const QaReview &) = default;
};

} // namespace frontline::protocol
