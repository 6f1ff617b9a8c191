#include "app/models/ChatAlerts.h"

#include "app/models/TicketQueueQuery.h"
#include "app/store/LocalStore.h"

namespace frontline::app {

ChatAlerts::ChatAlerts(const LocalStore &store, const QString &operatorId)
    : m_store(store)
    , m_me(operatorId)
{
    auto ids = TicketQueueQuery::activeAssignedTo(m_store, m_me);
    m_assignedToMe = ids ? ids.value() : QSet<QString>();
}

QList<ChatAlert> ChatAlerts::take(const StoreChangeSet &changes,
                                  const std::function<bool(const QString &)> &isOpen)
{
    QList<ChatAlert> alerts;
    if (!changes.tickets.isEmpty())
        takeAssignments(changes.tickets, alerts);
    for (auto it = changes.messagesAdded.begin(); it != changes.messagesAdded.end(); ++it) {
        if (!m_assignedToMe.contains(it.key()) && !isOpen(it.key()))
            continue;
        for (const QString &messageId : it.value()) {
            const auto text = TicketQueueQuery::customerMessageText(m_store, messageId);
            if (text && !text.value().isEmpty())
                alerts.append({ChatAlert::Kind::CustomerWrote, it.key(), text.value(), false});
        }
    }
    return alerts;
}

void ChatAlerts::takeAssignments(const QSet<QString> &changedTickets, QList<ChatAlert> &alerts)
{
    // Every write of a ticket is in the change set, so only these tickets can have come to me or
    // left me: they are looked up, not all of mine.
    const auto mine = TicketQueueQuery::activeAssignedTo(m_store, m_me, changedTickets);
    const QSet<QString> assigned = mine ? mine.value() : QSet<QString>();
    for (const QString &ticketId : assigned) {
        if (m_assignedToMe.contains(ticketId))
            continue;
        const auto cached = m_store.ticket(ticketId);
        const bool known = cached && cached.value();
        alerts.append({ChatAlert::Kind::Assigned, ticketId,
                       known ? cached.value()->ticket.subject : QString(),
                       known && cached.value()->ticket.channel == protocol::Channel::Chat});
    }
    for (const QString &ticketId : changedTickets) {
        if (!assigned.contains(ticketId))
            m_assignedToMe.remove(ticketId);
    }
    m_assignedToMe.unite(assigned);
}

} // namespace frontline::app
