#include "tests/support/DemoDesk.h"

#include "app/ClientCore.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace frontline::test {

DemoDesk::DemoDesk()
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_desk(std::make_unique<app::ClientCore>(m_network.get(), m_data.path()))
{
    m_desk->setKeychainEnabled(false);
}

DemoDesk::~DemoDesk()
{
    // The desk's requests go through the network: it goes first.
    m_desk.reset();
}

std::unique_ptr<BackOfficeProcess> DemoDesk::startBackOffice(const QStringList &extra,
                                                             Backend backend)
{
    auto backOffice = std::make_unique<BackOfficeProcess>(
        QStringList{QStringLiteral("--demo"), QStringLiteral("--login-delay-ms"),
                    QStringLiteral("1")} +
            extra,
        backend);
    if (auto started = backOffice->start(); !started) {
        ADD_FAILURE() << "the demo back office did not start: " << started.message();
        return nullptr;
    }
    return backOffice;
}

std::unique_ptr<DemoDesk> DemoDesk::signIn(const QUrl &server, const QString &username,
                                           const QString &password, const QString &workspace)
{
    auto desk = std::make_unique<DemoDesk>();
    if (auto signedIn = desk->signInTo(server, username, password, workspace); !signedIn) {
        ADD_FAILURE() << username.toStdString() << ": " << signedIn.message();
        return nullptr;
    }
    return desk;
}

::testing::AssertionResult DemoDesk::signInTo(const QUrl &server, const QString &username,
                                              const QString &password, const QString &workspace)
{
    QSignalSpy ready(m_desk.get(), &app::ClientCore::ready);
    QSignalSpy failed(m_desk.get(), &app::ClientCore::failed);
    m_desk->signIn(server, username, password, workspace);
    if (!waitUntil([&] { return !ready.isEmpty() || !failed.isEmpty(); }, std::chrono::seconds(30)))
        return ::testing::AssertionFailure() << "no answer to the sign-in";
    if (!failed.isEmpty())
        return ::testing::AssertionFailure()
               << "sign-in failed: " << failed.at(0).at(0).toString().toStdString();
    return waitUntilOnline(*m_desk);
}

::testing::AssertionResult DemoDesk::waitUntilOnline(app::ClientCore &desk,
                                                     std::chrono::milliseconds timeout)
{
    if (!desk.isReady())
        return ::testing::AssertionFailure() << "the desk is not signed in";
    const bool online = waitUntil(
        [&] {
            return desk.engine()->state() == app::SyncEngine::State::Online &&
                   !desk.engine()->isBusy();
        },
        timeout);
    if (!online)
        return ::testing::AssertionFailure()
               << "not online: " << desk.engine()->lastError().toStdString();
    return ::testing::AssertionSuccess();
}

DemoDesk::StoreTickets DemoDesk::ticketOfEachStore() const
{
    app::LocalStore &store = m_desk->store();
    // The queues' stores, read at sign-in.
    EXPECT_TRUE(waitUntil([&] { return store.count(QStringLiteral("queues")).value() == 6; }));
    StoreTickets found;
    const auto tickets = store.tickets();
    EXPECT_TRUE(tickets.ok());
    for (const app::CachedTicket &cached :
         tickets.ok() ? tickets.value() : QList<app::CachedTicket>()) {
        QString &slot = cached.ticket.queue.startsWith(u"lavka-") ? found.lavka : found.hopper;
        slot = slot.isEmpty() ? cached.ticket.id : slot;
    }
    EXPECT_FALSE(found.lavka.isEmpty());
    EXPECT_FALSE(found.hopper.isEmpty());
    return found;
}

} // namespace frontline::test
