#pragma once

#include <QObject>

class QSocketNotifier;

namespace frontline::server {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop, so the back office closes its
// store and sockets cleanly when its parent app or the service manager stops it.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace frontline::server
