// The chat pane's composer, offscreen, against a real back office: canned responses, internal
// notes, drafts, the keyboard and accessible names, and a refused message sent again.
#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/CannedResponseFiller.h"
#include "app/models/ConversationModel.h"
#include "app/models/EscalationCatalog.h"
#include "app/models/EscalationInboxModel.h"
#include "app/models/OpenConversationsModel.h"
#include "app/net/BackOfficeClient.h"
#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatPaneFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/MacroPicker.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationInbox.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

using namespace frontline;
using namespace frontline::test;
using app::ConversationModel;

TEST_F(ChatPaneTest, SlashInsertsACannedResponseAndCtrlIPostsAnInternalNote)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Hello"), QStringLiteral("n-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    QString title, body;
    { // an open read would keep the cache's snapshot for the sends below
        auto macro = olga->desk().store().read(
            QStringLiteral("SELECT title, body FROM macros ORDER BY id LIMIT 1"));
        ASSERT_TRUE(macro && macro.value().next());
        title = macro->value(0).toString();
        body = macro->value(1).toString();
    }

    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    QTest::keyClicks(pane.composer(), QStringLiteral("Hi! "));
    QTest::keyClick(pane.composer(), Qt::Key_Slash);
    ASSERT_TRUE(pane.macroPicker()->isVisible());
    QTest::keyClicks(pane.macroPicker()->searchField(), title);
    ASSERT_GE(pane.macroPicker()->list()->model()->rowCount(), 1);
    QTest::keyClick(pane.macroPicker()->searchField(), Qt::Key_Return);
    EXPECT_FALSE(pane.macroPicker()->isVisible());
    // The "/" is replaced, the placeholders the cache can fill are filled.
    EXPECT_EQ(pane.composer()->toPlainText(),
              u"Hi! " + app::CannedResponseFiller::fillWith(
                            body, {{QStringLiteral("customer_name"), QStringLiteral("Мария")},
                                   {QStringLiteral("operator_name"), QStringLiteral("Olga")}}));
    pane.composer()->clear();
    showActive(pane); // the picker was a popup

    // A "/" inside a word is just a slash.
    QTest::keyClicks(pane.composer(), QStringLiteral("and/or"));
    EXPECT_FALSE(pane.macroPicker()->isVisible());
    pane.composer()->clear();

    QTest::keyClick(pane.composer(), Qt::Key_I, Qt::ControlModifier);
    EXPECT_TRUE(pane.internalNoteToggle()->isChecked());
    EXPECT_TRUE(pane.composer()->isInternalNote());
    EXPECT_FALSE(pane.composer()->styleSheet().isEmpty()); // looks different
    EXPECT_EQ(pane.composer()->accessibleName(), u"Internal note composer");
    QTest::keyClicks(pane.composer(), QStringLiteral("customer is a reseller"));
    QTest::keyClick(pane.composer(), Qt::Key_Return);
    EXPECT_TRUE(last(pane).data(ConversationModel::InternalRole).toBool());
    EXPECT_EQ(last(pane).data(ConversationModel::StyleRole).toString(), u"note");
    EXPECT_TRUE(waitUntil(
        [&] { return last(pane).data(ConversationModel::StateRole).toString() == u"synced"; }));
    EXPECT_TRUE(last(pane).data(ConversationModel::InternalRole).toBool());
    // Sending the note ends note mode: what is written next goes to the customer.
    EXPECT_FALSE(pane.internalNoteToggle()->isChecked());
    EXPECT_FALSE(pane.composer()->isInternalNote());
    EXPECT_EQ(pane.composer()->accessibleName(), u"Reply composer");
    EXPECT_EQ(pane.sendButton()->text(), u"Send");
}

