#pragma once

#include "protocol/Result.h"
#include "server/simulation/DemoData.h"

namespace frontline::server {

// The demo's customers, each with one to three orders at several stages and their status history;
// every customer card goes to the change feed.
class DemoCustomers
{
public:
    explicit DemoCustomers(demo::Context &context)
        : m_context(context)
    {}

    Result<QList<demo::Customer>> seed(int count);

private:
    Result<demo::Customer> seedCustomer(int index);
    Result<QJsonObject> seedOrder(qint64 customerId, const QString &locale, QString *number);

    demo::Context &m_context;
};

} // namespace frontline::server
