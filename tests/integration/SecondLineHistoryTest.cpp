#include "app/models/PreviousTicketsModel.h"
#include "tests/integration/SyncFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>

using namespace frontline;
using namespace frontline::test;

namespace {

// olga (1st line: returns) and pavel (2nd line: delivery only, so the customer's tickets are not
// in his queues).
class SecondLineHistoryTest : public SyncTest
{
protected:
    void SetUp() override
    {
        backOffice = std::make_unique<BackOfficeProcess>(
            QStringList{QStringLiteral("--login-delay-ms"), QStringLiteral("1")});
        ASSERT_TRUE(backOffice->addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                        {QStringLiteral("returns")}));
        ASSERT_TRUE(backOffice->addUser(QStringLiteral("pavel"), QStringLiteral("operator"),
                                        {QStringLiteral("delivery")}, 2));
        ASSERT_TRUE(backOffice->start());
        ASSERT_TRUE(cacheDirectory.isValid());
    }

    // The same customer writes to the returns queue on channel `n` (an open ticket on the same
    // channel would take the message). Answers the ticket's id.
    QString customerWrites(HttpClient &channel, int n, const QString &subject)
    {
        static const QStringList channels{QStringLiteral("email"), QStringLiteral("web_form"),
                                          QStringLiteral("social")};
        const QJsonObject body{
            {QStringLiteral("channel"), channels.at(n - 1)},
            {QStringLiteral("external_message_id"), QStringLiteral("mail-%1").arg(n)},
            {QStringLiteral("queue"), QStringLiteral("returns")},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("external_id"), QStringLiteral("shop-77")},
                         {QStringLiteral("name"), QStringLiteral("Анна Петрова")},
                         {QStringLiteral("email"), QStringLiteral("anna@mail.example")}}},
            {QStringLiteral("text"), subject}};
        const HttpReply reply = channel.send("POST", QStringLiteral("/api/v1/intake/messages"),
                                             json(body), {{"Content-Type", "application/json"}});
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return reply.json().value(u"ticket_id").toString();
    }
};

} // namespace

// The 2nd line working an escalation sees the customer's previous tickets as the 1st line does,
// also when its client had synced before the escalation (the feed's cursor was past them).
TEST_F(SecondLineHistoryTest, TheSecondLineSeesTheEscalatedCustomersPreviousTickets)
{
    auto channel = std::make_unique<HttpClient>(backOffice->baseUrl());
    channel->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("mail")));
    const QString first = customerWrites(*channel, 1, QStringLiteral("Return of the boots"));
    const QString second = customerWrites(*channel, 2, QStringLiteral("Refund for the boots"));
    const QString current = customerWrites(*channel, 3, QStringLiteral("Still no refund!"));
    ASSERT_FALSE(first.isEmpty() || second.isEmpty() || current.isEmpty());
    ASSERT_NE(first, second);

    auto pavel = connect(QStringLiteral("pavel"));
    ASSERT_TRUE(syncUntilIdle(*pavel));
    EXPECT_FALSE(pavel->store->ticket(first).value().has_value()); // not his queue

    auto olga = signIn(QStringLiteral("olga"));
    const HttpReply escalated = olga->send(
        "POST", u"/api/v1/tickets/" + current + u"/escalations",
        json({{QStringLiteral("target_line"), 2},
              {QStringLiteral("reason_code"), QStringLiteral("refund_approval")},
              {QStringLiteral("note"), QStringLiteral("Third letter about the refund")}}),
        {{"Content-Type", "application/json"}});
    ASSERT_EQ(escalated.status, 201) << escalated.body.toStdString();
    ASSERT_TRUE(syncUntilIdle(*pavel));

    const auto ticket = pavel->store->ticket(current).value();
    ASSERT_TRUE(ticket.has_value());
    app::PreviousTicketsModel previous(*pavel->store);
    QAbstractItemModelTester tester(&previous,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(previous.setCustomer(ticket->ticket.customerId, current).ok());
    ASSERT_EQ(previous.rowCount(), 2);
    EXPECT_EQ(previous.ticketId(0), second); // newest first
    EXPECT_EQ(previous.ticketId(1), first);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < previous.columnCount(); ++column)
            EXPECT_FALSE(previous.index(row, column).data().toString().isEmpty())
                << "row " << row << " column " << column;
    }
    EXPECT_EQ(previous.index(0, app::PreviousTicketsModel::SubjectColumn).data().toString(),
              u"Refund for the boots");

    // The records only: their conversations stay with the 1st line's queue.
    EXPECT_TRUE(pavel->store->messages(first).value().isEmpty());
    EXPECT_EQ(signIn(QStringLiteral("pavel"))->get(u"/api/v1/tickets/" + first).status, 404);
}
