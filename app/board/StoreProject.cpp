#include "app/board/StoreProject.h"

#include "app/board/StoreDirectory.h"

namespace frontline::app {

StoreProject::StoreProject(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_directory(new StoreDirectory(client, this))
{
    connect(m_directory, &StoreDirectory::failed, this, &StoreProject::failed);
    connect(m_directory, &StoreDirectory::loaded, this, [this] {
        for (const protocol::Project &project : m_directory->stores()) {
            if (m_wanted.isEmpty() || project.id == m_wanted) {
                take(project);
                Q_EMIT loaded();
                return;
            }
        }
        Q_EMIT failed(tr("The back office did not describe this account's store."));
    });
}

void StoreProject::load(const QString &projectId)
{
    m_wanted = projectId;
    m_directory->load();
}

bool StoreProject::take(const QJsonObject &project)
{
    const auto read = protocol::Project::fromJson(project);
    if (!read || read->name.isEmpty())
        return false;
    take(read.value());
    return true;
}

void StoreProject::take(const protocol::Project &project)
{
    m_id = project.id;
    m_slug = project.slug;
    m_name = project.name;
    m_showConversations = project.showConversations;
    m_queues = project.queues;
    m_loaded = true;
}

} // namespace frontline::app
