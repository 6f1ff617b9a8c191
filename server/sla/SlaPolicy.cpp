#include "server/sla/SlaPolicy.h"

#include "protocol/ApiError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace frontline::server {
namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

Error configError(const QString &message)
{
    return Error{QStringLiteral("invalid_sla_config"), QStringLiteral("SLA config: ") + message};
}

Result<std::optional<qint64>> seconds(const QJsonObject &rule, QLatin1StringView field)
{
    const QJsonValue value = rule.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    if (!value.isDouble() || value.toDouble() <= 0 || value.toDouble() > 365.0 * 24 * 3600)
        return configError(field + QStringLiteral(" must be a positive number of seconds"));
    return std::optional<qint64>(qint64(value.toDouble() * 1000.0 + 0.5));
}

int specificity(bool channel, bool priority)
{
    return (channel ? 2 : 0) + (priority ? 1 : 0);
}

} // namespace

SlaPolicy::SlaPolicy()
{
    m_rules.append(Rule{{}, {}, 4 * Hour, 24 * Hour});
    m_rules.append(Rule{protocol::Channel::Chat, {}, Minute, {}});
}

Result<SlaPolicy> SlaPolicy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return configError(parseError.errorString());
    const QJsonValue rules = document.object().value(QLatin1StringView("rules"));
    if (!rules.isArray())
        return configError(QStringLiteral("\"rules\" must be a list"));
    SlaPolicy policy;
    for (const QJsonValue &value : rules.toArray()) {
        const QJsonObject object = value.toObject();
        Rule rule;
        const QString channel =
            object.value(QLatin1StringView("channel")).toString(QStringLiteral("*"));
        if (channel != u"*") {
            rule.channel = protocol::channelFromString(channel);
            if (!rule.channel)
                return configError(QStringLiteral("unknown channel ") + channel);
        }
        const QString priority =
            object.value(QLatin1StringView("priority")).toString(QStringLiteral("*"));
        if (priority != u"*") {
            rule.priority = protocol::priorityFromString(priority);
            if (!rule.priority)
                return configError(QStringLiteral("unknown priority ") + priority);
        }
        auto first = seconds(object, QLatin1StringView("first_response_seconds"));
        if (!first)
            return first.error();
        auto resolution = seconds(object, QLatin1StringView("resolution_seconds"));
        if (!resolution)
            return resolution.error();
        rule.firstResponseMs = first.value();
        rule.resolutionMs = resolution.value();
        policy.m_rules.append(rule);
    }
    return policy;
}

Result<SlaPolicy> SlaPolicy::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

SlaPolicy::Targets SlaPolicy::targets(protocol::Channel channel, protocol::Priority priority) const
{
    // Each target separately takes the most specific rule that sets it.
    Targets targets;
    int firstRank = -1;
    int resolutionRank = -1;
    for (const Rule &rule : m_rules) {
        if ((rule.channel && *rule.channel != channel) ||
            (rule.priority && *rule.priority != priority))
            continue;
        const int rank = specificity(rule.channel.has_value(), rule.priority.has_value());
        if (rule.firstResponseMs && rank >= firstRank) {
            targets.firstResponseMs = *rule.firstResponseMs;
            firstRank = rank;
        }
        if (rule.resolutionMs && rank >= resolutionRank) {
            targets.resolutionMs = *rule.resolutionMs;
            resolutionRank = rank;
        }
    }
    return targets;
}

} // namespace frontline::server
