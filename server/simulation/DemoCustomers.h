#pragma once

#include "protocol/Result.h"
#include "server/simulation/DemoData.h"

namespace frontline::server {

// The demo's customers of both stores, each with one to three orders at several stages and their
// status history: Hopper's electronics (orders HP-…) and Lavka's groceries (LV-…, delivered within
// the hour). Every customer card goes to the change feed.
class DemoCustomers
{
public:
    explicit DemoCustomers(demo::Context &context)
        : m_context(context)
    {}

    // `count` of Hopper's and two fifths as many of Lavka's.
    Result<QList<demo::Customer>> seed(int count);

private:
    Result<demo::Customer> seedCustomer(int index, const QString &store);
    Result<QJsonObject> seedOrder(qint64 customerId, const QString &locale, const QString &store,
                                  QString *number);
    Result<QJsonObject> seedGroceryOrder(qint64 customerId, const QString &locale, QString *number);
    struct OrderTiming
    {
        qint64 placed;
        qint64 step; // between two statuses
        QString delivery;
    };
    Result<QJsonObject> writeOrder(qint64 customerId, const QString &number,
                                   const QJsonArray &items, qint64 total, const QStringList &steps,
                                   const OrderTiming &timing);

    demo::Context &m_context;
};

} // namespace frontline::server
