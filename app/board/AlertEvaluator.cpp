#include "app/board/AlertEvaluator.h"

namespace frontline::app {
namespace {

using protocol::AlertKind;

Alert alertFor(const protocol::AlertRule &rule, AlertSubject subject, const QString &subjectId,
               const QString &subjectName, double value)
{
    Alert alert;
    static const char *const prefixes[] = {"queue:", "operator:", "ticket:"};
    alert.key = rule.id + u'|' + QLatin1StringView(prefixes[int(subject)]) + subjectId;
    alert.ruleId = rule.id;
    alert.kind = rule.kind;
    alert.subject = subject;
    alert.subjectId = subjectId;
    alert.subjectName = subjectName;
    alert.value = value;
    alert.threshold = rule.threshold;
    return alert;
}

} // namespace

AlertEvaluator::AlertEvaluator(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{}

void AlertEvaluator::setRules(const QList<protocol::AlertRule> &rules)
{
    m_rules = rules;
    evaluate();
}

void AlertEvaluator::setBoard(const protocol::Board &board)
{
    m_board = board;
    evaluate();
}

void AlertEvaluator::setHelpFlags(const QList<protocol::HelpFlag> &flags)
{
    m_flags = flags;
    evaluate();
}

void AlertEvaluator::setSlaBreaches(const QList<SlaBreachRecord> &breaches)
{
    m_breaches = breaches;
    evaluate();
}

QList<Alert> AlertEvaluator::firing() const
{
    QList<Alert> alerts;
    for (const QString &key : m_order)
        alerts.append(m_firing.value(key));
    return alerts;
}

QSet<QString> AlertEvaluator::operatorsAlerting() const
{
    QSet<QString> ids;
    for (const Alert &alert : m_firing) {
        if (alert.subject == AlertSubject::Operator)
            ids.insert(alert.subjectId);
    }
    return ids;
}

QSet<QString> AlertEvaluator::queuesAlerting() const
{
    QSet<QString> ids;
    for (const Alert &alert : m_firing) {
        if (alert.subject == AlertSubject::Queue)
            ids.insert(alert.subjectId);
        else if (!alert.queueId.isEmpty())
            ids.insert(alert.queueId); // a breach's queue
    }
    return ids;
}

QSet<QString> AlertEvaluator::ticketsAlerting() const
{
    QSet<QString> ids;
    for (const Alert &alert : m_firing) {
        if (alert.subject == AlertSubject::Ticket)
            ids.insert(alert.subjectId);
    }
    return ids;
}

void AlertEvaluator::evaluate(const QDateTime &at)
{
    const QDateTime now = at.isValid() ? at : m_clock();
    QHash<QString, Alert> nowFiring;
    for (const protocol::AlertRule &rule : std::as_const(m_rules)) {
        if (rule.enabled)
            evaluateRule(rule, now, nowFiring);
    }
    bool changed = false;
    // Cleared first, in the order they fired, then what is new: listeners see a clean set.
    for (const QString &key : QList<QString>(m_order)) {
        if (nowFiring.contains(key))
            continue;
        const Alert gone = m_firing.take(key);
        m_order.removeOne(key);
        changed = true;
        Q_EMIT cleared(gone);
    }
    for (auto it = nowFiring.begin(); it != nowFiring.end(); ++it) {
        const auto current = m_firing.find(it.key());
        if (current == m_firing.end()) {
            Alert alert = it.value();
            alert.firedAt = now;
            m_firing.insert(alert.key, alert);
            m_order.append(alert.key);
            changed = true;
            Q_EMIT fired(alert);
        } else {
            Alert alert = it.value();
            alert.firedAt = current->firedAt;
            if (alert == *current)
                continue;
            *current = alert;
            Q_EMIT updated(alert);
        }
    }
    if (changed)
        Q_EMIT firingChanged();
}

void AlertEvaluator::evaluateRule(const protocol::AlertRule &rule, const QDateTime &now,
                                  QHash<QString, Alert> &out) const
{
    switch (rule.kind) {
    case AlertKind::QueueWaiting:
    case AlertKind::OldestWait:
    case AlertKind::ServiceLevel:
        return evaluateQueues(rule, now, out);
    case AlertKind::OperatorIdle:
    case AlertKind::OperatorCsat:
        return evaluateOperators(rule, now, out);
    case AlertKind::SlaBreach:
    case AlertKind::HelpFlag:
        return evaluateTickets(rule, now, out);
    }
}

void AlertEvaluator::evaluateQueues(const protocol::AlertRule &rule, const QDateTime &now,
                                    QHash<QString, Alert> &out) const
{
    // The board's oldest wait is as of its computation; a queue still waiting keeps ageing.
    const double sinceComputed =
        m_board.computedAt.isValid() ? std::max<qint64>(0, m_board.computedAt.secsTo(now)) : 0;
    for (const protocol::BoardQueueRow &queue : m_board.queues) {
        if (!rule.queueId.isEmpty() && queue.id != rule.queueId)
            continue;
        std::optional<double> value;
        switch (rule.kind) {
        case AlertKind::QueueWaiting:
            if (double(queue.waiting) > rule.threshold)
                value = double(queue.waiting);
            break;
        case AlertKind::OldestWait: {
            const double oldest = queue.waiting > 0 ? queue.oldestWaitSeconds + sinceComputed : 0.0;
            if (oldest > rule.threshold)
                value = oldest;
            break;
        }
        case AlertKind::ServiceLevel:
            if (queue.serviceLevel && *queue.serviceLevel * 100 < rule.threshold)
                value = *queue.serviceLevel * 100;
            break;
        default:
            break;
        }
        if (value) {
            Alert alert = alertFor(rule, AlertSubject::Queue, queue.id,
                                   queue.name.isEmpty() ? queue.id : queue.name, *value);
            out.insert(alert.key, alert);
        }
    }
}

void AlertEvaluator::evaluateOperators(const protocol::AlertRule &rule, const QDateTime &now,
                                       QHash<QString, Alert> &out) const
{
    for (const protocol::BoardOperatorRow &person : m_board.operators) {
        std::optional<double> value;
        if (rule.kind == AlertKind::OperatorIdle) {
            // Online with no chat: idle_since is set exactly then (protocol/Board.h).
            if (person.status == u"online" && person.activeChats == 0 &&
                person.idleSince.isValid()) {
                const double minutes = double(person.idleSince.secsTo(now)) / 60.0;
                if (minutes >= rule.threshold)
                    value = minutes;
            }
        } else if (person.csat && *person.csat < rule.threshold) {
            value = *person.csat;
        }
        if (value) {
            Alert alert = alertFor(rule, AlertSubject::Operator, person.id,
                                   person.name.isEmpty() ? person.id : person.name, *value);
            out.insert(alert.key, alert);
        }
    }
}

void AlertEvaluator::evaluateTickets(const protocol::AlertRule &rule, const QDateTime &now,
                                     QHash<QString, Alert> &out) const
{
    if (rule.kind == AlertKind::HelpFlag) {
        for (const protocol::HelpFlag &flag : m_flags) {
            if (!flag.isRaised())
                continue;
            Alert alert = alertFor(rule, AlertSubject::Ticket, flag.ticketId,
                                   QString::number(flag.ticketNumber), 0);
            alert.detail = flag.note;
            alert.byName = flag.raisedByName;
            out.insert(alert.key, alert);
        }
        return;
    }
    for (const SlaBreachRecord &breach : m_breaches) {
        if (!rule.queueId.isEmpty() && breach.queueId != rule.queueId)
            continue;
        const qint64 age = breach.breachedAt.secsTo(now);
        if (breach.settled || !breach.breachedAt.isValid() || age < 0 ||
            age >= m_breachWindowSeconds)
            continue;
        Alert alert = alertFor(rule, AlertSubject::Ticket, breach.ticketId,
                               QString::number(breach.ticketNumber), 0);
        alert.key += u'|' + breach.kind; // both clocks of one ticket may breach
        alert.detail = breach.kind;
        alert.queueId = breach.queueId;
        out.insert(alert.key, alert);
    }
}

} // namespace frontline::app
