#include "protocol/ExamScoring.h"

#include "protocol/EnumNames.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"

#include <QJsonArray>

#include <cmath>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

constexpr auto CriterionNames =
    enumNames<ExamCriterion>(std::pair{ExamCriterion::Resolution, L("resolution")},
                             std::pair{ExamCriterion::Article, L("article")},
                             std::pair{ExamCriterion::ArticleTime, L("article_time")},
                             std::pair{ExamCriterion::Escalation, L("escalation")},
                             std::pair{ExamCriterion::FirstResponse, L("first_response")},
                             std::pair{ExamCriterion::HandleTime, L("handle_time")});

constexpr ExamCriterion TimeCriteria[] = {ExamCriterion::ArticleTime, ExamCriterion::FirstResponse,
                                          ExamCriterion::HandleTime};

// A day: no conversation of an exam is timed beyond it.
constexpr int MostSeconds = 86400;

Error bad(const QString &path, const QString &why)
{
    return json::invalidField(path, why);
}

// A field that is not one of `known` is an error naming it: a misspelt "pass_mrk" would
// otherwise silently keep the default.
Result<void> onlyKnown(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return bad(path + u'.' + it.key(),
                       QStringLiteral("unknown field; expected one of %1").arg(known.join(u", ")));
    }
    return {};
}

Result<double> numberAt(const QJsonValue &value, const QString &path, double least, double most,
                        bool whole)
{
    const double number = value.toDouble();
    if (!value.isDouble() || (whole && number != std::floor(number)) || number < least ||
        number > most) {
        return bad(path, QStringLiteral("must be a %1 from %2 to %3")
                             .arg(whole ? u"whole number" : u"number")
                             .arg(least)
                             .arg(most));
    }
    return number;
}

Result<void> readWeights(const QJsonValue &value, const QString &path, ScoringRules &rules)
{
    if (!value.isObject())
        return bad(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto known = onlyKnown(object, path, CriterionNames.names()); !known)
        return known;
    int sum = 0;
    for (int i = 0; i < ExamCriteriaCount; ++i) {
        const QString name = toString(ExamCriterion(i));
        const QString at = path + u'.' + name;
        if (!object.contains(name))
            return bad(at, QStringLiteral("is required (0 leaves the criterion out)"));
        auto weight = numberAt(object.value(name), at, 0, 100, true);
        if (!weight)
            return weight.error();
        rules.weights[size_t(i)] = int(weight.value());
        sum += rules.weights[size_t(i)];
    }
    if (sum != 100)
        return bad(path, QStringLiteral("must sum to 100, not %1").arg(sum));
    return {};
}

Result<void> readThresholds(const QJsonValue &value, const QString &path, ScoringRules &rules)
{
    if (!value.isObject())
        return bad(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    const QStringList names{toString(ExamCriterion::ArticleTime),
                            toString(ExamCriterion::FirstResponse),
                            toString(ExamCriterion::HandleTime)};
    if (auto known = onlyKnown(object, path, names); !known)
        return known;
    for (const ExamCriterion criterion : TimeCriteria) {
        const QString name = toString(criterion);
        if (!object.contains(name))
            continue;
        const QString at = path + u'.' + name;
        const QJsonValue pair = object.value(name);
        if (!pair.isObject())
            return bad(at, QStringLiteral("must be an object with full and zero"));
        if (auto known =
                onlyKnown(pair.toObject(), at, {QStringLiteral("full"), QStringLiteral("zero")});
            !known)
            return known;
        auto full = numberAt(pair[u"full"], at + u".full", 0, MostSeconds, true);
        if (!full)
            return full.error();
        auto zero = numberAt(pair[u"zero"], at + u".zero", 0, MostSeconds, true);
        if (!zero)
            return zero.error();
        if (full.value() >= zero.value())
            return bad(at, QStringLiteral("full (%1 s) must be less than zero (%2 s)")
                               .arg(full.value())
                               .arg(zero.value()));
        const TimeThresholds read{int(full.value()), int(zero.value())};
        if (criterion == ExamCriterion::ArticleTime)
            rules.articleTime = read;
        else if (criterion == ExamCriterion::FirstResponse)
            rules.firstResponse = read;
        else
            rules.handleTime = read;
    }
    return {};
}

Result<void> readBands(const QJsonValue &value, const QString &path, ScoringRules &rules)
{
    const QJsonArray items = value.toArray();
    if (!value.isArray() || items.isEmpty())
        return bad(path, QStringLiteral("must be a list of at least one band"));
    if (items.size() > limits::ScoringBands)
        return limits::tooLong(path, limits::ScoringBands, true);
    QList<ScoringBand> bands;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject band = items.at(i).toObject();
        if (!items.at(i).isObject())
            return bad(at, QStringLiteral("must be an object with min and label"));
        if (auto known = onlyKnown(band, at, {QStringLiteral("min"), QStringLiteral("label")});
            !known)
            return known;
        auto min = numberAt(band.value(u"min"), at + u".min", 0, 100, true);
        if (!min)
            return min.error();
        const QString label = band.value(u"label").toString().trimmed();
        if (label.isEmpty())
            return bad(at + u".label", QStringLiteral("is required"));
        if (label.size() > limits::ScoringBandLabel)
            return limits::tooLong(at + u".label", limits::ScoringBandLabel, false);
        if (!bands.isEmpty() && min.value() >= bands.last().min)
            return bad(
                at + u".min",
                QStringLiteral("must be less than the band above's (%1)").arg(bands.last().min));
        bands.append({min.value(), label});
    }
    if (bands.last().min != 0)
        return bad(QStringLiteral("%1[%2].min").arg(path).arg(bands.size() - 1),
                   QStringLiteral("the last band must start at 0"));
    rules.bands = bands;
    return {};
}

} // namespace

