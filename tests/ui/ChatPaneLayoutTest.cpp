// The conversation pane's layout and its finishing moves, offscreen against a real back office:
// long names kept apart from the waiting time, a reply box as wide as the conversation, "Close
// tab" apart from the ticket's status actions, and resolving after a question answered by key.
// Layout checks run in English and in Russian, through geometry and font metrics.
#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/ConversationModel.h"
#include "app/models/OpenConversationsModel.h"
#include "app/session/SignedInUser.h"
#include "tests/ui/ChatPaneFixture.h"
#include "ui/chat/ConversationListDelegate.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;

namespace {

// Runs `check` in English, then in Russian, and leaves the application in English.
template<typename Check>
void inEnglishAndRussian(Check check)
{
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Russian, QLocale::Russia)}) {
        ui::installTranslations(*qApp, locale);
        // The LanguageChange events, then the layouts they invalidate, nested ones included.
        for (int pass = 0; pass < 4; ++pass) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        SCOPED_TRACE(locale.name().toStdString());
        check(locale.language() == QLocale::Russian);
    }
    ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

// A button's text fits inside it.
void expectFits(const QAbstractButton *button)
{
    EXPECT_GE(button->width(), button->fontMetrics().horizontalAdvance(button->text()))
        << button->objectName().toStdString() << ": " << button->text().toStdString();
}

} // namespace

TEST_F(ChatPaneTest, OpenConversationsKeepLongNamesApartFromTheWaitingTime)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString first = newChat(QStringLiteral("Hello"), QStringLiteral("l-1"));
    const QString second = newChat(QStringLiteral("Здравствуйте"), QStringLiteral("l-2"));
    ASSERT_TRUE(waitUntil(
        [&] { return hasTicket(olga->desk(), first) && hasTicket(olga->desk(), second); }));
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 600);
    showActive(pane);
    pane.openTicket(first);
    pane.openTicket(second);
    auto *splitter = pane.findChild<QSplitter *>(QStringLiteral("conversationSplitter"));
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({170, 730}); // the list as narrow as an operator may drag it
    QListView *list = pane.conversationList();
    ASSERT_NE(dynamic_cast<ui::ConversationListDelegate *>(list->itemDelegate()), nullptr);

    inEnglishAndRussian([&](bool) {
        bool elided = false;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            const QRect rect = list->visualRect(index);
            const auto layout = ui::ConversationListDelegate::layoutRow(rect, list->font(), index);
            const QFontMetrics metrics(layout.font);
            ASSERT_FALSE(layout.waitingText.isEmpty()); // the customers wait for an answer
            EXPECT_GE(rect.height(), metrics.height());
            EXPECT_TRUE(list->viewport()->rect().contains(rect));
            EXPECT_TRUE(rect.contains(layout.name));
            EXPECT_TRUE(rect.contains(layout.waiting));
            EXPECT_FALSE(layout.name.intersects(layout.waiting));
            EXPECT_LE(metrics.horizontalAdvance(layout.nameText), layout.name.width());
            EXPECT_LE(metrics.horizontalAdvance(layout.waitingText), layout.waiting.width());
            EXPECT_FALSE(layout.waitingText.endsWith(u'…')) << layout.waitingText.toStdString();
            elided = elided || layout.nameText != index.data(Qt::DisplayRole).toString();
        }
        EXPECT_TRUE(elided); // the names were too long for this width, and were cut, not overrun
    });
}

TEST_F(ChatPaneTest, TheReplyBoxTakesTheConversationsWholeWidth)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Hello"), QStringLiteral("w-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    for (const QSize size : {QSize(700, 600), QSize(1200, 800)}) {
        pane.resize(size);
        showActive(pane);
        pane.openTicket(ticket);
        inEnglishAndRussian([&](bool) {
            QWidget *composer = pane.composer();
            const QRect messages(pane.messageView()->mapTo(&pane, QPoint()),
                                 pane.messageView()->size());
            const QRect writing(composer->mapTo(&pane, QPoint()), composer->size());
            EXPECT_LE(std::abs(writing.left() - messages.left()), 2);
            EXPECT_LE(std::abs(writing.right() - messages.right()), 2);
            // Note and Send below the text, not in columns beside it.
            const QRect send(pane.sendButton()->mapTo(&pane, QPoint()), pane.sendButton()->size());
            EXPECT_GT(send.top(), writing.bottom());
            EXPECT_LE(send.right(), messages.right() + 2);
            expectFits(pane.sendButton());
            expectFits(pane.internalNoteToggle());
        });
    }
}

