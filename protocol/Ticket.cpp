#include "protocol/Ticket.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

constexpr auto channelNames =
    enumNames<Channel>(std::pair{Channel::Chat, QLatin1StringView("chat")},
                       std::pair{Channel::Email, QLatin1StringView("email")},
                       std::pair{Channel::WebForm, QLatin1StringView("web_form")},
                       std::pair{Channel::Phone, QLatin1StringView("phone")},
                       std::pair{Channel::Social, QLatin1StringView("social")});

constexpr auto statusNames =
    enumNames<TicketStatus>(std::pair{TicketStatus::New, QLatin1StringView("new")},
                            std::pair{TicketStatus::Open, QLatin1StringView("open")},
                            std::pair{TicketStatus::Pending, QLatin1StringView("pending")},
                            std::pair{TicketStatus::Resolved, QLatin1StringView("resolved")},
                            std::pair{TicketStatus::Closed, QLatin1StringView("closed")});

constexpr auto priorityNames =
    enumNames<Priority>(std::pair{Priority::Low, QLatin1StringView("low")},
                        std::pair{Priority::Normal, QLatin1StringView("normal")},
                        std::pair{Priority::High, QLatin1StringView("high")},
                        std::pair{Priority::Urgent, QLatin1StringView("urgent")});

template<typename Enum, std::size_t N>
Result<Enum> requireEnum(const QJsonObject &object, QLatin1StringView field,
                         const EnumNames<Enum, N> &names)
{
    auto text = json::requireString(object, field);
    if (!text)
        return text.error();
    if (auto value = names.value(text.value()))
        return *value;
    return json::invalidField(field, QStringLiteral("must be one of ") + names.names().join(u", "));
}

} // namespace

QString toString(Channel channel)
{
    return channelNames.name(channel);
}
QString toString(TicketStatus status)
{
    return statusNames.name(status);
}
QString toString(Priority priority)
{
    return priorityNames.name(priority);
}
std::optional<Channel> channelFromString(QStringView text)
{
    return channelNames.value(text);
}
std::optional<TicketStatus> ticketStatusFromString(QStringView text)
{
    return statusNames.value(text);
}
std::optional<Priority> priorityFromString(QStringView text)
{
    return priorityNames.value(text);
}

QJsonObject Ticket::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("number"), number},
        {QLatin1StringView("channel"), toString(channel)},
        {QLatin1StringView("status"), toString(status)},
        {QLatin1StringView("priority"), toString(priority)},
        {QLatin1StringView("queue"), queue},
        {QLatin1StringView("subject"), subject},
        {QLatin1StringView("customer_id"), json::stringOrNull(customerId)},
        {QLatin1StringView("assignee_id"), json::stringOrNull(assigneeId)},
        {QLatin1StringView("first_response_due"), json::timeOrNull(firstResponseDue)},
        {QLatin1StringView("resolution_due"), json::timeOrNull(resolutionDue)},
        {QLatin1StringView("first_response_at"), json::timeOrNull(firstResponseAt)},
        {QLatin1StringView("last_customer_message_at"), json::timeOrNull(lastCustomerMessageAt)},
        {QLatin1StringView("resolution_code"), resolutionCode},
        {QLatin1StringView("escalation_line"),
         escalationLine > 0 ? QJsonValue(escalationLine) : QJsonValue(QJsonValue::Null)},
        {QLatin1StringView("escalation_team"), escalationTeam},
        {QLatin1StringView("version"), version},
        {QLatin1StringView("created_at"), json::timeOrNull(createdAt)},
        {QLatin1StringView("updated_at"), json::timeOrNull(updatedAt)},
    };
}

Result<Ticket> Ticket::fromJson(const QJsonObject &object)
{
    Ticket ticket;
    auto id = json::requireString(object, QLatin1StringView("id"));
    if (!id)
        return id.error();
    ticket.id = id.value();

    auto number = json::requireInteger(object, QLatin1StringView("number"));
    if (!number)
        return number.error();
    ticket.number = number.value();

    auto channel = requireEnum(object, QLatin1StringView("channel"), channelNames);
    if (!channel)
        return channel.error();
    ticket.channel = channel.value();

    auto status = requireEnum(object, QLatin1StringView("status"), statusNames);
    if (!status)
        return status.error();
    ticket.status = status.value();

    auto priority = requireEnum(object, QLatin1StringView("priority"), priorityNames);
    if (!priority)
        return priority.error();
    ticket.priority = priority.value();

    ticket.queue = json::optionalString(object, QLatin1StringView("queue"));
    ticket.subject = json::optionalString(object, QLatin1StringView("subject"));
    ticket.customerId = json::optionalString(object, QLatin1StringView("customer_id"));
    ticket.assigneeId = json::optionalString(object, QLatin1StringView("assignee_id"));
    ticket.resolutionCode = json::optionalString(object, QLatin1StringView("resolution_code"));
    ticket.escalationLine = object.value(QLatin1StringView("escalation_line")).toInt();
    ticket.escalationTeam = json::optionalString(object, QLatin1StringView("escalation_team"));

    auto version = json::requireInteger(object, QLatin1StringView("version"));
    if (!version)
        return version.error();
    ticket.version = version.value();

    const std::pair<QLatin1StringView, QDateTime Ticket::*> times[] = {
        {QLatin1StringView("first_response_due"), &Ticket::firstResponseDue},
        {QLatin1StringView("resolution_due"), &Ticket::resolutionDue},
        {QLatin1StringView("first_response_at"), &Ticket::firstResponseAt},
        {QLatin1StringView("last_customer_message_at"), &Ticket::lastCustomerMessageAt},
        {QLatin1StringView("created_at"), &Ticket::createdAt},
        {QLatin1StringView("updated_at"), &Ticket::updatedAt},
    };
    for (const auto &[field, member] : times) {
        auto time = json::optionalTime(object, field);
        if (!time)
            return time.error();
        ticket.*member = time.value();
    }
    return ticket;
}

} // namespace frontline::protocol
