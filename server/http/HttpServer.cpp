#include "server/http/HttpServer.h"

#include "server/http/HttpListener.h"
#include "server/storage/CommitGroup.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThread>
#include <QWebSocket>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace frontline::server {
namespace {
constexpr qint64 HeaderAllowanceBytes = 64 * 1024;
// How long a slice of background requests may run before the event loop turns.
constexpr qint64 BackgroundSliceNs = 4'000'000;
} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{}

HttpServer::~HttpServer()
{
    stop();
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_thread)
        return 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("http"));
    m_thread->start();
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread.get());

    // The listener is made on the HTTP thread, so that its sockets and Qt's WebSocket server
    // inside it belong to that thread from the start.
    HttpListener::Options options{m_webSocketPaths, m_maxBodyBytes, m_trustedProxies, m_limits};
    // Headers get their own allowance on top of the body's cap.
    options.limits.maxRequestBytes = m_maxBodyBytes + HeaderAllowanceBytes;
    QThread *requestThread = thread();
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_threadContext,
        [&] {
            m_listener = new HttpListener(
                m_router, m_metrics, options,
                [this](std::unique_ptr<HttpExchange> exchange) { enqueue(std::move(exchange)); },
                requestThread, [this](QWebSocket *socket) { acceptWebSocket(socket); });
            bound = m_listener->open(address, port);
        },
        Qt::BlockingQueuedConnection);
    if (bound == 0)
        stop();
    return bound;
}

void HttpServer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_threadContext,
        [this] {
            delete m_listener;
            m_listener = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_threadContext;
    m_threadContext = nullptr;
    m_thread.reset();
    QMutexLocker lock(&m_inboxMutex);
    m_inbox.clear();
    m_batchQueued = false;
    m_background.clear();
}

void HttpServer::enqueue(std::unique_ptr<HttpExchange> exchange)
{
    // Classed once, on arrival; a step resumed after slow work keeps its class.
    if (!exchange->resume && m_isBackground)
        exchange->background = m_isBackground(exchange->request);
    bool post = false;
    {
        QMutexLocker lock(&m_inboxMutex);
        if (!exchange->background)
            m_foregroundWaiting.store(true, std::memory_order_relaxed);
        m_inbox.push_back(std::move(exchange));
        post = !std::exchange(m_batchQueued, true);
    }
    // One wake-up per batch: whatever arrives before handleBatch takes the inbox joins it.
    if (post)
        QMetaObject::invokeMethod(this, &HttpServer::handleBatch, Qt::QueuedConnection);
}

void HttpServer::handleBatch()
{
    HttpBatch foreground;
    {
        QMutexLocker lock(&m_inboxMutex);
        for (std::unique_ptr<HttpExchange> &exchange : m_inbox)
            (exchange->background ? m_background : foreground).push_back(std::move(exchange));
        m_inbox.clear();
        m_batchQueued = false;
        m_foregroundWaiting.store(false, std::memory_order_relaxed);
    }
    if (!m_listener) {
        m_background.clear();
        return;
    }
    if (!foreground.empty())
        runBatch(std::move(foreground), [] { return true; });
    if (m_background.empty())
        return;
    // A slice of the background: until a foreground request arrives or the slice's time is up,
    // then the event loop turns (timers, sockets) and the next batch takes the foreground first.
    QElapsedTimer slice;
    slice.start();
    m_background = runBatch(std::move(m_background), [this, &slice] {
        return !m_foregroundWaiting.load(std::memory_order_relaxed) &&
               slice.nsecsElapsed() < BackgroundSliceNs;
    });
    if (m_background.empty())
        return;
    bool post = false;
    {
        QMutexLocker lock(&m_inboxMutex);
        post = !std::exchange(m_batchQueued, true);
    }
    if (post)
        QMetaObject::invokeMethod(this, &HttpServer::handleBatch, Qt::QueuedConnection);
}

HttpBatch HttpServer::runBatch(HttpBatch batch, const std::function<bool()> &more)
{
    // opened[i]: how many stores had their batch transaction open when request i ended.
    std::vector<std::size_t> opened;
    std::size_t firstFailed = 0;
    std::size_t ran = 0;
    Result<void> committed;
    {
        CommitGroup group;
        for (; ran < batch.size() && (ran == 0 || more()); ++ran) {
            HttpExchange &exchange = *batch[ran];
            exchange.response =
                exchange.resume ? std::exchange(exchange.resume, nullptr)()
                                : (*exchange.handler)(HttpRequest{exchange.request, exchange.method,
                                                                  exchange.path, exchange.route,
                                                                  exchange.params});
            opened.push_back(group.openedCount());
        }
        committed = group.commit(&firstFailed);
    }
    HttpBatch rest(std::make_move_iterator(batch.begin() + qsizetype(ran)),
                   std::make_move_iterator(batch.end()));
    batch.resize(ran);
    if (!committed) {
        // Whatever ran inside the failed transaction may have written, or read what was written
        // there: none of it may look successful.
        qCWarning(lcHttp).noquote() << "a batch of" << batch.size()
                                    << "requests failed to commit:" << committed.error().message;
        const Error error{QStringLiteral("database_error"),
                          u"The change could not be saved: " + committed.error().message};
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (opened[i] > firstFailed)
                batch[i]->response = HttpResponse::error(500, error);
        }
    }

    m_metrics.recordBatch(batch.size());
    for (std::unique_ptr<HttpExchange> &exchange : batch) {
        if (exchange->response.later)
            resumeLater(std::move(exchange));
    }
    std::erase(batch, nullptr);
    deliver(std::move(batch));
    return rest;
}

void HttpServer::deliver(HttpBatch answered)
{
    if (answered.empty() || !m_listener)
        return;
    auto held = std::make_shared<HttpBatch>(std::move(answered));
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener, held] { listener->deliver(std::move(*held)); },
        Qt::QueuedConnection);
}

void HttpServer::resumeLater(std::unique_ptr<HttpExchange> exchange)
{
    QFuture<HttpResponse::Step> later = *std::exchange(exchange->response.later, std::nullopt);
    auto held = std::make_shared<std::unique_ptr<HttpExchange>>(std::move(exchange));
    // Back on this thread, the step joins the next batch like a new request, under its commit. A
    // watcher, not then(this, ...): Qt 6.4's continuation asserts when its context is gone, and
    // a login's hashing or a board's wait can outlive this server at shutdown.
    auto *watcher = new QFutureWatcher<HttpResponse::Step>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, held] {
        watcher->deleteLater();
        const QFuture<HttpResponse::Step> done = watcher->future();
        if (!done.isCanceled() && done.resultCount() > 0) {
            (*held)->resume = done.result();
            enqueue(std::move(*held));
            return;
        }
        (*held)->response = HttpResponse::error(
            503, Error{QStringLiteral("unavailable"),
                       QStringLiteral("The back office is shutting down; try again")});
        HttpBatch answered;
        answered.push_back(std::move(*held));
        deliver(std::move(answered));
    });
    watcher->setFuture(later);
}

void HttpServer::acceptWebSocket(QWebSocket *socket)
{
    // Owned by the posted call: if it never runs, the socket is deleted with it, on this thread.
    auto owned = std::make_shared<std::unique_ptr<QWebSocket>>(socket);
    QMetaObject::invokeMethod(
        this,
        [this, owned] {
            if (m_webSocketHandler)
                m_webSocketHandler(std::move(*owned));
        },
        Qt::QueuedConnection);
}

} // namespace frontline::server
