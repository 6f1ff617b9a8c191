#include "protocol/QaReview.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

constexpr auto statusNames =
    enumNames<QaReviewStatus>(std::pair{QaReviewStatus::New, L("new")},
                              std::pair{QaReviewStatus::Acknowledged, L("acknowledged")},
                              std::pair{QaReviewStatus::Disputed, L("disputed")},
                              std::pair{QaReviewStatus::Answered, L("answered")});

// The review's plain fields, read into `review`.
Result<void> readFields(const QJsonObject &object, QaReview &review)
{
    for (const auto &[field, member] :
         {std::pair{L("id"), &QaReview::id}, std::pair{L("ticket_id"), &QaReview::ticketId},
          std::pair{L("operator_id"), &QaReview::operatorId},
          std::pair{L("reviewer_id"), &QaReview::reviewerId},
          std::pair{L("scorecard_id"), &QaReview::scorecardId}}) {
        auto text = json::requireString(object, field);
        if (!text)
            return text.error();
        review.*member = text.value();
    }
    review.operatorName = object.value(u"operator_name").toString();
    review.reviewerName = object.value(u"reviewer_name").toString();
    review.ticketNumber = object.value(u"ticket_number").toInteger();
    review.scorecardVersion = object.value(u"scorecard_version").toInteger(1);
    review.comment = object.value(u"comment").toString();
    const auto status = qaReviewStatusFromString(object.value(u"status").toString());
    if (!status)
        return json::invalidField(QStringLiteral("status"),
                                  u"must be one of " + statusNames.names().join(u", "));
    review.status = *status;
    for (const auto &[field, member] : {std::pair{L("created_at"), &QaReview::createdAt},
                                        std::pair{L("acknowledged_at"), &QaReview::acknowledgedAt},
                                        std::pair{L("updated_at"), &QaReview::updatedAt}}) {
        auto time = json::optionalTime(object, field);
        if (!time)
            return time.error();
        review.*member = time.value();
    }
    return {};
}

} // namespace

QString toString(QaReviewStatus status)
{
    return statusNames.name(status);
}

std::optional<QaReviewStatus> qaReviewStatusFromString(QStringView text)
{
    return statusNames.value(text);
}

QJsonObject QaReviewComment::toJson() const
{
    return {{L("id"), id},
            {L("kind"), dispute ? QStringLiteral("dispute") : QStringLiteral("reply")},
            {L("author_id"), authorId},
            {L("author_name"), authorName},
            {L("comment"), comment},
            {L("at"), json::timeOrNull(at)}};
}

Result<QaReviewComment> QaReviewComment::fromJson(const QJsonObject &object)
{
    QaReviewComment entry;
    entry.id = object.value(u"id").toString();
    const QString kind = object.value(u"kind").toString();
    if (kind != u"dispute" && kind != u"reply")
        return json::invalidField(QStringLiteral("kind"),
                                  QStringLiteral("must be dispute or reply"));
    entry.dispute = kind == u"dispute";
    entry.authorId = object.value(u"author_id").toString();
    entry.authorName = object.value(u"author_name").toString();
    entry.comment = object.value(u"comment").toString();
    auto at = json::optionalTime(object, L("at"));
    if (!at)
        return at.error();
    entry.at = at.value();
    return entry;
}

QJsonObject QaReview::toJson() const
{
    QJsonObject object = score.toJson();
    object.insert(L("id"), id);
    object.insert(L("ticket_id"), ticketId);
    object.insert(L("ticket_number"), ticketNumber);
    object.insert(L("operator_id"), operatorId);
    object.insert(L("operator_name"), operatorName);
    object.insert(L("reviewer_id"), reviewerId);
    object.insert(L("reviewer_name"), reviewerName);
    object.insert(L("scorecard_id"), scorecardId);
    object.insert(L("scorecard_version"), scorecardVersion);
    object.insert(L("comment"), comment);
    object.insert(L("status"), toString(status));
    object.insert(L("created_at"), json::timeOrNull(createdAt));
    object.insert(L("acknowledged_at"), json::timeOrNull(acknowledgedAt));
    object.insert(L("updated_at"), json::timeOrNull(updatedAt));
    if (detailed) {
        object.insert(L("answers"), json::arrayOf(answers));
        object.insert(L("comments"), json::arrayOf(comments));
    }
    if (scorecard)
        object.insert(L("scorecard"), scorecard->toJson());
    return object;
}

Result<QaReview> QaReview::fromJson(const QJsonObject &object)
{
    QaReview review;
    if (auto fields = readFields(object, review); !fields)
        return fields.error();
    review.score = QaScore::fromJson(object);
    review.detailed = object.contains(u"answers");
    if (review.detailed) {
        auto answers = json::rowsOf<QaAnswer>(object, L("answers"));
        if (!answers)
            return answers.error();
        review.answers = answers.value();
        auto comments = json::rowsOf<QaReviewComment>(object, L("comments"));
        if (!comments)
            return comments.error();
        review.comments = comments.value();
    }
    if (object.contains(u"scorecard")) {
        auto card = Scorecard::fromJson(object.value(u"scorecard").toObject());
        if (!card)
            return card.error();
        review.scorecard = card.value();
    }
    return review;
}

} // namespace frontline::protocol
