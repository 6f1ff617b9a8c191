#pragma once

#include "protocol/Result.h"

#include <QJsonObject>

namespace frontline::protocol {

// A canned response. `body` is plain text with {placeholders} (customer_name, order_number, ...)
// that the desktop fills in before the operator sends it.
struct Macro
{
    QString id;
    QString slug;
    QString locale;
    QString title;
    QString shortcut; // the typed shortcut such as "/greet", or empty
    QString body;
    QString projectId; // the store it is for; empty: for every store the center serves

    QJsonObject toJson() const;
    static Result<Macro> fromJson(const QJsonObject &object);

    friend bool operator==(const Macro &, const Macro &) = default;
};

} // namespace frontline::protocol
