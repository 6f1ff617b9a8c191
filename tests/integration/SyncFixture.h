#pragma once

#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/net/BackOfficeClient.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/FaultyNetwork.h"
#include "tests/support/HttpClient.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace frontline::test {

// One desktop client's core, wired as the app wires it (app::ClientCore, not live: the tests run
// the cycles), on a network layer that can be sabotaged, with its own data folder and cache.
struct ClientRig
{
    // Declared before the core, so destroyed after it: no reply outlives its network.
    std::unique_ptr<FaultyNetwork> network;
    std::unique_ptr<app::ClientCore> core;
    // The core's parts, as the tests use them.
    app::BackOfficeClient *client = nullptr;
    app::LocalStore *store = nullptr;
    app::OperatorCommands *commands = nullptr;
    app::SyncEngine *engine = nullptr;
};

// The network faults every sync fault test runs each command under, and a fault's name in the
// test's name: INSTANTIATE_TEST_SUITE_P(Faults, T, everyNetworkFault(), faultName).
inline auto everyNetworkFault()
{
    using Fault = FaultyNetwork::Fault;
    return ::testing::Values(Fault::FailBeforeSend, Fault::LoseResponse, Fault::Hang, Fault::Delay);
}
std::string faultName(const ::testing::TestParamInfo<FaultyNetwork::Fault> &info);

// A real back office with olga (operator: orders, returns), ivan (operator: delivery) and sofia
// (supervisor), and helpers to run clients against it and compare their caches with it.
class SyncTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // A client signed in as `username` with a fresh cache (or the given file), to `workspace`.
    std::unique_ptr<ClientRig> connect(const QString &username, const QString &cacheFile = {},
                                       const QString &workspace = QStringLiteral("production"));
    // An HTTP client signed in as `username` (password "secret").
    std::unique_ptr<HttpClient> signIn(const QString &username);
    // Restarts the back office (it comes back on another port) and repoints `rigs`.
    void restartBackOffice(const QList<ClientRig *> &rigs);

    // One push-and-pull cycle, forced past any backoff; whether it reached an idle feed.
    static bool runCycle(ClientRig &rig);
    // Cycles until one ends idle with nothing pending.
    static bool syncUntilIdle(ClientRig &rig, int maxCycles = 30);

    // The rig's cache holds exactly the tickets (id, version, status, priority, assignee) and
    // messages (ids and bodies, in order) that `username` sees through the API.
    ::testing::AssertionResult converged(ClientRig &rig, const QString &username);
    // How many of the ticket's messages on the server have this body.
    int serverCount(const QString &ticketId, const QString &body);

    QString createTicket(HttpClient &client, const QString &queue = QStringLiteral("orders"),
                         const QString &subject = QStringLiteral("Where is my order?"));
    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    std::unique_ptr<BackOfficeProcess> backOffice;
    QTemporaryDir cacheDirectory;
    int cacheFiles = 0;
};

} // namespace frontline::test
