#include "protocol/AlertRule.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

constexpr auto kindNames =
    enumNames<AlertKind>(std::pair{AlertKind::QueueWaiting, QLatin1StringView("queue_waiting")},
                         std::pair{AlertKind::OldestWait, QLatin1StringView("oldest_wait")},
                         std::pair{AlertKind::ServiceLevel, QLatin1StringView("service_level")},
                         std::pair{AlertKind::SlaBreach, QLatin1StringView("sla_breach")},
                         std::pair{AlertKind::OperatorIdle, QLatin1StringView("operator_idle")},
                         std::pair{AlertKind::OperatorCsat, QLatin1StringView("operator_csat")},
                         std::pair{AlertKind::HelpFlag, QLatin1StringView("help_flag")});

} // namespace

QString toString(AlertKind kind)
{
    return kindNames.name(kind);
}

std::optional<AlertKind> alertKindFromString(QStringView text)
{
    return kindNames.value(text);
}

QList<AlertKind> allAlertKinds()
{
    QList<AlertKind> kinds;
    for (const auto &entry : kindNames.entries)
        kinds.append(entry.first);
    return kinds;
}

bool alertKindHasThreshold(AlertKind kind)
{
    return kind != AlertKind::SlaBreach && kind != AlertKind::HelpFlag;
}

bool alertKindTakesQueue(AlertKind kind)
{
    return kind == AlertKind::QueueWaiting || kind == AlertKind::OldestWait ||
           kind == AlertKind::ServiceLevel || kind == AlertKind::SlaBreach;
}

std::pair<double, double> alertThresholdRange(AlertKind kind)
{
    switch (kind) {
    case AlertKind::QueueWaiting:
        return {1, 100000};
    case AlertKind::OldestWait:
        return {1, 7 * 24 * 3600};
    case AlertKind::ServiceLevel:
    case AlertKind::OperatorCsat:
        return {1, 100};
    case AlertKind::OperatorIdle:
        return {1, 24 * 60};
    case AlertKind::SlaBreach:
    case AlertKind::HelpFlag:
        return {0, 0};
    }
    return {0, 0};
}

QJsonObject AlertRule::toRequestJson() const
{
    QJsonObject body{
        {QLatin1StringView("kind"), toString(kind)},
        {QLatin1StringView("enabled"), enabled},
        {QLatin1StringView("queue_id"), json::stringOrNull(queueId)},
    };
    if (alertKindHasThreshold(kind))
        body.insert(QLatin1StringView("threshold"), threshold);
    return body;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject object = toRequestJson();
    object.insert(QLatin1StringView("id"), id);
    object.insert(QLatin1StringView("threshold"), threshold);
    object.insert(QLatin1StringView("version"), version);
    object.insert(QLatin1StringView("created_at"), json::timeOrNull(createdAt));
    object.insert(QLatin1StringView("updated_at"), json::timeOrNull(updatedAt));
    return object;
}

Result<AlertRule> AlertRule::fromJson(const QJsonObject &object)
{
    auto parsed = alertRuleFromRequest(object);
    if (!parsed)
        return parsed.error();
    AlertRule rule = parsed.value();
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    rule.id = id.value();
    rule.version = object.value(QLatin1StringView("version")).toInteger(1);
    for (const auto &[field, member] :
         {std::pair{QLatin1StringView("created_at"), &AlertRule::createdAt},
          std::pair{QLatin1StringView("updated_at"), &AlertRule::updatedAt}}) {
        auto time = json::optionalTime(object, field);
        if (!time)
            return time.error();
        rule.*member = time.value();
    }
    return rule;
}

Result<AlertRule> alertRuleFromRequest(const QJsonObject &body)
{
    AlertRule rule;
    const auto kind = alertKindFromString(body.value(u"kind").toString());
    if (!kind) {
        return json::invalidField(QStringLiteral("kind"),
                                  QStringLiteral("must be one of ") +
                                      kindNames.names().join(QStringLiteral(", ")));
    }
    rule.kind = *kind;
    const QJsonValue threshold = body.value(u"threshold");
    const auto [least, most] = alertThresholdRange(rule.kind);
    if (alertKindHasThreshold(rule.kind)) {
        if (!threshold.isDouble() || threshold.toDouble() < least || threshold.toDouble() > most) {
            return json::invalidField(
                QStringLiteral("threshold"),
                QStringLiteral("must be a number from %1 to %2").arg(least).arg(most));
        }
        rule.threshold = threshold.toDouble();
    } else if (!threshold.isUndefined() && !threshold.isNull() && threshold.toDouble(-1) != 0) {
        return json::invalidField(QStringLiteral("threshold"),
                                  QStringLiteral("this kind of rule takes no threshold"));
    }
    const QJsonValue queue = body.value(u"queue_id");
    if (!queue.isUndefined() && !queue.isNull() && !queue.isString())
        return json::invalidField(QStringLiteral("queue_id"), QStringLiteral("must be a string"));
    rule.queueId = queue.toString().trimmed();
    if (!rule.queueId.isEmpty() && !alertKindTakesQueue(rule.kind)) {
        return json::invalidField(QStringLiteral("queue_id"),
                                  QStringLiteral("this kind of rule watches no queue"));
    }
    const QJsonValue enabled = body.value(u"enabled");
    if (!enabled.isUndefined() && !enabled.isBool())
        return json::invalidField(QStringLiteral("enabled"), QStringLiteral("must be a boolean"));
    rule.enabled = enabled.toBool(true);
    return rule;
}

} // namespace frontline::protocol
