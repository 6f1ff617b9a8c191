#pragma once

#include "protocol/Result.h"

#include <QObject>

#include <map>

class QJsonObject;

namespace frontline::server {

class Store;

// Ephemeral events between back offices that share one PostgreSQL database: what one instance
// tells its events sockets (typing, a supervisor watching, barging in, taking a ticket over,
// presence), the others tell theirs. Carried by LISTEN/NOTIFY like the change feed's pokes, at
// most once and never stored: a lost one costs what a lost event always costs, since the change
// feed carries everything that lasts. Each workspace has its own channel, heard on its own
// connection. On SQLite (one instance) it does nothing.
class EventRelay : public QObject
{
    Q_OBJECT
public:
    explicit EventRelay(QObject *parent = nullptr);

    // Listens for the other instances' events of `store`'s workspace (production or a sandbox);
    // the store outlives its watch (forget() before it closes). Nothing to do on SQLite.
    Result<void> watch(Store &store);
    void forget(const QString &workspace);
    // Hands `envelope` (whom to tell, and the event) to the other instances of `workspace`. A
    // failure is logged, not returned: the event has reached this instance's sockets already.
    void publish(const QString &workspace, const QJsonObject &envelope);

Q_SIGNALS:
    // Another instance published `envelope` for `workspace`.
    void received(const QString &workspace, const QJsonObject &envelope);

private:
    static QString channel(const Store &store);

    std::map<QString, Store *> m_watched; // by workspace
};

} // namespace frontline::server
