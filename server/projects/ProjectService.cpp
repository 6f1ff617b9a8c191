#include "server/projects/ProjectService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

#include <map>

namespace frontline::server {
namespace {

const QString ProjectColumns =
    QStringLiteral("SELECT id, slug, name, show_conversations, version FROM projects ");

protocol::Project projectFromRow(const QSqlQuery &row)
{
    protocol::Project project;
    project.id = QString::number(row.value(0).toLongLong());
    project.slug = row.value(1).toString();
    project.name = row.value(2).toString();
    project.showConversations = row.value(3).toInt() != 0;
    project.version = row.value(4).toLongLong();
    return project;
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound), QStringLiteral("No project %1").arg(id)};
}

qint64 parseId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

// Every project's queues, by project id.
Result<std::map<qint64, QStringList>> queuesByProject(Store &store)
{
    auto query = store.run(QStringLiteral(
        "SELECT project_id, id FROM queues WHERE project_id IS NOT NULL ORDER BY id"));
    if (!query)
        return query.error();
    std::map<qint64, QStringList> queues;
    while (query.value()->next())
        queues[query.value()->value(0).toLongLong()].append(query.value()->value(1).toString());
    query.value()->finish();
    return queues;
}

// invalid_field naming the first of `queues` that does not exist.
Result<void> checkQueuesExist(Store &store, const QStringList &queues)
{
    for (const QString &queue : queues) {
        auto found = store.scalar(QStringLiteral("SELECT id FROM queues WHERE id = ?"), {queue});
        if (!found)
            return found.error();
        if (found.value().isNull())
            return protocol::json::invalidField(QStringLiteral("queues"),
                                                QStringLiteral("no queue %1").arg(queue));
    }
    return {};
}

} // namespace

ProjectService::ProjectService(ChangeLog &changes, Clock clock)
    : m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<QList<protocol::Project>> ProjectService::list(const Caller &caller)
{
    Store &store = *caller.store;
    // A store's account learns of its own project only, as if the others did not exist.
    auto query = caller.isClient() ? store.run(ProjectColumns + u"WHERE id = ? ORDER BY name, id",
                                               {caller.projectId()})
                                   : store.run(ProjectColumns + u"ORDER BY name, id");
    if (!query)
        return query.error();
    QList<protocol::Project> projects;
    while (query.value()->next())
        projects.append(projectFromRow(*query.value()));
    query.value()->finish();
    auto queues = queuesByProject(store);
    if (!queues)
        return queues.error();
    for (protocol::Project &project : projects)
        project.queues = queues.value()[project.id.toLongLong()];
    return projects;
}

