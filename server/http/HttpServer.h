#pragma once

#include "server/http/ConnectionGate.h"
#include "server/http/HttpExchange.h"
#include "server/http/HttpMetrics.h"
#include "server/http/HttpRouter.h"
#include "server/http/TrustedProxies.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QWebSocket;

namespace frontline::server {

class HttpListener;

// The HTTP front of the back office. Sockets, parsing, routing, the contract's 404/405/413
// answers, metrics and request logs run on an HTTP thread of their own (HttpListener); route
// handlers, and so all domain logic and SQL, run on the thread that owns this object. Handlers run
// in batches: every request that arrived while the previous batch was being handled, inside one
// CommitGroup (one COMMIT per batch and workspace, a savepoint per request). A batch whose COMMIT
// fails answers 500 to every request that ran inside it; pokes go out only after the COMMIT. A
// handler whose answer needs slow work (HttpResponse::later) leaves this thread free meanwhile.
// Background requests (setBackground: a trainer's sandboxes) are handled after every foreground
// request waiting, in slices that end as soon as a foreground request arrives, so they add at most
// one background request to a foreground request's wait.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Routes are added before listen() and not changed afterwards: both threads read them.
    HttpRouter &router() { return m_router; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // The fronts whose X-Forwarded-For names the client (HttpRequestData::clientAddress).
    void setTrustedProxies(const TrustedProxies &proxies) { m_trustedProxies = proxies; }
    // Before listen(): the caps and timeouts of the connections themselves.
    void setConnectionLimits(const ConnectionLimits &limits) { m_limits = limits; }
    // A GET of `path` carrying `Upgrade: websocket` is upgraded and given to the WebSocket handler.
    void addWebSocketPath(const QString &path) { m_webSocketPaths.append(path); }
    // Takes each upgraded WebSocket, on this object's thread.
    void setWebSocketHandler(std::function<void(std::unique_ptr<QWebSocket>)> handler)
    {
        m_webSocketHandler = std::move(handler);
    }
    // Before listen(): which requests are background. Called on the HTTP thread for each routed
    // request, and must not touch anything but the request.
    void setBackground(std::function<bool(const HttpRequestData &)> isBackground)
    {
        m_isBackground = std::move(isBackground);
    }
    // Whether a foreground request waits for the next batch: background work elsewhere on this
    // thread puts itself off meanwhile (BackgroundLane).
    bool foregroundWaiting() const { return m_foregroundWaiting.load(std::memory_order_relaxed); }
    // Thread-safe: written by the HTTP thread, read by the /metrics route.
    const HttpMetrics &metrics() const { return m_metrics; }

    // Starts the HTTP thread and listens there; the bound port, or 0 when listening failed.
    quint16 listen(const QHostAddress &address, quint16 port);
    // Closes every connection and joins the HTTP thread; requests not yet handled are dropped.
    void stop();

private:
    void enqueue(std::unique_ptr<HttpExchange> exchange); // on the HTTP thread
    void handleBatch();
    // Runs `batch`'s requests in order under one CommitGroup, as long as `more` allows another,
    // and hands their answers on; returns those it did not run.
    HttpBatch runBatch(HttpBatch batch, const std::function<bool()> &more);
    // Hands answers to the HTTP thread to be written.
    void deliver(HttpBatch answered);
    // An exchange whose answer waits for work off this thread (HttpResponse::later).
    void resumeLater(std::unique_ptr<HttpExchange> exchange);
    void acceptWebSocket(QWebSocket *socket); // on the HTTP thread

    HttpRouter m_router;
    HttpMetrics m_metrics;
    QStringList m_webSocketPaths;
    qint64 m_maxBodyBytes = 1024 * 1024;
    TrustedProxies m_trustedProxies;
    ConnectionLimits m_limits;
    std::function<void(std::unique_ptr<QWebSocket>)> m_webSocketHandler;
    std::function<bool(const HttpRequestData &)> m_isBackground;

    std::unique_ptr<QThread> m_thread;
    QObject *m_threadContext = nullptr; // lives on the HTTP thread, to run code there
    HttpListener *m_listener = nullptr; // lives on the HTTP thread

    QMutex m_inboxMutex;
    HttpBatch m_inbox;          // requests waiting for the next batch
    bool m_batchQueued = false; // a handleBatch call is posted and has not taken the inbox yet
    std::atomic<bool> m_foregroundWaiting = false; // the inbox holds a foreground request
    HttpBatch m_background; // background requests taken from the inbox, not handled yet
};

} // namespace frontline::server
