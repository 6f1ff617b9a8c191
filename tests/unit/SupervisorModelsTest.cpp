// The supervisor's drill-down models over a real LocalStore filled through its feed applier, each
// under QAbstractItemModelTester (Fatal): an operator's open and handled tickets, a queue's
// waiting tickets oldest first with their waits and SLA clocks, the roster a reassignment chooses
// from, and the reassign and change_operator commands as they enter the outbox.
#include "app/board/DrillDownTicketsModel.h"
#include "app/board/OperatorRosterModel.h"
#include "app/commands/OperatorCommands.h"
#include "app/session/SignedInUser.h"
#include "app/store/ChangeFeedApplier.h"
#include "tests/unit/LocalStoreFixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>

using namespace frontline;
using namespace frontline::test;
using Scope = app::DrillDownTicketsModel::Scope;

namespace {

QJsonObject ticket(const QString &id, const QString &status, const QString &queue,
                   const QString &assignee, const QString &createdAt, const QString &due = {},
                   qint64 version = 1)
{
    QJsonObject json = ticketJson(id, version, status);
    json.insert(u"queue"_qs, queue);
    json.insert(u"assignee_id"_qs, assignee.isEmpty() ? QJsonValue() : QJsonValue(assignee));
    json.insert(u"created_at"_qs, createdAt);
    json.insert(u"updated_at"_qs, createdAt);
    json.insert(u"first_response_due"_qs, due.isEmpty() ? QJsonValue() : QJsonValue(due));
    return json;
}

class SupervisorModelsTest : public LocalStoreTest
{
protected:
    void SetUp() override
    {
        LocalStoreTest::SetUp();
        const QJsonArray changes{
            change(1, u"operator"_qs, u"7"_qs,
                   {{u"id"_qs, u"7"_qs},
                    {u"display_name"_qs, u"Olga"_qs},
                    {u"role"_qs, u"operator"_qs}}),
            change(2, u"operator"_qs, u"7"_qs,
                   {{u"id"_qs, u"7"_qs},
                    {u"max_chats"_qs, 2},
                    {u"queues"_qs, QJsonArray{u"orders"_qs, u"returns"_qs}}}),
            change(3, u"operator"_qs, u"8"_qs,
                   {{u"id"_qs, u"8"_qs},
                    {u"display_name"_qs, u"Ivan"_qs},
                    {u"role"_qs, u"operator"_qs}}),
            change(4, u"operator"_qs, u"9"_qs,
                   {{u"id"_qs, u"9"_qs},
                    {u"display_name"_qs, u"Sofia"_qs},
                    {u"role"_qs, u"supervisor"_qs}}),
            change(5, u"presence"_qs, u"7"_qs,
                   {{u"operator_id"_qs, u"7"_qs},
                    {u"name"_qs, u"Olga"_qs},
                    {u"status"_qs, u"online"_qs},
                    {u"reason"_qs, u""_qs},
                    {u"since"_qs, u"2026-12-06T08:00:00.000Z"_qs}}),
            // Olga: two open chats, one resolved today, one resolved yesterday.
            change(6, u"ticket"_qs, u"11"_qs,
                   ticket(u"11"_qs, u"open"_qs, u"orders"_qs, u"7"_qs,
                          u"2026-12-06T09:00:00.000Z"_qs)),
            change(7, u"ticket"_qs, u"12"_qs,
                   ticket(u"12"_qs, u"pending"_qs, u"orders"_qs, u"7"_qs,
                          u"2026-12-06T09:30:00.000Z"_qs)),
            change(8, u"ticket"_qs, u"13"_qs,
                   ticket(u"13"_qs, u"resolved"_qs, u"orders"_qs, u"7"_qs,
                          u"2026-12-06T07:00:00.000Z"_qs)),
            change(9, u"ticket"_qs, u"14"_qs,
                   ticket(u"14"_qs, u"closed"_qs, u"orders"_qs, u"7"_qs,
                          u"2026-12-05T07:00:00.000Z"_qs)),
            // The returns queue: two waiting (the older second by number), one taken.
            change(10, u"ticket"_qs, u"21"_qs,
                   ticket(u"21"_qs, u"new"_qs, u"returns"_qs, {}, u"2026-12-06T10:05:00.000Z"_qs,
                          u"2026-12-06T10:20:00.000Z"_qs)),
            change(11, u"ticket"_qs, u"22"_qs,
                   ticket(u"22"_qs, u"new"_qs, u"returns"_qs, {}, u"2026-12-06T10:00:00.000Z"_qs,
                          u"2026-12-06T10:08:00.000Z"_qs)),
            change(12, u"ticket"_qs, u"23"_qs,
                   ticket(u"23"_qs, u"open"_qs, u"returns"_qs, u"8"_qs,
                          u"2026-12-06T09:00:00.000Z"_qs)),
        };
        auto applied = app::ChangeFeedApplier(store).applyPage(
            {{u"changes"_qs, changes}, {u"next"_qs, 12}, {u"more"_qs, false}});
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, 0).data(app::DrillDownTicketsModel::TicketIdRole).toString();
        return list;
    }
};

} // namespace

