#pragma once

#include "protocol/Customer.h"
#include "protocol/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace frontline::app {

class LocalStore;

// A `{name}` left in a reply: where it starts, how long it is (braces included), its name.
struct Placeholder
{
    int position = 0;
    int length = 0;
    QString name;

    friend bool operator==(const Placeholder &, const Placeholder &) = default;
};

// Fills a canned response's placeholders for one conversation from the local cache:
// {customer_name}, {operator_name}, {ticket_number} and the fields of the order the conversation
// is about ({order_number}, {order_status}, {order_date}, {order_total}, {delivery_method},
// {order_items}). A placeholder the cache cannot fill ({tracking_number}: orders carry none)
// stays as written, so the composer can point at it and refuse to send it to the customer.
class CannedResponseFiller
{
public:
    // `operatorName` is the signed-in operator's display name.
    CannedResponseFiller(const LocalStore &store, const QString &operatorName);

    // `body` with every placeholder the cache can fill for `ticketId` filled, worded in the
    // response's `locale` ("en", "ru"; the customer reads the status and the date).
    Result<QString> fill(const QString &body, const QString &ticketId, const QString &locale) const;
    // The values the cache holds for `ticketId`, by placeholder name (without braces).
    Result<QHash<QString, QString>> valuesFor(const QString &ticketId, const QString &locale) const;
    // The order the conversation names (the one mentioned last in its messages or subject),
    // else the customer's latest order; none when the customer has no cached order.
    Result<std::optional<protocol::Order>> orderOf(const QString &ticketId) const;

    // The language the ticket's customer writes in ("ru"), empty when the cache does not say.
    Result<QString> customerLocale(const QString &ticketId) const;

    // `body` with each placeholder that has a value in `values` replaced by it.
    static QString fillWith(const QString &body, const QHash<QString, QString> &values);
    // The `{snake_case}` placeholders still in `text`, in order.
    static QList<Placeholder> placeholdersIn(const QString &text);
    // A name is the first word of a full name: "Hello, Maria!", "My name is Olga".
    static QString firstName(const QString &fullName);

private:
    const LocalStore &m_store;
    QString m_operatorName;
};

} // namespace frontline::app
