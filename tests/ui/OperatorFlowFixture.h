#pragma once

#include "app/ClientCore.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "ui/chat/ConversationPane.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorPerspective.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace frontline::test {

// A fresh demo back office per test (no simulator: the demo's state stays put), operators
// signed in to it at real main windows, and colleagues acting over HTTP as another desk would.
class OperatorFlowTest : public ::testing::Test
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

    static std::unique_ptr<ui::MainWindow> windowFor(DemoDesk &desk)
    {
        auto window = std::make_unique<ui::MainWindow>();
        window->setClient(ui::partsOf(desk.desk()));
        window->resize(1500, 950);
        return window;
    }

    // The same user (or a colleague) at another desk, over HTTP.
    std::unique_ptr<HttpClient> colleague(const QString &username)
    {
        auto http = std::make_unique<HttpClient>(backOffice->baseUrl());
        EXPECT_EQ(http->signIn(username, QStringLiteral("demo")).status, 200);
        return http;
    }

    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    // A customer's new chat in the orders queue, through the intake route as the chat adapter
    // posts it; its ticket id.
    QString newChat(const QString &text, const QString &externalId)
    {
        if (!adapter) {
            adapter = std::make_unique<HttpClient>(backOffice->baseUrl());
            adapter->setBearerToken(backOffice->createIntegrationToken(QStringLiteral("chat")));
        }
        const QJsonObject body{
            {QStringLiteral("channel"), QStringLiteral("chat")},
            {QStringLiteral("external_message_id"), externalId},
            {QStringLiteral("queue"), QStringLiteral("orders")},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("external_id"), QString(u"shop-" + externalId)},
                         {QStringLiteral("name"), QString(u"Customer " + externalId)}}},
            {QStringLiteral("text"), text}};
        const HttpReply reply =
            adapter->send("POST", QStringLiteral("/api/v1/intake/messages"), json(body));
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return reply.json().value(u"ticket_id").toString();
    }

    // The desk stops listening and pushing on its own (it still pushes what the operator does):
    // what a colleague does meanwhile reaches it only after its own command.
    static void holdFeed(app::ClientCore &desk)
    {
        desk.engine()->stop();
        ASSERT_TRUE(waitUntil([&] { return !desk.engine()->isBusy(); }));
    }

    // The desk's user's first open ticket, as its cache has it; empty for none.
    static QString myOpenTicket(app::ClientCore &desk)
    {
        return firstId(desk,
                       QStringLiteral("SELECT id FROM tickets WHERE assignee_id = ? AND status = "
                                      "'open' ORDER BY CAST(id AS INTEGER)"),
                       {desk.user().id});
    }

    // Shows `window` with `ticket` open in its conversation pane, which it returns.
    static ui::ConversationPane *showConversation(ui::MainWindow &window, const QString &ticket)
    {
        window.show();
        ui::ConversationPane *chat = window.operatorPerspective()->conversationPane();
        chat->openTicket(ticket);
        return chat;
    }

    // The first row of `sql` (one bound value at most) in the desk's cache, empty for none.
    static QString firstId(app::ClientCore &desk, const QString &sql, const QVariantList &args = {})
    {
        auto query = desk.store().read(sql, args);
        return query && query.value().next() ? query->value(0).toString() : QString();
    }

    // The active chats the back office assigned to `operatorId`, as the desk's cache has them.
    static QSet<QString> chatsOf(app::ClientCore &desk, const QString &operatorId)
    {
        QSet<QString> ids;
        auto query = desk.store().read(
            QStringLiteral("SELECT id FROM tickets WHERE channel = 'chat' AND "
                           "json_extract(server_json, '$.assignee_id') = ? AND "
                           "json_extract(server_json, '$.status') IN ('new', 'open', 'pending')"),
            {operatorId});
        while (query && query.value().next())
            ids.insert(query->value(0).toString());
        return ids;
    }

    std::unique_ptr<BackOfficeProcess> backOffice;
    std::unique_ptr<HttpClient> adapter;
};

} // namespace frontline::test
