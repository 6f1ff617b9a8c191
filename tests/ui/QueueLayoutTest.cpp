// The queue's columns, rows that hold still under the pointer, the search's Escape, one date
// format and the titles, at the real main window on the demo data, in English and in Russian.
#include "app/ClientCore.h"
#include "app/models/ConversationModel.h"
#include "app/models/TicketQueueModel.h"
#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/MainWindowFixture.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/common/ClientParts.h"
#include "ui/common/DateText.h"
#include "ui/common/UiSetup.h"
#include "ui/common/WindowTitle.h"
#include "ui/queue/TicketQueueColumns.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/PresenceSwitcher.h"
#include "ui/shell/UiSettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEnterEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

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

void storeTicket(app::LocalStore &store, QJsonObject ticket)
{
    app::SqlTransaction transaction(store);
    ASSERT_TRUE(store.storeServerTicket(ticket).ok());
    ASSERT_TRUE(transaction.commit().ok());
}

void dropTicket(app::LocalStore &store, const QString &id)
{
    app::SqlTransaction transaction(store);
    ASSERT_TRUE(store.write(u"DELETE FROM tickets WHERE id = '"_qs + id + u"'"_qs).ok());
    store.pendingChanges().tickets.insert(id);
    ASSERT_TRUE(transaction.commit().ok());
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
        if (column != int(TicketQueueColumn::Subject)) {
            EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column));
        }
    }
    const QFontMetrics plain(view->font());
    EXPECT_GE(header->sectionSize(int(TicketQueueColumn::Subject)), 20 * plain.averageCharWidth());
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

// Drags a column's right edge by `by` pixels with the mouse, as the operator resizes it.
void dragSectionEdge(QHeaderView &header, int column, int by)
{
    QWidget *target = header.viewport();
    const QPointF edge(header.sectionViewportPosition(column) + header.sectionSize(column) - 1,
                       header.height() / 2);
    const auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, target->mapToGlobal(at),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(target, &event);
    };
    send(QEvent::MouseButtonPress, edge, Qt::LeftButton);
    send(QEvent::MouseMove, edge + QPointF(by, 0), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, edge + QPointF(by, 0), Qt::NoButton);
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
        dragSectionEdge(*header, customer, 211 - header->sectionSize(customer));
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

// A new urgent chat waits while the pointer is over the rows; it takes its place when the
// pointer leaves. A ticket that leaves stays until a key is pressed in the list.
TEST_F(MainWindowTest, QueueRowsHoldStillUnderThePointer)
{
    auto window = freshWindow(*s_desk);
    ui::TicketQueuePane *queue = window->operatorPerspective()->queuePane();
    app::TicketQueueModel *model = queue->model();
    QWidget *rows = queue->view()->viewport();
    ASSERT_GT(model->rowCount(), 3);
    const QString first = model->ticketId(0);
    const QString selected = model->ticketId(2);
    queue->selectTicket(selected);

    QEnterEvent enter(QPointF(20, 20), QPointF(20, 20), rows->mapToGlobal(QPointF(20, 20)));
    QCoreApplication::sendEvent(rows, &enter);
    QJsonObject ticket = s_desk->store().serverTicket(first).value();
    ticket.insert(u"id"_qs, u"ui-hold-1"_qs);
    ticket.insert(u"number"_qs, 999998);
    ticket.insert(u"status"_qs, u"new"_qs);
    ticket.insert(u"first_response_due"_qs, u"2000-01-01T00:00:00.000Z"_qs);
    storeTicket(s_desk->store(), ticket);
    EXPECT_EQ(model->ticketId(0), first);
    EXPECT_EQ(model->rowOf(u"ui-hold-1"_qs), -1);
    EXPECT_EQ(model->ticketId(2), selected);

    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(rows, &leave);
    EXPECT_EQ(model->ticketId(0), u"ui-hold-1");
    EXPECT_EQ(queue->currentTicketId(), selected);

    QCoreApplication::sendEvent(rows, &enter);
    dropTicket(s_desk->store(), u"ui-hold-1"_qs);
    EXPECT_EQ(model->ticketId(0), u"ui-hold-1");
    queue->view()->setFocus();
    QTest::keyClick(queue->view(), Qt::Key_Shift); // any key: the held changes go first
    EXPECT_EQ(model->rowOf(u"ui-hold-1"_qs), -1);
    EXPECT_EQ(model->ticketId(0), first);
    EXPECT_EQ(queue->currentTicketId(), selected);
    QCoreApplication::sendEvent(rows, &leave);
}

