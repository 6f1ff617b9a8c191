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

private:
    TicketService &m_tickets;
};

} // namespace frontline::server
