// The queue pane over a real cache (issue 15, items 5 and 11): columns that fit their content in
// English and Russian, a layout that is kept, rows that hold still under the pointer, Escape in
// the search; one date format; the presence reason dialog as wide as its title.
#include "app/models/TicketQueueModel.h"
#include "tests/support/SideCacheData.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/HeaderDrag.h"
#include "tests/ui/SidePaneFixture.h"
#include "ui/common/DateText.h"
#include "ui/common/UiSetup.h"
#include "ui/common/WindowTitle.h"
#include "ui/queue/TicketQueueColumns.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/PresenceSwitcher.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QEnterEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace frontline;
using namespace frontline::test;
using app::TicketQueueColumn;

namespace {

class QueuePaneTest : public SidePaneTest
{
protected:
    void TearDown() override
    {
        // Back to English for the next test (no catalogue for it: the texts are the sources).
        ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        SidePaneTest::TearDown();
    }

    static void switchToRussian(ui::TicketQueuePane &pane)
    {
        ASSERT_TRUE(ui::installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
        ASSERT_TRUE(waitUntil([&] { return pane.queueFilter()->itemText(0) == u"Любая очередь"; }));
        QCoreApplication::sendPostedEvents();
    }

    static QStringList order(const app::TicketQueueModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.ticketId(row));
        return ids;
    }
};

// Every header and value of the short columns fits, the subject keeps most of the room, and the
// SLA column is inside the view at the queue's width in a default window (about 670 px).
void expectColumnsFit(ui::TicketQueuePane &pane, const char *language)
{
    QTableView *view = pane.view();
    QHeaderView *header = view->horizontalHeader();
    const int viewport = view->viewport()->width();
    const int slaEnd = header->sectionViewportPosition(int(TicketQueueColumn::Sla)) +
                       header->sectionSize(int(TicketQueueColumn::Sla));
    EXPECT_LE(slaEnd, viewport) << language << " at " << viewport;
    // Russian words are longer: there the subject gets less, but still a readable start.
    const int subject = header->sectionSize(int(TicketQueueColumn::Subject));
    const bool english = language == std::string("English");
    EXPECT_GE(subject, (english ? 15 : 6) * view->fontMetrics().averageCharWidth()) << language;

    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics cells(bold);
    const QFontMetrics headers(header->font());
    const int headerMargin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (const auto column :
         {TicketQueueColumn::Number, TicketQueueColumn::Status, TicketQueueColumn::Priority,
          TicketQueueColumn::Waiting, TicketQueueColumn::Sla}) {
        // A narrow queue drops the priority and the waiting time first (see TicketQueueColumns).
        if (header->isSectionHidden(int(column)) &&
            (column == TicketQueueColumn::Priority || column == TicketQueueColumn::Waiting))
            continue;
        const int width = header->sectionSize(int(column));
        const QString title = pane.model()->headerData(int(column), Qt::Horizontal).toString();
        // The sorted column also holds the arrow.
        const int arrow = header->sortIndicatorSection() == int(column)
                              ? header->sectionSizeHint(int(column))
                              : 0;
        EXPECT_GE(width, std::max(arrow, headers.horizontalAdvance(title) + 2 * headerMargin))
            << language << ": header " << title.toStdString() << " in " << width << " px";
        for (int row = 0; row < pane.model()->rowCount(); ++row) {
            const QString text = pane.model()->index(row, int(column)).data().toString();
            EXPECT_GE(width, cells.horizontalAdvance(text) + 4)
                << language << ": " << text.toStdString() << " in " << width << " px";
        }
    }
}

void expectFiltersFit(ui::TicketQueuePane &pane, const char *language)
{
    for (QComboBox *box : pane.findChildren<QComboBox *>()) {
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.editable = false;
        option.iconSize = box->iconSize();
        const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                         QStyle::SC_ComboBoxEditField, box);
        for (int i = 0; i < box->count(); ++i) {
            const int icon = box->itemIcon(i).isNull() ? 0 : box->iconSize().width() + 4;
            EXPECT_LE(box->fontMetrics().horizontalAdvance(box->itemText(i)) + icon, field.width())
                << language << ": " << box->itemText(i).toStdString();
        }
    }
}

} // namespace

