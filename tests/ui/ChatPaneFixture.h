#pragma once

#include "app/ClientCore.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/DemoDesk.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"
#include "ui/chat/ConversationPane.h"
#include "ui/common/UiSetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace frontline::test {

// A fresh demo back office per test and operators signed in to it, with a channel adapter's
// token to post customers' messages through the intake route.
inline QByteArray json(const QJsonObject &object)
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

    static bool hasTicket(app::ClientCore &desk, const QString &ticketId)
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

} // namespace frontline::test
