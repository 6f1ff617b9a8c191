#include "app/board/LiveBoard.h"

#include "app/net/BackOfficeClient.h"
#include "app/sync/RealtimeChannel.h"
#include "protocol/ApiPaths.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <optional>
#include <tuple>

Q_LOGGING_CATEGORY(lcBoard, "frontline.board")

namespace frontline::app {

LiveBoard::LiveBoard(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_safety(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_safety->setInterval(30000);
    connect(m_safety, &QTimer::timeout, this, &LiveBoard::refresh);
}

LiveBoard::~LiveBoard() = default;

void LiveBoard::attachRealtime(RealtimeChannel *channel)
{
    if (m_realtime)
        disconnect(m_realtime, nullptr, this, nullptr);
    m_realtime = channel;
    if (!channel)
        return;
    connect(channel, &RealtimeChannel::poked, this, [this] {
        if (m_running)
            refresh();
    });
    // A store's client has an empty feed: the back office says "board" when its project's moved.
    connect(channel, &RealtimeChannel::boardChanged, this, [this] {
        if (m_running)
            refresh();
    });
    // A presence change is also said as an event of its own: the board's status column follows.
    connect(channel, &RealtimeChannel::presenceChanged, this, [this] {
        if (m_running)
            refresh();
    });
}

void LiveBoard::setSafetyInterval(int milliseconds)
{
    m_safety->setInterval(milliseconds);
}

int LiveBoard::safetyInterval() const
{
    return m_safety->interval();
}

void LiveBoard::start()
{
    m_running = true;
    m_safety->start();
    refresh();
}

void LiveBoard::stop()
{
    m_running = false;
    m_safety->stop();
    m_again = false;
}

void LiveBoard::setWindow(const BoardWindow &window)
{
    if (window == m_window)
        return;
    m_window = window;
    startOver();
    Q_EMIT windowChanged(m_window);
}

void LiveBoard::setProjectId(const QString &projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    startOver();
    Q_EMIT projectChanged(m_projectId);
}

// Another window or store: what an older fetch brings is dropped, and a new one is under way.
void LiveBoard::startOver()
{
    ++m_generation;
    if (m_running)
        refresh();
}

ReportWindow LiveBoard::reportWindow() const
{
    const QDateTime now = m_clock();
    const QDateTime to = m_window.endAt();
    return {m_window.startAt(now), to.isValid() ? to : now, {}, m_projectId};
}

void LiveBoard::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    fetch();
}

void LiveBoard::fetch()
{
    ApiRequest request;
    request.path = protocol::paths::MetricsBoard.toString() + m_window.query(m_clock());
    if (!m_projectId.isEmpty())
        request.path += (request.path.contains(u'?') ? u"&project_id=" : u"?project_id=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(m_projectId));
    m_inFlight = true;
    m_again = false;
    ++m_fetches;
    const quint64 generation = m_generation;
    m_client.send(request, this,
                  [this, generation](const ApiReply &reply) { onReply(reply, generation); });
}

void LiveBoard::onReply(const ApiReply &reply, quint64 generation)
{
    if (generation != m_generation) {
        m_inFlight = false;
        fetch(); // the window changed meanwhile: this answer is for the old one
        return;
    }
    if (!reply.ok()) {
        m_inFlight = false;
        qCInfo(lcBoard) << "board:" << reply.error.message;
        setReachable(false, reply.error.message);
        if (m_again && m_running)
            fetch();
        return;
    }
    // 450 operators are 170 KB: decoded on a worker thread, and each row's cells, figures against
    // targets and collation keys written there too, so the supervisor's frames stay short. The
    // fetch counts as in flight until the board is back on this thread; as only one is in flight,
    // a board never waits behind another one here.
    QPointer<LiveBoard> guard(this);
    const protocol::Board &held = m_board.board;
    QThreadPool::globalInstance()->start(
        [json = reply.json, guard, generation, now = m_clock(),
         held = m_hasBoard
                    ? std::optional(std::tuple(held.computedAt, held.asOf, held.from, held.to))
                    : std::nullopt] {
            Result<PreparedBoard> prepared = [&]() -> Result<PreparedBoard> {
                auto board = protocol::Board::fromJson(json);
                if (!board)
                    return board.error();
                // The back office serves a board again while it is fresh: nothing to write out.
                if (held == std::tuple(board->computedAt, board->asOf, board->from, board->to))
                    return PreparedBoard{std::move(board).value(), {}, {}};
                return PreparedBoard::of(std::move(board).value(), now);
            }();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [prepared = std::move(prepared), guard, generation]() mutable {
                    if (guard)
                        guard->onDecoded(std::move(prepared), generation);
                },
                Qt::QueuedConnection);
        });
}

void LiveBoard::onDecoded(Result<PreparedBoard> prepared, quint64 generation)
{
    m_inFlight = false;
    if (generation != m_generation) {
        fetch();
        return;
    }
    if (!prepared) {
        qCWarning(lcBoard) << "board answer:" << prepared.error().message;
        setReachable(false, prepared.error().message);
    } else {
        const protocol::Board &board = prepared->board;
        const bool same = m_hasBoard && board.computedAt == m_board.board.computedAt &&
                          board.asOf == m_board.board.asOf && board.from == m_board.board.from &&
                          board.to == m_board.board.to;
        m_lastSuccess = m_clock();
        setReachable(true, {});
        if (!same) {
            m_board = std::move(prepared).value();
            m_hasBoard = true;
            Q_EMIT updated();
        }
    }
    if (m_again && m_running)
        fetch();
}

void LiveBoard::setReachable(bool reachable, const QString &error)
{
    m_lastError = error;
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable);
}

QString LiveBoard::staleText() const
{
    if (m_reachable)
        return {};
    if (!m_lastSuccess.isValid())
        return tr("No board yet: the back office does not answer");
    const QLocale locale;
    const QDateTime at = m_lastSuccess.toLocalTime();
    const QString time = at.toString(QStringLiteral("HH:mm:ss"));
    if (at.date() == m_clock().toLocalTime().date())
        return tr("Board from %1").arg(time);
    return tr("Board from %1 %2").arg(locale.toString(at.date(), QLocale::ShortFormat), time);
}

} // namespace frontline::app
