// Canned responses in the composer, offscreen, against a real back office: placeholders filled
// from the cache, the ones it cannot fill highlighted and blocking Send with the reason beside
// it, and the `/` picker's order and languages.
#include "app/ClientCore.h"
#include "app/models/ConversationModel.h"
#include "app/models/MacroModel.h"
#include "tests/ui/ChatPaneFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/MacroPicker.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ClientParts.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

#include <algorithm>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using app::ConversationModel;

namespace {

// Opens the picker with `/` and chooses the first response `search` finds.
void insertCanned(ui::ConversationPane &pane, const QString &search)
{
    QTest::keyClick(pane.composer(), Qt::Key_Slash);
    ASSERT_TRUE(pane.macroPicker()->isVisible());
    QTest::keyClicks(pane.macroPicker()->searchField(), search);
    QTest::keyClick(pane.macroPicker()->searchField(), Qt::Key_Return);
    ASSERT_FALSE(pane.macroPicker()->isVisible());
}

QLabel *blockedReason(ui::ConversationPane &pane)
{
    return pane.findChild<QLabel *>(QStringLiteral("sendBlockedReason"));
}

} // namespace

TEST_F(ChatPaneTest, AnUnfilledPlaceholderIsHighlightedAndBlocksSendingUntilEdited)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    // A customer from the chat channel: the cache has no order of theirs.
    const QString ticket = newChat(QStringLiteral("Where is my parcel?"), QStringLiteral("p-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    const int messages = pane.messagesModel()->rowCount();
    ASSERT_NO_FATAL_FAILURE(insertCanned(pane, QStringLiteral("check")));
    showActive(pane); // the picker was a popup

    // The name and the operator are filled; the order number is not known.
    const QString text = pane.composer()->toPlainText();
    EXPECT_TRUE(text.startsWith(u"Thank you, Мария. I'm checking the details of order "
                                u"{order_number} now."))
        << text.toStdString();
    const QList<QTextEdit::ExtraSelection> marks = pane.composer()->extraSelections();
    ASSERT_EQ(marks.size(), 1);
    EXPECT_EQ(marks[0].cursor.selectedText(), u"{order_number}");
    EXPECT_TRUE(marks[0].format.background().style() != Qt::NoBrush);

    // Send is refused, and the reason is shown beside it.
    EXPECT_FALSE(pane.sendButton()->isEnabled());
    QLabel *reason = blockedReason(pane);
    ASSERT_NE(reason, nullptr);
    EXPECT_TRUE(reason->isVisible());
    EXPECT_EQ(reason->text(), u"Fill in {order_number} before sending.");
    EXPECT_LT(
        std::abs(reason->geometry().center().y() - pane.sendButton()->geometry().center().y()),
        pane.sendButton()->height());
    EXPECT_LE(reason->geometry().right(), pane.sendButton()->geometry().left());
    EXPECT_GE(reason->width(), reason->fontMetrics().horizontalAdvance(reason->text()));

    // Enter does not send it either: it selects the placeholder, so typing replaces it.
    QTest::keyClick(pane.composer(), Qt::Key_Return);
    EXPECT_EQ(pane.messagesModel()->rowCount(), messages);
    EXPECT_EQ(pane.composer()->textCursor().selectedText(), u"{order_number}");
    QTest::keyClick(pane.composer(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(pane.messagesModel()->rowCount(), messages);

    QTest::keyClicks(pane.composer(), QStringLiteral("HP-12345678"));
    EXPECT_TRUE(pane.composer()->extraSelections().isEmpty());
    EXPECT_TRUE(pane.sendButton()->isEnabled());
    EXPECT_FALSE(reason->isVisible());
    QTest::keyClick(pane.composer(), Qt::Key_Return);
    ASSERT_EQ(pane.messagesModel()->rowCount(), messages + 1);
    const QString sent = last(pane).data(ConversationModel::BodyRole).toString();
    EXPECT_TRUE(sent.contains(u"order HP-12345678 now")) << sent.toStdString();
    EXPECT_FALSE(sent.contains(u'{'));
}

TEST_F(ChatPaneTest, AnInternalNoteMayKeepBracesAndIsNotBlocked)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Hello"), QStringLiteral("p-2"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    showActive(pane);
    pane.openTicket(ticket);
    QTest::keyClicks(pane.composer(), QStringLiteral("ask for {order_number}"));
    EXPECT_FALSE(pane.sendButton()->isEnabled());
    QTest::keyClick(pane.composer(), Qt::Key_I, Qt::ControlModifier);
    // The customer never reads a note: nothing to fill, nothing blocked.
    EXPECT_TRUE(pane.composer()->extraSelections().isEmpty());
    EXPECT_TRUE(pane.sendButton()->isEnabled());
    EXPECT_FALSE(blockedReason(pane)->isVisible());
}

TEST_F(ChatPaneTest, ThePickerPutsTheExactShortcutFirstAndShowsEachLanguage)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Hi"), QStringLiteral("p-3"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    showActive(pane);
    pane.openTicket(ticket);
    QTest::keyClick(pane.composer(), Qt::Key_Slash);
    ASSERT_TRUE(pane.macroPicker()->isVisible());
    // "order" is in many responses' text and in titles that sort before "Ask for the order
    // number"; the one whose shortcut is /order comes first all the same, in both languages.
    QTest::keyClicks(pane.macroPicker()->searchField(), QStringLiteral("order"));
    QAbstractItemModel *list = pane.macroPicker()->list()->model();
    ASSERT_GE(list->rowCount(), 4);
    for (int row = 0; row < 2; ++row)
        EXPECT_EQ(list->index(row, 0).data(app::MacroModel::ShortcutRole).toString(), u"/order");
    EXPECT_NE(list->index(2, 0).data(app::MacroModel::ShortcutRole).toString(), u"/order");
    EXPECT_EQ(pane.macroPicker()->list()->currentIndex().row(), 0);
    QStringList languages;
    for (int row = 0; row < 2; ++row)
        languages.append(list->index(row, 0).data(Qt::DisplayRole).toString().left(5));
    languages.sort();
    EXPECT_EQ(languages, (QStringList{QStringLiteral("EN · "), QStringLiteral("RU · ")}));
    for (int row = 0; row < list->rowCount(); ++row) {
        const QString locale = list->index(row, 0).data(app::MacroModel::LocaleRole).toString();
        EXPECT_TRUE(list->index(row, 0)
                        .data(Qt::DisplayRole)
                        .toString()
                        .startsWith(locale.toUpper() + u" · "));
    }

    // Choosing the Russian one fills it in Russian.
    const int russian =
        list->index(0, 0).data(app::MacroModel::LocaleRole).toString() == u"ru" ? 0 : 1;
    for (int row = 0; row < russian; ++row)
        QTest::keyClick(pane.macroPicker()->searchField(), Qt::Key_Down);
    QTest::keyClick(pane.macroPicker()->searchField(), Qt::Key_Return);
    EXPECT_TRUE(pane.composer()->toPlainText().startsWith(u"Чтобы всё проверить"));
}

TEST_F(ChatPaneTest, ADemoCustomersCannedResponseIsFilledWithTheirOrder)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    QString ticket;
    QStringList orders;
    ASSERT_TRUE(waitUntil([&] {
        auto found = olga->desk().store().read(
            QStringLiteral("SELECT t.id FROM tickets t JOIN orders o ON o.customer_id = "
                           "t.customer_id ORDER BY CAST(t.id AS INTEGER) LIMIT 1"));
        if (found && found.value().next())
            ticket = found->value(0).toString();
        return !ticket.isEmpty();
    }));
    {
        auto numbers = olga->desk().store().read(
            QStringLiteral("SELECT o.number FROM orders o JOIN tickets t ON o.customer_id = "
                           "t.customer_id WHERE t.id = ?"),
            {ticket});
        while (numbers && numbers.value().next())
            orders.append(numbers->value(0).toString());
    }
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    ASSERT_NO_FATAL_FAILURE(insertCanned(pane, QStringLiteral("/check")));
    showActive(pane);
    const QString text = pane.composer()->toPlainText();
    EXPECT_FALSE(text.contains(u'{')) << text.toStdString();
    EXPECT_TRUE(std::any_of(orders.cbegin(), orders.cend(), [&](const QString &number) {
        return text.contains(number);
    })) << text.toStdString();
    EXPECT_TRUE(pane.sendButton()->isEnabled());
    EXPECT_FALSE(blockedReason(pane)->isVisible());
}