TEST_F(MainWindowTest, EscapeInTheQueueSearchClearsIt)
{
    auto window = freshWindow(*s_desk);
    ui::TicketQueuePane *queue = window->operatorPerspective()->queuePane();
    const int all = queue->model()->rowCount();
    queue->focusSearch();
    QTest::keyClicks(queue->searchField(), u"zzzz-no-such-ticket"_qs);
    ASSERT_TRUE(test::waitUntil([&] { return queue->model()->rowCount() == 0; }));
    QTest::keyClick(queue->searchField(), Qt::Key_Escape);
    EXPECT_TRUE(queue->searchField()->text().isEmpty());
    EXPECT_TRUE(test::waitUntil([&] { return queue->model()->rowCount() == all; }));
    EXPECT_TRUE(queue->searchField()->hasFocus());
}

// One format: today's moments as the time, other days' with the date, in the UI language.
TEST_F(MainWindowTest, DatesFollowTheLocaleAndShowTheDayBeforeToday)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime yesterday = now.addDays(-1);
    for (const auto language : {QLocale::English, QLocale::Russian}) {
        Language chosen(language);
        const QLocale locale(language);
        EXPECT_EQ(ui::dateTimeText(now, now), locale.toString(now.time(), QLocale::ShortFormat));
        EXPECT_EQ(ui::dateTimeText(yesterday, now),
                  locale.toString(yesterday.date(), QLocale::ShortFormat) + u' ' +
                      locale.toString(yesterday.time(), QLocale::ShortFormat));

        // A message's header, as the conversation draws it.
        QStandardItemModel messages(1, 1);
        const QModelIndex message = messages.index(0, 0);
        messages.setData(message, u"Anna"_qs, app::ConversationModel::AuthorNameRole);
        messages.setData(message, yesterday.toUTC().toString(Qt::ISODateWithMs),
                         app::ConversationModel::CreatedAtRole);
        const ui::MessageDelegate delegate;
        EXPECT_EQ(delegate.headerText(message), u"Anna · "_qs + ui::dateTimeText(yesterday));
        EXPECT_TRUE(delegate.headerText(message).contains(
            locale.toString(yesterday.date(), QLocale::ShortFormat)));

        // The customer panel's lists write their dates the same way.
        const ui::LocalDatesDelegate dates;
        EXPECT_EQ(dates.displayText(yesterday, locale), ui::dateTimeText(yesterday));
        EXPECT_EQ(dates.displayText(yesterday.date(), locale), ui::dateText(yesterday.date()));
    }
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

// The dialog that asks why the operator goes offline shows its whole title.
TEST_F(MainWindowTest, TheOfflineDialogsTitleFits)
{
    for (const auto language : {QLocale::English, QLocale::Russian}) {
        Language chosen(language);
        auto window = freshWindow(*s_desk);
        auto *offline =
            window->presenceSwitcher()->menu()->findChild<QAction *>(u"presence_offline"_qs);
        ASSERT_NE(offline, nullptr);
        QString title;
        int width = 0;
        int needed = 0;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            width = dialog->width();
            needed = ui::widthForTitle(*dialog, title);
            dialog->reject();
        });
        poll.start(10);
        offline->trigger();
        poll.stop();
        EXPECT_EQ(title, language == QLocale::English ? u"Offline"_qs : u"Не в сети"_qs);
        EXPECT_GE(width, needed);
    }
}
