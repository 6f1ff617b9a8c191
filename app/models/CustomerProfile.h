#pragma once

#include "protocol/Result.h"

#include <QString>

#include <optional>

namespace frontline::app {

class LocalStore;

// The customer panel's header: the profile as the cache holds it (customer-supplied text, to be
// shown as plain text).
struct CustomerProfile
{
    QString id;
    QString name;
    QString email;
    QString phone;
    QString city;
    QString locale;
};

// The customer of a cached ticket; empty when the ticket is unknown or has no customer.
Result<QString> customerIdOfTicket(const LocalStore &store, const QString &ticketId);
Result<std::optional<CustomerProfile>> loadCustomerProfile(const LocalStore &store,
                                                           const QString &customerId);

} // namespace frontline::app
