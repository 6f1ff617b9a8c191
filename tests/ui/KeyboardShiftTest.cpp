// A new user's shift by keyboard alone, against the real demo back office: olga signs in, goes
// online and finds the chat routed to her open by itself, answers it with a filled canned
// response and a knowledge-base excerpt, resolves it, and is told plainly when the back office
// refuses her a claim. Every step is a key press to the widget that has the focus; the test only
// looks (and a colleague, sofia, acts over HTTP as another desk would).
#include "app/models/ConversationModel.h"
#include "app/models/KbArticleListModel.h"
#include "app/models/MyPresence.h"
#include "app/models/OpenConversationsModel.h"
#include "app/models/TicketQueueModel.h"
#include "app/session/SignedInUser.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/MacroPicker.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/kb/KbArticleViewer.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/OperatorPerspective.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

using namespace frontline;
using namespace frontline::test;

namespace {

class KeyboardShiftTest : public OperatorFlowTest
{
protected:
    void signInByKeyboard();
    void goOnline();
    void findTheRoutedChat();
    void answerWithACannedResponse();
    void answerWithAnExcerpt();
    void resolveIt();
    void claimOverTheLimit();

    // Where a keyboard's keys go: an open popup (to its focused field), else the focused widget,
    // else the active window. A window manager gives the keyboard back to the window when a
    // popup closes; the offscreen platform leaves it with the closed popup, so this does it.
    QWidget *keyboardTarget()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup->focusWidget() ? popup->focusWidget() : popup;
        QWidget *active = QApplication::activeWindow();
        if (window && (!active || !active->isVisible())) {
            QApplication::setActiveWindow(window.get());
            active = window.get();
        }
        return QApplication::focusWidget() ? QApplication::focusWidget() : active;
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = keyboardTarget();
        ASSERT_NE(target, nullptr) << "no window has the keyboard";
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }
    void type(const QString &text)
    {
        QWidget *target = keyboardTarget();
        ASSERT_NE(target, nullptr) << "no window has the keyboard";
        QTest::keyClicks(target, text);
    }
    app::ClientCore &desk() { return *core; }
    QString lastBody() const
    {
        const auto *model = chat->messagesModel();
        return model->index(model->rowCount() - 1)
            .data(app::ConversationModel::BodyRole)
            .toString();
    }
    void waitUntilSent(const QString &body);

    QNetworkAccessManager network;
    std::unique_ptr<app::ClientCore> core;
    std::unique_ptr<ui::MainWindow> window;
    ui::ConversationPane *chat = nullptr;
    QString me;
    QSet<QString> before; // her chats at sign-in
    QString routed;       // the chat going online brought her
};

} // namespace

TEST_F(KeyboardShiftTest, ANewOperatorWorksAShiftByKeyboardAlone)
{
    ASSERT_NO_FATAL_FAILURE(signInByKeyboard());
    ASSERT_NO_FATAL_FAILURE(goOnline());
    ASSERT_NO_FATAL_FAILURE(findTheRoutedChat());
    ASSERT_NO_FATAL_FAILURE(answerWithACannedResponse());
    ASSERT_NO_FATAL_FAILURE(answerWithAnExcerpt());
    ASSERT_NO_FATAL_FAILURE(resolveIt());
    ASSERT_NO_FATAL_FAILURE(claimOverTheLimit());
}

// At the sign-in dialog olga types her name, Tab, her password, Enter.
void KeyboardShiftTest::signInByKeyboard()
{
    ui::LoginDialog login(&network, nullptr, temporaryRoot() + u"/keyboard-olga");
    login.setDemo(false);
    login.setServer(backOffice->baseUrl().toString()); // the demo on this computer fills it
    login.show();
    QApplication::setActiveWindow(&login);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&login));
    // Tab to the user field (wherever the dialog starts), select what is there, type over it.
    for (int step = 0; step < 12 && QApplication::focusWidget() &&
                       QApplication::focusWidget()->objectName() != u"userField";
         ++step)
        press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), u"userField");
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("olga"));
    press(Qt::Key_Tab);
    type(QStringLiteral("demo"));
    press(Qt::Key_Return);
    ASSERT_TRUE(
        waitUntil([&] { return login.result() == QDialog::Accepted; }, std::chrono::seconds(30)))
        << login.errorLabel()->text().toStdString();
    core = login.takeDesk();
    ASSERT_TRUE(core);
    ASSERT_TRUE(DemoDesk::waitUntilOnline(*core));
    core->engine()->setRetryDelays(5, 200);
    me = core->user().id;
    before = chatsOf(*core, me);

    window = std::make_unique<ui::MainWindow>();
    window->setClient(ui::partsOf(*core));
    window->resize(1500, 950);
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    chat = window->operatorPerspective()->conversationPane();
}

