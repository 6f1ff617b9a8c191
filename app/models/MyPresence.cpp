#include "app/models/MyPresence.h"

#include "app/store/LocalStore.h"

namespace frontline::app {

Result<MyPresence> MyPresence::read(const LocalStore &store, const QString &operatorId)
{
    auto query = store.read(
        QStringLiteral("SELECT status, reason FROM presence WHERE operator_id = ?"), {operatorId});
    if (!query)
        return query.error();
    MyPresence presence;
    if (query.value().next()) {
        presence.status = query->value(0).toString();
        presence.reason = query->value(1).toString();
    }
    return presence;
}

} // namespace frontline::app
