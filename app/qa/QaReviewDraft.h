#pragma once

#include "protocol/QaScore.h"
#include "protocol/Scorecard.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace frontline::app {

// A review being scored on the review screen: the reviewer's answer to each criterion of one
// scorecard version (a value on its scale, N/A, or not yet answered), a comment per criterion and
// an overall one. Its score is protocol::scoreReview's, the formula the back office stores, so
// what the reviewer sees while scoring is what the operator will read.
class QaReviewDraft
{
public:
    QaReviewDraft() = default;
    explicit QaReviewDraft(protocol::Scorecard card);

    const protocol::Scorecard &scorecard() const { return m_card; }
    // `value` none: N/A (only where the criterion allows it).
    void answer(const QString &criterionId, std::optional<int> value);
    void clearAnswer(const QString &criterionId);
    // Answered (a value or N/A): the answer; not answered: none.
    std::optional<std::optional<int>> answerOf(const QString &criterionId) const;
    void setComment(const QString &criterionId, const QString &comment);
    QString commentOf(const QString &criterionId) const { return m_comments.value(criterionId); }
    void setOverallComment(const QString &comment) { m_overall = comment; }
    QString overallComment() const { return m_overall; }

    // The criteria not answered yet.
    int unansweredCount() const;
    bool isComplete() const { return unansweredCount() == 0; }
    // The answers in the card's order (the answered ones only).
    QList<protocol::QaAnswer> answers() const;
    // scoreReview of the answers; an error while some are missing or all are N/A.
    Result<protocol::QaScore> score() const;
    // The body of POST /qa/reviews for `ticketId`.
    QJsonObject requestBody(const QString &ticketId) const;

private:
    protocol::Scorecard m_card;
    QHash<QString, std::optional<int>> m_answers;
    QHash<QString, QString> m_comments;
    QString m_overall;
};

} // namespace frontline::app
