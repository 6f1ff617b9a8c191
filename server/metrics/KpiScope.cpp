#include "server/metrics/KpiScope.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/identity/Caller.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

namespace frontline::server {
namespace {

Error noSuchProject()
{
    return Error{QString(protocol::errors::NotFound), QStringLiteral("no such project")};
}

} // namespace

QString KpiScope::condition(QStringView column) const
{
    if (!isProject())
        return {};
    if (queueIds.isEmpty())
        return QStringLiteral(" AND 1 = 0"); // a project without queues has no tickets
    QString placeholders = QStringLiteral("?");
    placeholders += QStringLiteral(", ?").repeated(queueIds.size() - 1);
    return QStringLiteral(" AND %1 IN (%2)").arg(column, placeholders);
}

QVariantList KpiScope::bind(QVariantList args) const
{
    for (const QString &queue : queueIds)
        args.append(queue);
    return args;
}

Result<KpiScope> KpiScope::ofProject(Store &store, qint64 projectId)
{
    auto known = store.scalar(QStringLiteral("SELECT id FROM projects WHERE id = ?"), {projectId});
    if (!known)
        return known.error();
    if (known->isNull())
        return noSuchProject();
    auto queues = store.run(
        QStringLiteral("SELECT id FROM queues WHERE project_id = ? ORDER BY id"), {projectId});
    if (!queues)
        return queues.error();
    KpiScope scope;
    scope.projectId = projectId;
    while (queues.value()->next())
        scope.queueIds.append(queues.value()->value(0).toString());
    queues.value()->finish();
    return scope;
}

Result<KpiScope> KpiScope::forCaller(Store &store, const Caller &caller, const QString &requested)
{
    qint64 asked = 0;
    if (!requested.isEmpty()) {
        bool ok = false;
        asked = requested.toLongLong(&ok);
        if (!ok || asked <= 0)
            return protocol::json::invalidField(QStringLiteral("project_id"),
                                                QStringLiteral("must be a project id"));
    }
    if (caller.isClient()) {
        // A store's account never learns whether another store's project exists.
        if (caller.projectId() <= 0 || (asked && asked != caller.projectId()))
            return noSuchProject();
        return ofProject(store, caller.projectId());
    }
    if (!asked)
        return KpiScope{};
    return ofProject(store, asked);
}

} // namespace frontline::server
