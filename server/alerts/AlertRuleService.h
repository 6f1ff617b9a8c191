#pragma once

#include "protocol/AlertRule.h"
#include "server/clock/Clock.h"

#include <QJsonObject>
#include <QList>

namespace frontline::server {

class Store;
struct Caller;

// Each supervisor's alert rules for the live board, kept on the back office so they follow her
// from desk to desk. Only their owner reads or changes them; the desktop evaluates them.
class AlertRuleService
{
public:
    explicit AlertRuleService(Clock clock);

    Result<QList<protocol::AlertRule>> list(const Caller &caller);
    // conflict (409) once the caller has limits::AlertRulesEach rules.
    Result<protocol::AlertRule> create(const Caller &caller, const QJsonObject &body);
    // Another supervisor's rule, or none, is not_found.
    Result<protocol::AlertRule> replace(const Caller &caller, const QString &id,
                                        const QJsonObject &body);
    Result<void> remove(const Caller &caller, const QString &id);

    // For the demo seeder and admin commands: a rule for `supervisorId` without a request.
    static Result<protocol::AlertRule> insert(Store &store, qint64 supervisorId,
                                              const protocol::AlertRule &rule, qint64 nowMs);

private:
    static Result<protocol::AlertRule> load(Store &store, qint64 supervisorId, qint64 id);
    static Result<protocol::AlertRule> checked(Store &store, const QJsonObject &body);

    Clock m_clock;
};

} // namespace frontline::server
