#pragma once

#include "server/auth/AuthService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QWebSocketProtocol>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QJsonObject;
class QTimer;
class QWebSocket;

namespace frontline::protocol {
struct Presence;
struct Ticket;
} // namespace frontline::protocol

namespace frontline::server {

class EventRelay;
class TicketService;
struct ChangeAudience;

// The server side of `GET /api/v1/events`: who is connected, and what to tell them. Events are
// pokes ("the change feed has something for you up to seq N") and ephemeral signals (typing,
// presence); the change feed stays the one source of truth, so a lost event costs latency only.
class RealtimeHub : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds pingInterval{30'000};
        std::chrono::milliseconds pongTimeout{75'000}; // silence after which a socket is dropped
        qint64 maxIncomingBytes = 64 * 1024;           // per frame and per message
        qint64 maxOutgoingBacklogBytes = 1024 * 1024;  // a reader this far behind is dropped
        int maxTypingPerSecond = 5;
        int maxSockets = 2000; // open event sockets; more are closed with TryAgainLater
    };
    // Private-use close code (Qt clients refuse the registered 1013): the hub is full, try later.
    static constexpr int TryAgainLater = 4503;

    RealtimeHub(AuthService &auth, TicketService &tickets, Options options,
                QObject *parent = nullptr);
    ~RealtimeHub() override;

    // Takes a socket the HTTP server has just upgraded. Its upgrade request must carry a valid
    // bearer token of a role that may listen; otherwise it is closed with a policy violation.
    void accept(std::unique_ptr<QWebSocket> socket);
    int connectionCount() const { return int(m_subscribers.size()); }

    // ChangeLog::committed: poke every subscriber of `workspace` who may see the change. Pokes are
    // sent once the current request handler returns (its transaction has committed by then), and
    // only the highest seq per subscriber. A store's account (client) hears of no change, but
    // gets `{"type":"board"}` once a change that can move its project's board commits (a ticket
    // of its queues and what hangs on it, presence, an operator), at most once per flush.
    void notifyChanged(const QString &workspace, qint64 seq, const QString &entity,
                       const ChangeAudience &audience);
    // Tells the supervisors and admins of `workspace` that an operator's presence changed.
    void notifyPresence(const QString &workspace, const protocol::Presence &presence);
    // Sends `event` to every events socket `operatorId` of `workspace` has open (a supervisor is
    // watching her, barged in, took her ticket).
    void notifyOperator(const QString &workspace, qint64 operatorId, const QJsonObject &event);
    // The customer of `ticket` is typing (a channel adapter said so through the intake): tells
    // its assignee and the supervisors in `monitors`. False, and nobody told, over
    // maxTypingPerSecond for the one ticket.
    bool customerTyping(const QString &workspace, const protocol::Ticket &ticket,
                        const QList<qint64> &monitors);

    // Back offices sharing one database: the ephemeral events above (and operators' typing) go
    // to the other instances through `relay` too, and what they relay is told here.
    void setRelay(EventRelay *relay) { m_relay = relay; }
    // Closes every socket of `workspace` (a sandbox deleted or reset): their callers' store goes.
    void closeWorkspace(const QString &workspace);
    void deliverRelayed(const QString &workspace, const QJsonObject &envelope);

private:
    struct Subscriber
    {
        Caller caller;
        QByteArray authorization; // re-checked on every keep-alive tick
        qint64 pendingSeq = 0;
        bool pendingBoard = false; // clients: their project's board may have moved
        QStringList projectQueues; // clients: their project's queues, re-read on a `project`
        qint64 lastHeardMs = 0;
        qint64 typingWindowStartMs = 0;
        int typingInWindow = 0;
    };

    static bool mayListen(const Caller &caller);
    // Whether a change of `entity` for `audience` (at `seq`) can move the board of `client`'s
    // project; `csatQueue` gives the queue of a scored ticket, read once per change.
    static bool movesBoard(const QString &entity, const ChangeAudience &audience,
                           const Subscriber &client, const std::function<QString()> &csatQueue);
    // Clients of `workspace` read their project's queues again; those whose queues changed get
    // a board poke.
    void reloadProjectQueues(const QString &workspace);
    static void loadProjectQueues(Subscriber &subscriber);
    void receive(QWebSocket *socket, const QString &message);
    void forwardTyping(QWebSocket *socket, const QString &ticketId);
    // This instance's sockets only: whom each kind of ephemeral event is for.
    void tellStaff(const QString &workspace, const QJsonObject &event);
    void tellOperator(const QString &workspace, qint64 operatorId, const QJsonObject &event);
    void tellCustomerTyping(const QString &workspace, qint64 assignee,
                            const QList<qint64> &monitors, const QJsonObject &event);
    void tellTicketViewers(const QString &workspace, const protocol::Ticket &ticket, qint64 typist,
                           const QJsonObject &event);
    void sendEach(const QList<QWebSocket *> &targets, const QJsonObject &event);
    void relay(const QString &workspace, QJsonObject envelope, const QJsonObject &event);
    void flush();
    void keepAlive();
    void send(QWebSocket *socket, const QJsonObject &event);
    // Closes a peer that is not answering or not reading; no close handshake is waited for.
    void drop(QWebSocket *socket, const char *why);
    void refuse(QWebSocket *socket, const QString &reason,
                int code = QWebSocketProtocol::CloseCodePolicyViolated);
    void forget(QWebSocket *socket);
    qint64 nowMs() const { return m_monotonic.elapsed(); }

    AuthService &m_auth;
    TicketService &m_tickets;
    Options m_options;
    EventRelay *m_relay = nullptr;
    std::map<QWebSocket *, Subscriber> m_subscribers; // the sockets are children of the hub
    // Customer typing per ticket ("workspace/ticket"): the start of its second and its count.
    std::map<QString, std::pair<qint64, int>> m_customerTyping;
    QTimer *m_flushTimer;
    QTimer *m_keepAliveTimer;
    QElapsedTimer m_monotonic;
};

} // namespace frontline::server
