#include "protocol/Customer.h"

#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

QDateTime timeOf(const QJsonObject &object, QLatin1StringView field)
{
    auto time = json::optionalTime(object, field);
    return time ? time.value() : QDateTime();
}

} // namespace

QJsonObject Customer::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("external_id"), json::stringOrNull(externalId)},
        {QLatin1StringView("name"), name},
        {QLatin1StringView("email"), email},
        {QLatin1StringView("phone"), phone},
        {QLatin1StringView("city"), city},
        {QLatin1StringView("locale"), locale},
        {QLatin1StringView("created_at"), json::timeOrNull(createdAt)},
    };
}

Customer Customer::fromJson(const QJsonObject &object)
{
    Customer c;
    c.id = json::optionalString(object, QLatin1StringView("id"));
    c.externalId = json::optionalString(object, QLatin1StringView("external_id"));
    c.name = json::optionalString(object, QLatin1StringView("name"));
    c.email = json::optionalString(object, QLatin1StringView("email"));
    c.phone = json::optionalString(object, QLatin1StringView("phone"));
    c.city = json::optionalString(object, QLatin1StringView("city"));
    c.locale = json::optionalString(object, QLatin1StringView("locale"));
    c.createdAt = timeOf(object, QLatin1StringView("created_at"));
    return c;
}

QJsonObject Order::toJson() const
{
    QJsonArray events;
    for (const OrderEvent &event : history) {
        events.append(QJsonObject{{QLatin1StringView("status"), event.status},
                                  {QLatin1StringView("note"), event.note},
                                  {QLatin1StringView("at"), json::timeOrNull(event.at)}});
    }
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("number"), number},
        {QLatin1StringView("status"), status},
        {QLatin1StringView("total_cents"), totalCents},
        {QLatin1StringView("currency"), currency},
        {QLatin1StringView("items"), items},
        {QLatin1StringView("delivery_method"), deliveryMethod},
        {QLatin1StringView("created_at"), json::timeOrNull(createdAt)},
        {QLatin1StringView("updated_at"), json::timeOrNull(updatedAt)},
        {QLatin1StringView("history"), events},
    };
}

Order Order::fromJson(const QJsonObject &object)
{
    Order o;
    o.id = json::optionalString(object, QLatin1StringView("id"));
    o.number = json::optionalString(object, QLatin1StringView("number"));
    o.status = json::optionalString(object, QLatin1StringView("status"));
    o.totalCents = object.value(QLatin1StringView("total_cents")).toInteger();
    o.currency = json::optionalString(object, QLatin1StringView("currency"));
    o.items = object.value(QLatin1StringView("items")).toArray();
    o.deliveryMethod = json::optionalString(object, QLatin1StringView("delivery_method"));
    o.createdAt = timeOf(object, QLatin1StringView("created_at"));
    o.updatedAt = timeOf(object, QLatin1StringView("updated_at"));
    for (const QJsonValue &value : object.value(QLatin1StringView("history")).toArray()) {
        const QJsonObject event = value.toObject();
        o.history.append(OrderEvent{json::optionalString(event, QLatin1StringView("status")),
                                    json::optionalString(event, QLatin1StringView("note")),
                                    timeOf(event, QLatin1StringView("at"))});
    }
    return o;
}

} // namespace frontline::protocol
