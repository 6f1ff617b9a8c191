#include "server/realtime/RealtimeHub.h"

#include "protocol/ApiError.h"
#include "protocol/Presence.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/feed/FeedEntity.h"
#include "server/projects/ProjectService.h"
#include "server/realtime/EventRelay.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcRealtime, "backoffice.realtime")

namespace frontline::server {
namespace {

const QLatin1StringView Type("type");
const QLatin1StringView TicketId("ticket_id");
const QLatin1StringView OperatorId("operator_id");
const QLatin1StringView Customer("customer");
// A relayed event's envelope (EventRelay): whom to tell, and what.
const QLatin1StringView To("to");
const QLatin1StringView Event("event");
const QLatin1StringView AssigneeId("assignee_id");
const QLatin1StringView Monitors("monitors");
const QLatin1StringView TypistId("typist_id");

QString peerOf(const QWebSocket *socket)
{
    return socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
}

// The queue of the ticket a change at `seq` is about (a CSAT score's entity id is its ticket).
QString queueOfChangedTicket(Store &store, qint64 seq)
{
    auto ticket =
        store.scalar(QStringLiteral("SELECT entity_id FROM changes WHERE seq = ?"), {seq});
    if (!ticket || ticket.value().isNull())
        return {};
    auto queue = store.scalar(QStringLiteral("SELECT queue_id FROM tickets WHERE id = ?"),
                              {ticket.value().toString().toLongLong()});
    if (!queue) {
        qCWarning(lcRealtime).noquote()
            << "reading a scored ticket's queue:" << queue.error().message;
        return {};
    }
    return queue.value().toString();
}

} // namespace

RealtimeHub::RealtimeHub(AuthService &auth, TicketService &tickets, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_tickets(tickets)
    , m_options(options)
    , m_flushTimer(new QTimer(this))
    , m_keepAliveTimer(new QTimer(this))
{
    m_monotonic.start();
    // A zero timer fires once control is back in the event loop, i.e. after the request handler
    // that committed the change has returned.
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, &RealtimeHub::flush);
    m_keepAliveTimer->setInterval(m_options.pingInterval);
    connect(m_keepAliveTimer, &QTimer::timeout, this, &RealtimeHub::keepAlive);
    m_keepAliveTimer->start();
}

RealtimeHub::~RealtimeHub()
{
    // The sockets die with the hub (they are its children); they must not call back into it.
    for (const auto &[socket, subscriber] : m_subscribers)
        socket->disconnect(this);
    m_subscribers.clear();
}

bool RealtimeHub::mayListen(const Caller &caller)
{
    using Role = protocol::Role;
    const Role role = caller.role();
    return role == Role::Operator || role == Role::Supervisor || role == Role::Trainer ||
           role == Role::Admin || role == Role::Client;
}

void RealtimeHub::loadProjectQueues(Subscriber &subscriber)
{
    if (!subscriber.caller.isClient())
        return;
    auto queues = ProjectService::queuesOf(*subscriber.caller.store, subscriber.caller.projectId());
    if (!queues) {
        // Keep what we had: a lost board poke costs latency only (the board is refetched later).
        qCWarning(lcRealtime).noquote() << "reading a project's queues:" << queues.error().message;
        return;
    }
    subscriber.projectQueues = queues.value();
}

void RealtimeHub::reloadProjectQueues(const QString &workspace)
{
    bool queued = false;
    for (auto &[socket, subscriber] : m_subscribers) {
        if (!subscriber.caller.isClient() || subscriber.caller.workspace != workspace)
            continue;
        const QStringList before = subscriber.projectQueues;
        loadProjectQueues(subscriber);
        if (subscriber.projectQueues != before) {
            subscriber.pendingBoard = true;
            queued = true;
        }
    }
    if (queued && !m_flushTimer->isActive())
        m_flushTimer->start();
}

bool RealtimeHub::movesBoard(const QString &entity, const ChangeAudience &audience,
                             const Subscriber &client, const std::function<QString()> &csatQueue)
{
    // Presence and operators move the operator rows of every project's board: who works which
    // queue is not worth a query per change, and a poke only makes the board be fetched again.
    if (entity == u"presence" || entity == u"operator")
        return true;
    // New targets may be the store's own (its board shows them); they change a few times a year.
    if (entity == u"kpi_target")
        return true;
    const QStringList &queues = client.projectQueues;
    if (entity == u"csat")
        return queues.contains(csatQueue());
    if (entity == u"ticket" || entity == u"message" || entity == u"escalation" ||
        entity == u"sla_breach") {
        return (!audience.queueId.isEmpty() && queues.contains(audience.queueId)) ||
               (!audience.previousQueueId.isEmpty() && queues.contains(audience.previousQueueId));
    }
    return false;
}

void RealtimeHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxIncomingBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxIncomingBytes));
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    if (connectionCount() >= m_options.maxSockets) {
        qCWarning(lcRealtime).noquote() << "at the cap of" << m_options.maxSockets
                                        << "event sockets: refused" << peerOf(socket);
        refuse(
            socket,
            QStringLiteral("The back office has %1 event sockets open, its most; try again later")
                .arg(m_options.maxSockets),
            TryAgainLater);
        return;
    }

    const QByteArray authorization = socket->request().rawHeader("Authorization");
    auto caller = m_auth.authenticate(authorization);
    if (!caller) {
        qCDebug(lcRealtime).noquote() << "refused" << peerOf(socket) << caller.error().message;
        refuse(socket, QStringLiteral("unauthorized"));
        return;
    }
    if (!mayListen(caller.value())) {
        qCDebug(lcRealtime).noquote()
            << "refused" << peerOf(socket) << "role" << protocol::toString(caller->role());
        refuse(socket, QStringLiteral("forbidden"));
        return;
    }

    Subscriber subscriber;
    subscriber.caller = caller.value();
    subscriber.authorization = authorization;
    subscriber.lastHeardMs = nowMs();
    loadProjectQueues(subscriber);
    m_subscribers.emplace(socket, std::move(subscriber));
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { receive(socket, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
        if (auto it = m_subscribers.find(socket); it != m_subscribers.end())
            it->second.lastHeardMs = nowMs();
        qCDebug(lcRealtime).noquote() << "ignoring a binary frame from" << peerOf(socket);
    });
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        if (auto it = m_subscribers.find(socket); it != m_subscribers.end())
            it->second.lastHeardMs = nowMs();
    });
    qCDebug(lcRealtime).noquote() << "listening:" << caller->profile.username << peerOf(socket);
    // The token passed: the client knows for certain it is listening (a refused socket is closed
    // instead), whatever the threads' scheduling.
    send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("welcome")}});
}

