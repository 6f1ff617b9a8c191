#include "protocol/Scorecard.h"

#include "protocol/EnumNames.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "protocol/Ticket.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace frontline::protocol {
namespace {

constexpr auto scaleNames =
    enumNames<QaScale>(std::pair{QaScale::YesNo, QLatin1StringView("yes_no")},
                       std::pair{QaScale::OneToThree, QLatin1StringView("1_3")},
                       std::pair{QaScale::OneToFive, QLatin1StringView("1_5")});

// A required string of at most `most` characters, trimmed.
Result<QString> boundedText(const QJsonObject &object, QLatin1StringView field, const QString &path,
                            qsizetype most)
{
    const QJsonValue value = object.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return json::invalidField(path, QStringLiteral("is required"));
    const QString text = value.toString().trimmed();
    if (text.size() > most)
        return limits::tooLong(path, most, false);
    return text;
}

Result<bool> optionalBool(const QJsonObject &object, QLatin1StringView field, const QString &path)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool())
        return json::invalidField(path, QStringLiteral("must be a boolean"));
    return value.toBool();
}

Result<ScorecardCriterion> criterionFromRequest(const QJsonObject &object, const QString &path)
{
    ScorecardCriterion criterion;
    auto id =
        boundedText(object, QLatin1StringView("id"), path + u".id", limits::ScorecardCriterionId);
    if (!id)
        return id.error();
    criterion.id = id.value();
    auto title =
        boundedText(object, QLatin1StringView("title"), path + u".title", limits::ScorecardTitle);
    if (!title)
        return title.error();
    criterion.title = title.value();
    const QJsonValue weight = object.value(u"weight");
    const double number = weight.toDouble(-1);
    if (!weight.isDouble() || number < 1 || number > 100 || number != std::floor(number)) {
        return json::invalidField(path + u".weight",
                                  QStringLiteral("must be a whole number from 1 to 100"));
    }
    criterion.weight = int(number);
    const auto scale = qaScaleFromString(object.value(u"scale").toString());
    if (!scale) {
        return json::invalidField(path + u".scale", QStringLiteral("must be one of ") +
                                                        scaleNames.names().join(u", "));
    }
    criterion.scale = *scale;
    auto na = optionalBool(object, QLatin1StringView("na_allowed"), path + u".na_allowed");
    if (!na)
        return na.error();
    criterion.naAllowed = na.value();
    auto critical = optionalBool(object, QLatin1StringView("critical"), path + u".critical");
    if (!critical)
        return critical.error();
    criterion.critical = critical.value();
    return criterion;
}

Result<ScorecardSection> sectionFromRequest(const QJsonObject &object, const QString &path)
{
    ScorecardSection section;
    auto title =
        boundedText(object, QLatin1StringView("title"), path + u".title", limits::ScorecardTitle);
    if (!title)
        return title.error();
    section.title = title.value();
    const QJsonValue criteria = object.value(u"criteria");
    if (!criteria.isArray() || criteria.toArray().isEmpty())
        return json::invalidField(path + u".criteria", QStringLiteral("must be a non-empty list"));
    if (criteria.toArray().size() > limits::ScorecardCriteria)
        return limits::tooLong(path + u".criteria", limits::ScorecardCriteria, true);
    const QJsonArray items = criteria.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto criterion = criterionFromRequest(items.at(i).toObject(),
                                              path + QStringLiteral(".criteria[%1]").arg(i));
        if (!criterion)
            return criterion.error();
        section.criteria.append(criterion.value());
    }
    return section;
}

// The card as a whole: unique criterion ids, and weights that sum to 100.
Result<void> checkWhole(const Scorecard &card)
{
    QSet<QString> ids;
    int total = 0;
    for (qsizetype s = 0; s < card.sections.size(); ++s) {
        const auto &criteria = card.sections.at(s).criteria;
        for (qsizetype c = 0; c < criteria.size(); ++c) {
            if (ids.contains(criteria.at(c).id)) {
                return json::invalidField(
                    QStringLiteral("sections[%1].criteria[%2].id").arg(s).arg(c),
                    QStringLiteral("another criterion of the card has this id"));
            }
            ids.insert(criteria.at(c).id);
            total += criteria.at(c).weight;
        }
    }
    if (total != 100) {
        return json::invalidField(QStringLiteral("sections"),
                                  QStringLiteral("the weights sum to %1, not 100").arg(total));
    }
    return {};
}

} // namespace

