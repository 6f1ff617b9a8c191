#include "app/models/CustomerProfile.h"

#include "app/store/LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace frontline::app {

Result<QString> customerIdOfTicket(const LocalStore &store, const QString &ticketId)
{
    if (ticketId.isEmpty())
        return QString();
    auto query =
        store.read(QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"), {ticketId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return QString();
    return query->value(0).toString();
}

Result<std::optional<CustomerProfile>> loadCustomerProfile(const LocalStore &store,
                                                           const QString &customerId)
{
    if (customerId.isEmpty())
        return std::optional<CustomerProfile>();
    auto query =
        store.read(QStringLiteral("SELECT json FROM customers WHERE id = ?"), {customerId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<CustomerProfile>();
    const QJsonObject json = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
    return std::optional<CustomerProfile>(
        CustomerProfile{customerId, json.value(u"name").toString(), json.value(u"email").toString(),
                        json.value(u"phone").toString(), json.value(u"city").toString(),
                        json.value(u"locale").toString()});
}

} // namespace frontline::app
