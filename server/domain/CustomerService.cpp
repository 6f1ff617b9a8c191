#include "server/domain/CustomerService.h"

#include "protocol/ApiError.h"
#include "server/domain/TicketService.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace frontline::server {

CustomerService::CustomerService(TicketService &tickets)
    : m_tickets(tickets)
{}

Result<qint64> CustomerService::findByChannelId(Store &store, qint64 projectId,
                                                const QString &channelId)
{
    // Written as the unique index customers_external is, so both databases search it.
    auto id = store.scalar(QStringLiteral("SELECT id FROM customers WHERE COALESCE(project_id, 0) "
                                          "= ? AND external_id = ?"),
                           {projectId > 0 ? projectId : 0, channelId});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<CustomerCard> CustomerService::card(const Caller &caller, const QString &customerId)
{
    Store &store = *caller.store;
    const qint64 id = TicketService::parseId(customerId);
    const Error notFound{QString(protocol::errors::NotFound),
                         QStringLiteral("No customer %1").arg(customerId)};
    if (id == 0)
        return notFound;
    auto query = store.run(QStringLiteral("SELECT id, external_id, name, email, phone, city, "
                                          "locale, created_at FROM customers WHERE "
                                          "id = ?"),
                           {id});
    if (!query)
        return query.error();
    QSqlQuery *row = query.value();
    if (!row->next())
        return notFound;
    CustomerCard card;
    card.customer.id = QString::number(row->value(0).toLongLong());
    card.customer.externalId = row->value(1).toString();
    card.customer.name = row->value(2).toString();
    card.customer.email = row->value(3).toString();
    card.customer.phone = row->value(4).toString();
    card.customer.city = row->value(5).toString();
    card.customer.locale = row->value(6).toString();
    card.customer.createdAt = sql::time(row->value(7));
    row->finish();

    auto orders =
        store.run(QStringLiteral("SELECT id, number, status, total_cents, currency, items, "
                                 "delivery_method, created_at, updated_at FROM orders "
                                 "WHERE customer_id = ? ORDER BY created_at DESC, id DESC"),
                  {id});
    if (!orders)
        return orders.error();
    while (orders.value()->next()) {
        const QSqlQuery &o = *orders.value();
        protocol::Order order;
        order.id = QString::number(o.value(0).toLongLong());
        order.number = o.value(1).toString();
        order.status = o.value(2).toString();
        order.totalCents = o.value(3).toLongLong();
        order.currency = o.value(4).toString();
        order.items = QJsonDocument::fromJson(o.value(5).toString().toUtf8()).array();
        order.deliveryMethod = o.value(6).toString();
        order.createdAt = sql::time(o.value(7));
        order.updatedAt = sql::time(o.value(8));
        card.orders.append(order);
    }
    orders.value()->finish();
    for (protocol::Order &order : card.orders) {
        auto history = store.run(QStringLiteral("SELECT status, note, at FROM order_status_history "
                                                "WHERE order_id = ? ORDER BY at, id"),
                                 {order.id.toLongLong()});
        if (!history)
            return history.error();
        while (history.value()->next()) {
            order.history.append(protocol::OrderEvent{history.value()->value(0).toString(),
                                                      history.value()->value(1).toString(),
                                                      sql::time(history.value()->value(2))});
        }
        history.value()->finish();
    }

    TicketFilter filter;
    filter.customerId = card.customer.id;
    filter.limit = 50;
    auto tickets = m_tickets.list(caller, filter);
    if (!tickets)
        return tickets.error();
    card.previousTickets = tickets->tickets;
    return card;
}

} // namespace frontline::server
