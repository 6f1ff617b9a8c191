// The customer panel over a signed-in desk: a ticket's customer with HTML in the name shown as
// text, orders with their status history, previous tickets opened with Enter or a click, and
// live updates from the cache.
#include "ui/customer/CustomerPane.h"
#include "app/ClientCore.h"
#include "app/models/CustomerOrdersModel.h"
#include "app/models/PreviousTicketsModel.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/SideCacheData.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/SidePaneFixture.h"
#include "ui/common/UiSetup.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace frontline;
using namespace frontline::test;

namespace {

class CustomerPaneTest : public SidePaneTest
{
};

// Customer c9 with six orders, each five steps long (the longest statuses among them), and
// ticket t9 of theirs: more than the old panel showed.
bool addCustomerWithManyOrders(app::LocalStore &store)
{
    const QStringList flow{QStringLiteral("created"), QStringLiteral("paid"),
                           QStringLiteral("handed_to_courier"), QStringLiteral("at_pickup_point"),
                           QStringLiteral("delivered")};
    QJsonArray orders;
    for (int i = 0; i < 6; ++i) {
        QJsonArray history;
        const QStringList steps = i == 1 ? flow.mid(0, 4) : i == 2 ? flow.mid(0, 3) : flow;
        for (int s = 0; s < steps.size(); ++s) {
            history.append(
                QJsonObject{{QStringLiteral("status"), steps[s]},
                            {QStringLiteral("note"), QString()},
                            {QStringLiteral("at"), QStringLiteral("2026-11-%1T%2:45:00.000Z")
                                                       .arg(10 + i + s)
                                                       .arg(10 + s, 2, 10, QLatin1Char('0'))}});
        }
        orders.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("o9%1").arg(i)},
            {QStringLiteral("number"), QStringLiteral("HP-8765432%1").arg(i)},
            {QStringLiteral("status"), steps.last()},
            {QStringLiteral("total_cents"), 12345600 + i * 100},
            {QStringLiteral("currency"), QStringLiteral("RUB")},
            {QStringLiteral("items"), QJsonArray()},
            {QStringLiteral("delivery_method"), QStringLiteral("courier")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-%1T10:00:00.000Z").arg(10 + i)},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T10:00:00.000Z")},
            {QStringLiteral("history"), history}});
    }
    const QJsonObject customer{{QStringLiteral("id"), QStringLiteral("c9")},
                               {QStringLiteral("name"), QStringLiteral("Екатерина Константинова")},
                               {QStringLiteral("email"), QStringLiteral("katya@example.org")},
                               {QStringLiteral("locale"), QStringLiteral("ru")},
                               {QStringLiteral("orders"), orders}};
    const QJsonObject ticket{
        {QStringLiteral("id"), QStringLiteral("t9")},
        {QStringLiteral("number"), 909},
        {QStringLiteral("channel"), QStringLiteral("chat")},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("priority"), QStringLiteral("normal")},
        {QStringLiteral("queue"), QStringLiteral("orders")},
        {QStringLiteral("subject"), QStringLiteral("Где заказ?")},
        {QStringLiteral("customer_id"), QStringLiteral("c9")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-25T09:00:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-25T09:00:00Z")}};
    const auto change = [](const QString &entity, const QString &id, const QJsonObject &data) {
        return QJsonObject{{QStringLiteral("entity"), entity},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("op"), QStringLiteral("upsert")},
                           {QStringLiteral("data"), data}};
    };
    return app::ChangeFeedApplier(store)
        .applyPage({{QStringLiteral("changes"),
                     QJsonArray{change(QStringLiteral("customer"), QStringLiteral("c9"), customer),
                                change(QStringLiteral("ticket"), QStringLiteral("t9"), ticket)}},
                    {QStringLiteral("next"), 2000000}})
        .ok();
}