TEST_F(QueuePaneTest, ColumnsAndFiltersFitTheirTextInEnglishAndRussian)
{
    ui::TicketQueuePane pane(m_store, *m_commands, m_me.id);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.resize(670, 600);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    ASSERT_GT(pane.model()->rowCount(), 0);
    expectColumnsFit(pane, "English");
    expectFiltersFit(pane, "English");
    // Shown in English first, then switched, as the trial did.
    switchToRussian(pane);
    ASSERT_EQ(pane.model()->headerData(int(TicketQueueColumn::Priority), Qt::Horizontal),
              u"Приоритет"_qs);
    expectColumnsFit(pane, "Russian");
    expectFiltersFit(pane, "Russian");
    // A wider pane gives the room to the subject: it is the widest column by far.
    pane.resize(1200, 600);
    ASSERT_TRUE(waitUntil([&] { return pane.view()->viewport()->width() > 1000; }));
    QHeaderView *header = pane.view()->horizontalHeader();
    const int subject = header->sectionSize(int(TicketQueueColumn::Subject));
    for (int column = 0; column < header->count(); ++column) {
        if (column == int(TicketQueueColumn::Subject))
            continue;
        EXPECT_GT(subject, 2 * header->sectionSize(column)) << column;
    }
}

TEST_F(QueuePaneTest, OperatorsColumnLayoutIsKept)
{
    QByteArray saved;
    int customerWidth = 0;
    {
        ui::TicketQueuePane pane(m_store, *m_commands, m_me.id);
        pane.resize(900, 600);
        pane.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
        QHeaderView *header = pane.view()->horizontalHeader();
        EXPECT_TRUE(header->sectionsMovable());
        EXPECT_EQ(header->sectionResizeMode(int(TicketQueueColumn::Customer)),
                  QHeaderView::Interactive);
        header->moveSection(header->visualIndex(int(TicketQueueColumn::Sla)), 0);
        customerWidth = header->sectionSize(int(TicketQueueColumn::Customer)) + 37;
        dragSectionEdge(*header, int(TicketQueueColumn::Customer), 37);
        pane.view()->sortByColumn(int(TicketQueueColumn::Number), Qt::DescendingOrder);
        EXPECT_TRUE(pane.columns()->sizedByOperator());
        EXPECT_EQ(header->sectionSize(int(TicketQueueColumn::Customer)), customerWidth);
        saved = pane.saveColumns();
    }
    ui::TicketQueuePane again(m_store, *m_commands, m_me.id);
    again.resize(900, 600);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    again.restoreColumns(saved);
    QHeaderView *header = again.view()->horizontalHeader();
    EXPECT_EQ(header->visualIndex(int(TicketQueueColumn::Sla)), 0);
    EXPECT_TRUE(again.columns()->sizedByOperator());
    // The sort comes back with the arrow: rows by number, highest first.
    EXPECT_EQ(header->sortIndicatorSection(), int(TicketQueueColumn::Number));
    ASSERT_GE(again.model()->rowCount(), 2);
    EXPECT_GT(again.model()->ticket(0)->number, again.model()->ticket(1)->number);
    EXPECT_EQ(header->sectionSize(int(TicketQueueColumn::Customer)), customerWidth);
    // A resize of the pane keeps her widths.
    again.resize(1100, 600);
    ASSERT_TRUE(waitUntil([&] { return again.view()->viewport()->width() > 1000; }));
    EXPECT_EQ(header->sectionSize(int(TicketQueueColumn::Customer)), customerWidth);
}

