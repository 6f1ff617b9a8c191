#pragma once

#include "protocol/Result.h"

#include <QJsonObject>

namespace frontline::protocol {

// GET /healthz: {"status": "ok", "version": "0.1.0"}.
struct Health
{
    QString status;
    QString version;

    QJsonObject toJson() const;
    static Result<Health> fromJson(const QJsonObject &object);

    friend bool operator==(const Health &, const Health &) = default;
};

} // namespace frontline::protocol
