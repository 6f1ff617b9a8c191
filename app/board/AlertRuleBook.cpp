#include "app/board/AlertRuleBook.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QUrl>

namespace frontline::app {
namespace {

QString rulePath(const QString &id)
{
    return protocol::paths::AlertRule.toString().replace(
        QLatin1StringView("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

} // namespace

AlertRuleBook::AlertRuleBook(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void AlertRuleBook::load()
{
    ApiRequest request;
    request.path = protocol::paths::AlertRules.toString();
    m_client.send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.message);
        QList<protocol::AlertRule> rules;
        for (const QJsonValue &value : reply.json.value(u"alert_rules").toArray()) {
            auto rule = protocol::AlertRule::fromJson(value.toObject());
            if (rule) // a kind this version does not know is left out, not fatal
                rules.append(rule.value());
        }
        m_rules = rules;
        m_loaded = true;
        Q_EMIT rulesChanged(m_rules);
    });
}

void AlertRuleBook::save(const protocol::AlertRule &rule)
{
    ApiRequest request;
    request.method = rule.id.isEmpty() ? "POST" : "PUT";
    request.path = rule.id.isEmpty() ? protocol::paths::AlertRules.toString() : rulePath(rule.id);
    request.body = rule.toRequestJson();
    request.hasBody = true;
    m_client.send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.message);
        auto saved = protocol::AlertRule::fromJson(reply.json);
        if (!saved)
            return Q_EMIT failed(saved.error().message);
        replaceLocal(saved.value());
        Q_EMIT this->saved(saved.value());
    });
}

void AlertRuleBook::setEnabled(const QString &ruleId, bool enabled)
{
    for (protocol::AlertRule rule : std::as_const(m_rules)) {
        if (rule.id == ruleId && rule.enabled != enabled) {
            rule.enabled = enabled;
            return save(rule);
        }
    }
}

void AlertRuleBook::remove(const QString &ruleId)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = rulePath(ruleId);
    m_client.send(request, this, [this, ruleId](const ApiReply &reply) {
        // Already gone on the back office is what was wanted.
        if (!reply.ok() && reply.error.kind != ApiError::Kind::NotFound)
            return Q_EMIT failed(reply.error.message);
        m_rules.removeIf([&](const protocol::AlertRule &rule) { return rule.id == ruleId; });
        Q_EMIT rulesChanged(m_rules);
    });
}

void AlertRuleBook::replaceLocal(const protocol::AlertRule &rule)
{
    auto it = std::find_if(m_rules.begin(), m_rules.end(),
                           [&](const protocol::AlertRule &known) { return known.id == rule.id; });
    if (it == m_rules.end())
        m_rules.append(rule);
    else
        *it = rule;
    Q_EMIT rulesChanged(m_rules);
}

} // namespace frontline::app
