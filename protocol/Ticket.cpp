#include "protocol/Ticket.h"

#include "protocol/Json.h"

#include <array>
#include <utility>

namespace frontline::protocol {
namespace {

template<typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, QLatin1StringView>, N>;

constexpr NameTable<Channel, 5> channelNames{{
    {Channel::Chat, QLatin1StringView("chat")},
    {Channel::Email, QLatin1StringView("email")},
    {Channel::WebForm, QLatin1StringView("web_form")},
    {Channel::Phone, QLatin1StringView("phone")},
    {Channel::Social, QLatin1StringView("social")},
}};

constexpr NameTable<TicketStatus, 5> statusNames{{
    {TicketStatus::New, QLatin1StringView("new")},
    {TicketStatus::Open, QLatin1StringView("open")},
    {TicketStatus::Pending, QLatin1StringView("pending")},
    {TicketStatus::Resolved, QLatin1StringView("resolved")},
    {TicketStatus::Closed, QLatin1StringView("closed")},
}};

constexpr NameTable<Priority, 4> priorityNames{{
    {Priority::Low, QLatin1StringView("low")},
    {Priority::Normal, QLatin1StringView("normal")},
    {Priority::High, QLatin1StringView("high")},
    {Priority::Urgent, QLatin1StringView("urgent")},
}};

template<typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QString(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, QStringView text)
{
    for (const auto &[key, name] : table) {
        if (text == name)
            return key;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
Result<Enum> requireEnum(const QJsonObject &object, QLatin1StringView field,
                         const NameTable<Enum, N> &table)
{
    auto text = json::requireString(object, field);
    if (!text)
        return text.error();
    if (auto value = valueOf(table, text.value()))
        return *value;
    QStringList allowed;
    for (const auto &entry : table)
        allowed << QString(entry.second);
    return json::invalidField(field, QStringLiteral("must be one of ") + allowed.join(u", "));
}

} // namespace

QString toString(Channel channel)
{
    return nameOf(channelNames, channel);
}
QString toString(TicketStatus status)
{
    return nameOf(statusNames, status);
}
QString toString(Priority priority)
{
    return nameOf(priorityNames, priority);
}
std::optional<Channel> channelFromString(QStringView text)
{
    return valueOf(channelNames, text);
}
std::optional<TicketStatus> ticketStatusFromString(QStringView text)
{
    return valueOf(statusNames, text);
}
std::optional<Priority> priorityFromString(QStringView text)
{
    return valueOf(priorityNames, text);
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
        {QLatin1StringView("customer_id"), customerId},
        {QLatin1StringView("assignee_id"),
         assigneeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assigneeId)},
        {QLatin1StringView("first_response_due"), json::formatTime(firstResponseDue)},
        {QLatin1StringView("resolution_due"), json::formatTime(resolutionDue)},
        {QLatin1StringView("version"), version},
        {QLatin1StringView("created_at"), json::formatTime(createdAt)},
        {QLatin1StringView("updated_at"), json::formatTime(updatedAt)},
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

    auto version = json::requireInteger(object, QLatin1StringView("version"));
    if (!version)
        return version.error();
    ticket.version = version.value();

    const std::pair<QLatin1StringView, QDateTime Ticket::*> times[] = {
        {QLatin1StringView("first_response_due"), &Ticket::firstResponseDue},
        {QLatin1StringView("resolution_due"), &Ticket::resolutionDue},
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
