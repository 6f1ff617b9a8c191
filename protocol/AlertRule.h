#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

// What a supervisor's alert rule watches on the live board.
enum class AlertKind
{
    QueueWaiting, // a queue's waiting count over `threshold`
    OldestWait,   // a queue's oldest wait over `threshold` seconds
    ServiceLevel, // a queue's service level under `threshold` %
    SlaBreach,    // an SLA breach (no threshold)
    OperatorIdle, // an operator online with no chat for `threshold` minutes
    OperatorCsat, // an operator's CSAT over the window under `threshold` (0-100)
    HelpFlag,     // a help flag raised (no threshold)
};

QString toString(AlertKind kind);
std::optional<AlertKind> alertKindFromString(QStringView text);
QList<AlertKind> allAlertKinds();
// Whether a rule of `kind` takes a threshold, and may name a queue.
bool alertKindHasThreshold(AlertKind kind);
bool alertKindTakesQueue(AlertKind kind);
// The thresholds a rule of `kind` accepts, inclusive (0..0 for kinds without one).
std::pair<double, double> alertThresholdRange(AlertKind kind);

// A supervisor's rule, kept on the back office per supervisor.
struct AlertRule
{
    QString id;
    AlertKind kind = AlertKind::QueueWaiting;
    double threshold = 0;
    QString queueId; // empty: every queue (queue kinds only)
    bool enabled = true;
    qint64 version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The body of POST and PUT: kind, threshold, queue_id, enabled.
    QJsonObject toRequestJson() const;
    QJsonObject toJson() const;
    static Result<AlertRule> fromJson(const QJsonObject &object);
    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

// Checks a POST/PUT body and reads it into a rule (id and times left empty): invalid_field (422)
// naming the field for an unknown kind, a threshold out of range, a queue on a kind without one.
Result<AlertRule> alertRuleFromRequest(const QJsonObject &body);

} // namespace frontline::protocol
