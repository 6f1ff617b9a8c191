// The customer panel over a signed-in desk: a ticket's customer with HTML in the name shown as
// text, orders with their status history, previous tickets opened with Enter or a click, and
// live updates from the cache.
#include "ui/customer/CustomerPane.h"
#include "app/ClientCore.h"
#include "app/models/CustomerOrdersModel.h"
#include "app/models/PreviousTicketsModel.h"
#include "app/store/LocalStore.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/SideCacheData.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/SidePaneFixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace frontline;
using namespace frontline::test;

namespace {

class CustomerPaneTest : public SidePaneTest
{
};

} // namespace

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
    EXPECT_TRUE(pane.ordersView()->isExpanded(orders->index(1, 0)));

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
