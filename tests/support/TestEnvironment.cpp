#include "tests/support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

namespace frontline::test {

QString temporaryRoot()
{
    return QDir::homePath();
}

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

QString backOfficeProgram()
{
    return QStringLiteral(FRONTLINE_BACKOFFICE_PATH);
}

} // namespace frontline::test
