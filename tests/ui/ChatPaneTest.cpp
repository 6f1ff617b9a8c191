// The chat pane and the escalation dialog, offscreen, against a real LocalStore and a real
// back office with its demo data: sending with local echo, plain-text customer messages, the
// composer's keys, canned responses, internal notes, drafts, escalations from both sides, the
// offline banner and conflicts.
#include "app/OperatorDesk.h"
#include "app/commands/OperatorCommands.h"
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
#include "ui/chat/ConversationPane.h"
#include "ui/chat/MacroPicker.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationInbox.h"
#include "ui/shell/UiSetup.h"

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

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

class ChatPaneTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { ui::initResources(); }

    void SetUp() override
    {
        backOffice = DemoDesk::startBackOffice();
        ASSERT_TRUE(backOffice);
    }

    std::unique_ptr<DemoDesk> signIn(const QString &username)
    {
        auto rig = DemoDesk::signIn(backOffice->baseUrl(), username);
        if (rig)
            rig->desk().engine()->setRetryDelays(5, 200);
        return rig;
    }

    // A customer's message (a chat unless `channelCode` says otherwise), through the intake
    // route as a channel adapter would post it.
    QString newChat(const QString &text, const QString &externalId, QString customer = {},
                    const QString &channelCode = QStringLiteral("chat"))
    {
        if (customer.isEmpty())
            customer = u"shop-" + externalId;
        if (!channel) {
            channel = std::make_unique<HttpClient>(backOffice->baseUrl());
            channel->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("chat")));
        }
        const QJsonObject body{
            {QStringLiteral("channel"), channelCode},
            {QStringLiteral("external_message_id"), externalId},
            {QStringLiteral("queue"), QStringLiteral("orders")},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("external_id"), customer},
                         {QStringLiteral("name"), QStringLiteral("Мария <i>Иванова</i>")}}},
            {QStringLiteral("text"), text}};
        const HttpReply reply =
            channel->send("POST", QStringLiteral("/api/v1/intake/messages"), json(body));
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return reply.json().value(u"ticket_id").toString();
    }

    static bool hasTicket(app::OperatorDesk &desk, const QString &ticketId)
    {
        auto cached = desk.store().ticket(ticketId);
        return cached && cached.value().has_value() && !desk.store().messages(ticketId)->isEmpty();
    }

    // Window shortcuts (Ctrl+I, Ctrl+E, ...) only reach an active window.
    static void showActive(QWidget &widget)
    {
        widget.show();
        widget.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&widget));
    }

    static QModelIndex last(const ui::ConversationPane &pane)
    {
        auto *model = pane.messagesModel();
        return model->index(model->rowCount() - 1);
    }

    std::unique_ptr<BackOfficeProcess> backOffice;
    std::unique_ptr<HttpClient> channel;
};

} // namespace

