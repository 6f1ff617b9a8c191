#include "server/simulation/DemoCustomers.h"

#include "protocol/Customer.h"
#include "server/feed/ChangeLog.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonDocument>

namespace frontline::server {

// Customers with orders and their timelines.
Result<QList<demo::Customer>> DemoCustomers::seed(int count)
{
    QList<demo::Customer> customers;
    for (int c = 0; c < count + count * 2 / 5; ++c) {
        auto customer = seedCustomer(c, c < count ? demo::Hopper : demo::Lavka);
        if (!customer)
            return customer.error();
        customers.append(customer.value());
    }
    return customers;
}

Result<demo::Customer> DemoCustomers::seedCustomer(int index, const QString &store)
{
    const QJsonObject people = m_context.scenarios.value(u"customers").toObject();
    const QString locale =
        m_context.random.chance(0.7) ? QStringLiteral("ru") : QStringLiteral("en");
    const QString name = m_context.random.pickText(people.value(u"first_names")[locale].toArray()) +
                         u' ' +
                         m_context.random.pickText(people.value(u"last_names")[locale].toArray());
    const QString city = m_context.random.pickText(people.value(u"cities")[locale].toArray());
    const qint64 created =
        m_context.now - m_context.random.between(40 * demo::Day, 400 * demo::Day);
    const bool hopper = store == demo::Hopper;
    const QString externalId =
        QStringLiteral("%1-%2").arg(hopper ? QStringLiteral("store") : store).arg(100000 + index);
    const QString email = QStringLiteral("%1%2@mail.example")
                              .arg(hopper ? QStringLiteral("customer") : QStringLiteral("buyer"))
                              .arg(100000 + index);
    const QString phone =
        QStringLiteral("+7 9%1").arg(100000000 + m_context.random.below(899999999));
    const qint64 project = m_context.projects.value(store);
    auto customerId = m_context.store.insert(
        QStringLiteral("INSERT INTO customers (external_id, name, email, phone, city, locale, "
                       "project_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {externalId, name, email, phone, city, locale, sql::nullableId(project), created, created});
    if (!customerId)
        return customerId.error();
    demo::Customer customer{customerId.value(), name, locale, {}, {}, store};

    protocol::Customer profile;
    profile.id = QString::number(customer.id);
    profile.externalId = externalId;
    profile.name = name;
    profile.email = email; // the card the operator sees carries how to reach the customer
    profile.phone = phone;
    profile.city = city;
    profile.locale = locale;
    profile.createdAt = sql::time(created);
    QJsonArray orderJson;
    const int orderCount = 1 + m_context.random.below(3);
    for (int o = 0; o < orderCount; ++o) {
        QString number;
        auto order = seedOrder(customer.id, locale, store, &number);
        if (!order)
            return order.error();
        customer.orderNumbers.append(number);
        customer.orderStatuses.append(order.value().value(u"status").toString());
        orderJson.append(order.value());
    }
    QJsonObject card = profile.toJson();
    card.insert(QLatin1StringView("orders"), orderJson);
    if (auto seq = m_context.changes.append(m_context.store, QStringLiteral("customer"), profile.id,
                                            QStringLiteral("create"), card,
                                            ChangeAudience::everyone(), m_context.now);
        !seq)
        return seq.error();
    return customer;
}

// An order with its items and how far it got (by its age), its status history included.
Result<QJsonObject> DemoCustomers::seedOrder(qint64 customerId, const QString &locale,
                                             const QString &store, QString *number)
{
    static const QStringList flow{QStringLiteral("created"),    QStringLiteral("paid"),
                                  QStringLiteral("assembling"), QStringLiteral("handed_to_courier"),
                                  QStringLiteral("in_transit"), QStringLiteral("at_pickup_point"),
                                  QStringLiteral("delivered")};
    static const QStringList deliveries{QStringLiteral("courier"), QStringLiteral("pickup_point"),
                                        QStringLiteral("post")};
    if (store == demo::Lavka)
        return seedGroceryOrder(customerId, locale, number);
    const QJsonArray products = m_context.scenarios.value(u"products").toArray();
    const qint64 placed =
        m_context.now -
        m_context.random.between(demo::Hour, m_context.days * demo::Day + 10 * demo::Day);
    QJsonArray items;
    qint64 total = 0;
    for (int i = 0, n = 1 + m_context.random.below(3); i < n; ++i) {
        const QJsonObject product = m_context.random.pick(products).toObject();
        const qint64 price = qint64(product.value(u"price_rub").toDouble()) * 100;
        const int quantity = 1 + (m_context.random.chance(0.2) ? 1 : 0);
        items.append(
            QJsonObject{{QLatin1StringView("name"), product.value(u"name")[locale].toString()},
                        {QLatin1StringView("quantity"), quantity},
                        {QLatin1StringView("price_cents"), price}});
        total += price * quantity;
    }
    // Some orders are cancelled or returned.
    const qint64 age = m_context.now - placed;
    QStringList steps = flow.mid(0, std::min<qint64>(flow.size(), 1 + age / (9 * demo::Hour)));
    if (steps.size() > 5 && steps.last() == u"delivered" && m_context.random.chance(0.5))
        steps.removeAt(5); // courier delivery skips the pickup point
    if (steps.size() >= 2 && m_context.random.chance(0.08))
        steps = QStringList{flow[0], flow[1], QStringLiteral("cancelled")};
    else if (steps.last() == u"delivered" && m_context.random.chance(0.08))
        steps.append(QStringLiteral("returned"));
    *number = QStringLiteral("HP-%1").arg(10000000 + m_context.random.below(89999999));
    return writeOrder(customerId, *number, items, total, steps,
                      {placed, 8 * demo::Hour, deliveries[m_context.random.below(3)]});
}

// A Lavka order: a few groceries, picked and brought by a courier within the hour; some are
// cancelled before the courier leaves.
Result<QJsonObject> DemoCustomers::seedGroceryOrder(qint64 customerId, const QString &locale,
                                                    QString *number)
{
    static const QStringList flow{QStringLiteral("created"), QStringLiteral("paid"),
                                  QStringLiteral("assembling"), QStringLiteral("handed_to_courier"),
                                  QStringLiteral("delivered")};
    const QJsonArray products = m_context.scenarios.value(u"lavka_products").toArray();
    const qint64 placed =
        m_context.now -
        m_context.random.between(demo::Hour, m_context.days * demo::Day + 10 * demo::Day);
    QJsonArray items;
    qint64 total = 0;
    for (int i = 0, n = 3 + m_context.random.below(6); i < n; ++i) {
        const QJsonObject product = m_context.random.pick(products).toObject();
        const qint64 price = qint64(product.value(u"price_rub").toDouble()) * 100;
        const int quantity = 1 + m_context.random.below(3);
        items.append(
            QJsonObject{{QLatin1StringView("name"), product.value(u"name")[locale].toString()},
                        {QLatin1StringView("quantity"), quantity},
                        {QLatin1StringView("price_cents"), price}});
        total += price * quantity;
    }
    const QStringList steps = m_context.random.chance(0.06)
                                  ? QStringList{flow[0], flow[1], QStringLiteral("cancelled")}
                                  : flow;
    *number = QStringLiteral("LV-%1").arg(1000000 + m_context.random.below(8999999));
    return writeOrder(customerId, *number, items, total, steps,
                      {placed, 12 * demo::Minute, QStringLiteral("courier")});
}

// The order, its status history (one step every `timing.step` from `timing.placed`) and its JSON.
Result<QJsonObject> DemoCustomers::writeOrder(qint64 customerId, const QString &number,
                                              const QJsonArray &items, qint64 total,
                                              const QStringList &steps, const OrderTiming &timing)
{
    const qint64 updated =
        std::min(timing.placed + qint64(steps.size() - 1) * timing.step, m_context.now);
    auto orderId = m_context.store.insert(
        QStringLiteral("INSERT INTO orders (customer_id, number, status, total_cents, "
                       "currency, items, delivery_method, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, 'RUB', ?, ?, ?, ?) RETURNING id"),
        {customerId, number, steps.last(), total,
         QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)), timing.delivery,
         timing.placed, updated});
    if (!orderId)
        return orderId.error();
    protocol::Order order;
    order.id = QString::number(orderId.value());
    order.number = number;
    order.status = steps.last();
    order.totalCents = total;
    order.items = items;
    order.createdAt = sql::time(timing.placed);
    order.updatedAt = sql::time(updated);
    for (qsizetype s = 0; s < steps.size(); ++s) {
        const qint64 at = std::min(timing.placed + s * timing.step, m_context.now);
        auto step =
            m_context.store.run(QStringLiteral("INSERT INTO order_status_history "
                                               "(order_id, status, note, at) VALUES (?, ?, '', ?)"),
                                {orderId.value(), steps[s], at});
        if (!step)
            return step.error();
        order.history.append(protocol::OrderEvent{steps[s], QString(), sql::time(at)});
    }
    return order.toJson();
}

} // namespace frontline::server