// Every cell of `parent`'s rows lies inside the viewport, below the header, and is wide enough for
// its text and the header's; the view does not scroll sideways.
void expectRowsFit(QTreeView &view, const QModelIndex &parent, const char *language)
{
    const QAbstractItemModel &model = *view.model();
    const QFontMetrics metrics(view.font());
    const int margin = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const QRect viewport = view.viewport()->rect();
    EXPECT_FALSE(view.horizontalScrollBar()->isVisible())
        << language << ": " << view.header()->sectionSize(0) << '+' << view.header()->sectionSize(1)
        << '+' << view.header()->sectionSize(2) << '+' << view.header()->sectionSize(3) << " in "
        << viewport.width();
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            // As the view writes it: dates through the delegate (ui/common/DateText).
            const auto *delegate =
                qobject_cast<const QStyledItemDelegate *>(view.itemDelegateForIndex(index));
            const QString text =
                delegate ? delegate->displayText(index.data(), QLocale()) : index.data().toString();
            const QRect cell = view.visualRect(index);
            EXPECT_TRUE(viewport.contains(cell))
                << language << " row " << row << " column " << column << " is cut off";
            EXPECT_LE(metrics.horizontalAdvance(text) + margin, cell.width())
                << language << ": \"" << text.toStdString() << "\" is cut";
        }
    }
    const QHeaderView &header = *view.header();
    const QFontMetrics headerMetrics(header.font());
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString title = model.headerData(column, Qt::Horizontal).toString();
        EXPECT_LE(headerMetrics.horizontalAdvance(title) + margin, header.sectionSize(column))
            << language << ": header \"" << title.toStdString() << "\" is cut";
    }
}

} // namespace

