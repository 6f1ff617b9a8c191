#include "tests/integration/SyncFixture.h"

#include "app/store/Outbox.h"
#include "tests/support/TestEnvironment.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTimer>

namespace frontline::test {

void SyncTest::SetUp()
{
    backOffice = std::make_unique<BackOfficeProcess>(QStringList{
        QStringLiteral("--login-delay-ms"), QStringLiteral("1"), QStringLiteral("--test-clock")});
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                    {QStringLiteral("orders"), QStringLiteral("returns")}));
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("ivan"), QStringLiteral("operator"),
                                    {QStringLiteral("delivery")}));
    ASSERT_TRUE(backOffice->addUser(QStringLiteral("sofia"), QStringLiteral("supervisor")));
    ASSERT_TRUE(backOffice->start());
    ASSERT_TRUE(cacheDirectory.isValid());
}

void SyncTest::TearDown()
{
    backOffice.reset();
}

std::unique_ptr<HttpClient> SyncTest::signIn(const QString &username)
{
    return signedInClient(backOffice->baseUrl(), username);
}

std::unique_ptr<ClientRig> SyncTest::connect(const QString &username, const QString &cacheFile,
                                             const QString &workspace)
{
    auto rig = std::make_unique<ClientRig>();
    rig->network = std::make_unique<FaultyNetwork>();
    ++cacheFiles;
    rig->core = std::make_unique<app::ClientCore>(
        rig->network.get(), cacheDirectory.filePath(QStringLiteral("client-%1").arg(cacheFiles)));
    rig->core->setLive(false);
    rig->core->setKeychainEnabled(false);
    rig->core->setCachePath(
        cacheFile.isEmpty()
            ? cacheDirectory.filePath(QStringLiteral("cache-%1.sqlite").arg(cacheFiles))
            : cacheFile);
    QSignalSpy ready(rig->core.get(), &app::ClientCore::ready);
    QSignalSpy failed(rig->core.get(), &app::ClientCore::failed);
    rig->core->signIn(backOffice->baseUrl(), username, QStringLiteral("secret"), workspace);
    EXPECT_TRUE(waitUntil([&] { return !ready.isEmpty() || !failed.isEmpty(); }))
        << "no answer to " << username.toStdString() << "'s sign-in";
    EXPECT_TRUE(failed.isEmpty()) << failed.value(0).value(0).toString().toStdString();
    if (!rig->core->isReady())
        return nullptr;
    rig->client = &rig->core->client();
    rig->client->setTimeout(1000);
    rig->store = &rig->core->store();
    rig->commands = rig->core->commands();
    rig->engine = rig->core->engine();
    rig->engine->setRetryDelays(5, 40);
    return rig;
}

void SyncTest::restartBackOffice(const QList<ClientRig *> &rigs)
{
    backOffice->stop();
    ASSERT_TRUE(backOffice->start());
    for (ClientRig *rig : rigs)
        rig->client->setBaseUrl(backOffice->baseUrl());
}

