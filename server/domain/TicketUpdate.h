#pragma once

#include "protocol/Ticket.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

namespace frontline::server {

class SlaPolicy;
class Store;
struct Caller;

// One PATCH of a ticket as one UPDATE: each field the request names is parsed, checked and
// authorized in a fixed order (the first refusal is the answer) and becomes a SET clause. A
// status change also moves the SLA clocks (pending stops them) and the resolution time.
class TicketUpdate
{
public:
    TicketUpdate(Store &store, const Caller &caller, const protocol::Ticket &before,
                 const SlaPolicy *sla, qint64 now);

    // Only status, priority, queue, subject, assignee_id and resolution_code may be changed;
    // `assignment_reason` goes with an `assignee_id` and is kept with the assignment.
    Result<void> parse(const QJsonObject &fields);
    // Why the ticket was given to its new assignee (empty: no reason given).
    QString assignmentReason() const { return m_assignmentReason; }
    // Writes the changes if the ticket is still at `expectedVersion` (version_mismatch if not).
    Result<void> write(const QString &id, qint64 expectedVersion);

private:
    Result<QString> text(const QString &name) const;
    Result<void> parseStatus();
    Result<void> parseResolutionCode();
    Result<void> parsePriority();
    Result<void> parseSubject();
    Result<void> parseQueue();
    Result<void> parseAssignee();
    Result<void> parseAssignmentReason();
    void set(const QString &clause, const QVariantList &values = {});

    Store &m_store;
    const Caller &m_caller;
    const protocol::Ticket &m_before;
    const SlaPolicy *m_sla;
    const qint64 m_now;
    QJsonObject m_fields;
    protocol::TicketStatus m_status;
    QString m_assignmentReason;
    QStringList m_sets;
    QVariantList m_args;
};

} // namespace frontline::server
