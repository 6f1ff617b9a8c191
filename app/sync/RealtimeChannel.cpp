#include "app/sync/RealtimeChannel.h"

#include "protocol/ApiPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcRealtime, "frontline.realtime")

namespace frontline::app {

RealtimeChannel::RealtimeChannel(QObject *parent)
    : QObject(parent)
    , m_reconnectTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &RealtimeChannel::connectSocket);
    m_pingTimer->setInterval(10000);
    connect(m_pingTimer, &QTimer::timeout, this, &RealtimeChannel::checkAlive);
}

RealtimeChannel::~RealtimeChannel()
{
    m_wanted = false;
    if (m_socket)
        m_socket->disconnect(this);
}

void RealtimeChannel::setEndpoint(const QUrl &baseUrl, const QByteArray &token,
                                  const QSslConfiguration &ssl)
{
    m_url = baseUrl;
    m_url.setScheme(baseUrl.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    m_url.setPath(protocol::paths::Events.toString());
    m_token = token;
    m_ssl = ssl;
}

void RealtimeChannel::setReconnectDelays(int baseMs, int maxMs)
{
    m_baseDelayMs = baseMs;
    m_maxDelayMs = maxMs;
}

void RealtimeChannel::setPingInterval(int milliseconds)
{
    m_pingTimer->setInterval(milliseconds);
}

int RealtimeChannel::pingInterval() const
{
    return m_pingTimer->interval();
}

void RealtimeChannel::open()
{
    m_wanted = true;
    m_attempts = 0;
    connectSocket();
}

void RealtimeChannel::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    m_pingTimer->stop();
    if (m_socket)
        m_socket->close();
    setConnected(false);
}

void RealtimeChannel::connectSocket()
{
    if (!m_wanted || !m_url.isValid())
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        heard();
        m_heldFor.start();
        setConnected(true);
    });
    // The back office's QWebSocket answers every ping frame with a pong by itself.
    connect(m_socket, &QWebSocket::pong, this, [this] { heard(); });
    connect(m_socket, &QWebSocket::disconnected, this, &RealtimeChannel::onDisconnected);
    // A refused connection may report only an error; reconnect from there too.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_reconnectTimer->isActive())
            onDisconnected();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RealtimeChannel::onTextMessage);
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    if (m_url.scheme() == u"wss")
        m_socket->setSslConfiguration(m_ssl);
    // The same watch covers the handshake: a socket that never opens is given up and retried.
    m_unanswered = 0;
    m_pingTimer->start();
    m_socket->open(request);
}

void RealtimeChannel::checkAlive()
{
    if (!m_socket)
        return;
    if (m_unanswered >= 2) {
        const bool wasConnected = m_connected;
        qCInfo(lcRealtime) << "the back office has not answered for" << m_unanswered
                           << "pings; the events socket counts as lost";
        m_pingTimer->stop();
        m_socket->disconnect(this);
        m_socket->abort();
        if (wasConnected)
            Q_EMIT backOfficeSilent();
        onDisconnected();
        return;
    }
    ++m_unanswered;
    if (m_connected)
        m_socket->ping();
}

void RealtimeChannel::onDisconnected()
{
    m_pingTimer->stop();
    qCDebug(lcRealtime) << "events socket closed:" << m_socket->closeCode()
                        << m_socket->closeReason();
    // Only a socket that stayed up resets the backoff: one closed right after the handshake (a
    // refused token, a proxy that drops upgrades) must not reconnect in a tight loop.
    const bool held = m_connected && m_heldFor.isValid() && m_heldFor.elapsed() >= m_maxDelayMs;
    setConnected(false);
    if (!m_wanted)
        return;
    m_attempts = held ? 1 : m_attempts + 1;
    const qint64 ceiling =
        std::min<qint64>(m_maxDelayMs, qint64(m_baseDelayMs) << std::min(m_attempts - 1, 16));
    const qint64 half = std::max<qint64>(1, ceiling / 2);
    m_reconnectTimer->start(int(half + QRandomGenerator::global()->bounded(half + 1)));
}

void RealtimeChannel::onTextMessage(const QString &text)
{
    heard();
    const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = event.value(u"type").toString();
    if (type == u"changed") {
        Q_EMIT poked(event.value(u"seq").toInteger());
    } else if (type == u"board") {
        Q_EMIT boardChanged();
    } else if (type == u"typing") {
        Q_EMIT typing(event.value(u"ticket_id").toString(), event.value(u"operator_id").toString(),
                      event.value(u"customer").toBool());
    } else if (type == u"presence") {
        Q_EMIT presenceChanged(event.value(u"operator_id").toString(),
                               event.value(u"status").toString());
    } else if (type == u"monitored") {
        Q_EMIT monitored(event.value(u"ticket_id").toString(),
                         event.value(u"supervisor_name").toString(),
                         event.value(u"active").toBool());
    } else if (type == u"barged") {
        Q_EMIT barged(event.value(u"ticket_id").toString(),
                      event.value(u"supervisor_name").toString());
    } else if (type == u"taken_over") {
        Q_EMIT takenOver(event.value(u"ticket_id").toString(),
                         event.value(u"supervisor_name").toString());
    }
}

void RealtimeChannel::sendTyping(const QString &ticketId)
{
    if (!m_connected)
        return;
    const QJsonObject frame{{QStringLiteral("type"), QStringLiteral("typing")},
                            {QStringLiteral("ticket_id"), ticketId}};
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void RealtimeChannel::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace frontline::app