TEST_F(SupervisorModelsTest, DrillDownListsAnOperatorsOpenAndTodaysHandledTickets)
{
    app::DrillDownTicketsModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.show(Scope::OperatorOpen, u"7"_qs);
    EXPECT_EQ(ids(model), (QStringList{u"11"_qs, u"12"_qs}));
    EXPECT_EQ(model.index(0, app::DrillDownTicketsModel::NumberColumn).data().toString(), u"#11");
    model.show(Scope::OperatorHandledToday, u"7"_qs,
               QDateTime(QDate(2026, 12, 6), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(ids(model), (QStringList{u"13"_qs}));
    model.show(Scope::OperatorOpen, u"8"_qs);
    EXPECT_EQ(ids(model), (QStringList{u"23"_qs}));

    // A ticket resolved by the feed leaves her open list at once.
    model.show(Scope::OperatorOpen, u"7"_qs);
    const QJsonObject resolved = change(13, u"ticket"_qs, u"12"_qs,
                                        ticket(u"12"_qs, u"resolved"_qs, u"orders"_qs, u"7"_qs,
                                               u"2026-12-06T09:30:00.000Z"_qs, {}, 2));
    ASSERT_TRUE(
        app::ChangeFeedApplier(store)
            .applyPage(
                {{u"changes"_qs, QJsonArray{resolved}}, {u"next"_qs, 13}, {u"more"_qs, false}})
            .ok());
    EXPECT_EQ(ids(model), (QStringList{u"11"_qs}));
}

TEST_F(SupervisorModelsTest, AQueuesWaitingTicketsComeOldestFirstWithWaitAndSlaClock)
{
    app::DrillDownTicketsModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(10, 10), Qt::UTC); });
    model.show(Scope::QueueWaiting, u"returns"_qs);
    ASSERT_EQ(ids(model), (QStringList{u"22"_qs, u"21"_qs}));
    using Column = app::DrillDownTicketsModel::Column;
    const auto seconds = [&](int row, int column) {
        return model.index(row, column).data(app::DrillDownTicketsModel::SecondsRole);
    };
    EXPECT_EQ(seconds(0, Column::WaitColumn).toLongLong(), 600);
    EXPECT_EQ(seconds(0, Column::SlaColumn).toLongLong(), -120); // breached two minutes ago
    EXPECT_EQ(seconds(1, Column::WaitColumn).toLongLong(), 300);
    EXPECT_EQ(seconds(1, Column::SlaColumn).toLongLong(), 600);
    EXPECT_EQ(model.index(0, Column::WaitColumn).data().toString(), u"10:00");
    EXPECT_EQ(model.index(0, Column::SlaColumn).data().toString(), u"−2:00");
    EXPECT_EQ(model.headerData(Column::SlaColumn, Qt::Horizontal).toString(), u"SLA left");
}

