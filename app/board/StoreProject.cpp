#include "app/board/StoreProject.h"

#include "protocol/Project.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStoreProject, "frontline.board.store")

namespace frontline::app {

StoreProject::StoreProject(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void StoreProject::load(const QString &projectId)
{
    ApiRequest request;
    request.path = protocol::paths::Projects.toString();
    m_client.send(request, this, [this, projectId](const ApiReply &reply) {
        if (!reply.ok()) {
            qCInfo(lcStoreProject) << "projects:" << reply.error.message;
            Q_EMIT failed(reply.error.message);
            return;
        }
        const QJsonArray projects = reply.json.value(u"projects").toArray();
        for (const QJsonValue &each : projects) {
            const QJsonObject project = each.toObject();
            if (!projectId.isEmpty() && project.value(u"id").toString() != projectId)
                continue;
            if (take(project)) {
                Q_EMIT loaded();
                return;
            }
        }
        Q_EMIT failed(tr("The back office did not describe this account's store."));
    });
}

bool StoreProject::take(const QJsonObject &project)
{
    const auto read = protocol::Project::fromJson(project);
    if (!read || read->name.isEmpty())
        return false;
    m_id = read->id;
    m_slug = read->slug;
    m_name = read->name;
    m_showConversations = read->showConversations;
    m_queues = read->queues;
    m_loaded = true;
    return true;
}

} // namespace frontline::app
