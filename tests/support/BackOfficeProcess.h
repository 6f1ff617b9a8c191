#pragma once

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

class QNetworkAccessManager;

namespace frontline::app {
class EmbeddedBackOffice;
}

namespace frontline::test {

// The real frontline-backoffice, started on a free loopback port with its data in a temporary
// folder, for integration tests. It uses the app's own launcher, so tests start the back office
// exactly as `frontline --demo` does.
class BackOfficeProcess
{
public:
    explicit BackOfficeProcess(QStringList extraArguments = {});
    ~BackOfficeProcess();

    // Starts the process and waits until /healthz answers.
    ::testing::AssertionResult start();
    void stop();

    QUrl baseUrl() const;
    qint64 processId() const;
    QString dataDirectory() const { return m_dataDirectory.path(); }

private:
    QTemporaryDir m_dataDirectory;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<app::EmbeddedBackOffice> m_backOffice;
};

} // namespace frontline::test
