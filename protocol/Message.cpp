#include "protocol/Message.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

constexpr auto kindNames =
    enumNames<AuthorKind>(std::pair{AuthorKind::Customer, QLatin1StringView("customer")},
                          std::pair{AuthorKind::Bot, QLatin1StringView("bot")},
                          std::pair{AuthorKind::Operator, QLatin1StringView("operator")},
                          std::pair{AuthorKind::System, QLatin1StringView("system")});

} // namespace

QString toString(AuthorKind kind)
{
    return kindNames.name(kind);
}

std::optional<AuthorKind> authorKindFromString(QStringView text)
{
    return kindNames.value(text);
}

QJsonObject Message::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("ticket_id"), ticketId},
        {QLatin1StringView("author_kind"), toString(authorKind)},
        {QLatin1StringView("author_id"), json::stringOrNull(authorId)},
        {QLatin1StringView("author_name"), authorName},
        {QLatin1StringView("internal"), internal},
        {QLatin1StringView("whisper"), whisper},
        {QLatin1StringView("body"), body},
        {QLatin1StringView("macro"), json::stringOrNull(macro)},
        {QLatin1StringView("created_at"), json::timeOrNull(createdAt)},
    };
}

Result<Message> Message::fromJson(const QJsonObject &object)
{
    Message message;
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    message.id = id.value();
    auto ticketId = json::requireString(object, QLatin1StringView("ticket_id"));
    if (!ticketId)
        return ticketId.error();
    message.ticketId = ticketId.value();
    auto kindText = json::requireString(object, QLatin1StringView("author_kind"));
    if (!kindText)
        return kindText.error();
    const auto kind = authorKindFromString(kindText.value());
    if (!kind) {
        return json::invalidField(QLatin1StringView("author_kind"),
                                  QStringLiteral("must be customer, bot, operator or system"));
    }
    message.authorKind = *kind;
    message.authorId = json::optionalString(object, QLatin1StringView("author_id"));
    message.authorName = json::optionalString(object, QLatin1StringView("author_name"));
    message.internal = object.value(QLatin1StringView("internal")).toBool();
    message.whisper = object.value(QLatin1StringView("whisper")).toBool();
    auto body = json::requireString(object, QLatin1StringView("body"));
    if (!body)
        return body.error();
    message.body = body.value();
    message.macro = json::optionalString(object, QLatin1StringView("macro"));
    auto created = json::optionalTime(object, QLatin1StringView("created_at"));
    if (!created)
        return created.error();
    message.createdAt = created.value();
    return message;
}

} // namespace frontline::protocol