// The reply records the canned response it was made from, and the back office keeps it with the
// message (an exam's customer branches on it); emptying the reply forgets it.
TEST_F(ChatPaneTest, AReplyMadeFromACannedResponseSaysWhichOne)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Hello"), QStringLiteral("m-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    QString title, slug;
    { // one whose placeholders the cache fills, so that it can be sent as it is
        auto macro = olga->desk().store().read(
            QStringLiteral("SELECT title, slug FROM macros WHERE slug = 'closing-en'"));
        ASSERT_TRUE(macro && macro.value().next());
        title = macro->value(0).toString();
        slug = macro->value(1).toString();
    }
    ASSERT_FALSE(slug.isEmpty());

    const auto pick = [&](ui::ConversationPane &pane) {
        QTest::keyClick(pane.composer(), Qt::Key_Slash);
        ASSERT_TRUE(pane.macroPicker()->isVisible());
        QTest::keyClicks(pane.macroPicker()->searchField(), title);
        QTest::keyClick(pane.macroPicker()->searchField(), Qt::Key_Return);
        showActive(pane); // the picker was a popup
    };
    {
        ui::ConversationPane before(ui::partsOf(olga->desk()));
        showActive(before);
        before.openTicket(ticket);
        pick(before);
        EXPECT_EQ(before.macroUsed(), slug);
    }
    // The draft keeps it: after a restart the reply still says which response it was made from.
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    EXPECT_FALSE(pane.composer()->toPlainText().isEmpty());
    EXPECT_EQ(pane.macroUsed(), slug);
    QTest::keyClick(pane.composer(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(pane.composer(), Qt::Key_Delete);
    EXPECT_TRUE(pane.macroUsed().isEmpty());

    pick(pane);
    ASSERT_EQ(pane.macroUsed(), slug);
    QTest::keyClick(pane.composer(), Qt::Key_Return);
    EXPECT_TRUE(pane.macroUsed().isEmpty());
    EXPECT_TRUE(waitUntil(
        [&] { return last(pane).data(ConversationModel::StateRole).toString() == u"synced"; }));
    HttpClient admin(backOffice->baseUrl());
    ASSERT_EQ(admin.signIn(QStringLiteral("admin"), QStringLiteral("demo")).status, 200);
    const QJsonArray messages =
        admin.get(u"/api/v1/tickets/" + ticket + u"/messages").json().value(u"messages").toArray();
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_EQ(messages.last()[u"author_kind"].toString(), u"operator");
    EXPECT_EQ(messages.last()[u"macro"].toString(), slug);
}

TEST_F(ChatPaneTest, ADraftSurvivesRecreatingThePane)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString first = newChat(QStringLiteral("One"), QStringLiteral("d-1"));
    const QString second = newChat(QStringLiteral("Two"), QStringLiteral("d-2"));
    ASSERT_TRUE(waitUntil(
        [&] { return hasTicket(olga->desk(), first) && hasTicket(olga->desk(), second); }));
    {
        ui::ConversationPane pane(ui::partsOf(olga->desk()));
        showActive(pane);
        pane.openTicket(first);
        QTest::keyClicks(pane.composer(), QStringLiteral("half a reply"));
        pane.openTicket(second);
        EXPECT_TRUE(pane.composer()->toPlainText().isEmpty());
        QTest::keyClick(pane.composer(), Qt::Key_I, Qt::ControlModifier);
        QTest::keyClicks(pane.composer(), QStringLiteral("note in progress"));
        // Next / previous conversation keep each draft.
        QTest::keyClick(pane.composer(), Qt::Key_PageUp, Qt::ControlModifier);
        EXPECT_EQ(pane.currentTicket(), first);
        EXPECT_EQ(pane.composer()->toPlainText(), u"half a reply");
    }
    ui::ConversationPane again(ui::partsOf(olga->desk()));
    showActive(again);
    again.openTicket(second);
    EXPECT_EQ(again.composer()->toPlainText(), u"note in progress");
    EXPECT_TRUE(again.composer()->isInternalNote());
    again.openTicket(first);
    EXPECT_EQ(again.composer()->toPlainText(), u"half a reply");
    EXPECT_FALSE(again.composer()->isInternalNote());
}

TEST_F(ChatPaneTest, EverythingHasAnAccessibleNameAndTheShortcutsAreListed)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    showActive(pane);
    for (QWidget *widget :
         {static_cast<QWidget *>(pane.conversationList()),
          static_cast<QWidget *>(pane.messageView()), static_cast<QWidget *>(pane.composer()),
          static_cast<QWidget *>(pane.internalNoteToggle()),
          static_cast<QWidget *>(pane.sendButton()), static_cast<QWidget *>(pane.escalateButton()),
          static_cast<QWidget *>(pane.resolveButton())})
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
    EXPECT_EQ(pane.accessibleName(), pane.title());
    const auto shortcuts = ui::ConversationPane::shortcuts();
    auto listed = [&](const QKeySequence &keys) {
        return std::any_of(shortcuts.begin(), shortcuts.end(),
                           [&](const auto &pair) { return pair.first == keys; });
    };
    EXPECT_TRUE(listed(QKeySequence(Qt::CTRL | Qt::Key_E)));
    EXPECT_TRUE(listed(QKeySequence(Qt::CTRL | Qt::Key_I)));
    EXPECT_TRUE(listed(QKeySequence(Qt::CTRL | Qt::Key_Tab)));
    EXPECT_TRUE(listed(QKeySequence(Qt::CTRL | Qt::Key_PageDown)));
    for (const auto &[keys, description] : shortcuts)
        EXPECT_FALSE(description.isEmpty());
}

TEST_F(ChatPaneTest, AMessageRefusedForGoodShowsFailedAndCanBeRetried)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    ui::ConversationPane pane(ui::partsOf(olga->desk()));
    pane.resize(900, 700);
    showActive(pane);
    // A ticket the back office does not know: the reply is refused (404) and kept as failed.
    pane.openTicket(QStringLiteral("999999"));
    QTest::keyClicks(pane.composer(), QStringLiteral("lost reply"));
    QTest::keyClick(pane.composer(), Qt::Key_Return);
    ASSERT_EQ(pane.messagesModel()->rowCount(), 1);
    ASSERT_TRUE(waitUntil(
        [&] { return last(pane).data(ConversationModel::StateRole).toString() == u"failed"; }));
    pane.retry(last(pane));
    EXPECT_EQ(last(pane).data(ConversationModel::StateRole).toString(), u"pending");
    EXPECT_EQ(pane.messagesModel()->rowCount(), 1);
    ASSERT_TRUE(waitUntil(
        [&] { return last(pane).data(ConversationModel::StateRole).toString() == u"failed"; }));
    auto outbox = olga->desk().store().read(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    ASSERT_TRUE(outbox && outbox.value().next());
    EXPECT_EQ(outbox->value(0).toInt(), 1); // the same command again, not a second one
}
