#pragma once

#include <QTcpServer>

#include <unordered_map>

class QTcpSocket;
class QTimer;

namespace frontline::server {

struct HttpResponse;

// The back office's own limits on HTTP connections, a second line behind the nginx front
// (docs/security.md, "The nginx front").
struct ConnectionLimits
{
    int maxConnections = 1000;            // open HTTP connections; more are answered 503 and closed
    int idleTimeoutMs = 75'000;           // no request arriving and no answer owed: closed
    int requestTimeoutMs = 30'000;        // from a request's first byte to its last
    qint64 maxRequestBytes = 1088 * 1024; // a request still arriving past this: 413, not buffered
    qint64 maxUnsentBytes = 8 * 1024 * 1024; // answers a client leaves unread before it is closed
};

// The listening socket of the HTTP front. It sees every connection before Qt's HTTP parser does:
// it refuses those over the cap, counts the bytes of each request as they arrive (Qt buffers a
// whole request before anyone else can look at it), and closes connections that stay idle or send
// a request too slowly. The listener tells it where each connection is in its request cycle.
class ConnectionGate : public QTcpServer
{
    Q_OBJECT
public:
    // `parser` is the QAbstractHttpServer this gate is bound to: the receiver of Qt's readyRead
    // connections, cut from a connection that is refused mid-request.
    ConnectionGate(ConnectionLimits limits, QObject *parser, QObject *parent = nullptr);
    ~ConnectionGate() override;

    int openConnections() const { return int(m_watches.size()); }
    // A whole request was parsed from `socket`; the bytes still unread begin the next one.
    void requestParsed(QTcpSocket *socket);
    // Every request parsed from `socket` has been answered.
    void answeredAll(QTcpSocket *socket);
    // `socket` became a WebSocket: the realtime hub and its own caps watch it from now on.
    void release(QTcpSocket *socket);

    // Raises the open-file limit to `needed` as far as allowed; false when `needed` does not fit.
    static bool raiseOpenFileLimit(int needed, int *limit);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    enum class Phase
    {
        Idle,    // waiting for a request: the idle timeout runs
        Request, // a request is arriving: the request timeout runs
        Busy,    // answers are owed: no timeout, the wait is the back office's
        Closing  // refused: what the client still sends is read and dropped until it goes
    };
    struct Watch
    {
        QTimer *timer = nullptr; // a child of the socket
        Phase phase = Phase::Idle;
        bool answersOwed = false;
        qint64 requestBytes = 0; // of the request arriving, counted as they come
        qint64 counted = 0;      // bytes unread in the socket that requestBytes already holds
    };

    void received(QTcpSocket *socket);
    void enter(QTcpSocket *socket, Watch &watch, Phase phase);
    void timedOut(QTcpSocket *socket);
    // Answers `response`, stops parsing, and closes once the client has gone or after a while.
    void refuse(QTcpSocket *socket, const HttpResponse &response);

    ConnectionLimits m_limits;
    QObject *m_parser;
    std::unordered_map<QTcpSocket *, Watch> m_watches;
    bool m_atCap = false; // logged once each time the cap is reached
};

} // namespace frontline::server