// Canned responses per store (issue 17, item 11): ivan works queues of both demo stores. On a
// Lavka ticket /greet fills Lavka's greeting and Hopper's is not offered; on a Hopper ticket the
// other way round; "anything else?" (/bye) is for every store and offered on both.
TEST_F(ChatPaneTest, ATicketIsOfferedItsStoresCannedResponsesAndTheSharedOnes)
{
    auto ivan = signIn(QStringLiteral("ivan"));
    ASSERT_TRUE(ivan);
    const auto [lavkaTicket, hopperTicket] = ivan->ticketOfEachStore();
    ASSERT_FALSE(lavkaTicket.isEmpty() || hopperTicket.isEmpty());

    ui::ConversationPane pane(ui::partsOf(ivan->desk()));
    pane.resize(900, 700);
    showActive(pane);
    // The bodies the picker offers for `typed` on `ticket`, all rows.
    const auto offered = [&](const QString &ticket, const QString &typed) {
        pane.openTicket(ticket);
        pane.composer()->clear();
        QTest::keyClick(pane.composer(), Qt::Key_Slash);
        EXPECT_TRUE(pane.macroPicker()->isVisible());
        QTest::keyClicks(pane.macroPicker()->searchField(), typed);
        QStringList bodies;
        const QAbstractItemModel *list = pane.macroPicker()->list()->model();
        for (int row = 0; row < list->rowCount(); ++row)
            bodies.append(list->index(row, 0).data(app::MacroModel::BodyRole).toString());
        return bodies.join(u'\n');
    };
    const auto greetingOn = [&](const QString &ticket) {
        const QString bodies = offered(ticket, QStringLiteral("/greet"));
        QTest::keyClick(pane.macroPicker()->searchField(), Qt::Key_Return);
        EXPECT_FALSE(pane.macroPicker()->isVisible());
        showActive(pane); // the picker was a popup
        return std::pair{bodies, pane.composer()->toPlainText()};
    };

    const auto [onLavka, lavkaReply] = greetingOn(lavkaTicket);
    EXPECT_TRUE(onLavka.contains(u"Lavka support") && onLavka.contains(u"поддержки Лавки"))
        << onLavka.toStdString();
    EXPECT_FALSE(onLavka.contains(u"Hopper") || onLavka.contains(u"Хоппер"))
        << onLavka.toStdString();
    EXPECT_TRUE(lavkaReply.contains(u"Lavka") || lavkaReply.contains(u"Лавки"))
        << lavkaReply.toStdString();
    EXPECT_TRUE(lavkaReply.contains(u"Ivan") || lavkaReply.contains(u"Иван"))
        << lavkaReply.toStdString();

    const auto [onHopper, hopperReply] = greetingOn(hopperTicket);
    EXPECT_TRUE(onHopper.contains(u"Hopper support") && onHopper.contains(u"поддержки Хоппера"))
        << onHopper.toStdString();
    EXPECT_FALSE(onHopper.contains(u"Lavka") || onHopper.contains(u"Лавк"))
        << onHopper.toStdString();
    EXPECT_TRUE(hopperReply.contains(u"Hopper") || hopperReply.contains(u"Хоппера"))
        << hopperReply.toStdString();

    for (const QString &ticket : {lavkaTicket, hopperTicket}) {
        EXPECT_TRUE(offered(ticket, QStringLiteral("/bye")).contains(u"anything else"))
            << ticket.toStdString();
        QTest::keyClick(pane.macroPicker()->searchField(), Qt::Key_Escape);
        showActive(pane);
    }
}