TEST_F(ChatPaneTest, CloseTabSaysWhatItDoesAndStandsApartFromTheStatusActions)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Hello"), QStringLiteral("x-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 600);
    showActive(pane);
    pane.openTicket(ticket);
    auto *close = pane.findChild<QToolButton *>(QStringLiteral("closeConversationButton"));
    auto *reopen = pane.findChild<QToolButton *>(QStringLiteral("reopenButton"));
    auto *separator = pane.findChild<QFrame *>(QStringLiteral("closeTabSeparator"));
    ASSERT_TRUE(close && reopen && separator);
    inEnglishAndRussian([&](bool russian) {
        EXPECT_EQ(close->text(), russian ? u"Закрыть вкладку" : u"Close tab");
        EXPECT_FALSE(close->toolTip().isEmpty());
        EXPECT_TRUE(close->toolTip().contains(
            QKeySequence(Qt::CTRL | Qt::Key_W).toString(QKeySequence::NativeText)));
        for (const char *name : {"escalateButton", "resolveButton", "pendingButton", "reopenButton",
                                 "closeConversationButton"})
            expectFits(pane.findChild<QToolButton *>(QString::fromLatin1(name)));
        // The status actions, then a gap and a separator, then "Close tab" on its own.
        EXPECT_TRUE(separator->isVisible());
        EXPECT_GT(separator->geometry().left(), reopen->geometry().right());
        EXPECT_LT(separator->geometry().right(), close->geometry().left());
        EXPECT_GE(close->geometry().left() - reopen->geometry().right(), 24);
    });
    const auto status = [&] { return olga->desk().store().ticket(ticket).value()->ticket.status; };
    const protocol::TicketStatus before = status();
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_TRUE(pane.currentTicket().isEmpty());
    EXPECT_EQ(status(), before); // only the tab closed
    EXPECT_FALSE(olga->desk().store().ticket(ticket).value()->localChangesPending);
}

TEST_F(ChatPaneTest, ResolvingAsksFirstByKeyboardAndShowsTheResolutionCodeAfterwards)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString me = olga->desk().user().id;
    // An email: olga is at her chat limit in the demo.
    const QString ticket = newChat(QStringLiteral("Верните деньги"), QStringLiteral("r-1"), {},
                                   QStringLiteral("email"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    const auto cached = [&] { return olga->desk().store().ticket(ticket).value().value(); };
    if (cached().ticket.assigneeId != me) {
        ASSERT_TRUE(olga->desk().commands()->claim(ticket));
    }
    ASSERT_TRUE(waitUntil(
        [&] { return cached().ticket.assigneeId == me && !cached().localChangesPending; }));

    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 600);
    showActive(pane);
    pane.openTicket(ticket);
    QMenu *codes = pane.resolveButton()->menu();
    ASSERT_NE(codes, nullptr);
    QAction *refund = codes->actions().value(1);
    ASSERT_NE(refund, nullptr);
    ASSERT_EQ(refund->data().toString(), u"refund_issued");
    const auto question = [&]() -> QMessageBox * { // the one on screen; an answered one goes
        for (QMessageBox *box :
             pane.findChildren<QMessageBox *>(QStringLiteral("resolveConfirmation"))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    const protocol::TicketStatus before = cached().ticket.status;

    // Escape: nothing happens to the ticket.
    refund->trigger();
    ASSERT_TRUE(waitUntil([&] { return question() && question()->isVisible(); }));
    EXPECT_TRUE(question()->text().contains(u"Refund issued"));
    EXPECT_EQ(question()->defaultButton()->text(), u"Resolve");
    QTest::keyClick(question(), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return !question(); }));
    EXPECT_EQ(cached().ticket.status, before);
    EXPECT_FALSE(cached().localChangesPending);

    // Enter: resolved, and the pane says with which code.
    refund->trigger();
    ASSERT_TRUE(waitUntil([&] { return question() && question()->isVisible(); }));
    QTest::keyClick(question(), Qt::Key_Return);
    ASSERT_TRUE(
        waitUntil([&] { return cached().ticket.status == protocol::TicketStatus::Resolved; }));
    EXPECT_TRUE(pane.noticeLabel()->isVisible());
    EXPECT_EQ(pane.noticeLabel()->text(), u"Resolved: Refund issued");
    // Once the back office has it, the header carries the code too.
    EXPECT_TRUE(waitUntil([&] {
        return pane.headerLabel()->text().endsWith(u"Resolved: Refund issued");
    })) << pane.headerLabel()->text().toStdString();
}
