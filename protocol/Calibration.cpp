#include "protocol/Calibration.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

constexpr auto statusNames =
    enumNames<CalibrationStatus>(std::pair{CalibrationStatus::Open, L("open")},
                                 std::pair{CalibrationStatus::Closed, L("closed")});

Result<QString> requiredId(const QJsonObject &object, L field)
{
    return json::requireString(object, field);
}

} // namespace

QString toString(CalibrationStatus status)
{
    return statusNames.name(status);
}

std::optional<CalibrationStatus> calibrationStatusFromString(QStringView text)
{
    return statusNames.value(text);
}

QJsonObject CalibrationReviewer::toJson() const
{
    return {{L("id"), id}, {L("name"), name}, {L("scored"), scored}};
}

Result<CalibrationReviewer> CalibrationReviewer::fromJson(const QJsonObject &object)
{
    auto id = requiredId(object, L("id"));
    if (!id)
        return id.error();
    return CalibrationReviewer{id.value(), object.value(u"name").toString(),
                               object.value(u"scored").toInt()};
}

QJsonObject CalibrationConversation::toJson() const
{
    return {{L("ticket_id"), ticketId},
            {L("ticket_number"), ticketNumber},
            {L("agreed"), json::numberOrNull(agreed)}};
}

Result<CalibrationConversation> CalibrationConversation::fromJson(const QJsonObject &object)
{
    auto id = requiredId(object, L("ticket_id"));
    if (!id)
        return id.error();
    return CalibrationConversation{id.value(), object.value(u"ticket_number").toInteger(),
                                   json::optionalNumber(object, L("agreed"))};
}

QJsonObject CalibrationSession::toJson() const
{
    QJsonObject object{{L("id"), id},
                       {L("name"), name},
                       {L("lead_id"), leadId},
                       {L("lead_name"), leadName},
                       {L("scorecard_id"), scorecardId},
                       {L("scorecard_version"), scorecardVersion},
                       {L("status"), toString(status)},
                       {L("created_at"), json::timeOrNull(createdAt)},
                       {L("closed_at"), json::timeOrNull(closedAt)},
                       {L("conversations"), json::arrayOf(conversations)},
                       {L("reviewers"), json::arrayOf(reviewers)}};
    if (scorecard)
        object.insert(L("scorecard"), scorecard->toJson());
    return object;
}

Result<CalibrationSession> CalibrationSession::fromJson(const QJsonObject &object)
{
    CalibrationSession session;
    for (const auto &[field, member] :
         {std::pair{L("id"), &CalibrationSession::id},
          std::pair{L("lead_id"), &CalibrationSession::leadId},
          std::pair{L("scorecard_id"), &CalibrationSession::scorecardId}}) {
        auto text = requiredId(object, field);
        if (!text)
            return text.error();
        session.*member = text.value();
    }
    session.name = object.value(u"name").toString();
    session.leadName = object.value(u"lead_name").toString();
    session.scorecardVersion = object.value(u"scorecard_version").toInteger(1);
    const auto status = calibrationStatusFromString(object.value(u"status").toString());
    if (!status)
        return json::invalidField(QStringLiteral("status"),
                                  u"must be one of " + statusNames.names().join(u", "));
    session.status = *status;
    for (const auto &[field, member] : {std::pair{L("created_at"), &CalibrationSession::createdAt},
                                        std::pair{L("closed_at"), &CalibrationSession::closedAt}}) {
        auto time = json::optionalTime(object, field);
        if (!time)
            return time.error();
        session.*member = time.value();
    }
    auto conversations = json::rowsOf<CalibrationConversation>(object, L("conversations"));
    if (!conversations)
        return conversations.error();
    session.conversations = conversations.value();
    auto reviewers = json::rowsOf<CalibrationReviewer>(object, L("reviewers"));
    if (!reviewers)
        return reviewers.error();
    session.reviewers = reviewers.value();
    if (object.value(u"scorecard").isObject()) {
        auto card = Scorecard::fromJson(object.value(u"scorecard").toObject());
        if (!card)
            return card.error();
        session.scorecard = card.value();
    }
    return session;
}

QJsonObject CalibrationScore::toJson() const
{
    QJsonObject object = score.toJson();
    object.insert(L("ticket_id"), ticketId);
    object.insert(L("reviewer_id"), reviewerId);
    object.insert(L("reviewer_name"), reviewerName);
    object.insert(L("answers"), json::arrayOf(answers));
    object.insert(L("updated_at"), json::timeOrNull(updatedAt));
    return object;
}

Result<CalibrationScore> CalibrationScore::fromJson(const QJsonObject &object)
{
    CalibrationScore score;
    for (const auto &[field, member] :
         {std::pair{L("ticket_id"), &CalibrationScore::ticketId},
          std::pair{L("reviewer_id"), &CalibrationScore::reviewerId}}) {
        auto text = requiredId(object, field);
        if (!text)
            return text.error();
        score.*member = text.value();
    }
    score.reviewerName = object.value(u"reviewer_name").toString();
    auto answers = json::rowsOf<QaAnswer>(object, L("answers"));
    if (!answers)
        return answers.error();
    score.answers = answers.value();
    score.score = QaScore::fromJson(object);
    auto updated = json::optionalTime(object, L("updated_at"));
    if (!updated)
        return updated.error();
    score.updatedAt = updated.value();
    return score;
}

QJsonObject CalibrationHistoryEntry::toJson() const
{
    return {{L("session_id"), sessionId},
            {L("session_name"), sessionName},
            {L("closed_at"), json::timeOrNull(closedAt)},
            {L("reviewer_id"), reviewerId},
            {L("reviewer_name"), reviewerName},
            {L("scored"), scored},
            {L("mean_absolute_deviation"), json::numberOrNull(meanAbsoluteDeviation)}};
}

Result<CalibrationHistoryEntry> CalibrationHistoryEntry::fromJson(const QJsonObject &object)
{
    CalibrationHistoryEntry entry;
    for (const auto &[field, member] :
         {std::pair{L("session_id"), &CalibrationHistoryEntry::sessionId},
          std::pair{L("reviewer_id"), &CalibrationHistoryEntry::reviewerId}}) {
        auto text = requiredId(object, field);
        if (!text)
            return text.error();
        entry.*member = text.value();
    }
    entry.sessionName = object.value(u"session_name").toString();
    entry.reviewerName = object.value(u"reviewer_name").toString();
    entry.scored = object.value(u"scored").toInt();
    entry.meanAbsoluteDeviation = json::optionalNumber(object, L("mean_absolute_deviation"));
    auto closed = json::optionalTime(object, L("closed_at"));
    if (!closed)
        return closed.error();
    entry.closedAt = closed.value();
    return entry;
}

} // namespace frontline::protocol
