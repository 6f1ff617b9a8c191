#pragma once

#include "protocol/Result.h"

#include <QString>

namespace frontline::app {

class LocalStore;

// The signed-in operator's presence as the cache has it (with a queued change laid over).
struct MyPresence
{
    QString status = QStringLiteral("offline");
    QString reason;

    static Result<MyPresence> read(const LocalStore &store, const QString &operatorId);
};

} // namespace frontline::app
