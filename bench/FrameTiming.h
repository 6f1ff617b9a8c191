#pragma once

#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QThread>
#include <QWidget>

#include <ctime>
#include <functional>

// How the workspace benchmark measures in its own process: the GUI thread's busy time per event,
// a step from an action to the painted view with the loop idle, and frames driven by a timer.
namespace frontline::bench {

double ms(const QElapsedTimer &timer);
// CPU time of the calling thread or of the whole process, in ms: what a frame or a start cost
// however many other processes share the cores (the wall-clock figures depend on that too).
double cpuMs(clockid_t clock);

// What Session::login leaves behind: the session's description and its token (in a 0600 file,
// the keychain being off), so ClientCore::resume() signs in without the network.
// Adds up the time the GUI thread spends delivering events (top level only), so a frame's work
// can be told apart from the time the loop waits (e.g. Qt's 5 ms update timer).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads (Qt's network thread, the cache's maintenance thread) deliver their
        // events through here too: only the GUI thread's count, and only it touches the counters.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        const char *receiverClass = receiver ? receiver->metaObject()->className() : "none";
        const int eventType = event->type();
        // A reply's handling is told apart by its route (a feed page, a board, a chart's series).
        const auto *reply = qobject_cast<const QNetworkReply *>(receiver);
        const QString route = reply ? reply->url().path() : QString();
        QElapsedTimer timer;
        timer.start();
        const double cpuAtStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 spent = timer.nsecsElapsed();
        busyNs += spent;
        longestNs = std::max(longestNs, spent);
        if (const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpuAtStart; cpu > longestCpuMs) {
            longestCpuMs = cpu;
            // Read before the event ran: a deleted receiver is never touched here.
            longestCpuReceiver = receiverClass;
            longestCpuEvent = eventType;
            longestCpuRoute = route;
        }
        return result;
    }

    qint64 busyNs = 0;
    qint64 longestNs = 0; // the longest single event delivery
    // The GUI thread's CPU time in the longest-working event: the same work without the time
    // other processes held the core (a busy machine stretches the wall clock, not this).
    double longestCpuMs = 0;
    // What the longest-working event was: its receiver's class and the event's type.
    const char *longestCpuReceiver = "";
    int longestCpuEvent = 0;
    QString longestCpuRoute; // the reply's path when the receiver was a network reply

private:
    int m_depth = 0;
};

// The running TimedApplication.
TimedApplication *timedApp();

// Counts paint events of one widget.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Step
{
    double latencyMs = 0; // from the action to the painted view with the loop idle
    double workMs = 0;    // of which the GUI thread was delivering events (wall clock)
    double cpuMs = 0;     // the GUI thread's CPU time over the same span
    // The GUI thread's kernel view of the same span, written with frames over 16 ms.
    double systemMs = 0; // of the CPU time, in the kernel
    long faults = 0;     // page faults
    long waits = 0;      // times the thread gave up the CPU (a lock, I/O, a sleep)
    long preempted = 0;  // times the kernel took the CPU from it (other threads or processes)
};

struct Frames
{
    QList<double> work;
    QList<double> cpu;
    QList<double> latency;
    qint64 longestEventNs = 0;
};

// Runs `action` from the event loop, then the loop until `view` has painted and the loop is idle.
// An action that returns false changed nothing visible (a scroll at the end): no paint to wait for.
Step measure(QWidget *view, const std::function<bool()> &action);
void settle(int milliseconds);
double percentile(QList<double> values, double p);
QString summary(const QList<double> &values);
QString loadAverage();
// Drives `step` every `intervalMs` from a timer `count` times; a frame is the step's own work
// plus everything the loop does until `view` has painted and the loop is idle again.
Frames frames(QWidget *view, int count, int intervalMs, const std::function<bool(int)> &step);
QString frameSummary(const Frames &frames);
void result(const QByteArray &name, const QString &text);

} // namespace frontline::bench
