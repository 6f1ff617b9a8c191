#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace frontline::protocol {

enum class Channel
{
    Chat,
    Email,
    WebForm,
    Phone,
    Social
};
enum class TicketStatus
{
    New,
    Open,
    Pending,
    Resolved,
    Closed
};
enum class Priority
{
    Low,
    Normal,
    High,
    Urgent
};

QString toString(Channel channel);
QString toString(TicketStatus status);
QString toString(Priority priority);
std::optional<Channel> channelFromString(QStringView text);
std::optional<TicketStatus> ticketStatusFromString(QStringView text);
std::optional<Priority> priorityFromString(QStringView text);

// A customer's request as the back office tracks it. `version` grows with every change and is
// what If-Match / ETag compare.
struct Ticket
{
    QString id;
    qint64 number = 0;
    Channel channel = Channel::Chat;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    QString queue;
    QString subject;
    QString customerId;
    QString assigneeId; // empty while unassigned
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime firstResponseAt;       // the first reply the customer saw
    QDateTime lastCustomerMessageAt; // what the customer's waiting time counts from
    QString resolutionCode;          // why it was resolved, e.g. "answered", "refund_issued"
    int escalationLine = 0;          // the line an open escalation asks for help, 0 for none
    QString escalationTeam;          // or the team it asks
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Ticket> fromJson(const QJsonObject &object);

    friend bool operator==(const Ticket &, const Ticket &) = default;
};

} // namespace frontline::protocol