TEST_F(SupervisorModelsTest, TheRosterShowsOperatorsWithPresenceAndOpenChatsOfTheirLimit)
{
    app::OperatorRosterModel roster(store);
    QAbstractItemModelTester tester(&roster, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(roster.rowCount(), 2); // operators only, not the supervisor
    const int olga = roster.rowOf(u"7"_qs);
    const int ivan = roster.rowOf(u"8"_qs);
    ASSERT_GE(olga, 0);
    ASSERT_GE(ivan, 0);
    using Column = app::OperatorRosterModel::Column;
    EXPECT_EQ(roster.index(olga, Column::NameColumn).data().toString(), u"Olga");
    EXPECT_EQ(roster.index(olga, Column::PresenceColumn).data().toString(), u"Online");
    EXPECT_EQ(roster.index(olga, Column::ChatsColumn).data().toString(), u"2 of 2");
    EXPECT_TRUE(roster.index(olga, 0).data(app::OperatorRosterModel::AtLimitRole).toBool());
    EXPECT_EQ(roster.index(ivan, Column::PresenceColumn).data().toString(), u"Offline");
    EXPECT_EQ(roster.index(ivan, Column::ChatsColumn).data().toString(), u"1"); // limit unknown
    roster.setExcluded(u"7"_qs);
    EXPECT_EQ(roster.rowCount(), 1);
    EXPECT_EQ(app::OperatorRosterModel::maxChatsOf(store, u"7"_qs), 2);
    EXPECT_EQ(app::OperatorRosterModel::queuesOf(store, u"7"_qs),
              (QStringList{u"orders"_qs, u"returns"_qs}));
    EXPECT_EQ(app::OperatorRosterModel::knownQueues(store),
              (QStringList{u"orders"_qs, u"returns"_qs}));
}

TEST_F(SupervisorModelsTest, AReassignmentAndAnOperatorsSettingsEnterTheOutbox)
{
    app::SignedInUser sofia;
    sofia.id = u"9"_qs;
    sofia.displayName = u"Sofia"_qs;
    app::OperatorCommands commands(store, sofia);
    // A reason is required and has a maximum; nothing is queued without one.
    EXPECT_FALSE(commands.reassign(u"11"_qs, u"8"_qs, u"  "_qs).ok());
    EXPECT_FALSE(commands.reassign(u"11"_qs, u"8"_qs, QString(501, u'x')).ok());
    EXPECT_FALSE(commands.changeOperator(u"7"_qs, 21, std::nullopt).ok());
    EXPECT_EQ(outboxRows(), 0);

    ASSERT_TRUE(commands.reassign(u"11"_qs, u"8"_qs, u"He knows the customer"_qs).ok());
    ASSERT_TRUE(commands.changeOperator(u"7"_qs, 4, QStringList{u"orders"_qs}).ok());
    auto rows = store.read(u"SELECT command, target_id, payload, base_version FROM outbox "
                           u"ORDER BY id"_qs);
    ASSERT_TRUE(rows.ok());
    ASSERT_TRUE(rows.value().next());
    EXPECT_EQ(rows->value(0).toString(), u"reassign");
    EXPECT_EQ(rows->value(1).toString(), u"11");
    const QJsonObject payload = QJsonDocument::fromJson(rows->value(2).toByteArray()).object();
    EXPECT_EQ(payload[u"changes"_qs][u"assignee_id"_qs].toString(), u"8");
    EXPECT_EQ(payload[u"changes"_qs][u"assignment_reason"_qs].toString(), u"He knows the customer");
    EXPECT_EQ(rows->value(3).toLongLong(), 1);
    ASSERT_TRUE(rows.value().next());
    EXPECT_EQ(rows->value(0).toString(), u"change_operator");
    EXPECT_EQ(QJsonDocument::fromJson(rows->value(2).toByteArray()).object(),
              (QJsonObject{{u"max_chats"_qs, 4}, {u"queues"_qs, QJsonArray{u"orders"_qs}}}));
    // The echo shows the ticket with its new assignee while the command waits.
    auto shown = store.ticket(u"11"_qs);
    ASSERT_TRUE(shown.ok() && shown.value());
    EXPECT_EQ((*shown.value()).ticket.assigneeId, u"8");
}
