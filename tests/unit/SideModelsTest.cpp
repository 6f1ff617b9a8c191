// The customer and KB panels' item models over a real LocalStore filled through its feed
// applier, each under QAbstractItemModelTester.
#include "app/commands/OperatorCommands.h"
#include "app/models/CustomerOrdersModel.h"
#include "app/models/CustomerProfile.h"
#include "app/models/KbArticleListModel.h"
#include "app/models/PreviousTicketsModel.h"
#include "app/session/SignedInUser.h"
#include "app/store/CachedQueues.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "tests/support/SideCacheData.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;

namespace {

class SideModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(directory.isValid());
        ASSERT_TRUE(store.open(directory.filePath(QStringLiteral("cache.sqlite"))).ok());
        ASSERT_TRUE(test::fillSideCache(store));
    }

    QTemporaryDir directory;
    app::LocalStore store;
};

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole,
                   const QModelIndex &parent = {})
{
    QStringList values;
    for (int row = 0; row < model.rowCount(parent); ++row)
        values.append(model.index(row, column, parent).data(role).toString());
    return values;
}

} // namespace

TEST_F(SideModelsTest, ProfileOfATicketsCustomerIsReadAsStored)
{
    EXPECT_EQ(app::customerIdOfTicket(store, QStringLiteral("t1")).value(), u"c1");
    EXPECT_TRUE(app::customerIdOfTicket(store, QStringLiteral("nope")).value().isEmpty());
    const auto profile = app::loadCustomerProfile(store, QStringLiteral("c1")).value();
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->name, test::side::HtmlName);
    EXPECT_EQ(profile->city, u"Москва");
    EXPECT_FALSE(app::loadCustomerProfile(store, QStringLiteral("c9")).value().has_value());
}

TEST_F(SideModelsTest, OrdersCarryTheirStatusTimelineAsChildren)
{
    app::CustomerOrdersModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setCustomer(QStringLiteral("c1")).ok());
    ASSERT_EQ(model.rowCount(), 2);
    // Newest first.
    EXPECT_EQ(column(model, app::CustomerOrdersModel::NumberColumn),
              (QStringList{QStringLiteral("H-1002"), QStringLiteral("H-1001")}));
    const QModelIndex older = model.index(1, 0);
    EXPECT_EQ(column(model, app::CustomerOrdersModel::StatusColumn, Qt::DisplayRole, older),
              (QStringList{QStringLiteral("Created"), QStringLiteral("Paid"),
                           QStringLiteral("shipped"), QStringLiteral("Delivered")}));
    EXPECT_FALSE(
        model.index(0, app::CustomerOrdersModel::DateColumn, older).data().toString().isEmpty());
    // One row per order: its number, date, current status and total.
    EXPECT_EQ(model.index(1, app::CustomerOrdersModel::StatusColumn).data().toString(),
              u"Delivered");
    EXPECT_FALSE(model.index(1, app::CustomerOrdersModel::DateColumn).data().toString().isEmpty());
    const QString total = model.index(1, app::CustomerOrdersModel::TotalColumn).data().toString();
    EXPECT_TRUE(total.contains(u"1") && total.contains(u"299") && total.contains(u"₽"))
        << total.toStdString();
    EXPECT_FALSE(total.contains(u"00")) << "no kopecks on a whole total: " << total.toStdString();
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 2);
    EXPECT_EQ(model.index(0, 0, older).parent(), older);

    ASSERT_TRUE(model.setCustomer(QStringLiteral("c2")).ok());
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.setCustomer(QStringLiteral("c1")).ok());
    // A feed page touching the customer reloads the rows (o2 stays: the card only adds).
    ASSERT_TRUE(test::addSideTicketAndRename(store, QStringLiteral("Anna")));
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(SideModelsTest, PreviousTicketsAreTheCustomersOthersNewestFirstAndFollowTheCache)
{
    app::PreviousTicketsModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setCustomer(QStringLiteral("c1"), QStringLiteral("t1")).ok());
    EXPECT_EQ(column(model, 0, app::PreviousTicketsModel::TicketIdRole),
              (QStringList{QStringLiteral("t2"), QStringLiteral("t3")}));
    EXPECT_EQ(model.index(0, app::PreviousTicketsModel::NumberColumn).data().toString(), u"#90");
    EXPECT_EQ(model.index(0, app::PreviousTicketsModel::SubjectColumn).data().toString(),
              u"<b>Возврат</b>");
    EXPECT_EQ(model.index(0, app::PreviousTicketsModel::StatusColumn).data().toString(), u"Closed");
    EXPECT_FALSE(model.index(0, app::PreviousTicketsModel::DateColumn).data().toString().isEmpty());

    // The current ticket changing (as it does with every message it receives) is not a change
    // of the list: nothing is re-read or signalled.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(
        test::setSideTicketStatus(store, QStringLiteral("t1"), QStringLiteral("pending"), 2));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(changed.count(), 0);
    // A listed ticket's new status updates its row in place, not the whole list.
    ASSERT_TRUE(test::setSideTicketStatus(store, QStringLiteral("t3"), QStringLiteral("open"), 2));
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>(),
              model.index(1, app::PreviousTicketsModel::DateColumn));
    EXPECT_EQ(model.index(1, app::PreviousTicketsModel::StatusColumn).data().toString(), u"Open");
    EXPECT_EQ(column(model, 0, app::PreviousTicketsModel::TicketIdRole),
              (QStringList{QStringLiteral("t2"), QStringLiteral("t3")}));

    // A new ticket of the customer is a new list.
    ASSERT_TRUE(test::addSideTicketAndRename(store, QStringLiteral("Anna")));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(column(model, 0, app::PreviousTicketsModel::TicketIdRole),
              (QStringList{QStringLiteral("t5"), QStringLiteral("t2"), QStringLiteral("t3")}));
}

