#include "protocol/ApiError.h"
#include "protocol/Health.h"
#include "protocol/Json.h"
#include "protocol/Ticket.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::protocol;

namespace {

Ticket sampleTicket()
{
    Ticket ticket;
    ticket.id = QStringLiteral("t-1042");
    ticket.number = 1042;
    ticket.channel = Channel::WebForm;
    ticket.status = TicketStatus::Pending;
    ticket.priority = Priority::High;
    ticket.queue = QStringLiteral("returns");
    ticket.subject = QStringLiteral("Возврат заказа <b>#5531</b>");
    ticket.customerId = QStringLiteral("c-77");
    ticket.assigneeId = QStringLiteral("u-olga");
    ticket.firstResponseDue = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 5, 250), Qt::UTC);
    ticket.resolutionDue = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    ticket.version = 7;
    ticket.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    ticket.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 12, 1), Qt::UTC);
    return ticket;
}

} // namespace

TEST(ProtocolJson, TicketSurvivesARoundTripThroughJsonText)
{
    const Ticket original = sampleTicket();
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);

    const auto object = json::parseObject(text);
    ASSERT_TRUE(object.ok()) << object.error().message.toStdString();
    const auto decoded = Ticket::fromJson(object.value());
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded.value(), original);
}

TEST(ProtocolJson, TicketUsesTheContractsFieldNamesAndValues)
{
    const QJsonObject object = sampleTicket().toJson();
    EXPECT_EQ(object.value(QLatin1StringView("channel")).toString(), u"web_form");
    EXPECT_EQ(object.value(QLatin1StringView("status")).toString(), u"pending");
    EXPECT_EQ(object.value(QLatin1StringView("customer_id")).toString(), u"c-77");
    EXPECT_EQ(object.value(QLatin1StringView("first_response_due")).toString(),
              u"2026-11-23T10:00:05.250Z");
    EXPECT_EQ(object.value(QLatin1StringView("version")).toInteger(), 7);
}

TEST(ProtocolJson, UnassignedTicketHasNullAssignee)
{
    Ticket ticket = sampleTicket();
    ticket.assigneeId.clear();
    const QJsonObject object = ticket.toJson();
    EXPECT_TRUE(object.value(QLatin1StringView("assignee_id")).isNull());
    const auto decoded = Ticket::fromJson(object);
    ASSERT_TRUE(decoded.ok());
    EXPECT_TRUE(decoded->assigneeId.isEmpty());
}

TEST(ProtocolJson, BadTicketFieldsAreNamed)
{
    QJsonObject object = sampleTicket().toJson();
    object.insert(QLatin1StringView("status"), QStringLiteral("lost"));
    auto decoded = Ticket::fromJson(object);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, u"invalid_field");
    EXPECT_EQ(decoded.error().field, u"status");

    object = sampleTicket().toJson();
    object.insert(QLatin1StringView("version"), 1.5);
    decoded = Ticket::fromJson(object);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().field, u"version");

    object = sampleTicket().toJson();
    object.insert(QLatin1StringView("created_at"), QStringLiteral("yesterday"));
    decoded = Ticket::fromJson(object);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().field, u"created_at");

    object = sampleTicket().toJson();
    object.remove(QLatin1StringView("id"));
    decoded = Ticket::fromJson(object);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().field, u"id");
}

TEST(ProtocolJson, MalformedJsonIsAnErrorNotAnEmptyObject)
{
    EXPECT_EQ(json::parseObject("{\"id\": ").error().code, u"malformed_json");
    EXPECT_EQ(json::parseObject("[1, 2]").error().code, u"malformed_json");
    EXPECT_TRUE(json::parseObject("{}").ok());
}

TEST(ProtocolJson, EnumNamesRoundTrip)
{
    for (Channel c :
         {Channel::Chat, Channel::Email, Channel::WebForm, Channel::Phone, Channel::Social})
        EXPECT_EQ(channelFromString(toString(c)), c);
    for (TicketStatus s : {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                           TicketStatus::Resolved, TicketStatus::Closed})
        EXPECT_EQ(ticketStatusFromString(toString(s)), s);
    for (Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
        EXPECT_EQ(priorityFromString(toString(p)), p);
    EXPECT_FALSE(channelFromString(u"fax").has_value());
}

TEST(ProtocolJson, HealthRoundTrip)
{
    const Health health{QStringLiteral("ok"), QStringLiteral("0.1.0")};
    const auto decoded = Health::fromJson(health.toJson());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value(), health);
    EXPECT_FALSE(Health::fromJson(QJsonObject{}).ok());
}

TEST(ProtocolJson, ErrorBodyRoundTrip)
{
    const Error error{QStringLiteral("invalid_field"), QStringLiteral("priority: bad"),
                      QStringLiteral("priority")};
    const QByteArray body = QJsonDocument(errorToJson(error)).toJson();
    EXPECT_EQ(errorFromBody(body, 422), error);

    const Error generic = errorFromBody("<html>bad gateway</html>", 502);
    EXPECT_EQ(generic.code, u"http_502");
}
