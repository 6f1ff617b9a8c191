#pragma once

#include "protocol/AlertRule.h"

#include <QObject>

namespace frontline::app {

class BackOfficeClient;

// The signed-in supervisor's alert rules, kept on the back office (`/alert-rules`): loaded once
// signed in, changed one rule at a time. Online only: a rule is a setting, not work that must
// survive a lost network, so a failure is reported (failed) and the rules stay as they were.
class AlertRuleBook : public QObject
{
    Q_OBJECT
public:
    explicit AlertRuleBook(BackOfficeClient &client, QObject *parent = nullptr);

    const QList<protocol::AlertRule> &rules() const { return m_rules; }
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    void load();
    // `rule.id` empty: a new rule; otherwise it replaces the rule with that id.
    void save(const frontline::protocol::AlertRule &rule);
    void remove(const QString &ruleId);
    void setEnabled(const QString &ruleId, bool enabled);

Q_SIGNALS:
    void rulesChanged(const QList<frontline::protocol::AlertRule> &rules);
    // A rule as the back office kept it (a new one with its id), after rulesChanged.
    void saved(const frontline::protocol::AlertRule &rule);
    // The back office refused or did not answer: its words, for the dialog to show.
    void failed(const QString &message);

private:
    void replaceLocal(const protocol::AlertRule &rule);

    BackOfficeClient &m_client;
    QList<protocol::AlertRule> m_rules;
    bool m_loaded = false;
};

} // namespace frontline::app