Result<protocol::Project> ProjectService::get(Store &store, qint64 id)
{
    auto query = store.run(ProjectColumns + u"WHERE id = ?", {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(QString::number(id));
    protocol::Project project = projectFromRow(*query.value());
    query.value()->finish();
    auto queues = queuesOf(store, id);
    if (!queues)
        return queues.error();
    project.queues = queues.value();
    return project;
}

Result<qint64> ProjectService::idOfSlug(Store &store, const QString &slug)
{
    auto id = store.scalar(QStringLiteral("SELECT id FROM projects WHERE slug = ?"), {slug});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<QStringList> ProjectService::queuesOf(Store &store, qint64 projectId)
{
    auto query = store.run(QStringLiteral("SELECT id FROM queues WHERE project_id = ? ORDER BY id"),
                           {projectId});
    if (!query)
        return query.error();
    QStringList queues;
    while (query.value()->next())
        queues.append(query.value()->value(0).toString());
    query.value()->finish();
    return queues;
}

Result<qint64> ProjectService::projectOfQueue(Store &store, const QString &queueId)
{
    auto project =
        store.scalar(QStringLiteral("SELECT project_id FROM queues WHERE id = ?"), {queueId});
    if (!project)
        return project.error();
    return project.value().toLongLong();
}

Result<qint64> ProjectService::projectOfTicket(Store &store, qint64 ticketId)
{
    auto project = store.scalar(QStringLiteral("SELECT q.project_id FROM tickets t JOIN queues q "
                                               "ON q.id = t.queue_id WHERE t.id = ?"),
                                {ticketId});
    if (!project)
        return project.error();
    return project.value().toLongLong();
}

Result<protocol::Project> ProjectService::create(Store &store, const QJsonObject &body)
{
    auto write = protocol::projectCreateFromRequest(body);
    if (!write)
        return write.error();
    return create(store, write.value());
}

Result<protocol::Project> ProjectService::create(Store &store, const protocol::ProjectWrite &write)
{
    if (!protocol::isProjectSlug(write.slug) || !write.name) {
        return protocol::json::invalidField(QStringLiteral("slug"),
                                            QStringLiteral("a project needs a slug and a name"));
    }
    if (write.name->size() > protocol::limits::ProjectName)
        return protocol::limits::tooLong(QStringLiteral("name"), protocol::limits::ProjectName,
                                         false);
    if (write.queues && write.queues->size() > protocol::limits::ProjectQueues)
        return protocol::limits::tooLong(QStringLiteral("queues"), protocol::limits::ProjectQueues,
                                         true);
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto taken = idOfSlug(store, write.slug);
    if (!taken)
        return taken.error();
    if (taken.value() > 0) {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("A project named %1 exists already").arg(write.slug)};
    }
    auto count = store.scalar(QStringLiteral("SELECT COUNT(*) FROM projects"));
    if (!count)
        return count.error();
    if (count.value().toLongLong() >= protocol::limits::ProjectsEach) {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("The center has %1 projects, the most one workspace keeps")
                         .arg(protocol::limits::ProjectsEach)};
    }
    const QStringList queues = write.queues.value_or(QStringList{});
    if (auto exist = checkQueuesExist(store, queues); !exist)
        return exist.error();
    const qint64 now = m_clock();
    auto id = store.insert(
        QStringLiteral("INSERT INTO projects (slug, name, show_conversations, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {write.slug, *write.name, write.showConversations.value_or(false) ? 1 : 0, now, now});
    if (!id)
        return id.error();
    if (auto moved = setQueues(store, id.value(), queues, now); !moved)
        return moved.error();
    if (auto recorded = recordChange(store, id.value(), QStringLiteral("create"), now); !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return get(store, id.value());
}

Result<protocol::Project> ProjectService::update(Store &store, const QString &id,
                                                 const QJsonObject &body)
{
    const qint64 projectId = parseId(id);
    if (projectId == 0)
        return notFound(id);
    auto write = protocol::projectUpdateFromRequest(body);
    if (!write)
        return write.error();
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto current = get(store, projectId);
    if (!current)
        return current.error();
    if (current->version != write->version) {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("Project %1 changed since you read it (version %2, now %3): "
                                    "read it again")
                         .arg(current->slug)
                         .arg(write->version)
                         .arg(current->version)};
    }
    if (write->queues) {
        if (auto exist = checkQueuesExist(store, *write->queues); !exist)
            return exist.error();
    }
    const qint64 now = m_clock();
    auto updated = store.update(
        QStringLiteral("UPDATE projects SET name = ?, show_conversations = ?, version = version "
                       "+ 1, updated_at = ? WHERE id = ? AND version = ?"),
        {write->name.value_or(current->name),
         write->showConversations.value_or(current->showConversations) ? 1 : 0, now, projectId,
         write->version});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("Project %1 changed meanwhile: read it again").arg(id)};
    if (write->queues) {
        if (auto moved = setQueues(store, projectId, *write->queues, now); !moved)
            return moved.error();
    }
    if (auto recorded = recordChange(store, projectId, QStringLiteral("update"), now); !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return get(store, projectId);
}

Result<void> ProjectService::setQueues(Store &store, qint64 projectId, const QStringList &queues,
                                       qint64 now)
{
    // The projects that lose a queue to this one: their list changes too.
    QList<qint64> losers;
    for (const QString &queue : queues) {
        auto owner = projectOfQueue(store, queue);
        if (!owner)
            return owner.error();
        if (owner.value() > 0 && owner.value() != projectId && !losers.contains(owner.value()))
            losers.append(owner.value());
    }
    auto cleared = store.update(QStringLiteral("UPDATE queues SET project_id = NULL WHERE "
                                               "project_id = ? AND NOT ") +
                                    store.inList(QStringLiteral("id")),
                                {projectId, Store::listParameter(queues)});
    if (!cleared)
        return cleared.error();
    auto moved = store.update(QStringLiteral("UPDATE queues SET project_id = ? WHERE ") +
                                  store.inList(QStringLiteral("id")),
                              {projectId, Store::listParameter(queues)});
    if (!moved)
        return moved.error();
    for (const qint64 loser : std::as_const(losers)) {
        auto bumped = store.update(QStringLiteral("UPDATE projects SET version = version + 1, "
                                                  "updated_at = ? WHERE id = ?"),
                                   {now, loser});
        if (!bumped)
            return bumped.error();
        if (auto recorded = recordChange(store, loser, QStringLiteral("update"), now); !recorded)
            return recorded.error();
    }
    return {};
}

Result<void> ProjectService::recordChange(Store &store, qint64 projectId, const QString &op,
                                          qint64 now)
{
    auto project = get(store, projectId);
    if (!project)
        return project.error();
    // Staff only (FeedEntity.cpp): client desktops read GET /projects when they sign in.
    const ChangeAudience audience = ChangeAudience::staff();
    auto seq = m_changes.append(store, QStringLiteral("project"), project->id, op,
                                project->toJson(), audience, now);
    if (!seq)
        return seq.error();
    store.afterCommit([this, workspace = store.workspace(), seq = seq.value(), audience] {
        m_changes.announce(workspace, seq, QStringLiteral("project"), audience);
    });
    return {};
}

} // namespace frontline::server
