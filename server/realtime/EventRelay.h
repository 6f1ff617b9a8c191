#pragma once

#include "protocol/Result.h"

#include <QObject>

class QJsonObject;

namespace frontline::server {

class Store;

// Ephemeral events between back offices that share one PostgreSQL database: what one instance
// tells its events sockets (typing, a supervisor watching, barging in, taking a ticket over,
// presence), the others tell theirs. Carried by LISTEN/NOTIFY like the change feed's pokes, at
// most once and never stored: a lost one costs what a lost event always costs, since the change
// feed carries everything that lasts. On SQLite (one instance) it does nothing.
class EventRelay : public QObject
{
    Q_OBJECT
public:
    // Relays the events of `store`'s workspace (the production one); it outlives the relay.
    explicit EventRelay(Store &store, QObject *parent = nullptr);

    // Listens for the other instances' events; nothing to do on SQLite.
    Result<void> start();
    // Hands `envelope` (whom to tell, and the event) to the other instances of `workspace`. A
    // failure is logged, not returned: the event has reached this instance's sockets already.
    void publish(const QString &workspace, const QJsonObject &envelope);

Q_SIGNALS:
    // Another instance published `envelope` for `workspace`.
    void received(const QString &workspace, const QJsonObject &envelope);

private:
    QString channel() const;

    Store &m_store;
    bool m_listening = false;
};

} // namespace frontline::server
