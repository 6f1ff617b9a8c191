#include "tests/support/BackOfficeProcess.h"

#include "app/EmbeddedBackOffice.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>

namespace frontline::test {

using State = app::EmbeddedBackOffice::State;

BackOfficeProcess::BackOfficeProcess(QStringList extraArguments)
    : m_dataDirectory(QDir::tempPath() + QStringLiteral("/frontline-backoffice-XXXXXX"))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_backOffice(std::make_unique<app::EmbeddedBackOffice>(m_network.get()))
{
    m_backOffice->setProgram(backOfficeProgram());
    m_backOffice->setDataDirectory(m_dataDirectory.path());
    m_backOffice->setExtraArguments(extraArguments);
}

BackOfficeProcess::~BackOfficeProcess()
{
    stop();
}

::testing::AssertionResult BackOfficeProcess::start()
{
    if (!m_dataDirectory.isValid())
        return ::testing::AssertionFailure() << "no temporary directory";
    m_backOffice->start();
    waitUntil([this] { return m_backOffice->state() != State::Starting; },
              std::chrono::seconds(30));
    if (m_backOffice->state() != State::Running) {
        return ::testing::AssertionFailure()
               << "back office did not start: " << m_backOffice->errorString().toStdString();
    }
    return ::testing::AssertionSuccess();
}

void BackOfficeProcess::stop()
{
    m_backOffice->stop();
}

QUrl BackOfficeProcess::baseUrl() const
{
    return m_backOffice->baseUrl();
}

qint64 BackOfficeProcess::processId() const
{
    return m_backOffice->processId();
}

} // namespace frontline::test
