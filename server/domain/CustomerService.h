#pragma once

#include "protocol/Customer.h"
#include "protocol/Ticket.h"

namespace frontline::server {

class TicketService;
struct Caller;

struct CustomerCard
{
    protocol::Customer customer;
    QList<protocol::Order> orders;           // newest first, each with its status history
    QList<protocol::Ticket> previousTickets; // newest first, those the caller may see
};

// The customer panel's data: profile, orders with their timelines, previous tickets.
class CustomerService
{
public:
    explicit CustomerService(TicketService &tickets);

    Result<CustomerCard> card(const Caller &caller, const QString &customerId);

    // A store's customers are its own: the same channel id (an email address, a chat user id)
    // at two stores is two customers. customers.external_id is unique across the workspace, so
    // a store's customer keeps it with the store's prefix ("project-2:anna@mail.example"); the
    // center's own customers (no project) keep it as the channel sent it.
    static QString storedExternalId(qint64 projectId, const QString &channelId);
    // The id the channel knows the customer by, from the stored one and the customer's project.
    static QString channelExternalId(const QVariant &projectId, const QString &stored);

private:
    TicketService &m_tickets;
};

} // namespace frontline::server