QString toString(QaScale scale)
{
    return scaleNames.name(scale);
}

std::optional<QaScale> qaScaleFromString(QStringView text)
{
    return scaleNames.value(text);
}

std::pair<int, int> qaScaleRange(QaScale scale)
{
    switch (scale) {
    case QaScale::YesNo:
        return {0, 1};
    case QaScale::OneToThree:
        return {1, 3};
    case QaScale::OneToFive:
        return {1, 5};
    }
    return {0, 1};
}

QJsonObject ScorecardCriterion::toJson() const
{
    return {
        {QLatin1StringView("id"), id},
        {QLatin1StringView("title"), title},
        {QLatin1StringView("weight"), weight},
        {QLatin1StringView("scale"), toString(scale)},
        {QLatin1StringView("na_allowed"), naAllowed},
        {QLatin1StringView("critical"), critical},
    };
}

QJsonObject ScorecardSection::toJson() const
{
    QJsonArray array;
    for (const ScorecardCriterion &criterion : criteria)
        array.append(criterion.toJson());
    return {{QLatin1StringView("title"), title}, {QLatin1StringView("criteria"), array}};
}

QList<ScorecardCriterion> Scorecard::criteria() const
{
    QList<ScorecardCriterion> all;
    for (const ScorecardSection &section : sections)
        all.append(section.criteria);
    return all;
}

const ScorecardCriterion *Scorecard::criterion(QStringView criterionId) const
{
    for (const ScorecardSection &section : sections) {
        for (const ScorecardCriterion &each : section.criteria) {
            if (each.id == criterionId)
                return &each;
        }
    }
    return nullptr;
}

QJsonObject Scorecard::toRequestJson() const
{
    QJsonArray array;
    for (const ScorecardSection &section : sections)
        array.append(section.toJson());
    return {
        {QLatin1StringView("name"), name},
        {QLatin1StringView("channel"), json::stringOrNull(channel)},
        {QLatin1StringView("locale"), locale},
        {QLatin1StringView("sections"), array},
    };
}

QJsonObject Scorecard::toJson() const
{
    QJsonObject object = toRequestJson();
    object.insert(QLatin1StringView("id"), id);
    object.insert(QLatin1StringView("version"), version);
    object.insert(QLatin1StringView("updated_at"), json::timeOrNull(updatedAt));
    return object;
}

Result<Scorecard> Scorecard::fromJson(const QJsonObject &object)
{
    auto parsed = scorecardFromRequest(object);
    if (!parsed)
        return parsed.error();
    Scorecard card = parsed.value();
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    card.id = id.value();
    card.version = object.value(u"version").toInteger(1);
    auto updated = json::optionalTime(object, QLatin1StringView("updated_at"));
    if (!updated)
        return updated.error();
    card.updatedAt = updated.value();
    return card;
}

Result<Scorecard> scorecardFromRequest(const QJsonObject &body)
{
    Scorecard card;
    auto name =
        boundedText(body, QLatin1StringView("name"), QStringLiteral("name"), limits::ScorecardName);
    if (!name)
        return name.error();
    card.name = name.value();
    const QJsonValue channel = body.value(u"channel");
    if (!channel.isUndefined() && !channel.isNull()) {
        if (!channelFromString(channel.toString()))
            return json::invalidField(QStringLiteral("channel"), QStringLiteral("no such channel"));
        card.channel = channel.toString();
    }
    auto locale = boundedText(body, QLatin1StringView("locale"), QStringLiteral("locale"), 16);
    if (!locale)
        return locale.error();
    card.locale = locale.value();
    const QJsonValue sections = body.value(u"sections");
    if (!sections.isArray() || sections.toArray().isEmpty())
        return json::invalidField(QStringLiteral("sections"),
                                  QStringLiteral("must be a non-empty list"));
    const QJsonArray items = sections.toArray();
    if (items.size() > limits::ScorecardSections)
        return limits::tooLong(QStringLiteral("sections"), limits::ScorecardSections, true);
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto section =
            sectionFromRequest(items.at(i).toObject(), QStringLiteral("sections[%1]").arg(i));
        if (!section)
            return section.error();
        card.sections.append(section.value());
    }
    if (auto whole = checkWhole(card); !whole)
        return whole.error();
    return card;
}

} // namespace frontline::protocol