TEST_F(ChatPaneTest, SendingShowsTheMessagePendingThenSent)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Where is my parcel?"), QStringLiteral("s-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));

    ui::ConversationPane pane(olga->desk());
    QAbstractItemModelTester conversations(pane.conversationsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester messages(pane.messagesModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.resize(900, 700);
    showActive(pane);
    QSignalSpy current(&pane, &ui::ConversationPane::currentTicketChanged);
    pane.openTicket(ticket);
    ASSERT_FALSE(current.isEmpty());
    EXPECT_EQ(current.last().at(0).toString(), ticket);
    EXPECT_EQ(pane.currentTicket(), ticket);
    const int before = pane.messagesModel()->rowCount();
    ASSERT_GE(before, 1);

    // Shift+Enter is a new line; Enter sends.
    QTest::keyClicks(pane.composer(), QStringLiteral("line one"));
    QTest::keyClick(pane.composer(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(pane.composer(), QStringLiteral("line two"));
    EXPECT_EQ(pane.composer()->toPlainText(), u"line one\nline two");
    EXPECT_EQ(pane.messagesModel()->rowCount(), before);
    QTest::keyClick(pane.composer(), Qt::Key_Return);
    ASSERT_EQ(pane.messagesModel()->rowCount(), before + 1);
    EXPECT_TRUE(pane.composer()->toPlainText().isEmpty());
    EXPECT_EQ(last(pane).data(ConversationModel::BodyRole).toString(), u"line one\nline two");
    EXPECT_EQ(last(pane).data(ConversationModel::StateRole).toString(), u"pending");
    EXPECT_TRUE(waitUntil(
        [&] { return last(pane).data(ConversationModel::StateRole).toString() == u"synced"; }));
    EXPECT_FALSE(
        last(pane).data(ConversationModel::MessageIdRole).toString().startsWith(u"local:"));
    EXPECT_EQ(pane.messagesModel()->rowCount(), before + 1);

    // The customer of a conversation in the background writes again: unread, and the shell is
    // told.
    const QString other = newChat(QStringLiteral("Hello?"), QStringLiteral("s-2"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), other); }));
    pane.openTicket(other);
    pane.openTicket(ticket);
    QSignalSpy unread(&pane, &ui::ConversationPane::unreadCountChanged);
    QSignalSpy attention(&pane, &ui::ConversationPane::attentionNeeded);
    EXPECT_EQ(newChat(QStringLiteral("Still waiting"), QStringLiteral("s-3"), u"shop-s-2"_qs),
              other);
    ASSERT_TRUE(waitUntil([&] { return !unread.isEmpty(); }));
    EXPECT_EQ(unread.last().at(0).toInt(), 1);
    ASSERT_FALSE(attention.isEmpty());
    EXPECT_EQ(attention.last().at(0).toString(), other);
    EXPECT_EQ(attention.last().at(1).toString(), u"Still waiting");
    const int row = pane.conversationsModel()->rowOf(other);
    EXPECT_EQ(pane.conversationsModel()->index(row).data(app::OpenConversationsModel::UnreadRole),
              1);
    QTest::keyClick(pane.composer(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(pane.currentTicket(), other);
    EXPECT_EQ(unread.last().at(0).toInt(), 0);

    // Older messages come a page at a time when scrolled to the top.
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(olga->desk().commands()->sendMessage(ticket, QStringLiteral("m %1").arg(i)));
    pane.messagesModel()->setPageSize(5);
    QTest::keyClick(pane.composer(), Qt::Key_PageUp, Qt::ControlModifier);
    ASSERT_EQ(pane.currentTicket(), ticket);
    const int total = int(olga->desk().store().messages(ticket)->size());
    const int shown = pane.messagesModel()->rowCount();
    EXPECT_GE(shown, 5);
    ASSERT_LT(shown, total);
    EXPECT_GT(pane.messageView()->verticalScrollBar()->maximum(), 0); // the first pages fill it
    EXPECT_EQ(last(pane).data(ConversationModel::BodyRole).toString(), u"m 39");
    pane.messageView()->verticalScrollBar()->setValue(0);
    EXPECT_GT(pane.messagesModel()->rowCount(), shown);
    EXPECT_GT(pane.messageView()->verticalScrollBar()->value(), 0); // the view stays put
}

TEST_F(ChatPaneTest, TheShellHearsOnceOfATicketAssignedToMeThenOfItsCustomerWriting)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    ui::ConversationPane pane(olga->desk());
    QSignalSpy attention(&pane, &ui::ConversationPane::attentionNeeded);
    const QString me = olga->desk().store().stateValue(QStringLiteral("me_id")).value();
    ASSERT_FALSE(me.isEmpty());
    // An email: olga is at her chat limit in the demo.
    const QString ticket = newChat(QStringLiteral("Где мой заказ?"), QStringLiteral("as-1"), {},
                                   QStringLiteral("email"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    const auto assignee = [&] {
        auto cached = olga->desk().store().ticket(ticket);
        return cached && cached.value() ? cached.value()->ticket.assigneeId : QString();
    };
    // Routed to olga by the back office, or claimed by her.
    if (assignee() != me) {
        ASSERT_TRUE(assignee().isEmpty());
        ASSERT_TRUE(olga->desk().commands()->claim(ticket));
    }
    // The back office agreed (nothing of hers is left to send for the ticket).
    ASSERT_TRUE(waitUntil([&] {
        auto cached = olga->desk().store().ticket(ticket);
        return cached && cached.value() && cached.value()->ticket.assigneeId == me &&
               !cached.value()->localChangesPending;
    }));
    const auto assignedNotices = [&] {
        int notices = 0;
        for (const QList<QVariant> &signal : std::as_const(attention)) {
            if (signal.at(0).toString() == ticket &&
                signal.at(1).toString().startsWith(u"New chat assigned: "))
                ++notices;
        }
        return notices;
    };
    ASSERT_TRUE(waitUntil([&] { return assignedNotices() > 0; }));
    EXPECT_EQ(assignedNotices(), 1);

    // Not opened in the pane, but mine: the customer writing again is heard, with the text; the
    // ticket changing with the message is no new assignment.
    EXPECT_EQ(newChat(QStringLiteral("Ещё вопрос"), QStringLiteral("as-2"), u"shop-as-1"_qs,
                      QStringLiteral("email")),
              ticket);
    ASSERT_TRUE(waitUntil([&] {
        return !attention.isEmpty() && attention.last().at(1).toString() == u"Ещё вопрос";
    }));
    EXPECT_EQ(attention.last().at(0).toString(), ticket);
    EXPECT_EQ(assignedNotices(), 1);
}

TEST_F(ChatPaneTest, CustomerHtmlIsShownAsLiteralText)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString html = QStringLiteral("<b>x</b><img src=file:///etc/passwd> see "
                                        "https://shop.example/track?id=1.");
    const QString ticket = newChat(html, QStringLiteral("h-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(olga->desk());
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    const QModelIndex message = last(pane);
    EXPECT_EQ(message.data(ConversationModel::AuthorKindRole).toString(), u"customer");
    EXPECT_EQ(message.data(Qt::DisplayRole).toString(), html);
    // Only the web link can be followed (on a click); file: never.
    const auto links = ui::MessageDelegate::links(html);
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links[0].url.toString(), u"https://shop.example/track?id=1");
    EXPECT_FALSE(ui::MessageDelegate::isSafeToOpen(QUrl(QStringLiteral("file:///etc/passwd"))));
    EXPECT_TRUE(ui::MessageDelegate::links(QStringLiteral("file:///etc/passwd")).isEmpty());
    // The customer's name with markup stays literal in the header and the list.
    EXPECT_EQ(pane.headerLabel()->textFormat(), Qt::PlainText);
    EXPECT_TRUE(pane.headerLabel()->text().contains(u"<i>Иванова</i>"));
    EXPECT_TRUE(pane.conversationsModel()->index(0).data().toString().contains(u"<i>"));
    for (QLabel *label : pane.findChildren<QLabel *>())
        EXPECT_NE(label->textFormat(), Qt::RichText) << label->objectName().toStdString();

    // The realtime channel's typing event for this ticket shows the indicator; others do not.
    Q_EMIT olga->desk().realtime()->typing(u"other"_qs, {}, true);
    EXPECT_FALSE(pane.typingIndicator()->isVisible());
    Q_EMIT olga->desk().realtime()->typing(ticket, {}, true);
    EXPECT_TRUE(pane.typingIndicator()->isVisible());
    EXPECT_TRUE(pane.typingIndicator()->text().contains(u"customer is typing"));
}

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

    ui::ConversationPane pane(olga->desk());
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
    EXPECT_EQ(pane.composer()->toPlainText(), u"Hi! " + body); // the "/" is replaced
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
    QTest::keyClick(pane.composer(), Qt::Key_I, Qt::ControlModifier);
    EXPECT_FALSE(pane.composer()->isInternalNote());
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
        ui::ConversationPane pane(olga->desk());
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
    ui::ConversationPane again(olga->desk());
    showActive(again);
    again.openTicket(second);
    EXPECT_EQ(again.composer()->toPlainText(), u"note in progress");
    EXPECT_TRUE(again.composer()->isInternalNote());
    again.openTicket(first);
    EXPECT_EQ(again.composer()->toPlainText(), u"half a reply");
    EXPECT_FALSE(again.composer()->isInternalNote());
}

TEST_F(ChatPaneTest, EscalatingThroughTheDialogAndThe2ndLineAnswering)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    // Pavel (2nd line) is signed in and synced before the escalation: the chat is not his.
    auto pavel = signIn(QStringLiteral("pavel"));
    ASSERT_TRUE(pavel);
    const QString ticket = newChat(QStringLiteral("I was charged twice"), QStringLiteral("e-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(olga->desk());
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    EXPECT_FALSE(pane.escalationStrip()->isVisible());
    QTest::keyClick(pane.composer(), Qt::Key_E, Qt::ControlModifier);
    ui::EscalationDialog *dialog = pane.escalationDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    auto *context = dialog->findChild<QPlainTextEdit *>(QStringLiteral("escalationContext"));
    ASSERT_NE(context, nullptr);
    EXPECT_TRUE(context->toPlainText().contains(u"I was charged twice"));
    for (QWidget *field : {static_cast<QWidget *>(dialog->targetField()),
                           static_cast<QWidget *>(dialog->reasonField()),
                           static_cast<QWidget *>(dialog->noteField()),
                           static_cast<QWidget *>(dialog->priorityField())})
        EXPECT_FALSE(field->accessibleName().isEmpty());

    // Nothing chosen: the reason is asked for, nothing is queued.
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(u"reason"));
    // A reason that needs a note, without one.
    dialog->reasonField()->setCurrentIndex(
        dialog->reasonField()->findData(QStringLiteral("payment_dispute")));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(u"note"));
    if (const QString dir = qEnvironmentVariable("FRONTLINE_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(dir + QStringLiteral("/escalation-dialog.png"));
    EXPECT_FALSE(app::EscalationCatalog::latestFor(olga->desk().store(), ticket).has_value());

    dialog->targetField()->setCurrentIndex(dialog->targetField()->findText(u"Support line 2"_qs));
    dialog->noteField()->setPlainText(QStringLiteral("Charged twice for order 1042"));
    dialog->priorityField()->setCurrentIndex(dialog->priorityField()->findData(u"high"_qs));
    dialog->accept();
    EXPECT_FALSE(dialog->isVisible());
    ASSERT_TRUE(pane.escalationStrip()->isVisible());
    EXPECT_TRUE(pane.escalationStrip()->text().contains(u"line 2"));
    EXPECT_TRUE(pane.escalationStrip()->text().contains(u"Payment dispute"));
    EXPECT_FALSE(pane.escalateButton()->isEnabled()); // one open escalation at a time
    EXPECT_TRUE(pane.escalationStrip()->text().contains(u"Charged twice for order 1042"));
    // Olga is 1st line: nothing is addressed to her.
    EXPECT_EQ(pane.escalationInbox()->model()->rowCount(), 0);
    EXPECT_FALSE(pane.escalationInbox()->isVisible());
    ASSERT_TRUE(waitUntil([&] {
        return pane.escalationStrip()->text().contains(u"open, waiting") &&
               olga->desk().engine()->pendingCount() == 0;
    }));

    // Pavel, 2nd line, sees it addressed to his line and accepts it.
    ui::ConversationPane second(pavel->desk());
    second.resize(900, 700);
    showActive(second);
    ui::EscalationInbox *inbox = second.escalationInbox();
    QAbstractItemModelTester tester(inbox->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto rowOfTicket = [&] {
        for (int i = 0; i < inbox->model()->rowCount(); ++i) {
            if (inbox->model()->escalationAt(i).ticketId == ticket)
                return i;
        }
        return -1;
    };
    // Other escalations to line 2 may be in the inbox before this one has synced: wait for it.
    ASSERT_TRUE(waitUntil([&] { return rowOfTicket() >= 0; }));
    const int row = rowOfTicket();
    EXPECT_TRUE(inbox->isVisible());
    inbox->list()->setCurrentIndex(inbox->model()->index(row));
    Q_EMIT inbox->list()->activated(inbox->model()->index(row));
    EXPECT_EQ(second.currentTicket(), ticket);
    // With the conversation written before the escalation, as its context.
    const auto bodies = [](const ui::ConversationPane &pane) {
        QStringList list;
        for (int i = 0; i < pane.messagesModel()->rowCount(); ++i)
            list << pane.messagesModel()->index(i).data(ConversationModel::BodyRole).toString();
        return list;
    };
    EXPECT_TRUE(bodies(second).contains(u"I was charged twice"))
        << bodies(second).join(u'|').toStdString();
    // Colleagues by name: who escalated it, and who accepted it.
    EXPECT_TRUE(inbox->model()->index(row).data().toString().contains(u"Olga Smirnova"))
        << inbox->model()->index(row).data().toString().toStdString();
    ASSERT_TRUE(inbox->acceptCurrent());
    ASSERT_TRUE(waitUntil(
        [&] {
            return pane.escalationStrip()->property("escalationStatus").toString() == u"accepted";
        },
        std::chrono::seconds(20)));
    EXPECT_TRUE(pane.escalationStrip()->text().contains(u"accepted by Pavel Sokolov"))
        << pane.escalationStrip()->text().toStdString();
    EXPECT_TRUE(second.escalationStrip()->text().contains(u"from Olga Smirnova"))
        << second.escalationStrip()->text().toStdString();
    // FRONTLINE_SCREENSHOTS=DIR keeps what both operators see, to look at.
    if (const QString dir = qEnvironmentVariable("FRONTLINE_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::keyClicks(pane.composer(), QStringLiteral("I have asked the 2nd line"));
        pane.grab().save(dir + QStringLiteral("/chat-olga.png"));
        second.grab().save(dir + QStringLiteral("/chat-pavel.png"));
        pane.composer()->clear();
    }

    // Returning needs a reason.
    const int accepted = inbox->model()->rowOf(inbox->model()->escalationAt(row).id);
    EXPECT_EQ(inbox->list()->currentIndex().row(), accepted); // kept across the update
    EXPECT_FALSE(inbox->returnCurrent());
    inbox->returnReasonField()->setText(QStringLiteral("Needs the payment receipt first"));
    ASSERT_TRUE(inbox->returnCurrent());
    ASSERT_TRUE(waitUntil(
        [&] {
            return pane.escalationStrip()->property("escalationStatus").toString() == u"returned";
        },
        std::chrono::seconds(20)));
    EXPECT_TRUE(pane.escalationStrip()->text().contains(u"Needs the payment receipt first"));
    EXPECT_TRUE(pane.escalateButton()->isEnabled());
}

TEST_F(ChatPaneTest, OfflineBannerAndAMessageSentOnceWhenTheBackOfficeReturns)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Are you there?"), QStringLiteral("o-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(olga->desk());
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    EXPECT_FALSE(pane.offlineBanner()->isVisible());

    backOffice->stop();
    QTest::keyClicks(pane.composer(), QStringLiteral("sent while offline"));
    QTest::keyClick(pane.composer(), Qt::Key_Return);
    EXPECT_EQ(last(pane).data(ConversationModel::StateRole).toString(), u"pending");
    ASSERT_TRUE(waitUntil([&] { return pane.offlineBanner()->isVisible(); }));
    const QLabel *text = pane.offlineBanner()->findChild<QLabel *>();
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(u"Offline"));
    EXPECT_TRUE(text->text().contains(u"sent when the connection returns"));
    EXPECT_EQ(last(pane).data(ConversationModel::StateRole).toString(), u"pending");

    // A retry while the back office is still down keeps the banner, not even hidden a moment.
    QList<app::SyncEngine::State> states;
    bool everHidden = false;
    const QMetaObject::Connection watch =
        QObject::connect(olga->desk().engine(), &app::SyncEngine::stateChanged, &pane,
                         [&](app::SyncEngine::State state) {
                             states.append(state);
                             everHidden |= !pane.offlineBanner()->isVisible();
                         });
    olga->desk().engine()->syncNow(true);
    ASSERT_TRUE(waitUntil([&] {
        return states.contains(app::SyncEngine::State::Syncing) &&
               states.last() != app::SyncEngine::State::Syncing;
    }));
    QObject::disconnect(watch);
    EXPECT_FALSE(everHidden);
    EXPECT_TRUE(pane.offlineBanner()->isVisible());

    ASSERT_TRUE(backOffice->start());
    olga->desk().client().setBaseUrl(backOffice->baseUrl());
    olga->desk().engine()->syncNow(true);
    ASSERT_TRUE(waitUntil(
        [&] {
            return last(pane).data(ConversationModel::StateRole).toString() == u"synced" &&
                   olga->desk().engine()->state() == app::SyncEngine::State::Online;
        },
        std::chrono::seconds(30)));
    EXPECT_FALSE(pane.offlineBanner()->isVisible());
    // Exactly once on the server.
    HttpClient http(backOffice->baseUrl());
    ASSERT_EQ(http.signIn(QStringLiteral("olga"), QStringLiteral("demo")).status, 200);
    const HttpReply list = http.get(u"/api/v1/tickets/" + ticket + u"/messages");
    ASSERT_EQ(list.status, 200);
    int copies = 0;
    for (const QJsonValue &m : list.json().value(u"messages").toArray())
        copies += m.toObject().value(u"body").toString() == u"sent while offline" ? 1 : 0;
    EXPECT_EQ(copies, 1);
}

TEST_F(ChatPaneTest, AConflictShowsTheBannerAndTakeTheirsClearsIt)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString ticket = newChat(QStringLiteral("Cancel my order"), QStringLiteral("c-1"));
    ASSERT_TRUE(waitUntil([&] { return hasTicket(olga->desk(), ticket); }));
    ui::ConversationPane pane(olga->desk());
    pane.resize(900, 700);
    showActive(pane);
    pane.openTicket(ticket);
    EXPECT_FALSE(pane.conflictBanner()->isVisible());

    // Olga's desk is held back from syncing while sofia changes the ticket on the server.
    app::SyncEngine *engine = olga->desk().engine();
    engine->stop();
    QObject::disconnect(olga->desk().commands(), &app::OperatorCommands::queued, engine, nullptr);
    ASSERT_TRUE(waitUntil([&] { return !engine->isBusy(); }));
    HttpClient sofia(backOffice->baseUrl());
    ASSERT_EQ(sofia.signIn(QStringLiteral("sofia"), QStringLiteral("demo")).status, 200);
    const HttpReply current = sofia.get(u"/api/v1/tickets/" + ticket);
    ASSERT_EQ(current.status, 200);
    ASSERT_EQ(
        sofia
            .send("PATCH", u"/api/v1/tickets/" + ticket,
                  json({{QStringLiteral("status"), QStringLiteral("pending")}}),
                  {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}})
            .status,
        200);

    ASSERT_TRUE(pane.resolve(QStringLiteral("answered")));
    engine->syncNow(true);
    ASSERT_TRUE(
        waitUntil([&] { return pane.conflictBanner()->isVisible(); }, std::chrono::seconds(20)));
    auto *takeTheirs = pane.conflictBanner()->findChild<QPushButton *>(u"takeTheirsButton"_qs);
    ASSERT_NE(takeTheirs, nullptr);
    EXPECT_FALSE(takeTheirs->accessibleName().isEmpty());
    QTest::mouseClick(takeTheirs, Qt::LeftButton);
    EXPECT_FALSE(pane.conflictBanner()->isVisible());
    EXPECT_TRUE(olga->desk().commands()->conflicts().value().isEmpty());
    EXPECT_EQ(olga->desk().store().ticket(ticket).value()->ticket.status,
              protocol::TicketStatus::Pending);
}

TEST_F(ChatPaneTest, EverythingHasAnAccessibleNameAndTheShortcutsAreListed)
{
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    ui::ConversationPane pane(olga->desk());
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
    ui::ConversationPane pane(olga->desk());
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