QString toString(ExamCriterion criterion)
{
    return CriterionNames.name(criterion);
}

std::optional<ExamCriterion> examCriterionFromString(QStringView text)
{
    return CriterionNames.value(text);
}

double TimeThresholds::share(double seconds) const
{
    if (seconds <= fullSeconds)
        return 1;
    if (seconds >= zeroSeconds)
        return 0;
    return (zeroSeconds - seconds) / double(zeroSeconds - fullSeconds);
}

QList<ScoringBand> ScoringRules::defaultBands()
{
    return {{90, QStringLiteral("Expert")},
            {75, QStringLiteral("Proficient")},
            {50, QStringLiteral("Developing")},
            {0, QStringLiteral("Needs training")}};
}

int ScoringRules::weight(ExamCriterion criterion) const
{
    return weights[size_t(criterion)];
}

std::optional<TimeThresholds> ScoringRules::thresholds(ExamCriterion criterion) const
{
    switch (criterion) {
    case ExamCriterion::ArticleTime:
        return articleTime;
    case ExamCriterion::FirstResponse:
        return firstResponse;
    case ExamCriterion::HandleTime:
        return handleTime;
    default:
        return std::nullopt;
    }
}

QString ScoringRules::band(double total) const
{
    for (const ScoringBand &each : bands) {
        if (total >= each.min)
            return each.label;
    }
    return bands.isEmpty() ? QString() : bands.last().label;
}

QJsonObject ScoringRules::toJson() const
{
    QJsonObject weightsObject;
    QJsonObject thresholdsObject;
    for (int i = 0; i < ExamCriteriaCount; ++i) {
        const auto criterion = ExamCriterion(i);
        weightsObject.insert(toString(criterion), weight(criterion));
        if (const auto pair = thresholds(criterion))
            thresholdsObject.insert(
                toString(criterion),
                QJsonObject{{L("full"), pair->fullSeconds}, {L("zero"), pair->zeroSeconds}});
    }
    QJsonArray bandsArray;
    for (const ScoringBand &each : bands)
        bandsArray.append(QJsonObject{{L("min"), each.min}, {L("label"), each.label}});
    return {{L("weights"), weightsObject},
            {L("thresholds"), thresholdsObject},
            {L("question_weight"), questionWeight},
            {L("pass_mark"), passMark},
            {L("bands"), bandsArray}};
}

Result<ScoringRules> ScoringRules::fromJson(const QJsonValue &scoring, const QString &path)
{
    ScoringRules rules;
    if (scoring.isUndefined() || scoring.isNull())
        return rules;
    if (!scoring.isObject())
        return bad(path, QStringLiteral("must be an object"));
    const QJsonObject object = scoring.toObject();
    if (auto known = onlyKnown(object, path,
                               {QStringLiteral("weights"), QStringLiteral("thresholds"),
                                QStringLiteral("question_weight"), QStringLiteral("pass_mark"),
                                QStringLiteral("bands")});
        !known)
        return known.error();
    if (object.contains(u"weights")) {
        if (auto read = readWeights(object.value(u"weights"), path + u".weights", rules); !read)
            return read.error();
    }
    if (object.contains(u"thresholds")) {
        if (auto read = readThresholds(object.value(u"thresholds"), path + u".thresholds", rules);
            !read)
            return read.error();
    }
    if (object.contains(u"question_weight")) {
        // 0: the questions are asked and shown in the results but count for nothing.
        auto weight =
            numberAt(object.value(u"question_weight"), path + u".question_weight", 0, 10, true);
        if (!weight)
            return weight.error();
        rules.questionWeight = weight.value();
    }
    if (object.contains(u"pass_mark")) {
        auto mark = numberAt(object.value(u"pass_mark"), path + u".pass_mark", 0, 100, true);
        if (!mark)
            return mark.error();
        rules.passMark = mark.value();
    }
    if (object.contains(u"bands")) {
        if (auto read = readBands(object.value(u"bands"), path + u".bands", rules); !read)
            return read.error();
    }
    return rules;
}

bool EscalationChoice::matches(const EscalationChoice &other) const
{
    return target.trimmed().toCaseFolded() == other.target.trimmed().toCaseFolded() &&
           reason == other.reason;
}

QString EscalationChoice::describe() const
{
    return target + u" / " + reason;
}

QString formatPoints(double points)
{
    QString text = QString::number(roundScore(points), 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == u"-0" ? QStringLiteral("0") : text;
}

double roundScore(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace frontline::protocol
