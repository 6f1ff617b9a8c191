// The ticket queue's model over a real LocalStore filled through the change-feed applier: paging,
// filters and sorting in SQL, SLA states on a fixed clock, unread markers, live updates by id that
// keep the selection, and claiming.
#include "app/models/TicketQueueModel.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/SlaClock.h"
#include "app/models/TicketQueueQuery.h"
#include "app/session/SignedInUser.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline::app;

namespace {

const QDateTime Start = QDateTime::fromString(u"2026-11-23T10:00:00.000Z"_qs, Qt::ISODateWithMs);

QString at(int minutes)
{
    return Start.addSecs(minutes * 60).toString(Qt::ISODateWithMs);
}

struct TicketSpec
{
    int number;
    QString channel = u"chat"_qs;
    QString status = u"new"_qs;
    QString priority = u"normal"_qs;
    QString queue = u"orders"_qs;
    QString subject = u"Where is my order?"_qs;
    QString customer = u"c1"_qs;
    QString assignee = QString();
    int firstResponseDueMinutes = 60;
};

QJsonObject ticketJson(const TicketSpec &spec, qint64 version = 1)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject{{u"id"_qs, QString::number(spec.number)},
                       {u"number"_qs, spec.number},
                       {u"channel"_qs, spec.channel},
                       {u"status"_qs, spec.status},
                       {u"priority"_qs, spec.priority},
                       {u"queue"_qs, spec.queue},
                       {u"subject"_qs, spec.subject},
                       {u"customer_id"_qs, orNull(spec.customer)},
                       {u"assignee_id"_qs, orNull(spec.assignee)},
                       {u"first_response_due"_qs, at(spec.firstResponseDueMinutes)},
                       {u"resolution_due"_qs, at(24 * 60)},
                       {u"first_response_at"_qs, QJsonValue::Null},
                       {u"last_customer_message_at"_qs, at(0)},
                       {u"version"_qs, version},
                       {u"created_at"_qs, at(0)},
                       {u"updated_at"_qs, at(0)}};
}

qint64 lastSeq = 0;

QJsonObject change(const QString &entity, const QString &id, const QJsonObject &data)
{
    return QJsonObject{{u"seq"_qs, ++lastSeq},
                       {u"entity"_qs, entity},
                       {u"id"_qs, id},
                       {u"op"_qs, u"update"_qs},
                       {u"data"_qs, data}};
}

class TicketQueueModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"cache.sqlite"_qs)).ok());
        apply({change(u"operator"_qs, u"op1"_qs,
                      {{u"id"_qs, u"op1"_qs}, {u"display_name"_qs, u"Olga"_qs}}),
               change(u"operator"_qs, u"op2"_qs,
                      {{u"id"_qs, u"op2"_qs}, {u"display_name"_qs, u"Ivan"_qs}}),
               change(u"customer"_qs, u"c1"_qs, {{u"id"_qs, u"c1"_qs}, {u"name"_qs, u"Anna"_qs}}),
               change(u"customer"_qs, u"c2"_qs,
                      {{u"id"_qs, u"c2"_qs}, {u"name"_qs, u"Boris Petrov"_qs}})});
    }

    void apply(const QList<QJsonObject> &changes)
    {
        QJsonArray array;
        for (const QJsonObject &one : changes)
            array.append(one);
        auto applied = ChangeFeedApplier(m_store).applyPage(
            {{u"changes"_qs, array}, {u"next"_qs, lastSeq}, {u"more"_qs, false}});
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    void addTickets(const QList<TicketSpec> &specs)
    {
        QList<QJsonObject> changes;
        for (const TicketSpec &spec : specs)
            changes.append(change(u"ticket"_qs, QString::number(spec.number), ticketJson(spec)));
        apply(changes);
    }

    void addCustomerMessage(const QString &id, const QString &ticketId)
    {
        apply({change(u"message"_qs, id,
                      {{u"id"_qs, id},
                       {u"ticket_id"_qs, ticketId},
                       {u"author_kind"_qs, u"customer"_qs},
                       {u"author_name"_qs, u"Anna"_qs},
                       {u"internal"_qs, false},
                       {u"body"_qs, u"hello?"_qs},
                       {u"created_at"_qs, at(1)}})});
    }

    static QStringList numbers(const TicketQueueModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.ticketId(row);
        return list;
    }

    QTemporaryDir m_dir;
    LocalStore m_store;
};

} // namespace

