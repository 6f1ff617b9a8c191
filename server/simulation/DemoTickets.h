#pragma once

#include "protocol/Message.h"
#include "protocol/Result.h"
#include "protocol/Ticket.h"
#include "server/simulation/DemoData.h"

namespace frontline::server {

class TicketService;
struct ChangeAudience;

// The demo's past tickets over the last days, with conversations (some opened by the chatbot),
// internal notes and escalations to the 2nd line; one in eight is from this shift, so the demo
// opens on live work. Every row also goes to the change feed.
class DemoTickets
{
public:
    DemoTickets(demo::Context &context, TicketService &tickets, const demo::Staff &staff,
                const QList<demo::Customer> &customers);
    ~DemoTickets();

    // Answers how many were escalated.
    Result<int> seed(int count);

private:
    struct Line;
    struct Conversation;
    struct Drawn;

    Drawn drawTicket();
    // Where the handling's times are drawn from (the history's sequence, when there is one).
    demo::Random &historyDraws();
    const demo::Customer *drawCustomerFor(const QJsonObject &topic, const QJsonObject &request,
                                          QString *orderNumber);
    QHash<QString, QString> placeholders(const Drawn &ticket);
    Conversation converse(const Drawn &ticket, const QHash<QString, QString> &values);
    Result<void> seedTicket();
    Result<void> recordHandling(qint64 ticketId, const Drawn &drawn, const Conversation &talk,
                                qint64 assignedAt);
    Result<QList<protocol::Message>> writeMessages(qint64 ticketId, const QList<Line> &lines);
    Result<void> maybeEscalate(const Drawn &drawn, qint64 ticketId, qint64 firstResponse,
                               protocol::Ticket &ticket, ChangeAudience &audience,
                               QList<protocol::Message> &conversation);
    Result<void> appendMessages(const QList<protocol::Message> &messages,
                                const ChangeAudience &audience);

    demo::Context &m_context;
    TicketService &m_tickets;
    const demo::Staff &m_staff;
    const QList<demo::Customer> &m_customers;
    QHash<qint64, int> m_liveChats; // chats in progress per operator
    int m_escalations = 0;
    QList<qint64> m_liveEscalated; // tickets now with the 2nd line
};

} // namespace frontline::server
