#pragma once

#include "protocol/AlertRule.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace frontline::app {

// What a firing alert is about: the row it highlights, and what Enter on it opens.
enum class AlertSubject
{
    Queue,
    Operator,
    Ticket, // a help flag or an SLA breach
};

// One firing alert: a rule and the queue, operator or ticket that meets it now.
struct Alert
{
    QString key; // stable while it fires: the rule and its subject ("3|queue:orders")
    QString ruleId;
    protocol::AlertKind kind = protocol::AlertKind::QueueWaiting;
    AlertSubject subject = AlertSubject::Queue;
    QString subjectId;   // queue, operator or ticket id
    QString subjectName; // queue or operator name; the ticket's number for a ticket
    double value = 0;    // the figure that fired it (waiting, seconds, %, minutes, CSAT)
    double threshold = 0;
    QString detail;  // a flag's note, a breach's kind ("first_response", "resolution")
    QString byName;  // who raised the help flag
    QString queueId; // the breach's queue
    QDateTime firedAt;

    friend bool operator==(const Alert &, const Alert &) = default;
};

// The alert in one line, in the UI language: "Queue Orders: 7 waiting (over 5)".
QString alertText(const Alert &alert);

} // namespace frontline::app

Q_DECLARE_METATYPE(frontline::app::Alert)