TEST_F(QueuePaneTest, RowsHoldStillUnderThePointerUntilItLeavesOrAKeyIsPressed)
{
    ui::TicketQueuePane pane(m_store, *m_commands, m_me.id);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *status = pane.findChild<QComboBox *>(u"queueStatus"_qs);
    status->setCurrentIndex(status->findData(u"any"_qs)); // t1-t4
    pane.view()->sortByColumn(int(TicketQueueColumn::Number), Qt::AscendingOrder);
    pane.resize(900, 600);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    const QStringList before = order(*pane.model());
    ASSERT_EQ(before, (QStringList{u"t4"_qs, u"t3"_qs, u"t2"_qs, u"t1"_qs}));
    pane.view()->sortByColumn(int(TicketQueueColumn::Status), Qt::AscendingOrder);
    const QStringList byStatus = order(*pane.model());
    pane.view()->setCurrentIndex(pane.model()->index(0, 0));

    const auto changeAndExpected = [&](const QString &ticket, const QString &newStatus,
                                       int version) {
        EXPECT_TRUE(setSideTicketStatus(m_store, ticket, newStatus, version));
        app::TicketQueueModel fresh(m_store, m_me.id);
        fresh.setFilter(pane.model()->filter());
        fresh.sort(int(TicketQueueColumn::Status), Qt::AscendingOrder);
        return order(fresh);
    };

    // The pointer enters the list: a change that re-sorts waits; the row's text changes in place.
    const QPointF inside(10, 10);
    QEnterEvent enter(inside, inside, pane.view()->viewport()->mapToGlobal(inside));
    QCoreApplication::sendEvent(pane.view()->viewport(), &enter);
    const QString moved = byStatus.first();
    const QStringList expected = changeAndExpected(moved, u"pending"_qs, 2);
    ASSERT_NE(expected, byStatus); // the change does re-sort
    EXPECT_EQ(order(*pane.model()), byStatus);
    EXPECT_EQ(pane.model()->index(0, int(TicketQueueColumn::Status)).data().toString(), u"Pending");
    EXPECT_TRUE(pane.model()->hasHeldChanges());
    // It leaves: the rows take their order, the selection follows its ticket.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(pane.view()->viewport(), &leave);
    EXPECT_EQ(order(*pane.model()), expected);
    EXPECT_EQ(pane.currentTicketId(), moved);

    // Back over the list: a key press applies the held order too.
    QCoreApplication::sendEvent(pane.view()->viewport(), &enter);
    const QStringList afterKey = changeAndExpected(moved, u"closed"_qs, 3);
    ASSERT_NE(afterKey, expected);
    EXPECT_EQ(order(*pane.model()), expected);
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Down);
    EXPECT_EQ(order(*pane.model()), afterKey);
    EXPECT_TRUE(pane.model()->orderHeld()); // the pointer is still there
}

TEST_F(QueuePaneTest, EscapeClearsTheSearch)
{
    ui::TicketQueuePane pane(m_store, *m_commands, m_me.id);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    const int all = pane.model()->rowCount();
    pane.focusSearch();
    QTest::keyClicks(pane.searchField(), u"Other"_qs);
    ASSERT_LT(pane.model()->rowCount(), all);
    QTest::keyClick(pane.searchField(), Qt::Key_Escape);
    EXPECT_TRUE(pane.searchField()->text().isEmpty());
    EXPECT_EQ(pane.model()->rowCount(), all);
}

// One format for a moment, following the UI language's locale: today the time, other days the
// date too (the chat's message headers and the customer panel use it).
TEST_F(QueuePaneTest, DatesFollowTheLocaleAndShowTheDayBeforeToday)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime yesterday = now.addDays(-1);
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Russian, QLocale::Russia)}) {
        ui::installTranslations(*qApp, locale);
        EXPECT_EQ(ui::dateTimeText(now, now), locale.toString(now.time(), QLocale::ShortFormat));
        const QString older = ui::dateTimeText(yesterday.toUTC(), now);
        EXPECT_TRUE(older.startsWith(locale.toString(yesterday.date(), QLocale::ShortFormat)))
            << older.toStdString();
        EXPECT_TRUE(older.endsWith(locale.toString(yesterday.time(), QLocale::ShortFormat)));
        EXPECT_EQ(ui::dateText(yesterday.date()),
                  locale.toString(yesterday.date(), QLocale::ShortFormat));
        ui::LocalDatesDelegate delegate;
        EXPECT_EQ(delegate.displayText(QVariant(yesterday.toUTC()), locale), older);
    }
}

// The reason dialog for going offline is wide enough for its title, in English and Russian.
TEST_F(QueuePaneTest, OfflineDialogTitleIsNotCut)
{
    ui::PresenceSwitcher presence(m_store, *m_commands, m_me.id);
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Russian, QLocale::Russia)}) {
        ui::installTranslations(*qApp, locale);
        QString title;
        int width = 0;
        int needed = 0;
        QTimer::singleShot(0, &presence, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            title = dialog->windowTitle();
            width = dialog->width();
            needed = ui::widthForTitle(*dialog, title);
            dialog->reject();
        });
        presence.findChild<QAction *>(u"presence_offline"_qs)->trigger();
        EXPECT_FALSE(title.isEmpty());
        EXPECT_GE(width, needed) << title.toStdString();
    }
}