void RealtimeHub::refuse(QWebSocket *socket, const QString &reason, int code)
{
    m_subscribers.erase(socket);
    // At once: sockets reach accept() from a call posted by the HTTP thread, never from inside
    // Qt's handshake, so the close frame follows the handshake as closely as it can.
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
    forget(socket);
}

void RealtimeHub::forget(QWebSocket *socket)
{
    m_subscribers.erase(socket);
    socket->deleteLater(); // safe to repeat; never delete a socket inside its own signal
}

void RealtimeHub::drop(QWebSocket *socket, const char *why)
{
    qCDebug(lcRealtime).noquote() << "dropping" << peerOf(socket) << why;
    forget(socket);
    socket->abort();
}

void RealtimeHub::send(QWebSocket *socket, const QJsonObject &event)
{
    if (socket->bytesToWrite() > m_options.maxOutgoingBacklogBytes) {
        drop(socket, "not reading");
        return;
    }
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
}

void RealtimeHub::notifyChanged(const QString &workspace, qint64 seq, const QString &entity,
                                const ChangeAudience &audience)
{
    if (entity == u"project")
        reloadProjectQueues(workspace);
    // A score's change names its operator, not its ticket's queue: read it once, and only when a
    // client listens.
    std::optional<QString> scoredQueue;
    Store *store = nullptr;
    const auto csatQueue = [&]() -> QString {
        if (!scoredQueue)
            scoredQueue = store ? queueOfChangedTicket(*store, seq) : QString();
        return *scoredQueue;
    };
    bool queued = false;
    for (auto &[socket, subscriber] : m_subscribers) {
        if (subscriber.caller.workspace != workspace)
            continue;
        if (subscriber.caller.isClient()) {
            store = subscriber.caller.store;
            if (!subscriber.pendingBoard && movesBoard(entity, audience, subscriber, csatQueue)) {
                subscriber.pendingBoard = true;
                queued = true;
            }
            continue;
        }
        if (!feedVisibleTo(entity, audience, subscriber.caller))
            continue;
        subscriber.pendingSeq = std::max(subscriber.pendingSeq, seq);
        queued = true;
    }
    if (queued && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void RealtimeHub::flush()
{
    // Collect first: a send may drop its socket, which edits the map.
    QList<std::pair<QWebSocket *, qint64>> pokes;
    QList<QWebSocket *> boards;
    for (auto &[socket, subscriber] : m_subscribers) {
        if (subscriber.pendingSeq > 0) {
            pokes.append({socket, subscriber.pendingSeq});
            subscriber.pendingSeq = 0;
        }
        if (subscriber.pendingBoard) {
            boards.append(socket);
            subscriber.pendingBoard = false;
        }
    }
    for (const auto &[socket, seq] : pokes) {
        if (m_subscribers.count(socket))
            send(socket,
                 QJsonObject{{Type, QStringLiteral("changed")}, {QLatin1StringView("seq"), seq}});
    }
    for (QWebSocket *socket : boards) {
        if (m_subscribers.count(socket))
            send(socket, QJsonObject{{Type, QStringLiteral("board")}});
    }
}

void RealtimeHub::notifyPresence(const QString &workspace, const protocol::Presence &presence)
{
    const QJsonObject event{{Type, QStringLiteral("presence")},
                            {OperatorId, presence.operatorId},
                            {QLatin1StringView("status"), protocol::toString(presence.status)}};
    tellStaff(workspace, event);
    relay(workspace, {{To, QStringLiteral("staff")}}, event);
}

void RealtimeHub::notifyOperator(const QString &workspace, qint64 operatorId,
                                 const QJsonObject &event)
{
    tellOperator(workspace, operatorId, event);
    relay(workspace, {{To, QStringLiteral("operator")}, {OperatorId, operatorId}}, event);
}

bool RealtimeHub::customerTyping(const QString &workspace, const protocol::Ticket &ticket,
                                 const QList<qint64> &monitors)
{
    const qint64 now = nowMs();
    if (m_customerTyping.size() > 10'000) {
        // Conversations nobody typed in for a second are forgotten (their count starts over).
        std::erase_if(m_customerTyping,
                      [now](const auto &entry) { return now - entry.second.first >= 1000; });
    }
    auto &[windowStart, count] = m_customerTyping[workspace + u'/' + ticket.id];
    if (now - windowStart >= 1000) {
        windowStart = now;
        count = 0;
    }
    if (++count > m_options.maxTypingPerSecond)
        return false;
    const qint64 assignee = TicketService::parseId(ticket.assigneeId);
    const QJsonObject event{{Type, QStringLiteral("typing")},
                            {TicketId, ticket.id},
                            {OperatorId, QJsonValue::Null},
                            {Customer, true}};
    tellCustomerTyping(workspace, assignee, monitors, event);
    QJsonArray watchers;
    for (qint64 monitor : monitors)
        watchers.append(monitor);
    relay(workspace,
          {{To, QStringLiteral("customer_typing")}, {AssigneeId, assignee}, {Monitors, watchers}},
          event);
    return true;
}

void RealtimeHub::deliverRelayed(const QString &workspace, const QJsonObject &envelope)
{
    const QString to = envelope.value(To).toString();
    const QJsonObject event = envelope.value(Event).toObject();
    if (event.isEmpty())
        return;
    if (to == u"staff") {
        tellStaff(workspace, event);
    } else if (to == u"operator") {
        tellOperator(workspace, envelope.value(OperatorId).toInteger(), event);
    } else if (to == u"customer_typing") {
        QList<qint64> monitors;
        for (const QJsonValue &monitor : envelope.value(Monitors).toArray())
            monitors.append(monitor.toInteger());
        tellCustomerTyping(workspace, envelope.value(AssigneeId).toInteger(), monitors, event);
    } else if (to == u"ticket_viewers") {
        // Who may see the ticket is read here, from the database both instances share, by the
        // first listener of the workspace; with no listener there is nobody to tell.
        const auto listener = std::find_if(
            m_subscribers.begin(), m_subscribers.end(), [&workspace](const auto &entry) {
                return entry.second.caller.workspace == workspace && entry.second.caller.store;
            });
        if (listener == m_subscribers.end())
            return;
        const qint64 id = TicketService::parseId(event.value(TicketId).toString());
        auto ticket = m_tickets.get(*listener->second.caller.store, id);
        if (ticket)
            tellTicketViewers(workspace, ticket.value(), envelope.value(TypistId).toInteger(),
                              event);
    } else {
        qCDebug(lcRealtime).noquote() << "ignoring a relayed event for" << to.left(40);
    }
}

void RealtimeHub::relay(const QString &workspace, QJsonObject envelope, const QJsonObject &event)
{
    if (!m_relay)
        return;
    envelope.insert(Event, event);
    m_relay->publish(workspace, envelope);
}

void RealtimeHub::tellStaff(const QString &workspace, const QJsonObject &event)
{
    QList<QWebSocket *> targets;
    for (const auto &[socket, subscriber] : m_subscribers) {
        if (subscriber.caller.workspace == workspace && subscriber.caller.isStaff())
            targets.append(socket);
    }
    sendEach(targets, event);
}

void RealtimeHub::tellOperator(const QString &workspace, qint64 operatorId,
                               const QJsonObject &event)
{
    QList<QWebSocket *> targets;
    for (const auto &[socket, subscriber] : m_subscribers) {
        if (subscriber.caller.workspace == workspace && subscriber.caller.operatorId == operatorId)
            targets.append(socket);
    }
    sendEach(targets, event);
}

void RealtimeHub::tellCustomerTyping(const QString &workspace, qint64 assignee,
                                     const QList<qint64> &monitors, const QJsonObject &event)
{
    QList<QWebSocket *> targets;
    for (const auto &[socket, subscriber] : m_subscribers) {
        const qint64 listener = subscriber.caller.operatorId;
        if (subscriber.caller.workspace == workspace &&
            ((assignee != 0 && listener == assignee) ||
             (subscriber.caller.isStaff() && monitors.contains(listener))))
            targets.append(socket);
    }
    sendEach(targets, event);
}

void RealtimeHub::tellTicketViewers(const QString &workspace, const protocol::Ticket &ticket,
                                    qint64 typist, const QJsonObject &event)
{
    QList<QWebSocket *> targets;
    for (const auto &[socket, subscriber] : m_subscribers) {
        if (subscriber.caller.workspace == workspace && subscriber.caller.operatorId != typist &&
            TicketService::canSee(subscriber.caller, ticket))
            targets.append(socket);
    }
    sendEach(targets, event);
}

void RealtimeHub::sendEach(const QList<QWebSocket *> &targets, const QJsonObject &event)
{
    // A send may drop its socket (a reader too far behind), which edits the map.
    for (QWebSocket *socket : targets) {
        if (m_subscribers.count(socket))
            send(socket, event);
    }
}

void RealtimeHub::receive(QWebSocket *socket, const QString &message)
{
    const auto it = m_subscribers.find(socket);
    if (it == m_subscribers.end())
        return;
    it->second.lastHeardMs = nowMs();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        qCDebug(lcRealtime).noquote() << "ignoring a frame that is not a JSON object from"
                                      << it->second.caller.profile.username;
        return;
    }
    const QJsonObject frame = document.object();
    const QString type = frame.value(Type).toString();
    if (type == u"typing") {
        const QJsonValue ticketId = frame.value(TicketId);
        if (!ticketId.isString()) {
            qCDebug(lcRealtime).noquote() << "ignoring a typing frame without ticket_id from"
                                          << it->second.caller.profile.username;
            return;
        }
        forwardTyping(socket, ticketId.toString());
        return;
    }
    qCDebug(lcRealtime).noquote() << "ignoring a frame of unknown type" << type.left(40) << "from"
                                  << it->second.caller.profile.username;
}

void RealtimeHub::forwardTyping(QWebSocket *socket, const QString &ticketId)
{
    Subscriber &from = m_subscribers.at(socket);
    // Each typing frame costs a ticket read; a client is asked to send one every few seconds.
    const qint64 now = nowMs();
    if (now - from.typingWindowStartMs >= 1000) {
        from.typingWindowStartMs = now;
        from.typingInWindow = 0;
    }
    if (++from.typingInWindow > m_options.maxTypingPerSecond) {
        qCDebug(lcRealtime).noquote()
            << "ignoring typing over the rate from" << from.caller.profile.username;
        return;
    }
    const qint64 id = TicketService::parseId(ticketId);
    if (id == 0)
        return;
    auto ticket = m_tickets.get(*from.caller.store, id);
    if (!ticket) {
        if (ticket.error().code != u"not_found")
            qCWarning(lcRealtime).noquote()
                << "typing: loading a ticket:" << ticket.error().message;
        return;
    }
    // Refused the same way as a ticket that does not exist, so typing cannot probe for ids.
    if (!TicketService::canSee(from.caller, ticket.value()))
        return;

    const QJsonObject event{{Type, QStringLiteral("typing")},
                            {TicketId, ticket->id},
                            {OperatorId, QString::number(from.caller.operatorId)},
                            {Customer, false}};
    const QString workspace = from.caller.workspace;
    const qint64 typist = from.caller.operatorId;
    tellTicketViewers(workspace, ticket.value(), typist, event);
    relay(workspace, {{To, QStringLiteral("ticket_viewers")}, {TypistId, typist}}, event);
}

void RealtimeHub::closeWorkspace(const QString &workspace)
{
    QList<QWebSocket *> closing;
    for (const auto &[socket, subscriber] : m_subscribers) {
        if (subscriber.caller.workspace == workspace)
            closing.append(socket);
    }
    for (QWebSocket *socket : closing)
        refuse(socket, QStringLiteral("the workspace was closed"),
               QWebSocketProtocol::CloseCodeGoingAway);
}

void RealtimeHub::keepAlive()
{
    const qint64 now = nowMs();
    QList<QWebSocket *> silent;
    QList<QWebSocket *> signedOut;
    for (auto &[socket, subscriber] : m_subscribers) {
        if (now - subscriber.lastHeardMs > m_options.pongTimeout.count()) {
            silent.append(socket);
            continue;
        }
        // A token signed out or expired since the upgrade ends the stream too; a refreshed caller
        // picks up queue changes.
        auto caller = m_auth.authenticate(subscriber.authorization);
        if (caller && mayListen(caller.value())) {
            subscriber.caller = caller.value();
            loadProjectQueues(subscriber);
        } else if (caller || caller.error().code == protocol::errors::Unauthorized) {
            signedOut.append(socket);
            continue;
        } // else the database failed for a moment: keep the caller we have
        socket->ping();
    }
    for (QWebSocket *socket : silent)
        drop(socket, "no pong");
    for (QWebSocket *socket : signedOut)
        refuse(socket, QStringLiteral("token no longer valid"));
}

} // namespace frontline::server
