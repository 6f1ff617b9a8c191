#include "protocol/Project.h"

#include "protocol/FieldLimits.h"
#include "protocol/Json.h"

#include <QJsonArray>

#include <algorithm>

namespace frontline::protocol {
namespace {

const QLatin1StringView Slug("slug");
const QLatin1StringView Name("name");
const QLatin1StringView ShowConversations("show_conversations");
const QLatin1StringView Queues("queues");
const QLatin1StringView Version("version");

Result<QString> checkedName(const QJsonValue &value)
{
    if (!value.isString())
        return json::invalidField(Name, QStringLiteral("must be a string"));
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return json::invalidField(Name, QStringLiteral("is empty"));
    if (name.size() > limits::ProjectName)
        return limits::tooLong(Name, limits::ProjectName, false);
    return name;
}

Result<QStringList> checkedQueues(const QJsonValue &value)
{
    if (!value.isArray())
        return json::invalidField(Queues, QStringLiteral("must be a list of queue ids"));
    const QJsonArray items = value.toArray();
    if (items.size() > limits::ProjectQueues)
        return limits::tooLong(Queues, limits::ProjectQueues, true);
    QStringList queues;
    for (const QJsonValue &item : items) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return json::invalidField(Queues, QStringLiteral("must be a list of queue ids"));
        if (!queues.contains(item.toString().trimmed()))
            queues.append(item.toString().trimmed());
    }
    queues.sort();
    return queues;
}

// The optional fields both writes share.
Result<void> readOptional(const QJsonObject &body, ProjectWrite &write)
{
    if (body.contains(Name)) {
        auto name = checkedName(body.value(Name));
        if (!name)
            return name.error();
        write.name = name.value();
    }
    if (body.contains(ShowConversations)) {
        if (!body.value(ShowConversations).isBool())
            return json::invalidField(ShowConversations, QStringLiteral("must be true or false"));
        write.showConversations = body.value(ShowConversations).toBool();
    }
    if (body.contains(Queues)) {
        auto queues = checkedQueues(body.value(Queues));
        if (!queues)
            return queues.error();
        write.queues = queues.value();
    }
    return {};
}

} // namespace

bool isProjectSlug(const QString &slug)
{
    if (slug.size() < 2 || slug.size() > limits::ProjectSlug)
        return false;
    return std::all_of(slug.begin(), slug.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QJsonObject Project::toJson() const
{
    return QJsonObject{{QLatin1StringView("id"), id},
                       {Slug, slug},
                       {Name, name},
                       {ShowConversations, showConversations},
                       {Queues, QJsonArray::fromStringList(queues)},
                       {Version, version}};
}

Result<Project> Project::fromJson(const QJsonObject &object)
{
    Project project;
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    project.id = id.value();
    project.slug = json::optionalString(object, Slug);
    project.name = json::optionalString(object, Name);
    project.showConversations = object.value(ShowConversations).toBool();
    for (const QJsonValue &queue : object.value(Queues).toArray())
        project.queues.append(queue.toString());
    project.version = object.value(Version).toInteger(1);
    return project;
}

Result<ProjectWrite> projectCreateFromRequest(const QJsonObject &body)
{
    ProjectWrite write;
    const QJsonValue slug = body.value(Slug);
    if (!slug.isString() || !isProjectSlug(slug.toString())) {
        return json::invalidField(
            Slug, QStringLiteral("must be 2-40 characters of a-z, 0-9 and '-' (say \"hopper\")"));
    }
    write.slug = slug.toString();
    if (!body.contains(Name))
        return json::invalidField(Name, QStringLiteral("is required"));
    if (auto read = readOptional(body, write); !read)
        return read.error();
    return write;
}

Result<ProjectWrite> projectUpdateFromRequest(const QJsonObject &body)
{
    ProjectWrite write;
    if (body.contains(Slug))
        return json::invalidField(Slug, QStringLiteral("cannot change: it names the project"));
    auto version = json::requireInteger(body, Version);
    if (!version)
        return version.error();
    if (version.value() < 1)
        return json::invalidField(Version, QStringLiteral("must be the version you read"));
    write.version = version.value();
    if (auto read = readOptional(body, write); !read)
        return read.error();
    if (!write.name && !write.showConversations && !write.queues) {
        return json::invalidField(
            Name, QStringLiteral("nothing to change: give name, show_conversations or queues"));
    }
    return write;
}

} // namespace frontline::protocol