// Ctrl+Shift+A opens her status's choices; she moves to "Available" and presses Enter. The
// choices run their own event loop while open, so the keys for them are sent from inside it.
void KeyboardShiftTest::goOnline()
{
    bool chosen = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (int step = 0; step < 6 && !(menu->activeAction() &&
                                         menu->activeAction()->objectName() == u"presence_online");
             ++step)
            QTest::keyClick(menu, Qt::Key_Down);
        chosen = menu->activeAction() && menu->activeAction()->objectName() == u"presence_online";
        QTest::keyClick(menu, chosen ? Qt::Key_Return : Qt::Key_Escape);
    });
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(waitUntil([&] { return chosen; })) << "Ctrl+Shift+A offers her status";
    ASSERT_TRUE(waitUntil(
        [&] {
            const auto presence = app::MyPresence::read(core->store(), me);
            return presence && presence->status == u"online" && core->engine()->pendingCount() == 0;
        },
        std::chrono::seconds(30)));
}

// The back office gives her the oldest waiting chat: it is in her conversations without a key
// pressed; from the reply box (Ctrl+2), Ctrl+Tab brings it in front of her.
void KeyboardShiftTest::findTheRoutedChat()
{
    ASSERT_TRUE(waitUntil(
        [&] {
            const QSet<QString> now = chatsOf(*core, me) - before;
            if (now.isEmpty())
                return false;
            routed = *now.cbegin();
            return chat->conversationsModel()->rowOf(routed) >= 0;
        },
        std::chrono::seconds(30)))
        << "going online brought olga a chat, open by itself";
    press(Qt::Key_2, Qt::ControlModifier); // into the conversation: its reply box
    for (int step = 0; step < 8 && chat->currentTicket() != routed; ++step)
        press(Qt::Key_Tab, Qt::ControlModifier);
    ASSERT_EQ(chat->currentTicket(), routed);
}

void KeyboardShiftTest::waitUntilSent(const QString &body)
{
    ASSERT_EQ(lastBody(), body);
    ASSERT_TRUE(waitUntil(
        [&] {
            const auto *model = chat->messagesModel();
            return model->index(model->rowCount() - 1)
                       .data(app::ConversationModel::StateRole)
                       .toString() == u"synced";
        },
        std::chrono::seconds(30)));
}

// Ctrl+2 puts her in the reply box from anywhere; `/` opens the canned responses, she types a
// shortcut and Enter: the response comes filled, and Enter sends it.
void KeyboardShiftTest::answerWithACannedResponse()
{
    press(Qt::Key_1, Qt::ControlModifier); // somewhere else first: the queue
    press(Qt::Key_2, Qt::ControlModifier);
    ASSERT_EQ(QApplication::focusWidget(), static_cast<QWidget *>(chat->composer()));
    press(Qt::Key_Slash);
    ASSERT_TRUE(chat->macroPicker()->isVisible());
    type(QStringLiteral("check"));
    press(Qt::Key_Return);
    ASSERT_FALSE(chat->macroPicker()->isVisible());
    const QString reply = chat->composer()->toPlainText();
    ASSERT_FALSE(reply.isEmpty());
    ASSERT_FALSE(reply.contains(u'{')) << "every placeholder filled: " << reply.toStdString();
    ASSERT_EQ(QApplication::focusWidget(), static_cast<QWidget *>(chat->composer()));
    press(Qt::Key_Return);
    ASSERT_NO_FATAL_FAILURE(waitUntilSent(reply));
}

