#include "server/api/StoreScope.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/kb/KbService.h"

namespace frontline::server {

Result<qint64> projectIdField(const QString &text)
{
    if (text.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return protocol::json::invalidField(QStringLiteral("project_id"),
                                            QStringLiteral("must be a project id"));
    return id;
}

Result<qint64> searchedStore(const ApiRequest &request)
{
    auto project = projectIdField(request.query(QStringLiteral("project_id")));
    if (!project)
        return project.error();
    if (auto known = KbService::checkProject(*request.caller.store, project.value()); !known)
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No project %1").arg(project.value())};
    return project.value();
}

} // namespace frontline::server
