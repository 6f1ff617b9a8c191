#include "app/commands/WorkIntervalRecorder.h"

#include "app/commands/OperatorCommands.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkIntervals, "frontline.handletime")

namespace frontline::app {

WorkIntervalRecorder::WorkIntervalRecorder(OperatorCommands &commands, Clock clock, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
    m_pieces.setInterval(PieceMs);
    connect(&m_pieces, &QTimer::timeout, this, &WorkIntervalRecorder::reportPiece);
}

WorkIntervalRecorder::~WorkIntervalRecorder()
{
    endStretch();
}

void WorkIntervalRecorder::setShownTicket(const QString &ticketId)
{
    if (ticketId == m_ticket)
        return;
    m_ticket = ticketId;
    follow();
}

void WorkIntervalRecorder::setWindowActive(bool active)
{
    m_active = active;
    follow();
}

void WorkIntervalRecorder::setOnline(bool online)
{
    m_online = online;
    follow();
}

void WorkIntervalRecorder::reportPiece()
{
    endStretch();
    follow();
}

bool WorkIntervalRecorder::inFront() const
{
    return m_active && m_online && !m_ticket.isEmpty();
}

void WorkIntervalRecorder::follow()
{
    if (m_since.isValid() && (!inFront() || m_recording != m_ticket))
        endStretch();
    if (!m_since.isValid() && inFront()) {
        m_recording = m_ticket;
        m_since = m_clock();
        m_pieces.start();
    }
}

void WorkIntervalRecorder::endStretch()
{
    if (!m_since.isValid())
        return;
    const QDateTime started = m_since;
    const QDateTime ended = m_clock();
    m_since = {};
    m_pieces.stop();
    if (started.msecsTo(ended) < ShortestMs)
        return;
    if (auto queued = m_commands.recordWorkInterval(m_recording, started, ended); !queued)
        qCWarning(lcWorkIntervals) << "ticket" << m_recording << queued.error().message;
}

} // namespace frontline::app
