#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace frontline::app {

// Paces a refresh that many events ask for: the first ask after a quiet spell is due at once,
// asks within `interval` of the last refresh make one more, due when the interval is up. So a
// board that moves several times a second costs a chart one fetch per interval, and the last
// move is never left out.
class RefreshPacer : public QObject
{
    Q_OBJECT
public:
    explicit RefreshPacer(int intervalMs, QObject *parent = nullptr);

    int interval() const { return m_interval; }
    // A waiting refresh is due by the new interval, counted from the last refresh.
    void setInterval(int milliseconds);
    // A refresh is waiting for the interval to pass.
    bool isPending() const;

public Q_SLOTS:
    // Something moved: due() now, or once when the interval since the last refresh is up.
    void ask();
    // A refresh happened by other means (the supervisor chose another window): the interval
    // counts from now, and a waiting refresh is dropped.
    void refreshed();
    void cancel();

Q_SIGNALS:
    void due();

private:
    void fire();

    int m_interval;
    QElapsedTimer m_since; // since the last refresh
    QTimer *m_waiting;
};

} // namespace frontline::app
