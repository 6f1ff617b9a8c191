#include "app/qa/QaReviewDraft.h"

#include <QJsonArray>

namespace frontline::app {

QaReviewDraft::QaReviewDraft(protocol::Scorecard card)
    : m_card(std::move(card))
{}

void QaReviewDraft::answer(const QString &criterionId, std::optional<int> value)
{
    m_answers.insert(criterionId, value);
}

void QaReviewDraft::clearAnswer(const QString &criterionId)
{
    m_answers.remove(criterionId);
}

std::optional<std::optional<int>> QaReviewDraft::answerOf(const QString &criterionId) const
{
    const auto it = m_answers.constFind(criterionId);
    if (it == m_answers.constEnd())
        return std::nullopt;
    return *it;
}

void QaReviewDraft::setComment(const QString &criterionId, const QString &comment)
{
    m_comments.insert(criterionId, comment);
}

int QaReviewDraft::unansweredCount() const
{
    int missing = 0;
    for (const protocol::ScorecardCriterion &criterion : m_card.criteria())
        missing += m_answers.contains(criterion.id) ? 0 : 1;
    return missing;
}

QList<protocol::QaAnswer> QaReviewDraft::answers() const
{
    QList<protocol::QaAnswer> list;
    for (const protocol::ScorecardCriterion &criterion : m_card.criteria()) {
        const auto it = m_answers.constFind(criterion.id);
        if (it != m_answers.constEnd())
            list.append({criterion.id, *it, m_comments.value(criterion.id).trimmed()});
    }
    return list;
}

Result<protocol::QaScore> QaReviewDraft::score() const
{
    return protocol::scoreReview(m_card, answers());
}

QJsonObject QaReviewDraft::requestBody(const QString &ticketId) const
{
    QJsonArray list;
    for (const protocol::QaAnswer &each : answers())
        list.append(each.toJson());
    QJsonObject body{{QLatin1StringView("ticket_id"), ticketId},
                     {QLatin1StringView("scorecard_id"), m_card.id},
                     {QLatin1StringView("answers"), list}};
    if (!m_overall.trimmed().isEmpty())
        body.insert(QLatin1StringView("comment"), m_overall.trimmed());
    return body;
}

} // namespace frontline::app
