#include "protocol/Sandbox.h"

#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

} // namespace

QJsonObject SandboxTrainee::toJson() const
{
    return QJsonObject{{L("operator_id"), operatorId},
                       {L("username"), username},
                       {L("display_name"), displayName},
                       {L("added_at"), json::timeOrNull(addedAt)}};
}

Result<SandboxTrainee> SandboxTrainee::fromJson(const QJsonObject &object)
{
    SandboxTrainee trainee;
    auto id = json::requireString(object, L("operator_id"));
    if (!id)
        return id.error();
    trainee.operatorId = id.value();
    trainee.username = json::optionalString(object, L("username"));
    trainee.displayName = json::optionalString(object, L("display_name"));
    auto added = json::optionalTime(object, L("added_at"));
    if (!added)
        return added.error();
    trainee.addedAt = added.value();
    return trainee;
}

QJsonObject Sandbox::toJson() const
{
    return QJsonObject{{L("name"), name},
                       {L("title"), title},
                       {L("pack_id"), json::stringOrNull(packId)},
                       {L("created_by"), createdById},
                       {L("created_by_name"), createdByName},
                       {L("created_at"), json::timeOrNull(createdAt)},
                       {L("reset_at"), json::timeOrNull(resetAt)},
                       {L("trainees"), json::arrayOf(trainees)}};
}

Result<Sandbox> Sandbox::fromJson(const QJsonObject &object)
{
    Sandbox sandbox;
    auto name = json::requireString(object, L("name"));
    if (!name)
        return name.error();
    sandbox.name = name.value();
    sandbox.title = json::optionalString(object, L("title"));
    sandbox.packId = json::optionalString(object, L("pack_id"));
    sandbox.createdById = json::optionalString(object, L("created_by"));
    sandbox.createdByName = json::optionalString(object, L("created_by_name"));
    auto created = json::optionalTime(object, L("created_at"));
    if (!created)
        return created.error();
    sandbox.createdAt = created.value();
    auto reset = json::optionalTime(object, L("reset_at"));
    if (!reset)
        return reset.error();
    sandbox.resetAt = reset.value();
    auto trainees = json::rowsOf<SandboxTrainee>(object, L("trainees"));
    if (!trainees)
        return trainees.error();
    sandbox.trainees = trainees.value();
    return sandbox;
}

QJsonObject WorkspaceChoice::toJson() const
{
    return QJsonObject{
        {L("name"), name},
        {L("title"), title},
        {L("kind"), sandbox ? QStringLiteral("sandbox") : QStringLiteral("production")},
        {L("role"), role}};
}

Result<WorkspaceChoice> WorkspaceChoice::fromJson(const QJsonObject &object)
{
    WorkspaceChoice choice;
    auto name = json::requireString(object, L("name"));
    if (!name)
        return name.error();
    choice.name = name.value();
    choice.title = json::optionalString(object, L("title"));
    choice.sandbox = json::optionalString(object, L("kind")) == u"sandbox";
    choice.role = json::optionalString(object, L("role"));
    return choice;
}

} // namespace frontline::protocol
