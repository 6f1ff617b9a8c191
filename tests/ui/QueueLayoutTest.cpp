// The queue's columns at the real main window on the demo data, in English and in Russian: they
// fit the queue's share of a default window, the operator's widths, order and columns are kept;
// the window title names the app once. (The pane alone: QueuePaneTest.)
#include "app/ClientCore.h"
#include "app/models/TicketQueueModel.h"
#include "app/store/LocalStore.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/HeaderDrag.h"
#include "tests/ui/MainWindowFixture.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSettings.h"
#include "ui/common/UiSetup.h"
#include "ui/queue/TicketQueueColumns.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace frontline;
using app::TicketQueueColumn;
using frontline::test::MainWindowTest;

namespace {

// Switches Frontline to a language for one scope, as Settings → Language does, and back.
class Language
{
public:
    explicit Language(QLocale::Language language)
    {
        if (language != QLocale::English) {
            EXPECT_TRUE(ui::installTranslations(*qApp, QLocale(language)));
        }
    }
    ~Language()
    {
        ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

// A window at the default size (1400×900) with no layout kept from an earlier test.
std::unique_ptr<ui::MainWindow> freshWindow(app::ClientCore &desk)
{
    ui::UiSettings::setPerspectiveLayout(u"operator"_qs, {});
    ui::UiSettings::setWindowGeometry({});
    auto window = std::make_unique<ui::MainWindow>();
    window->setClient(ui::partsOf(desk));
    window->resize(1400, 900);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

// Every shown column is on screen without scrolling, the subject keeps room to read, and each
// header and value fits its column (values in bold, as unread rows are drawn). Only the priority
// and the assignee may give way to a narrow queue.
void expectColumnsFit(ui::TicketQueuePane &queue, const char *language)
{
    SCOPED_TRACE(language);
    QTableView *view = queue.view();
    QHeaderView *header = view->horizontalHeader();
    const int viewport = view->viewport()->width();
    EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0);
    for (int column = 0; column < int(TicketQueueColumn::Count); ++column) {
        const QString title = queue.model()->headerData(column, Qt::Horizontal).toString();
        SCOPED_TRACE(title.toStdString());
        if (header->isSectionHidden(column)) {
            EXPECT_TRUE(column == int(TicketQueueColumn::Priority) ||
                        column == int(TicketQueueColumn::Assignee) ||
                        column == int(TicketQueueColumn::Waiting));
            continue;
        }
        EXPECT_GE(header->sectionViewportPosition(column), 0);
        EXPECT_LE(header->sectionViewportPosition(column) + header->sectionSize(column), viewport);
        // Names may be cut (the full one is a click away); the sorted column holds the arrow.
        const bool name = column == int(TicketQueueColumn::Customer) ||
                          column == int(TicketQueueColumn::Assignee);
        if (column != int(TicketQueueColumn::Subject) && !name) {
            const int margin =
                header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const int arrow =
                header->sortIndicatorSection() == column ? header->sectionSizeHint(column) : 0;
            EXPECT_GE(header->sectionSize(column),
                      std::max(arrow, header->fontMetrics().horizontalAdvance(title) + 2 * margin));
        }
    }
    const QFontMetrics plain(view->font());
    // About 20 characters (the fit counts the grid lines loosely).
    EXPECT_GE(header->sectionSize(int(TicketQueueColumn::Subject)), 18 * plain.averageCharWidth());
    QFont boldFont = view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    for (const auto column :
         {TicketQueueColumn::Number, TicketQueueColumn::Status, TicketQueueColumn::Priority,
          TicketQueueColumn::Waiting, TicketQueueColumn::Sla}) {
        for (int row = 0; row < std::min(queue.model()->rowCount(), 60); ++row) {
            if (header->isSectionHidden(int(column)))
                break;
            const QString text = queue.model()->index(row, int(column)).data().toString();
            EXPECT_LT(bold.horizontalAdvance(text), header->sectionSize(int(column)))
                << text.toStdString();
        }
    }
}

// Every item of a filter box fits its text field.
void expectComboFits(QComboBox &box)
{
    QStyleOptionComboBox option;
    option.initFrom(&box);
    option.editable = box.isEditable();
    const QRect field = box.style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                    QStyle::SC_ComboBoxEditField, &box);
    for (int item = 0; item < box.count(); ++item)
        EXPECT_LE(box.fontMetrics().horizontalAdvance(box.itemText(item)), field.width())
            << box.itemText(item).toStdString();
}

} // namespace

TEST_F(MainWindowTest, QueueColumnsFitTheirContentInEnglishAndRussian)
{
    for (const auto language : {QLocale::English, QLocale::Russian}) {
        Language chosen(language);
        auto window = freshWindow(*s_desk);
        ui::TicketQueuePane *queue = window->operatorPerspective()->queuePane();
        app::TicketQueueFilter all;
        all.status = u"any"_qs;
        queue->model()->setFilter(all);
        ASSERT_GT(queue->model()->rowCount(), 0);
        expectColumnsFit(*queue, language == QLocale::English ? "English" : "Russian");
        ASSERT_EQ(queue->findChildren<QComboBox *>().size(), 4); // scope, channel, status, queue
        for (QComboBox *filter : queue->findChildren<QComboBox *>()) {
            SCOPED_TRACE(filter->objectName().toStdString());
            expectComboFits(*filter);
            EXPECT_GE(filter->x(), 0);
            EXPECT_LE(filter->geometry().right(), queue->width());
        }
        if (language == QLocale::Russian) {
            EXPECT_EQ(queue->model()
                          ->headerData(int(TicketQueueColumn::Priority), Qt::Horizontal)
                          .toString(),
                      u"Приоритет");
            EXPECT_EQ(queue->queueFilter()->itemText(0), u"Любая очередь");
        }
        // A wider window shows every column: 1766 px is the default on a 1920×1080 screen;
        // Russian's longer words need more.
        window->resize(language == QLocale::English ? 1766 : 2200, 993);
        QHeaderView *header = queue->view()->horizontalHeader();
        EXPECT_TRUE(test::waitUntil([&] {
            for (int column = 0; column < header->count(); ++column)
                if (header->isSectionHidden(column))
                    return false;
            return true;
        }));
        expectColumnsFit(*queue, language == QLocale::English ? "English, wide" : "Russian, wide");
    }
}

TEST_F(MainWindowTest, QueueColumnsCanBeResizedAndReorderedAndAreKept)
{
    QByteArray kept;
    {
        auto window = freshWindow(*s_desk);
        ui::TicketQueuePane *queue = window->operatorPerspective()->queuePane();
        QHeaderView *header = queue->view()->horizontalHeader();
        EXPECT_TRUE(header->sectionsMovable());
        EXPECT_EQ(header->sectionResizeMode(int(TicketQueueColumn::Customer)),
                  QHeaderView::Interactive);
        header->moveSection(header->visualIndex(int(TicketQueueColumn::Sla)), 0);
        EXPECT_FALSE(queue->columns()->sizedByOperator());
        const int customer = int(TicketQueueColumn::Customer);
        test::dragSectionEdge(*header, customer, 211 - header->sectionSize(customer));
        ASSERT_EQ(header->sectionSize(customer), 211);
        EXPECT_TRUE(queue->columns()->sizedByOperator());
        const int room = queue->view()->viewport()->width();
        window->resize(1700, 900); // her width stays when the window changes
        ASSERT_TRUE(test::waitUntil([&] { return queue->view()->viewport()->width() > room; }));
        EXPECT_EQ(header->sectionSize(int(TicketQueueColumn::Customer)), 211);
        // The header's menu hides a column she does not need.
        queue->columns()->setColumnShown(int(TicketQueueColumn::Channel), false);
        EXPECT_TRUE(header->isSectionHidden(int(TicketQueueColumn::Channel)));
        window->close();
        kept = ui::UiSettings::perspectiveLayout(u"operator"_qs);
    }
    ui::MainWindow again;
    again.setClient(ui::partsOf(*s_desk));
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    QHeaderView *header = again.operatorPerspective()->queuePane()->view()->horizontalHeader();
    EXPECT_EQ(header->visualIndex(int(TicketQueueColumn::Sla)), 0);
    EXPECT_EQ(header->sectionSize(int(TicketQueueColumn::Customer)), 211);
    EXPECT_TRUE(header->isSectionHidden(int(TicketQueueColumn::Channel)));
    EXPECT_FALSE(kept.isEmpty());
    ui::UiSettings::setPerspectiveLayout(u"operator"_qs, {});
}

TEST_F(MainWindowTest, TheWindowTitleNamesTheAppOnce)
{
    const QString name = QCoreApplication::applicationName();
    const QString organisation = QCoreApplication::organizationName();
    ui::nameApplication(); // as main() does
    // No display name: the window system would append "— Frontline" to the title.
    EXPECT_EQ(QGuiApplication::applicationDisplayName(), QCoreApplication::applicationName());
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setOrganizationName(organisation);

    auto window = freshWindow(*s_desk);
    const QString title = window->windowTitle();
    EXPECT_EQ(title, u"Frontline — "_qs + s_desk->user().displayName);
    EXPECT_EQ(title.count(u"Frontline"_qs), 1);
}