// The side column at its default width, half of it for the customer: six orders show at once,
// one row each with number, date, status and total, none cut; an order opens to its history, whose
// times fit too. In English and in Russian.
TEST_F(CustomerPaneTest, OrdersShowOneRowEachWithNothingCutInEnglishAndRussian)
{
    ASSERT_TRUE(addCustomerWithManyOrders(m_store));
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Russian, QLocale::Russia)}) {
        const QByteArray language = locale.name().toUtf8();
        ASSERT_TRUE(ui::installTranslations(*qApp, locale));
        ui::CustomerPane pane(m_store);
        QAbstractItemModelTester tester(pane.orders(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane.resize(420, 480);
        pane.show();
        pane.showTicket(QStringLiteral("t9"));
        QTreeView &view = *pane.ordersView();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
        const auto *orders = pane.orders();
        ASSERT_EQ(orders->rowCount(), 6);
        for (int row = 0; row < orders->rowCount(); ++row)
            EXPECT_FALSE(view.isExpanded(orders->index(row, 0))) << language.constData();
        EXPECT_EQ(orders->index(0, app::CustomerOrdersModel::StatusColumn).data().toString(),
                  locale.language() == QLocale::Russian ? u"Доставлен" : u"Delivered");
        expectRowsFit(view, {}, language.constData());

        // Opened, the newest order shows its five steps with their times.
        const QModelIndex newest = orders->index(0, 0);
        view.expand(newest);
        QCoreApplication::processEvents();
        ASSERT_EQ(orders->rowCount(newest), 5);
        expectRowsFit(view, newest, language.constData());
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_F(CustomerPaneTest, ShowsTheTicketsCustomerOrdersAndPreviousTickets)
{
    ui::CustomerPane pane(m_store);
    QAbstractItemModelTester ordersTester(pane.orders(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester ticketsTester(pane.previousTickets(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.resize(500, 700);
    pane.show();
    EXPECT_EQ(pane.accessibleName(), u"Customer");
    EXPECT_EQ(pane.profile()->accessibleName(), u"Customer profile");
    EXPECT_EQ(pane.ordersView()->accessibleName(), u"Orders");
    EXPECT_EQ(pane.previousTicketsView()->accessibleName(), u"Previous tickets");
    EXPECT_FALSE(pane.profile()->isVisible());

    pane.showTicket(QStringLiteral("t1"));
    EXPECT_EQ(pane.customerId(), u"c1");
    EXPECT_TRUE(pane.profile()->isVisible());
    // Customer HTML is shown as the text it is.
    EXPECT_EQ(pane.nameLabel()->text(), side::HtmlName);
    EXPECT_EQ(pane.nameLabel()->textFormat(), Qt::PlainText);
    for (const QLabel *label : pane.profile()->findChildren<QLabel *>())
        EXPECT_NE(label->textFormat(), Qt::RichText);

    const auto *orders = pane.orders();
    ASSERT_EQ(orders->rowCount(), 2);
    EXPECT_EQ(orders->index(1, 0).data().toString(), u"H-1001");
    EXPECT_EQ(orders->rowCount(orders->index(1, 0)), 4);
    EXPECT_EQ(orders->index(3, app::CustomerOrdersModel::StatusColumn, orders->index(1, 0))
                  .data()
                  .toString(),
              u"Delivered");
    EXPECT_FALSE(pane.ordersView()->isExpanded(orders->index(1, 0))); // the history on demand

    const auto *tickets = pane.previousTickets();
    ASSERT_EQ(tickets->rowCount(), 2);
    EXPECT_EQ(tickets->ticketId(0), u"t2");
    EXPECT_EQ(tickets->ticketId(1), u"t3");

    // Enter on a previous ticket opens it.
    QSignalSpy activated(&pane, &ui::CustomerPane::ticketActivated);
    QTreeView *view = pane.previousTicketsView();
    view->setFocus();
    view->setCurrentIndex(tickets->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), u"t3");
    // So does a click, once.
    const QRect first = view->visualRect(tickets->index(0, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(1).at(0).toString(), u"t2");

    // The cache changes: a new ticket of this customer and a new name appear without a reload.
    ASSERT_TRUE(addSideTicketAndRename(m_store, QStringLiteral("Анна <script>")));
    EXPECT_EQ(tickets->rowCount(), 3);
    EXPECT_EQ(tickets->ticketId(0), u"t5");
    EXPECT_EQ(pane.nameLabel()->text(), u"Анна <script>");

    // Another ticket's customer, then nothing.
    pane.showTicket(QStringLiteral("t4"));
    EXPECT_EQ(pane.customerId(), u"c2");
    EXPECT_EQ(pane.nameLabel()->text(), u"Ivan");
    EXPECT_EQ(pane.orders()->rowCount(), 0);
    EXPECT_EQ(tickets->rowCount(), 0);
    pane.showTicket(QString());
    EXPECT_FALSE(pane.profile()->isVisible());
    EXPECT_EQ(pane.orders()->rowCount(), 0);

    ASSERT_FALSE(ui::CustomerPane::shortcuts().isEmpty());
}

// The demo contact center synced from a real back office: its customers' cards bring their
// orders and status histories through the feed, so the panel needs no request of its own.
TEST(CustomerPaneDemoTest, ShowsADemoCustomersOrdersSyncedThroughTheFeed)
{
    auto backOffice = DemoDesk::startBackOffice();
    ASSERT_TRUE(backOffice);
    auto olga = DemoDesk::signIn(backOffice->baseUrl(), QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    app::ClientCore &desk = olga->desk();

    // A ticket whose customer has orders and other tickets.
    auto query = desk.store().read(QStringLiteral(
        "SELECT t.id FROM tickets t WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = "
        "t.customer_id) AND EXISTS (SELECT 1 FROM tickets p WHERE p.customer_id = t.customer_id "
        "AND p.id <> t.id) LIMIT 1"));
    ASSERT_TRUE(query.ok());
    ASSERT_TRUE(query.value().next());
    const QString ticket = query->value(0).toString();

    ui::CustomerPane pane(desk.store());
    QAbstractItemModelTester ordersTester(pane.orders(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.showTicket(ticket);
    EXPECT_FALSE(pane.nameLabel()->text().isEmpty());
    ASSERT_GT(pane.orders()->rowCount(), 0);
    EXPECT_GT(pane.orders()->rowCount(pane.orders()->index(0, 0)), 0); // its status history
    EXPECT_GT(pane.previousTickets()->rowCount(), 0);
    // The card tells how to reach the customer, and the timeline is in words.
    auto card = desk.store().read(
        QStringLiteral("SELECT json_extract(json, '$.email'), json_extract(json, '$.phone') FROM "
                       "customers WHERE id = ?"),
        {pane.customerId()});
    ASSERT_TRUE(card && card.value().next());
    EXPECT_TRUE(card->value(0).toString().contains(u'@'));
    EXPECT_FALSE(card->value(1).toString().isEmpty());
    const QString status =
        pane.orders()->index(0, app::CustomerOrdersModel::StatusColumn).data().toString();
    EXPECT_FALSE(status.isEmpty());
    EXPECT_FALSE(status.contains(u'_')) << status.toStdString();
}