TEST(SlaClockTest, AmberUnderAQuarterOrFiveMinutesRedWhenBreached)
{
    const QDateTime due = Start.addSecs(60 * 60);
    EXPECT_EQ(SlaClock::state(Start, due, Start.addSecs(10 * 60)), SlaClock::State::Running);
    EXPECT_EQ(SlaClock::state(Start, due, Start.addSecs(46 * 60)), SlaClock::State::AtRisk);
    EXPECT_EQ(SlaClock::state(Start, due, Start.addSecs(61 * 60)), SlaClock::State::Breached);
    // A day-long clock turns amber with a quarter (six hours) left.
    const QDateTime day = Start.addSecs(24 * 3600);
    EXPECT_EQ(SlaClock::state(Start, day, Start.addSecs(17 * 3600)), SlaClock::State::Running);
    EXPECT_EQ(SlaClock::state(Start, day, Start.addSecs(19 * 3600)), SlaClock::State::AtRisk);
    // A one-minute chat clock is amber from the start.
    EXPECT_EQ(SlaClock::state(Start, Start.addSecs(60), Start), SlaClock::State::AtRisk);
    EXPECT_EQ(SlaClock::state(Start, QDateTime(), Start), SlaClock::State::None);
}

TEST_F(TicketQueueModelTest, PagesFromSqlAndPassesTheModelTester)
{
    QList<TicketSpec> specs;
    for (int n = 1; n <= 12; ++n)
        specs.append(TicketSpec{n});
    addTickets(specs);
    TicketQueueModel model(m_store, u"op1"_qs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(5);
    model.sort(int(TicketQueueColumn::Number), Qt::AscendingOrder);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), int(TicketQueueColumn::Count));
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 10);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 12);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.ticketId(0), u"1");
    EXPECT_EQ(model.ticketId(11), u"12");
    EXPECT_EQ(model.index(0, int(TicketQueueColumn::Number)).data().toString(), u"#1");
    EXPECT_EQ(model.index(0, int(TicketQueueColumn::Customer)).data().toString(), u"Anna");
    EXPECT_EQ(model.index(0, int(TicketQueueColumn::Assignee)).data().toString(), u"Unassigned");
    EXPECT_EQ(model.index(0, 0).data(TicketQueueModel::ChannelRole).toString(), u"chat");
    EXPECT_TRUE(model.lastError().isEmpty());
}

