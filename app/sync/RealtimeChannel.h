#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QTimer;
class QWebSocket;

namespace frontline::app {

// The back office's /api/v1/events WebSocket, authenticated with the bearer token. It only pokes:
// "changed" means "read the change feed", "board" (a store's client, whose feed is empty) means
// "the project's board moved"; typing and presence are passed on. A dropped socket is
// reopened with jittered exponential backoff; the SyncEngine polls the feed meanwhile. A socket
// that goes silent (sleep, a dropped network that TCP has not noticed) is caught by pings: two
// unanswered in a row and it counts as lost.
class RealtimeChannel : public QObject
{
    Q_OBJECT
public:
    explicit RealtimeChannel(QObject *parent = nullptr);
    ~RealtimeChannel() override;

    void setEndpoint(const QUrl &baseUrl, const QByteArray &token,
                     const QSslConfiguration &ssl = QSslConfiguration::defaultConfiguration());
    void setReconnectDelays(int baseMs, int maxMs);
    // How often the socket is pinged (and a handshake given time); two intervals without an
    // answer and the back office counts as gone.
    void setPingInterval(int milliseconds);
    int pingInterval() const;

    void open();
    void close();
    bool isConnected() const { return m_connected; }
    // Reconnections since the socket was last held for a while (longer than the longest delay).
    int reconnectAttempts() const { return m_attempts; }

    // Tells colleagues' clients the operator is typing in `ticketId`.
    void sendTyping(const QString &ticketId);

Q_SIGNALS:
    void connectedChanged(bool connected);
    void poked(qint64 seq);
    // A change that can move the client's project board committed (`{"type":"board"}`).
    void boardChanged();
    void typing(const QString &ticketId, const QString &operatorId, bool customer);
    void presenceChanged(const QString &operatorId, const QString &status);
    // A supervisor on one of my tickets (issue 18): she started (`active`) or stopped watching
    // it, wrote to its customer, or took it over.
    void monitored(const QString &ticketId, const QString &supervisorName, bool active);
    void barged(const QString &ticketId, const QString &supervisorName);
    void takenOver(const QString &ticketId, const QString &supervisorName);
    // The back office stopped answering on a socket that was up: the network is likely gone.
    void backOfficeSilent();

private:
    void connectSocket();
    void onTextMessage(const QString &text);
    void onDisconnected();
    void setConnected(bool connected);
    void checkAlive();
    void heard() { m_unanswered = 0; }

    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnectTimer;
    QTimer *m_pingTimer;
    QUrl m_url;
    QByteArray m_token;
    QSslConfiguration m_ssl;
    QElapsedTimer m_heldFor;
    int m_baseDelayMs = 500;
    int m_maxDelayMs = 30000;
    int m_attempts = 0;
    int m_unanswered = 0; // ping intervals since the back office was last heard
    bool m_wanted = false;
    bool m_connected = false;
};

} // namespace frontline::app
