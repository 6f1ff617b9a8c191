#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

// How a criterion is answered: yes/no (yes = 1, no = 0), or a mark from 1 to 3 or 1 to 5.
enum class QaScale
{
    YesNo,
    OneToThree,
    OneToFive,
};

QString toString(QaScale scale);
std::optional<QaScale> qaScaleFromString(QStringView text);
// The lowest and highest value the scale takes.
std::pair<int, int> qaScaleRange(QaScale scale);

struct ScorecardCriterion
{
    QString id; // chosen by the card's author ("greeting"), unique on the card
    QString title;
    int weight = 0; // a positive integer; the card's weights sum to 100
    QaScale scale = QaScale::YesNo;
    bool naAllowed = false;
    bool critical = false; // missed (no, or the scale's minimum): the review scores 0

    QJsonObject toJson() const;
    friend bool operator==(const ScorecardCriterion &, const ScorecardCriterion &) = default;
};

struct ScorecardSection
{
    QString title;
    QList<ScorecardCriterion> criteria;

    QJsonObject toJson() const;
    friend bool operator==(const ScorecardSection &, const ScorecardSection &) = default;
};

// A QA scorecard in one of its versions: a PUT makes a new version, and a review keeps the one
// it was scored with.
struct Scorecard
{
    QString id;
    QString name;
    QString channel; // empty: any channel
    QString locale;
    qint64 version = 1;
    QList<ScorecardSection> sections;
    QDateTime updatedAt;

    // Every criterion of every section, in order.
    QList<ScorecardCriterion> criteria() const;
    const ScorecardCriterion *criterion(QStringView id) const;

    // The body of POST and PUT: name, channel, locale, sections.
    QJsonObject toRequestJson() const;
    QJsonObject toJson() const;
    static Result<Scorecard> fromJson(const QJsonObject &object);
    friend bool operator==(const Scorecard &, const Scorecard &) = default;
};

// Checks a POST/PUT body and reads it into a card (id, version and time left empty):
// invalid_field (422) naming the field for a missing name, an unknown scale or channel, a
// duplicate criterion id, a weight that is not a positive integer, or weights not summing to 100.
Result<Scorecard> scorecardFromRequest(const QJsonObject &body);

} // namespace frontline::protocol