// Ctrl+4 to the knowledge base: she searches, Down to the results, Enter opens the article, Down
// to the paragraph she wants, Ctrl+Enter puts it in the reply box, Enter sends it.
void KeyboardShiftTest::answerWithAnExcerpt()
{
    ui::KnowledgeBasePane *kb = window->operatorPerspective()->knowledgeBasePane();
    press(Qt::Key_4, Qt::ControlModifier);
    ASSERT_EQ(QApplication::focusWidget(), static_cast<QWidget *>(kb->searchField()));
    type(QStringLiteral("refund"));
    ASSERT_TRUE(waitUntil([&] { return kb->results()->rowCount() > 0; }));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    ASSERT_FALSE(kb->viewer()->articleId().isEmpty());
    for (int line = 0; line < 5 && kb->viewer()->paragraphAtCursor().isEmpty(); ++line)
        press(Qt::Key_Down);
    const QString paragraph = kb->viewer()->paragraphAtCursor();
    ASSERT_FALSE(paragraph.isEmpty());
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(QApplication::focusWidget(), static_cast<QWidget *>(chat->composer()));
    ASSERT_EQ(chat->composer()->toPlainText(), paragraph);
    press(Qt::Key_Return);
    ASSERT_NO_FATAL_FAILURE(waitUntilSent(paragraph));
}

// Ctrl+R offers the resolution codes; Down and Enter take the first, Enter confirms; the back
// office has it resolved. The codes and the confirmation run their own event loops while open,
// so the keys for them are sent from inside those loops.
void KeyboardShiftTest::resolveIt()
{
    bool offered = false;
    bool confirmed = false;
    QTimer::singleShot(0, [&] {
        QWidget *codes = QApplication::activePopupWidget();
        if (!codes)
            return;
        offered = true;
        QTimer::singleShot(0, [&] {
            if (QWidget *question = QApplication::activeModalWidget()) {
                confirmed = true;
                QTest::keyClick(question, Qt::Key_Return);
            }
        });
        QTest::keyClick(codes, Qt::Key_Down);
        QTest::keyClick(codes, Qt::Key_Return);
    });
    press(Qt::Key_R, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return confirmed; }))
        << (offered ? "resolving asks first" : "Ctrl+R offers the codes");
    auto sofia = colleague(QStringLiteral("sofia"));
    ASSERT_TRUE(waitUntil(
        [&] {
            return sofia->get(u"/api/v1/tickets/" + routed).json().value(u"status").toString() ==
                   u"resolved";
        },
        std::chrono::seconds(30)));
}

// The supervisor lowers her limit to the chats she has. She finds a waiting chat in the queue
// (Ctrl+1, Ctrl+F, a word of its subject, Ctrl+1 back to the list) and claims it with Space: the
// queue says plainly that the back office refused it, and why.
void KeyboardShiftTest::claimOverTheLimit()
{
    auto sofia = colleague(QStringLiteral("sofia"));
    const int has = int(chatsOf(*core, me).size());
    const HttpReply full = sofia->send("PATCH", u"/api/v1/operators/" + me,
                                       json({{QStringLiteral("max_chats"), has}}));
    ASSERT_EQ(full.status, 200) << full.body.toStdString();
    const QString waiting =
        newChat(QStringLiteral("Is the blue kettle in stock?"), QStringLiteral("keyboard-1"));
    ui::TicketQueuePane *queue = window->operatorPerspective()->queuePane();
    ASSERT_TRUE(waitUntil([&] { return queue->model()->rowOf(waiting) >= 0; }));
    const qint64 number = queue->model()->ticket(queue->model()->rowOf(waiting))->number;

    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("kettle"));
    ASSERT_TRUE(waitUntil([&] { return queue->model()->rowCount() == 1; }));
    press(Qt::Key_1, Qt::ControlModifier); // back to the list, now showing the one found
    if (queue->currentTicketId().isEmpty())
        press(Qt::Key_Down);
    ASSERT_EQ(queue->currentTicketId(), waiting);
    press(Qt::Key_Space);
    auto *line = queue->findChild<QLabel *>(QStringLiteral("queueMessage"));
    ASSERT_NE(line, nullptr);
    ASSERT_TRUE(waitUntil([&] { return line->text().contains(u"not assigned to you"); },
                          std::chrono::seconds(30)))
        << line->text().toStdString();
    EXPECT_TRUE(line->text().contains(QString::number(number)));
    EXPECT_TRUE(line->text().contains(u"limit")) << line->text().toStdString();
    EXPECT_TRUE(line->isVisibleTo(queue));
}
