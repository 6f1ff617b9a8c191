#include "app/board/StoreDirectory.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStores, "frontline.board.stores")

namespace frontline::app {

StoreDirectory::StoreDirectory(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void StoreDirectory::load()
{
    ApiRequest request;
    request.path = protocol::paths::Projects.toString();
    m_client.send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            qCInfo(lcStores) << "projects:" << reply.error.message;
            Q_EMIT failed(reply.error.message.isEmpty() ? reply.error.code : reply.error.message);
            return;
        }
        take(reply.json);
        Q_EMIT loaded();
    });
}

void StoreDirectory::take(const QJsonObject &answer)
{
    m_stores.clear();
    for (const QJsonValue &each : answer.value(u"projects").toArray()) {
        auto project = protocol::Project::fromJson(each.toObject());
        if (project && !project->name.isEmpty())
            m_stores.append(std::move(project).value());
        else
            qCInfo(lcStores) << "a project the desktop cannot read was left out";
    }
    m_loaded = true;
}

const protocol::Project *StoreDirectory::store(const QString &projectId) const
{
    for (const protocol::Project &each : m_stores)
        if (each.id == projectId)
            return &each;
    return nullptr;
}

} // namespace frontline::app
