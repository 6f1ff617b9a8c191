#pragma once

#include "app/board/Alert.h"
#include "protocol/AlertRule.h"
#include "protocol/Board.h"
#include "protocol/HelpFlag.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace frontline::app {

// An SLA breach as the alerts read it from the cache (the `sla_breach` feed kind).
struct SlaBreachRecord
{
    QString id;
    QString ticketId;
    qint64 ticketNumber = 0;
    QString queueId;
    QString kind; // first_response, resolution
    QDateTime breachedAt;
    bool settled = false; // the ticket has since been answered (first response) or resolved

    friend bool operator==(const SlaBreachRecord &, const SlaBreachRecord &) = default;
};

// A supervisor's alert rules against what the board shows: fed the live board, the raised help
// flags, the SLA breaches and the time, it keeps the set of firing alerts, says when one fires
// and when one clears (its condition ended), and which operators and queues have one firing (the
// board highlights their rows). No widgets, no network: the LiveBoard, the cache and a timer
// feed it.
class AlertEvaluator : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit AlertEvaluator(Clock clock = {}, QObject *parent = nullptr);

    // Each setter keeps its input and evaluates at the clock's time.
    void setRules(const QList<protocol::AlertRule> &rules);
    void setBoard(const protocol::Board &board);
    void setHelpFlags(const QList<protocol::HelpFlag> &flags);
    void setSlaBreaches(const QList<SlaBreachRecord> &breaches);
    // How long a breach keeps its alert firing unless its ticket is settled first (15 minutes).
    void setBreachWindowSeconds(qint64 seconds) { m_breachWindowSeconds = seconds; }

    const QList<protocol::AlertRule> &rules() const { return m_rules; }
    QList<Alert> firing() const; // oldest first
    bool isFiring(const QString &key) const { return m_firing.contains(key); }
    QSet<QString> operatorsAlerting() const;
    QSet<QString> queuesAlerting() const;
    QSet<QString> ticketsAlerting() const;

public Q_SLOTS:
    // Evaluates every enabled rule at `now` (the clock's time when null).
    void evaluate(const QDateTime &now = {});

Q_SIGNALS:
    void fired(const frontline::app::Alert &alert);
    // Still firing, with a new figure (7 waiting, then 9).
    void updated(const frontline::app::Alert &alert);
    void cleared(const frontline::app::Alert &alert);
    // The set of firing alerts changed (the board's highlights follow).
    void firingChanged();

private:
    void evaluateRule(const protocol::AlertRule &rule, const QDateTime &now,
                      QHash<QString, Alert> &out) const;
    void evaluateQueues(const protocol::AlertRule &rule, const QDateTime &now,
                        QHash<QString, Alert> &out) const;
    void evaluateOperators(const protocol::AlertRule &rule, const QDateTime &now,
                           QHash<QString, Alert> &out) const;
    void evaluateTickets(const protocol::AlertRule &rule, const QDateTime &now,
                         QHash<QString, Alert> &out) const;

    Clock m_clock;
    QList<protocol::AlertRule> m_rules;
    protocol::Board m_board;
    QList<protocol::HelpFlag> m_flags;
    QList<SlaBreachRecord> m_breaches;
    qint64 m_breachWindowSeconds = 15 * 60;
    QHash<QString, Alert> m_firing;
    QList<QString> m_order; // keys, oldest first
};

} // namespace frontline::app
