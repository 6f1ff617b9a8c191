#include "tests/support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

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
        // Events until the next look (at most 5 ms, or the deadline): woken by what arrives,
        // never by a sleep that lets the condition race.
        QEventLoop loop;
        QTimer::singleShot(std::clamp<qint64>(deadline.remainingTime(), 0, 5), &loop,
                           &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString backOfficeProgram()
{
    return QStringLiteral(FRONTLINE_BACKOFFICE_PATH);
}

} // namespace frontline::test
