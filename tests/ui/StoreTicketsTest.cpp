// Issue 17, item 11: the store's tickets list and its open conversation against a real `--demo`
// back office. The list sorts by any column (a header's click or the keyboard's sort choice) and
// filters by status and by a find over what a store may see, under QAbstractItemModelTester
// (Fatal); kira, Hopper's account, reads a Hopper chat while the customer writes again, and the
// new message reaches her reader through the events socket's board event.
#include "app/ClientCore.h"
#include "app/board/SharedConversationModel.h"
#include "app/board/StoreProject.h"
#include "app/board/StoreTicketsModel.h"
#include "app/models/ConversationModel.h"
#include "app/reports/ReportFetcher.h"
#include "app/sync/RealtimeChannel.h"
#include "tests/support/DemoBoardSuite.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "ui/client/StoreDesk.h"
#include "ui/client/StoreTicketsPane.h"
#include "ui/common/UiSetup.h"
#include "ui/supervisor/SupervisorPerspective.h"
#include "ui/supervisor/TicketReader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace frontline;
using namespace std::chrono_literals;
using Tester = QAbstractItemModelTester;
using Model = app::StoreTicketsModel;

namespace {

class StoreTicketsTest : public test::DemoBoardSuite
{
protected:
    // The last 7 days' tickets of every store (sofia reads them all) in a pane, under the tester.
    void SetUp() override
    {
        ASSERT_NE(s_sofia, nullptr);
        fetcher = std::make_unique<app::ReportFetcher>(s_sofia->desk().client());
        tickets = std::make_unique<Model>(*fetcher);
        tester = std::make_unique<Tester>(tickets.get(), Tester::FailureReportingMode::Fatal);
        pane = std::make_unique<ui::StoreTicketsPane>(tickets.get());
        pane->resize(1000, 500);
        pane->show();
        QSignalSpy loaded(tickets.get(), &Model::loaded);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        tickets->setWindow({now.addDays(-7), now, {}});
        ASSERT_TRUE(test::waitUntil([&] { return !loaded.isEmpty(); }, 30s));
        ASSERT_GT(tickets->rowCount(), 10) << tickets->lastError().toStdString();
    }