TEST_F(SideModelsTest, KbListSearchesWithHitsMarkedFiltersByLocaleAndShowsRecentUse)
{
    app::KbArticleListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(model.showsRecent());
    EXPECT_EQ(model.rowCount(), 0);

    ASSERT_TRUE(model.setQuery(QStringLiteral("заказ")).ok());
    ASSERT_GE(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(app::KbArticleListModel::ArticleIdRole).toString(), u"a1");
    EXPECT_TRUE(model.index(0, 0)
                    .data(app::KbArticleListModel::SnippetRole)
                    .toString()
                    .contains(u"[заказа]"));

    ASSERT_TRUE(model.setLocale(QStringLiteral("en")).ok());
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.setQuery(QStringLiteral("order")).ok());
    EXPECT_EQ(column(model, 0, app::KbArticleListModel::ArticleIdRole),
              QStringList{QStringLiteral("a2")});
    ASSERT_TRUE(model.setLocale(QString()).ok());
    ASSERT_TRUE(model.setQuery(QStringLiteral("\"OR* NEAR(")).ok()); // FTS syntax is inert

    model.setLimit(1);
    ASSERT_TRUE(model.setQuery(QStringLiteral("а")).ok()); // one letter: still capped
    EXPECT_LE(model.rowCount(), 1);
    model.setLimit(30);

    // Empty query: the articles used on tickets, the latest first.
    app::SignedInUser me;
    me.id = QStringLiteral("7");
    app::OperatorCommands commands(store, me);
    ASSERT_TRUE(model.setQuery(QString()).ok());
    ASSERT_TRUE(commands.recordKbUsage(QStringLiteral("t1"), QStringLiteral("a2")).ok());
    ASSERT_TRUE(commands.recordKbUsage(QStringLiteral("t1"), QStringLiteral("a1")).ok());
    EXPECT_EQ(column(model, 0, app::KbArticleListModel::ArticleIdRole),
              (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    ASSERT_TRUE(model.setLocale(QStringLiteral("ru")).ok());
    EXPECT_EQ(column(model, 0, app::KbArticleListModel::ArticleIdRole),
              QStringList{QStringLiteral("a1")});

    const auto article = app::KbArticleListModel::article(store, QStringLiteral("a3")).value();
    ASSERT_TRUE(article.has_value());
    EXPECT_EQ(article->body, test::side::UnsafeBody);
}

// The centers serve several stores (issue 17, item 11): with a ticket of Lavka's open, the KB
// offers Lavka's articles and those for every store, never Hopper's own; with none, all of them.
TEST_F(SideModelsTest, KbListOffersTheOpenTicketsStoreAndTheSharedArticlesOnly)
{
    const auto article = [](const QString &id, const QString &title, const QString &project) {
        return QJsonObject{{QStringLiteral("entity"), QStringLiteral("kb_article")},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("op"), QStringLiteral("upsert")},
                           {QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("slug"), id},
                                        {QStringLiteral("locale"), QStringLiteral("ru")},
                                        {QStringLiteral("title"), title},
                                        {QStringLiteral("body"), QStringLiteral("Возврат денег.")},
                                        {QStringLiteral("tags"), QJsonArray()},
                                        {QStringLiteral("version"), 1},
                                        {QStringLiteral("project_id"),
                                         project.isEmpty() ? QJsonValue() : QJsonValue(project)}}}};
    };
    QJsonObject lavkaTicket{{QStringLiteral("id"), QStringLiteral("t9")},
                            {QStringLiteral("number"), 200},
                            {QStringLiteral("channel"), QStringLiteral("chat")},
                            {QStringLiteral("status"), QStringLiteral("open")},
                            {QStringLiteral("priority"), QStringLiteral("normal")},
                            {QStringLiteral("queue"), QStringLiteral("lavka-orders")},
                            {QStringLiteral("subject"), QStringLiteral("Нет молока")},
                            {QStringLiteral("customer_id"), QStringLiteral("c2")},
                            {QStringLiteral("version"), 1}};
    const QJsonArray changes{
        article(QStringLiteral("shared"), QStringLiteral("Возврат денег"), QString()),
        article(QStringLiteral("hopper"), QStringLiteral("Возврат денег за технику"),
                QStringLiteral("1")),
        article(QStringLiteral("lavka"), QStringLiteral("Возврат денег за продукты"),
                QStringLiteral("2")),
        QJsonObject{{QStringLiteral("entity"), QStringLiteral("ticket")},
                    {QStringLiteral("id"), QStringLiteral("t9")},
                    {QStringLiteral("op"), QStringLiteral("upsert")},
                    {QStringLiteral("data"), lavkaTicket}}};
    ASSERT_TRUE(
        app::ChangeFeedApplier(store)
            .applyPage({{QStringLiteral("changes"), changes}, {QStringLiteral("next"), 2000000}})
            .ok());
    // As GET /queues lists them at sign-in.
    ASSERT_TRUE(app::CachedQueues(store)
                    .replace(QJsonArray{
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("orders")},
                                    {QStringLiteral("title"), QStringLiteral("Orders")},
                                    {QStringLiteral("project_id"), QStringLiteral("1")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("lavka-orders")},
                                    {QStringLiteral("title"), QStringLiteral("Lavka: orders")},
                                    {QStringLiteral("project_id"), QStringLiteral("2")}}})
                    .ok());
    EXPECT_EQ(app::CachedQueues(store).projectOfTicket(QStringLiteral("t9")).value(), u"2");

    app::KbArticleListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto offered = [&] {
        QStringList ids = column(model, 0, app::KbArticleListModel::ArticleIdRole);
        ids.sort();
        return ids;
    };
    ASSERT_TRUE(model.setQuery(QStringLiteral("возврат")).ok());
    EXPECT_EQ(offered(), (QStringList{QStringLiteral("hopper"), QStringLiteral("lavka"),
                                      QStringLiteral("shared")}));
    ASSERT_TRUE(model.setTicket(QStringLiteral("t9")).ok());
    EXPECT_EQ(offered(), (QStringList{QStringLiteral("lavka"), QStringLiteral("shared")}));
    ASSERT_TRUE(model.setTicket(QStringLiteral("t1")).ok()); // Hopper's orders
    EXPECT_EQ(offered(), (QStringList{QStringLiteral("hopper"), QStringLiteral("shared")}));

    // The recently used list keeps to the store too.
    app::SignedInUser me;
    me.id = QStringLiteral("7");
    app::OperatorCommands commands(store, me);
    ASSERT_TRUE(commands.recordKbUsage(QStringLiteral("t1"), QStringLiteral("hopper")).ok());
    ASSERT_TRUE(commands.recordKbUsage(QStringLiteral("t1"), QStringLiteral("shared")).ok());
    ASSERT_TRUE(model.setQuery(QString()).ok());
    EXPECT_EQ(offered(), (QStringList{QStringLiteral("hopper"), QStringLiteral("shared")}));
    ASSERT_TRUE(model.setTicket(QStringLiteral("t9")).ok());
    EXPECT_EQ(offered(), QStringList{QStringLiteral("shared")});
}
