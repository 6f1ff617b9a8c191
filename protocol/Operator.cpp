#include "protocol/Operator.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

constexpr auto roleNames =
    enumNames<Role>(std::pair{Role::Operator, QLatin1StringView("operator")},
                    std::pair{Role::Supervisor, QLatin1StringView("supervisor")},
                    std::pair{Role::Trainer, QLatin1StringView("trainer")},
                    std::pair{Role::Admin, QLatin1StringView("admin")},
                    std::pair{Role::Integration, QLatin1StringView("integration")},
                    std::pair{Role::Client, QLatin1StringView("client")});

} // namespace

QString toString(Role role)
{
    return roleNames.name(role);
}

std::optional<Role> roleFromString(QStringView text)
{
    return roleNames.value(text);
}

QJsonObject Operator::toJson() const
{
    QJsonObject object{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("username"), username},
        {QLatin1StringView("display_name"), displayName},
        {QLatin1StringView("role"), toString(role)},
        {QLatin1StringView("line"), line},
        {QLatin1StringView("team"), team},
        {QLatin1StringView("max_chats"), maxChats},
        {QLatin1StringView("locale"), locale},
        {QLatin1StringView("queues"), QJsonArray::fromStringList(queues)},
    };
    if (!projectId.isEmpty())
        object.insert(QLatin1StringView("project_id"), projectId);
    return object;
}

Result<Operator> Operator::fromJson(const QJsonObject &object)
{
    Operator op;
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    op.id = id.value();
    auto username = json::requireString(object, QLatin1StringView("username"));
    if (!username)
        return username.error();
    op.username = username.value();
    op.displayName = json::optionalString(object, QLatin1StringView("display_name"));
    auto roleText = json::requireString(object, QLatin1StringView("role"));
    if (!roleText)
        return roleText.error();
    const auto role = roleFromString(roleText.value());
    if (!role)
        return json::invalidField(QLatin1StringView("role"), QStringLiteral("unknown role"));
    op.role = *role;
    op.line = object.value(QLatin1StringView("line")).toInt(1);
    op.team = json::optionalString(object, QLatin1StringView("team"));
    op.maxChats = object.value(QLatin1StringView("max_chats")).toInt(3);
    op.locale = object.value(QLatin1StringView("locale")).toString(QStringLiteral("en"));
    for (const QJsonValue &queue : object.value(QLatin1StringView("queues")).toArray())
        op.queues.append(queue.toString());
    op.projectId = json::optionalString(object, QLatin1StringView("project_id"));
    return op;
}

} // namespace frontline::protocol