    // A customer's chat message into Hopper's orders queue, as the chat adapter posts it; the
    // ticket it went to.
    static QString customerWrites(const QString &customer, const QString &messageId,
                                  const QString &text)
    {
        test::HttpClient adapter(s_backOffice->baseUrl());
        adapter.setBearerToken(s_backOffice->createIntegrationToken(u"chat-"_qs + messageId));
        const QJsonObject body{{u"channel"_qs, u"chat"_qs},
                               {u"external_message_id"_qs, messageId},
                               {u"queue"_qs, u"orders"_qs},
                               {u"customer"_qs, QJsonObject{{u"external_id"_qs, customer},
                                                            {u"name"_qs, u"Nina Hopper"_qs}}},
                               {u"text"_qs, text}};
        const test::HttpReply reply =
            adapter.send("POST", u"/api/v1/intake/messages"_qs,
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return reply.json().value(u"ticket_id").toString();
    }

    std::unique_ptr<app::ReportFetcher> fetcher;
    std::unique_ptr<Model> tickets;
    std::unique_ptr<Tester> tester;
    std::unique_ptr<ui::StoreTicketsPane> pane;
};

} // namespace

TEST_F(StoreTicketsTest, TheListSortsByAHeadersClickAndByKeyboard)
{
    EXPECT_EQ(tickets->rowCount(), tickets->ticketCount());
    EXPECT_EQ(tickets->sortColumn(), int(Model::ResolvedColumn));
    EXPECT_EQ(pane->sortChoice()->currentData().toInt(), int(Model::ResolvedColumn));
    EXPECT_TRUE(pane->descendingButton()->isChecked());
    for (QWidget *control :
         {static_cast<QWidget *>(pane->statusFilter()), static_cast<QWidget *>(pane->findField()),
          static_cast<QWidget *>(pane->sortChoice()),
          static_cast<QWidget *>(pane->descendingButton()), static_cast<QWidget *>(pane->view())})
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();

    // A click on the Ticket header sorts by number, the selection staying on its ticket.
    pane->view()->setCurrentIndex(tickets->index(3, 0));
    const QString selected = pane->view()->currentIndex().data(Model::TicketIdRole).toString();
    QHeaderView *header = pane->view()->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(Model::NumberColumn) + 5, header->height() / 2));
    EXPECT_EQ(tickets->sortColumn(), int(Model::NumberColumn));
    EXPECT_EQ(pane->sortChoice()->currentData().toInt(), int(Model::NumberColumn));
    const auto numbersRun = [&](bool ascending) {
        for (int row = 1; row < tickets->rowCount(); ++row) {
            const qint64 a = tickets->ticketAt(row - 1)->number, b = tickets->ticketAt(row)->number;
            if (ascending ? a > b : a < b)
                return false;
        }
        return true;
    };
    EXPECT_TRUE(numbersRun(tickets->sortOrder() == Qt::AscendingOrder));
    EXPECT_EQ(pane->view()->currentIndex().data(Model::TicketIdRole).toString(), selected);

    // By keyboard: the sort choice to CSAT, Space on Descending; tickets without a score last.
    pane->sortChoice()->setFocus();
    QTest::keyClick(pane->sortChoice(), Qt::Key_End);
    EXPECT_EQ(tickets->sortColumn(), int(Model::CsatColumn));
    pane->descendingButton()->setChecked(false);
    pane->descendingButton()->setFocus();
    QTest::keyClick(pane->descendingButton(), Qt::Key_Space);
    EXPECT_EQ(tickets->sortOrder(), Qt::DescendingOrder);
    EXPECT_EQ(header->sortIndicatorSection(), int(Model::CsatColumn));
    bool scoreless = false;
    for (int row = 0; row < tickets->rowCount(); ++row) {
        const std::optional<int> csat = tickets->ticketAt(row)->csat;
        if (!csat) {
            scoreless = true;
            continue;
        }
        EXPECT_FALSE(scoreless) << "a score after a ticket without one, row " << row;
        if (row > 0 && tickets->ticketAt(row - 1)->csat) {
            EXPECT_GE(*tickets->ticketAt(row - 1)->csat, *csat) << row;
        }
    }
}

TEST_F(StoreTicketsTest, TheListFiltersByStatusAndFindsANumberOrAnOperator)
{
    // The find: a ticket's number with or without '#', an operator's name.
    const protocol::TicketFigures one = *tickets->ticketAt(0);
    const int all = tickets->rowCount();
    QTest::keyClicks(pane->findField(), u"#"_qs + QString::number(one.number));
    ASSERT_GE(tickets->rowCount(), 1);
    for (int row = 0; row < tickets->rowCount(); ++row)
        EXPECT_TRUE(QString::number(tickets->ticketAt(row)->number)
                        .startsWith(QString::number(one.number)));
    EXPECT_TRUE(tickets->isFiltered());
    // The count in proper plural forms, English and Russian.
    const QString count = QLocale().toString(tickets->ticketCount());
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::English)));
    const QString english =
        tickets->rowCount() == 1
            ? QString(u"1 ticket of "_qs + count + u" matches; Enter opens the conversation."_qs)
            : QString(QString::number(tickets->rowCount()) + u" tickets of "_qs + count +
                      u" match; Enter opens the conversation."_qs);
    // LanguageChange is posted: the pane says it again once the event is in.
    EXPECT_TRUE(test::waitUntil([&] { return pane->state()->text() == english; }, 5s))
        << pane->state()->text().toStdString();
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian)));
    const auto russian = [&] {
        const QString text = pane->state()->text();
        return text.contains(u" из "_qs + QLocale().toString(tickets->ticketCount())) &&
               text.contains(u"обращени"_qs) && !text.contains(u"(s)"_qs);
    };
    EXPECT_TRUE(test::waitUntil(russian, 5s)) << pane->state()->text().toStdString();
    ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::English)));
    pane->findField()->setText(one.assigneeName.toUpper());
    ASSERT_GE(tickets->rowCount(), 1);
    for (int row = 0; row < tickets->rowCount(); ++row)
        EXPECT_EQ(tickets->ticketAt(row)->assigneeName, one.assigneeName);
    pane->findField()->clear();
    EXPECT_EQ(tickets->rowCount(), all);

    // The status filter offers the window's statuses; choosing one keeps only those.
    QComboBox *status = pane->statusFilter();
    ASSERT_EQ(status->count(), tickets->statuses().size() + 1);
    status->setCurrentIndex(1);
    const QString chosen = status->currentData().toString();
    EXPECT_EQ(tickets->statusFilter(), chosen);
    ASSERT_GT(tickets->rowCount(), 0);
    for (int row = 0; row < tickets->rowCount(); ++row)
        EXPECT_EQ(tickets->ticketAt(row)->status, chosen);
    EXPECT_TRUE(pane->state()->text().contains(QString::number(tickets->rowCount())));
    status->setCurrentIndex(0);
    EXPECT_EQ(tickets->rowCount(), all);
}