TEST_F(TicketQueueModelTest, FiltersAndSortsInSql)
{
    addTickets({{1, u"chat"_qs, u"new"_qs, u"low"_qs, u"orders"_qs, u"Parcel lost"_qs, u"c1"_qs},
                {2, u"email"_qs, u"open"_qs, u"urgent"_qs, u"returns"_qs, u"Refund please"_qs,
                 u"c2"_qs, u"op1"_qs},
                {3, u"chat"_qs, u"pending"_qs, u"high"_qs, u"orders"_qs, u"Wrong size"_qs, u"c2"_qs,
                 u"op2"_qs},
                {4, u"phone"_qs, u"resolved"_qs, u"normal"_qs, u"orders"_qs, u"Thanks"_qs, u"c1"_qs,
                 u"op1"_qs},
                {5, u"web_form"_qs, u"open"_qs, u"normal"_qs, u"returns"_qs, u"100% refund_now"_qs,
                 u"c1"_qs}});
    TicketQueueModel model(m_store, u"op1"_qs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(int(TicketQueueColumn::Number), Qt::AscendingOrder);
    // The default shows the active tickets only.
    EXPECT_EQ(numbers(model), (QStringList{u"1"_qs, u"2"_qs, u"3"_qs, u"5"_qs}));

    TicketQueueFilter filter;
    filter.scope = TicketQueueFilter::Scope::Mine;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), QStringList{u"2"_qs});
    filter.status = u"any"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), (QStringList{u"2"_qs, u"4"_qs}));
    filter = {};
    filter.scope = TicketQueueFilter::Scope::Unassigned;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), (QStringList{u"1"_qs, u"5"_qs}));
    filter = {};
    filter.channel = u"chat"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), (QStringList{u"1"_qs, u"3"_qs}));
    filter = {};
    filter.queue = u"returns"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), (QStringList{u"2"_qs, u"5"_qs}));
    filter = {};
    filter.status = u"pending"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), QStringList{u"3"_qs});
    // Text search: subject or customer name, every word, case-insensitive; a number; LIKE
    // wildcards in the input are literal.
    filter = {};
    filter.search = u"boris"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), (QStringList{u"2"_qs, u"3"_qs}));
    filter.search = u"boris REFUND"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), QStringList{u"2"_qs});
    filter.search = u"#3"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), QStringList{u"3"_qs});
    filter.search = u"100%"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), QStringList{u"5"_qs});
    filter.search = u"_"_qs;
    model.setFilter(filter);
    EXPECT_EQ(numbers(model), QStringList{u"5"_qs});

    model.setFilter({});
    model.sort(int(TicketQueueColumn::Priority), Qt::AscendingOrder);
    EXPECT_EQ(numbers(model), (QStringList{u"2"_qs, u"3"_qs, u"5"_qs, u"1"_qs}));
    model.sort(int(TicketQueueColumn::Customer), Qt::AscendingOrder);
    EXPECT_EQ(numbers(model), (QStringList{u"5"_qs, u"1"_qs, u"3"_qs, u"2"_qs}));
    model.sort(int(TicketQueueColumn::Number), Qt::DescendingOrder);
    EXPECT_EQ(numbers(model), (QStringList{u"5"_qs, u"3"_qs, u"2"_qs, u"1"_qs}));
    EXPECT_EQ(model.queues(), (QStringList{u"orders"_qs, u"returns"_qs}));
}

TEST_F(TicketQueueModelTest, SlaColumnCountsDownOnTheModelsClock)
{
    TicketSpec soon{1};
    soon.firstResponseDueMinutes = 60;
    TicketSpec later{2};
    later.firstResponseDueMinutes = 600;
    addTickets({soon, later});
    TicketQueueModel model(m_store, u"op1"_qs);
    QDateTime now = Start.addSecs(50 * 60);
    model.setClock([&now] { return now; });
    // Sorted by SLA by default: the most urgent first.
    ASSERT_EQ(numbers(model), (QStringList{u"1"_qs, u"2"_qs}));
    const QModelIndex sla = model.index(0, int(TicketQueueColumn::Sla));
    EXPECT_EQ(sla.data().toString(), u"10:00");
    EXPECT_EQ(SlaClock::State(sla.data(TicketQueueModel::SlaStateRole).toInt()),
              SlaClock::State::AtRisk);
    EXPECT_EQ(SlaClock::State(model.index(1, int(TicketQueueColumn::Sla))
                                  .data(TicketQueueModel::SlaStateRole)
                                  .toInt()),
              SlaClock::State::Running);
    EXPECT_EQ(model.index(0, int(TicketQueueColumn::Waiting)).data().toString(), u"50:00");
    now = Start.addSecs(62 * 60);
    EXPECT_EQ(SlaClock::State(sla.data(TicketQueueModel::SlaStateRole).toInt()),
              SlaClock::State::Breached);
    EXPECT_TRUE(sla.data().toString().endsWith(u"2:00"));
    EXPECT_TRUE(sla.data().toString().startsWith(u"−"));
}

