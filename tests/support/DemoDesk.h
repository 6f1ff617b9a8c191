#pragma once

#include "tests/support/BackOfficeProcess.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace frontline::app {
class ClientCore;
}

namespace frontline::test {

// One signed-in user's client core as the tests use it: a ClientCore with its own cache folder and
// network, signed in to a real back office and synced until Online. Most UI and sync tests start
// a `--demo` back office (startBackOffice) and sign one or two demo users in.
class DemoDesk
{
public:
    DemoDesk();
    ~DemoDesk();

    // A `--demo` back office on loopback with fast sign-ins; `extra` adds arguments such as
    // `--simulate 60`. Null (after a test failure) when it did not start.
    static std::unique_ptr<BackOfficeProcess> startBackOffice(const QStringList &extra = {},
                                                              Backend backend = Backend::Sqlite);
    // A signed-in desk (ready, first sync done); null after a test failure otherwise.
    static std::unique_ptr<DemoDesk>
    signIn(const QUrl &server, const QString &username,
           const QString &password = QStringLiteral("demo"),
           const QString &workspace = QStringLiteral("production"));
    // Waits until `desk` finished a sync cycle and is Online and idle (the first sync of the demo
    // contact center takes a while on a loaded machine).
    static ::testing::AssertionResult
    waitUntilOnline(app::ClientCore &desk,
                    std::chrono::milliseconds timeout = std::chrono::seconds(60));

    // One cached ticket of each demo store once the desk has the queues' stores (ivan works
    // both): empty ids, after a test failure, when the cache has none of one.
    struct StoreTickets
    {
        QString lavka;
        QString hopper;
    };
    StoreTickets ticketOfEachStore() const;

    // Signs this desk in; the desk keeps no token (no keychain in tests).
    ::testing::AssertionResult signInTo(const QUrl &server, const QString &username,
                                        const QString &password = QStringLiteral("demo"),
                                        const QString &workspace = QStringLiteral("production"));

    app::ClientCore &desk() const { return *m_desk; }
    app::ClientCore *operator->() const { return m_desk.get(); }
    QNetworkAccessManager *network() const { return m_network.get(); }
    QString dataDirectory() const { return m_data.path(); }

private:
    QTemporaryDir m_data;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<app::ClientCore> m_desk;
};

} // namespace frontline::test
