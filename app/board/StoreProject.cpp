#include "app/board/StoreProject.h"

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
    const QString name = project.value(u"name").toString();
    if (name.isEmpty())
        return false;
    m_id = project.value(u"id").toString();
    m_slug = project.value(u"slug").toString();
    m_name = name;
    m_showConversations = project.value(u"show_conversations").toBool();
    m_queues.clear();
    for (const QJsonValue &queue : project.value(u"queues").toArray())
        m_queues.append(queue.toString());
    m_loaded = true;
    return true;
}

} // namespace frontline::app
