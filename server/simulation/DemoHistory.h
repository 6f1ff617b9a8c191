#pragma once

#include "protocol/Result.h"
#include "server/simulation/DemoData.h"

#include <QMap>

namespace frontline::server {

// The demo's month of history, so every figure of the supervisor's board has a value and its
// charts a shape: each operator's four-hour shifts with a break (more on weekdays than at
// weekends), and the contacts they handled on them, with conversations from the scenarios,
// assignments, the stretches each ticket was open in front of them, CSAT answers and a few
// escalations (some came back). The history is closed work: it is in the back office's tables
// (so /metrics, GET /tickets and the customer's card show it), not in the change feed, so a
// desktop's first sync stays as quick as before (docs/decisions.md).
class DemoHistory
{
public:
    DemoHistory(demo::Context &context, const demo::Staff &staff,
                const QList<demo::Customer> &customers);
    ~DemoHistory();

    // Draws the shifts and writes them as presence intervals. The last shifts end just before
    // now; everyone is offline when the demo opens.
    Result<demo::Calendar> seedShifts();
    // The contacts handled on those shifts; answers how many.
    Result<int> seedContacts(const demo::Calendar &calendar);

private:
    struct Slot;
    struct Line;
    QList<Slot> drawSlots(const demo::Calendar &calendar);
    Result<void> blockExistingTickets();
    const demo::Customer *customerFor(Slot &slot);
    bool fitRequest(Slot &slot);
    void converse(Slot &slot);
    Result<void> writeSlot(const Slot &slot);
    Result<void> writeExtras(const Slot &slot, qint64 ticketId);

    demo::Context &m_context;
    const demo::Staff &m_staff;
    const QList<demo::Customer> &m_customers;
    // Per customer, times a new ticket of theirs may not be created in (it would be a
    // recontact, the FCR rule's 24 hours, of another ticket).
    QHash<qint64, QList<demo::Span>> m_blocked;
    // Customers owed a recontact: who, after when and until when.
    QMultiMap<qint64, QPair<qint64, qint64>> m_recontacts; // due → (customer, after)
    QHash<qint64, int> m_handled;                          // per operator, so far
};

} // namespace frontline::server
