#include "app/training/Colleagues.h"

#include "app/store/LocalStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace frontline::app {

Result<QList<Colleague>> operatorsOnTheLine(const LocalStore &store)
{
    auto query = store.read(QStringLiteral(
        "SELECT id, json_extract(json, '$.display_name') AS name FROM operators WHERE "
        "json_extract(json, '$.role') = 'operator' ORDER BY name"));
    if (!query)
        return query.error();
    QList<Colleague> list;
    while (query.value().next())
        list.append({query.value().value(0).toString(), query.value().value(1).toString()});
    return list;
}

} // namespace frontline::app
