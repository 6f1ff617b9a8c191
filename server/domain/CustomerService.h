#pragma once

#include "protocol/Customer.h"
#include "protocol/Ticket.h"

namespace frontline::server {

class Store;
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
    // at two stores is two customers. The key is (project, external id), the center's own
    // customers (no project) being project 0 in it (schema 15): this finds one.
    static Result<qint64> findByChannelId(Store &store, qint64 projectId, const QString &channelId);

private:
    TicketService &m_tickets;
};

} // namespace frontline::server