TEST_F(StoreTicketsTest, AnOpenConversationFollowsTheCustomersNewMessages)
{
    const QString ticket =
        customerWrites(u"nina-1"_qs, u"nina-1-a"_qs, u"Where is my order 5521?"_qs);
    ASSERT_FALSE(ticket.isEmpty());
    auto kira = test::DemoDesk::signIn(s_backOffice->baseUrl(), u"kira"_qs);
    ASSERT_NE(kira, nullptr);
    ui::SupervisorPerspective board(ui::partsOf(kira->desk()),
                                    ui::SupervisorPerspective::Audience::Store);
    ui::StoreDesk desk(ui::partsOf(kira->desk()), &board);
    ASSERT_TRUE(test::waitUntil([&] { return desk.project()->isLoaded(); }, 30s));
    ASSERT_TRUE(desk.project()->showConversations()) << "Hopper shares its conversations";
    ui::TicketReader *reader = desk.ticketReader();
    ASSERT_NE(reader, nullptr);
    app::SharedConversationModel *conversation = reader->sharedConversation();
    Tester tester(conversation, Tester::FailureReportingMode::Fatal);
    protocol::TicketFigures figures;
    figures.id = ticket;
    figures.queueId = u"orders"_qs;
    figures.channel = u"chat"_qs;
    figures.status = u"new"_qs;
    reader->showSharedTicket(figures, u"Orders"_qs);
    reader->show();
    ASSERT_TRUE(test::waitUntil([&] { return conversation->rowCount() == 1; }, 20s))
        << conversation->errorText().toStdString();
    EXPECT_EQ(conversation->index(0).data(app::ConversationModel::AuthorNameRole).toString(),
              u"Customer");

    // Only the board event may bring it: nothing else asks the back office again.
    QSignalSpy boardEvents(kira->desk().realtime(), &app::RealtimeChannel::boardChanged);
    const int fetches = conversation->fetchCount();
    EXPECT_EQ(customerWrites(u"nina-1"_qs, u"nina-1-b"_qs, u"It was due yesterday."_qs), ticket);
    ASSERT_TRUE(test::waitUntil([&] { return conversation->rowCount() == 2; }, 20s))
        << "board events: " << boardEvents.count();
    EXPECT_GE(boardEvents.count(), 1);
    const QModelIndex last = conversation->index(1);
    EXPECT_EQ(last.data(app::ConversationModel::BodyRole).toString(), u"It was due yesterday.");
    EXPECT_EQ(last.data(app::ConversationModel::AuthorNameRole).toString(), u"Customer");
    EXPECT_LE(conversation->fetchCount() - fetches, boardEvents.count());

    // A burst of events while a request is out makes one more request, not one each.
    const int before = conversation->fetchCount();
    for (int i = 0; i < 5; ++i)
        Q_EMIT kira->desk().realtime()->boardChanged();
    ASSERT_TRUE(test::waitUntil(
        [&] { return !conversation->isCatchingUp() && conversation->fetchCount() > before; }, 10s));
    EXPECT_LE(conversation->fetchCount() - before, 2);
    EXPECT_EQ(conversation->rowCount(), 2) << "nothing appended twice";
    reader->close();
}
