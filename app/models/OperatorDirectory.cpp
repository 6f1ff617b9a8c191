#include "app/models/OperatorDirectory.h"

#include "app/store/LocalStore.h"

namespace frontline::app {

QString OperatorDirectory::displayName(const LocalStore &store, const QString &id)
{
    if (id.isEmpty())
        return {};
    auto query = store.read(
        QStringLiteral("SELECT json_extract(json, '$.display_name') FROM operators WHERE id = ?"),
        {id});
    if (!query || !query.value().next())
        return {};
    return query->value(0).toString();
}

} // namespace frontline::app
