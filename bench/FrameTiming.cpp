#include "bench/FrameTiming.h"

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace frontline::bench {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread or of the whole process, in ms: what a frame or a start cost
// however many other processes share the cores (the wall-clock figures depend on that too).
double cpuMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

namespace {

struct ThreadUsage
{
    double systemMs = 0;
    long faults = 0, waits = 0, preempted = 0;

    static ThreadUsage now()
    {
        rusage usage{};
        getrusage(RUSAGE_THREAD, &usage);
        return {double(usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_stime.tv_usec) / 1e3,
                usage.ru_minflt + usage.ru_majflt, usage.ru_nvcsw, usage.ru_nivcsw};
    }
    void since(const ThreadUsage &start, Step &step) const
    {
        step.systemMs = systemMs - start.systemMs;
        step.faults = faults - start.faults;
        step.waits = waits - start.waits;
        step.preempted = preempted - start.preempted;
    }
};

} // namespace

// Runs `action` from the event loop, then the loop until `view` has painted and the loop is idle.
// An action that returns false changed nothing visible (a scroll at the end): no paint to wait for.
Step measure(QWidget *view, const std::function<bool()> &action)
{
    PaintProbe probe(view);
    QEventLoop loop;
    QElapsedTimer timer;
    Step step;
    qint64 busyAtStart = 0;
    double cpuAtStart = 0;
    ThreadUsage usageAtStart;
    bool started = false;
    const auto idle = QObject::connect(
        QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
            if (!started || probe.paints == 0 || step.latencyMs > 0)
                return;
            step.latencyMs = ms(timer);
            step.workMs = double(timedApp()->busyNs - busyAtStart) / 1e6;
            step.cpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpuAtStart;
            ThreadUsage::now().since(usageAtStart, step);
            loop.quit();
        });
    QTimer::singleShot(0, &loop, [&] {
        timer.start();
        busyAtStart = timedApp()->busyNs;
        cpuAtStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        usageAtStart = ThreadUsage::now();
        started = true;
        if (!action()) {
            step.latencyMs = ms(timer);
            step.workMs = double(timedApp()->busyNs - busyAtStart) / 1e6;
            step.cpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpuAtStart;
            loop.quit();
        }
    });
    QTimer::singleShot(10000, &loop, [&] {
        std::printf("   (no paint within 10 s)\n");
        loop.quit();
    });
    loop.exec();
    QObject::disconnect(idle);
    return step;
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QString summary(const QList<double> &values)
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms (n=%5)")
        .arg(percentile(values, 0.5), 0, 'f', 1)
        .arg(percentile(values, 0.95), 0, 'f', 1)
        .arg(percentile(values, 0.99), 0, 'f', 1)
        .arg(percentile(values, 1.0), 0, 'f', 1)
        .arg(values.size());
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QStringLiteral("?");
}

// Drives `step` every `intervalMs` from a timer `count` times; a frame is the step's own work
// plus everything the loop does until `view` has painted and the loop is idle again.
Frames frames(QWidget *view, int count, int intervalMs, const std::function<bool(int)> &step)
{
    Frames result;
    timedApp()->longestNs = 0;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer pace;
        pace.start();
        const Step one = measure(view, [&] { return step(i); });
        if (one.workMs > 16) // to line up with Qt's and the cache's log (the bench's stderr)
            qInfo(
                "frame %d: busy %.1f ms, GUI-thread CPU %.1f ms (%.1f ms in the kernel), %ld page "
                "faults, %ld waits, preempted %ld times",
                i, one.workMs, one.cpuMs, one.systemMs, one.faults, one.waits, one.preempted);
        result.work.append(one.workMs);
        result.cpu.append(one.cpuMs);
        result.latency.append(one.latencyMs);
        const int left = intervalMs - int(pace.elapsed());
        if (left > 0)
            settle(left);
    }
    result.longestEventNs = timedApp()->longestNs;
    return result;
}

QString frameSummary(const Frames &frames)
{
    return QStringLiteral("busy %1; %2 of %3 over 16 ms; GUI-thread CPU %4; longest event %5 ms")
        .arg(summary(frames.work))
        .arg(std::count_if(frames.work.cbegin(), frames.work.cend(),
                           [](double t) { return t > 16; }))
        .arg(frames.work.size())
        .arg(summary(frames.cpu))
        .arg(double(frames.longestEventNs) / 1e6, 0, 'f', 1);
}

void result(const QByteArray &name, const QString &text)
{
    std::printf("RESULT %s: %s\n", name.constData(), qPrintable(text));
    std::fflush(stdout);
}

} // namespace frontline::bench
