#include "server/http/ConnectionGate.h"

#include "protocol/ApiError.h"
#include "server/http/HttpResponse.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <utility>

#include <sys/resource.h>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace frontline::server {
namespace {

// How long a refused client may keep sending (read and dropped) before it is cut off: closing at
// once, with its bytes unread, would reset the connection before it could read the answer.
constexpr int MaxLingerMs = 2000;

void lingerThenClose(QTcpSocket *socket, int lingerMs)
{
    QObject::connect(socket, &QIODevice::readyRead, socket,
                     [socket] { socket->skip(socket->bytesAvailable()); });
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(lingerMs, socket, [socket] { socket->abort(); });
    socket->skip(socket->bytesAvailable());
}

} // namespace

ConnectionGate::ConnectionGate(ConnectionLimits limits, QObject *parser, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_parser(parser)
{}

ConnectionGate::~ConnectionGate()
{
    // The sockets are children of this gate and die after it: they must not report back.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->disconnect(this);
    m_watches.clear();
}

bool ConnectionGate::raiseOpenFileLimit(int needed, int *limit)
{
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0)
        return false;
    if (files.rlim_cur < rlim_t(needed) && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = std::min(files.rlim_max, rlim_t(needed)); // the hard one may be infinite
        ::setrlimit(RLIMIT_NOFILE, &files);
        ::getrlimit(RLIMIT_NOFILE, &files);
    }
    *limit = files.rlim_cur > rlim_t(INT_MAX) ? INT_MAX : int(files.rlim_cur);
    return files.rlim_cur >= rlim_t(needed);
}

void ConnectionGate::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (openConnections() >= m_limits.maxConnections) {
        if (!std::exchange(m_atCap, true))
            qCWarning(lcHttp).noquote() << "at the cap of" << m_limits.maxConnections
                                        << "HTTP connections: refusing new ones with 503";
        const HttpResponse busy =
            HttpResponse::error(503, protocol::errors::TooManyConnections,
                                QStringLiteral("The back office has %1 connections open, its "
                                               "most; try again shortly")
                                    .arg(m_limits.maxConnections))
                .withHeader("Retry-After", "1")
                .withHeader("Connection", "close");
        socket->write(busy.toWire());
        lingerThenClose(socket, std::min(MaxLingerMs, m_limits.requestTimeoutMs));
        return;
    }
    m_atCap = false;
    Watch &watch = m_watches[socket];
    watch.timer = new QTimer(socket);
    watch.timer->setSingleShot(true);
    connect(watch.timer, &QTimer::timeout, this, [this, socket] { timedOut(socket); });
    // Connected before Qt's parser is (addPendingConnection hands the socket to it), so this
    // count always runs first, on the bytes Qt is about to read.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { received(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_watches.erase(socket); });
    enter(socket, watch, Phase::Idle);
    addPendingConnection(socket);
}

void ConnectionGate::received(QTcpSocket *socket)
{
    const auto found = m_watches.find(socket);
    if (found == m_watches.end())
        return;
    Watch &watch = found->second;
    if (watch.phase == Phase::Closing) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    // Qt's parser reads all it is given unless a request ends first; then requestParsed() has
    // recorded what is left, which this emission or a re-posted one shows again.
    const qint64 fresh = socket->bytesAvailable() - watch.counted;
    watch.counted = 0;
    if (fresh <= 0)
        return;
    watch.requestBytes += fresh;
    if (watch.phase != Phase::Request)
        enter(socket, watch, Phase::Request);
    if (watch.requestBytes > m_limits.maxRequestBytes) {
        refuse(socket,
               HttpResponse::error(
                   413, protocol::errors::PayloadTooLarge,
                   QStringLiteral("The request is over %1 bytes").arg(m_limits.maxRequestBytes)));
    }
}

void ConnectionGate::requestParsed(QTcpSocket *socket)
{
    const auto found = m_watches.find(socket);
    if (found == m_watches.end())
        return;
    Watch &watch = found->second;
    watch.answersOwed = true;
    watch.requestBytes = watch.counted = socket->bytesAvailable();
    watch.timer->stop(); // what is left is the next request, on a clock of its own
    enter(socket, watch, watch.requestBytes > 0 ? Phase::Request : Phase::Busy);
}

void ConnectionGate::answeredAll(QTcpSocket *socket)
{
    const auto found = m_watches.find(socket);
    if (found == m_watches.end())
        return;
    Watch &watch = found->second;
    watch.answersOwed = false;
    if (watch.phase == Phase::Busy)
        enter(socket, watch, Phase::Idle);
}

void ConnectionGate::release(QTcpSocket *socket)
{
    const auto found = m_watches.find(socket);
    if (found == m_watches.end())
        return;
    delete found->second.timer;
    m_watches.erase(found);
    socket->disconnect(this);
}

void ConnectionGate::enter(QTcpSocket *socket, Watch &watch, Phase phase)
{
    Q_UNUSED(socket);
    if (watch.phase == phase && watch.timer->isActive())
        return; // a slow request must not restart its own clock
    watch.phase = phase;
    switch (phase) {
    case Phase::Idle:
        watch.timer->start(m_limits.idleTimeoutMs);
        break;
    case Phase::Request:
        watch.timer->start(m_limits.requestTimeoutMs);
        break;
    case Phase::Busy:
        watch.timer->stop();
        break;
    case Phase::Closing:
        watch.timer->start(std::min(MaxLingerMs, m_limits.requestTimeoutMs));
        break;
    }
}

void ConnectionGate::timedOut(QTcpSocket *socket)
{
    const auto found = m_watches.find(socket);
    if (found == m_watches.end())
        return;
    Watch &watch = found->second;
    switch (watch.phase) {
    case Phase::Idle:
        qCDebug(lcHttp) << "closing an idle connection";
        socket->disconnectFromHost();
        break;
    case Phase::Request:
        qCInfo(lcHttp).noquote() << "closing a connection whose request took over"
                                 << m_limits.requestTimeoutMs << "ms to arrive";
        if (watch.answersOwed) {
            // An answer to an earlier request is still to come: no 408 can go before it.
            QObject::disconnect(socket, &QIODevice::readyRead, m_parser, nullptr);
            socket->abort();
            break;
        }
        refuse(socket, HttpResponse::error(408, protocol::errors::RequestTimeout,
                                           QStringLiteral("The request did not arrive within %1 ms")
                                               .arg(m_limits.requestTimeoutMs)));
        break;
    case Phase::Closing:
        socket->abort();
        break;
    case Phase::Busy:
        break;
    }
}

void ConnectionGate::refuse(QTcpSocket *socket, const HttpResponse &response)
{
    Watch &watch = m_watches.at(socket);
    qCInfo(lcHttp).noquote() << "refused a request with" << response.status << "at"
                             << watch.requestBytes << "bytes";
    // Qt's parser stops here: without it nothing more of this request is buffered.
    QObject::disconnect(socket, &QIODevice::readyRead, m_parser, nullptr);
    if (socket->isTransactionStarted())
        socket->rollbackTransaction();
    socket->skip(socket->bytesAvailable());
    HttpResponse closing = response;
    socket->write(closing.withHeader("Connection", "close").toWire());
    enter(socket, watch, Phase::Closing);
}

} // namespace frontline::server