bool SyncTest::runCycle(ClientRig &rig)
{
    // Let a cycle already under way end first.
    waitUntil([&] { return !rig.engine->isBusy(); }, std::chrono::seconds(20));
    bool finished = false;
    bool ok = false;
    QEventLoop loop;
    QObject::connect(rig.engine, &app::SyncEngine::cycleFinished, &loop, [&](bool done) {
        if (rig.engine->isBusy())
            return;
        finished = true;
        ok = done;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    rig.engine->syncNow(true);
    if (!finished && rig.engine->isBusy())
        loop.exec();
    return ok;
}

bool SyncTest::syncUntilIdle(ClientRig &rig, int maxCycles)
{
    for (int cycle = 0; cycle < maxCycles; ++cycle) {
        if (runCycle(rig) && app::Outbox(*rig.store).pendingCount().value() == 0)
            return true;
    }
    return false;
}

QString SyncTest::createTicket(HttpClient &client, const QString &queue, const QString &subject)
{
    const HttpReply reply =
        client.send("POST", QStringLiteral("/api/v1/tickets"),
                    json({{QStringLiteral("queue"), queue},
                          {QStringLiteral("subject"), subject},
                          {QStringLiteral("channel"), QStringLiteral("chat")}}));
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    return reply.json().value(u"id").toString();
}

int SyncTest::serverCount(const QString &ticketId, const QString &body)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const HttpReply reply = sofia->get(u"/api/v1/tickets/" + ticketId + u"/messages?limit=500");
    int count = 0;
    for (const QJsonValue &message : reply.json().value(u"messages").toArray())
        count += message[u"body"].toString() == body ? 1 : 0;
    return count;
}

::testing::AssertionResult SyncTest::converged(ClientRig &rig, const QString &username)
{
    auto http = signIn(username);
    QMap<QString, QJsonObject> server;
    QString cursor;
    do {
        const HttpReply page = http->get(u"/api/v1/tickets?limit=200" +
                                         (cursor.isEmpty() ? QString() : u"&cursor=" + cursor));
        if (page.status != 200)
            return ::testing::AssertionFailure() << "GET /tickets: " << page.status;
        for (const QJsonValue &ticket : page.json().value(u"tickets").toArray())
            server.insert(ticket[u"id"].toString(), ticket.toObject());
        cursor = page.json().value(u"next_cursor").toString();
    } while (!cursor.isEmpty());

    const auto local = rig.store->tickets();
    if (!local)
        return ::testing::AssertionFailure() << local.error().message.toStdString();
    if (local->size() != server.size()) {
        return ::testing::AssertionFailure() << "tickets: " << local->size() << " in the cache, "
                                             << server.size() << " on the server";
    }
    for (const app::CachedTicket &cached : local.value()) {
        const QJsonObject theirs = server.value(cached.ticket.id);
        const QJsonObject mine = cached.ticket.toJson();
        for (const char *field : {"id", "version", "status", "priority", "assignee_id", "queue"}) {
            const QString name = QString::fromLatin1(field);
            if (mine.value(name) != theirs.value(name)) {
                return ::testing::AssertionFailure()
                       << "ticket " << cached.ticket.id.toStdString() << " " << field << ": cache "
                       << QJsonDocument(QJsonArray{mine.value(name)}).toJson().toStdString()
                       << " server "
                       << QJsonDocument(QJsonArray{theirs.value(name)}).toJson().toStdString();
            }
        }
        const HttpReply messages =
            http->get(u"/api/v1/tickets/" + cached.ticket.id + u"/messages?limit=500");
        QStringList serverMessages;
        for (const QJsonValue &message : messages.json().value(u"messages").toArray())
            serverMessages.append(message[u"id"].toString() + u':' + message[u"body"].toString());
        QStringList cacheMessages;
        const auto cachedMessages = rig.store->messages(cached.ticket.id);
        for (const app::CachedMessage &message : cachedMessages.value())
            cacheMessages.append(message.id + u':' + message.body);
        if (serverMessages != cacheMessages) {
            return ::testing::AssertionFailure()
                   << "messages of ticket " << cached.ticket.id.toStdString() << ": cache ["
                   << cacheMessages.join(u", ").toStdString() << "] server ["
                   << serverMessages.join(u", ").toStdString() << "]";
        }
    }
    return ::testing::AssertionSuccess();
}

std::string faultName(const ::testing::TestParamInfo<FaultyNetwork::Fault> &info)
{
    switch (info.param) {
    case FaultyNetwork::Fault::FailBeforeSend:
        return "FailBeforeSend";
    case FaultyNetwork::Fault::LoseResponse:
        return "LoseResponse";
    case FaultyNetwork::Fault::Hang:
        return "Hang";
    case FaultyNetwork::Fault::Delay:
        return "Delay";
    case FaultyNetwork::Fault::None:
        break;
    }
    return "None";
}

} // namespace frontline::test