TEST_F(TicketQueueModelTest, UnreadUntilTheOperatorOpensTheTicket)
{
    addTickets({{1}, {2}});
    TicketQueueModel model(m_store, u"op1"_qs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(int(TicketQueueColumn::Number), Qt::AscendingOrder);
    EXPECT_FALSE(model.index(0, 0).data(TicketQueueModel::UnreadRole).toBool());
    addCustomerMessage(u"m1"_qs, u"1"_qs);
    EXPECT_TRUE(model.index(0, 0).data(TicketQueueModel::UnreadRole).toBool());
    EXPECT_FALSE(model.index(1, 0).data(TicketQueueModel::UnreadRole).toBool());
    ASSERT_TRUE(TicketQueueQuery::markRead(m_store, u"1"_qs).ok());
    EXPECT_FALSE(model.index(0, 0).data(TicketQueueModel::UnreadRole).toBool());
    addCustomerMessage(u"m2"_qs, u"1"_qs);
    EXPECT_TRUE(model.index(0, 0).data(TicketQueueModel::UnreadRole).toBool());
    // Ticket 2: the customer wrote, an operator answered (elsewhere): nothing unread.
    addCustomerMessage(u"m3"_qs, u"2"_qs);
    EXPECT_TRUE(model.index(1, 0).data(TicketQueueModel::UnreadRole).toBool());
    apply({change(u"message"_qs, u"m4"_qs,
                  {{u"id"_qs, u"m4"_qs},
                   {u"ticket_id"_qs, u"2"_qs},
                   {u"author_kind"_qs, u"operator"_qs},
                   {u"author_id"_qs, u"op2"_qs},
                   {u"internal"_qs, false},
                   {u"body"_qs, u"On its way"_qs},
                   {u"created_at"_qs, at(2)}})});
    EXPECT_FALSE(model.index(1, 0).data(TicketQueueModel::UnreadRole).toBool());
}

TEST_F(TicketQueueModelTest, LiveUpdatesMoveRowsByIdAndKeepTheSelection)
{
    addTickets({{10}, {20}, {30}});
    TicketQueueModel model(m_store, u"op1"_qs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(int(TicketQueueColumn::Number), Qt::DescendingOrder);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(model.rowOf(u"20"_qs), 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged); // would repaint the whole view

    // A new ticket above, a change to the selected one, another leaving the active filter.
    TicketSpec changed{20};
    changed.subject = u"Where is my parcel?"_qs;
    TicketSpec resolved{30};
    resolved.status = u"resolved"_qs;
    addTickets({{40}, changed, resolved});
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(layouts.count(), 0);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(numbers(model), (QStringList{u"40"_qs, u"20"_qs, u"10"_qs}));
    EXPECT_EQ(model.ticketId(selection.currentIndex().row()), u"20");
    ASSERT_EQ(selection.selectedRows().size(), 1);
    EXPECT_EQ(model.ticketId(selection.selectedRows().first().row()), u"20");
    EXPECT_EQ(model.index(1, int(TicketQueueColumn::Subject)).data().toString(),
              u"Where is my parcel?");

    // A change of the sort key moves the row, still selected.
    model.sort(int(TicketQueueColumn::Subject), Qt::AscendingOrder);
    selection.setCurrentIndex(model.index(model.rowOf(u"10"_qs), 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    resets.clear();
    TicketSpec renamed{10};
    renamed.subject = u"A question"_qs;
    addTickets({renamed});
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.ticketId(0), u"10");
    EXPECT_EQ(model.ticketId(selection.currentIndex().row()), u"10");
}

TEST_F(TicketQueueModelTest, AChangeThatKeepsTheOrderUpdatesOnlyItsRow)
{
    addTickets({{10}, {20}, {30}});
    TicketQueueModel model(m_store, u"op1"_qs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(int(TicketQueueColumn::Number), Qt::DescendingOrder);
    QSignalSpy changedRows(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    TicketSpec changed{20};
    changed.subject = u"Where is my parcel?"_qs;
    addTickets({changed});
    addCustomerMessage(u"m1"_qs, u"30"_qs);
    EXPECT_EQ(numbers(model), (QStringList{u"30"_qs, u"20"_qs, u"10"_qs}));
    ASSERT_EQ(changedRows.count(), 2);
    EXPECT_EQ(changedRows.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(changedRows.at(0).at(1).toModelIndex().row(), 1);
    EXPECT_EQ(changedRows.at(1).at(0).toModelIndex().row(), 0);
    EXPECT_EQ(model.index(1, int(TicketQueueColumn::Subject)).data().toString(),
              u"Where is my parcel?");
    EXPECT_TRUE(model.index(0, 0).data(TicketQueueModel::UnreadRole).toBool());
    EXPECT_FALSE(model.index(2, 0).data(TicketQueueModel::UnreadRole).toBool());
    EXPECT_EQ(inserted.count() + removed.count() + moved.count() + resets.count(), 0);
}

TEST_F(TicketQueueModelTest, ClaimQueuesACommandAndShowsTheTicketAsMine)
{
    addTickets({{1}, {2}});
    TicketQueueModel model(m_store, u"op1"_qs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TicketQueueFilter mine;
    mine.scope = TicketQueueFilter::Scope::Mine;
    model.setFilter(mine);
    EXPECT_EQ(model.rowCount(), 0);
    SignedInUser me;
    me.id = u"op1"_qs;
    OperatorCommands commands(m_store, me);
    ASSERT_TRUE(commands.claim(u"2"_qs).ok());
    auto outbox = m_store.read(u"SELECT command, target_id FROM outbox"_qs);
    ASSERT_TRUE(outbox.ok());
    ASSERT_TRUE(outbox.value().next());
    EXPECT_EQ(outbox.value().value(0).toString(), u"claim");
    EXPECT_EQ(outbox.value().value(1).toString(), u"2");
    EXPECT_FALSE(outbox.value().next());
    EXPECT_EQ(numbers(model), QStringList{u"2"_qs});
    EXPECT_EQ(model.index(0, int(TicketQueueColumn::Assignee)).data().toString(), u"Olga");
}

// At 100,000 cached tickets a page must be a short walk of one of the queue's indexes (cache
// migration 4), not a scan of every ticket and a sort (docs/performance.md, issue 6). SQLite
// plans without statistics here, so the plan does not depend on how many rows the test has.
TEST_F(TicketQueueModelTest, PagesComeFromTheSortOrdersIndexForEveryMainFilter)
{
    addTickets({{1}, {2, u"email"_qs, u"open"_qs}, {3, u"chat"_qs, u"resolved"_qs}});
    QList<QPair<QString, TicketQueueFilter>> filters;
    filters.append({u"active"_qs, {}});
    TicketQueueFilter filter;
    filter.scope = TicketQueueFilter::Scope::Mine;
    filters.append({u"mine"_qs, filter});
    filter.status = u"any"_qs;
    filters.append({u"mine, any status"_qs, filter});
    filter = {};
    filter.scope = TicketQueueFilter::Scope::Unassigned;
    filters.append({u"unassigned"_qs, filter});
    filter = {};
    filter.channel = u"email"_qs;
    filters.append({u"channel"_qs, filter});
    filter = {};
    filter.status = u"resolved"_qs;
    filters.append({u"resolved"_qs, filter});
    filter.status = u"any"_qs;
    filters.append({u"any status"_qs, filter});
    filter = {};
    filter.queue = u"returns"_qs;
    filters.append({u"queue"_qs, filter});
    filter = {};
    filter.search = u"parcel #12"_qs;
    filters.append({u"search"_qs, filter});
    filter.status = u"any"_qs;
    filter.scope = TicketQueueFilter::Scope::Mine;
    filter.channel = u"chat"_qs;
    filters.append({u"everything at once"_qs, filter});

    TicketQueueQuery query(m_store, u"op1"_qs);
    for (const auto column : {TicketQueueColumn::Sla, TicketQueueColumn::Waiting}) {
        for (const bool ascending : {true, false}) {
            for (const auto &[name, one] : filters) {
                query.setFilter(one);
                query.setSort(column, ascending);
                auto plan = query.queryPlan();
                ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
                const QString text = plan.value().join(u" | ");
                const std::string what = name.toStdString() +
                                         (ascending ? ", ascending " : ", descending ") +
                                         (column == TicketQueueColumn::Sla ? "SLA" : "waiting") +
                                         ": " + text.toStdString();
                EXPECT_TRUE(text.contains(u"SCAN t USING INDEX tickets_queue_") ||
                            text.contains(u"SCAN t USING COVERING INDEX tickets_queue_"))
                    << what;
                EXPECT_FALSE(text.contains(u"TEMP B-TREE")) << what;
            }
        }
    }
    // The rows it gives are still the filter's, in order (the same due time: newest first).
    TicketQueueModel model(m_store, u"op1"_qs);
    EXPECT_EQ(numbers(model), (QStringList{u"2"_qs, u"1"_qs}));
}
