#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace frontline::protocol {

// A store customer as the contact center sees them.
struct Customer
{
    QString id;
    QString externalId; // the store's or the channel's own id
    QString name;
    QString email;
    QString phone;
    QString city;
    QString locale;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Customer fromJson(const QJsonObject &object);
    friend bool operator==(const Customer &, const Customer &) = default;
};

// One step of an order's life: created, paid, handed to the courier, delivered, ...
struct OrderEvent
{
    QString status;
    QString note;
    QDateTime at;

    friend bool operator==(const OrderEvent &, const OrderEvent &) = default;
};

struct Order
{
    QString id;
    QString number;
    QString status;
    qint64 totalCents = 0;
    QString currency = QStringLiteral("RUB");
    QJsonArray items; // [{name, quantity, price_cents}]
    QString deliveryMethod;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<OrderEvent> history; // oldest first

    QJsonObject toJson() const;
    static Order fromJson(const QJsonObject &object);
    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace frontline::protocol
