#pragma once

#include "protocol/QaScore.h"
#include "protocol/Result.h"
#include "protocol/Scorecard.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

// A calibration session is `open` while its reviewers score blind, `closed` once its lead ends it
// and the scores are compared.
enum class CalibrationStatus
{
    Open,
    Closed,
};

QString toString(CalibrationStatus status);
std::optional<CalibrationStatus> calibrationStatusFromString(QStringView text);

// A reviewer in a session, with how many of its conversations she has scored so far (never the
// scores themselves while the session is open).
struct CalibrationReviewer
{
    QString id;
    QString name;
    int scored = 0;

    QJsonObject toJson() const;
    static Result<CalibrationReviewer> fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationReviewer &, const CalibrationReviewer &) = default;
};

// A conversation of a session and the score its lead agreed on after the discussion (none: the
// median of the reviewers' totals stands in for it).
struct CalibrationConversation
{
    QString ticketId;
    qint64 ticketNumber = 0;
    std::optional<double> agreed;

    QJsonObject toJson() const;
    static Result<CalibrationConversation> fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationConversation &,
                           const CalibrationConversation &) = default;
};

// A calibration session (issue 18, item 8): several reviewers score the same conversations
// against one scorecard version without seeing each other's scores, then compare.
struct CalibrationSession
{
    QString id;
    QString name;
    QString leadId;
    QString leadName;
    QString scorecardId;
    qint64 scorecardVersion = 1;
    CalibrationStatus status = CalibrationStatus::Open;
    QDateTime createdAt;
    QDateTime closedAt;
    QList<CalibrationConversation> conversations;
    QList<CalibrationReviewer> reviewers; // the lead among them
    std::optional<Scorecard> scorecard;   // the version scored against (GET one)

    QJsonObject toJson() const;
    static Result<CalibrationSession> fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationSession &, const CalibrationSession &) = default;
};

// One reviewer's score of one conversation in a session.
struct CalibrationScore
{
    QString ticketId;
    QString reviewerId;
    QString reviewerName;
    QList<QaAnswer> answers;
    QaScore score;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<CalibrationScore> fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationScore &, const CalibrationScore &) = default;
};

// How far apart the reviewers were on one criterion of one conversation: the points each gave
// (in the order of the conversation's scores; none for N/A), and over those not N/A the lowest,
// the highest, the spread (highest − lowest) and the population standard deviation.
struct CalibrationCriterionSpread
{
    QString criterionId;
    QString title;
    QList<std::optional<double>> points;
    double least = 0;
    double most = 0;
    double spread = 0;
    double standardDeviation = 0;
    bool widest = false; // the conversation's widest spread (every criterion tied at it)

    QJsonObject toJson() const;
    static CalibrationCriterionSpread fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationCriterionSpread &,
                           const CalibrationCriterionSpread &) = default;
};

// A reviewer's total on a conversation and its distance from the conversation's reference score
// (signed: above the reference is positive).
struct CalibrationReviewerScore
{
    QString reviewerId;
    QString reviewerName;
    double score = 0;
    bool criticalMissed = false;
    double deviation = 0;

    QJsonObject toJson() const;
    static CalibrationReviewerScore fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationReviewerScore &,
                           const CalibrationReviewerScore &) = default;
};

// One conversation's results: the reviewers' scores side by side, the spread per criterion, the
// median of the totals, the agreed score and the reference the deviations are measured from (the
// agreed score once set, the median until then; none when nobody scored it).
struct CalibrationConversationResult
{
    QString ticketId;
    qint64 ticketNumber = 0;
    QList<CalibrationReviewerScore> scores;
    QList<CalibrationCriterionSpread> criteria;
    std::optional<double> median;
    std::optional<double> agreed;
    std::optional<double> reference;

    QJsonObject toJson() const;
    static CalibrationConversationResult fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationConversationResult &,
                           const CalibrationConversationResult &) = default;
};

// A reviewer over the whole session: how many conversations she scored and her mean absolute
// deviation from their reference scores (none when she scored none).
struct CalibrationReviewerDeviation
{
    QString reviewerId;
    QString reviewerName;
    int scored = 0;
    std::optional<double> meanAbsoluteDeviation;

    QJsonObject toJson() const;
    static CalibrationReviewerDeviation fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationReviewerDeviation &,
                           const CalibrationReviewerDeviation &) = default;
};

struct CalibrationResults
{
    QString sessionId;
    QList<CalibrationConversationResult> conversations;
    QList<CalibrationReviewerDeviation> reviewers;

    QJsonObject toJson() const;
    static Result<CalibrationResults> fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationResults &, const CalibrationResults &) = default;
};

// One closed session in a reviewer's history.
struct CalibrationHistoryEntry
{
    QString sessionId;
    QString sessionName;
    QDateTime closedAt;
    QString reviewerId;
    QString reviewerName;
    int scored = 0;
    std::optional<double> meanAbsoluteDeviation;

    QJsonObject toJson() const;
    static Result<CalibrationHistoryEntry> fromJson(const QJsonObject &object);
    friend bool operator==(const CalibrationHistoryEntry &,
                           const CalibrationHistoryEntry &) = default;
};

// The median of `values` (the mean of the middle two for an even count); none for no values.
std::optional<double> calibrationMedian(QList<double> values);

// The session's results from its scores, computed the same way by the back office and the
// desktop: reviewers in the session's order, criteria in the card's order. Deviations, spreads
// and standard deviations are rounded to two decimals, the median to two.
CalibrationResults calibrationResults(const CalibrationSession &session, const Scorecard &card,
                                      const QList<CalibrationScore> &scores);

} // namespace frontline::protocol
