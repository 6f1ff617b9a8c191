#include "server/training/ExamTimer.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"

#include <QDateTime>

#include <algorithm>

namespace frontline::server {
namespace {

using L = QLatin1StringView;

QString timeOf(qint64 ms)
{
    return protocol::json::formatTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

ExamTimer::ExamTimer(Clock clock, int durationMinutes)
    : m_clock(std::move(clock))
    , m_durationMs(qint64(durationMinutes) * 60000)
{}

ExamTimer ExamTimer::resumed(Clock clock, int durationMinutes, qint64 startedAtMs)
{
    ExamTimer timer(std::move(clock), durationMinutes);
    timer.m_startedAt = startedAtMs;
    return timer;
}

Result<void> ExamTimer::start()
{
    if (m_startedAt != 0)
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("The exam started at %1").arg(timeOf(m_startedAt))};
    m_startedAt = m_clock();
    return {};
}

ExamTimer::State ExamTimer::state() const
{
    if (m_startedAt == 0)
        return State::NotStarted;
    return m_clock() < closesAt() ? State::Running : State::Closed;
}

qint64 ExamTimer::closesAt() const
{
    return m_startedAt == 0 ? 0 : m_startedAt + m_durationMs;
}

qint64 ExamTimer::msLeft() const
{
    if (m_startedAt == 0)
        return m_durationMs;
    return std::max<qint64>(0, closesAt() - m_clock());
}

qint64 ExamTimer::msUntilClose() const
{
    return m_startedAt == 0 ? -1 : msLeft();
}

Result<void> ExamTimer::admit() const
{
    switch (state()) {
    case State::Running:
        return {};
    case State::NotStarted:
        return Error{QString(protocol::errors::ExamNotStarted),
                     QStringLiteral("The exam has not started yet")};
    case State::Closed:
        break;
    }
    return Error{
        QString(protocol::errors::ExamClosed),
        QStringLiteral("The exam closed at %1; nothing more can be sent").arg(timeOf(closesAt()))};
}

QJsonObject ExamTimer::toJson() const
{
    const auto seconds = [](qint64 ms) { return (ms + 999) / 1000; }; // 0.2 s left still shows 1
    return {{L("state"), toString(state())},
            {L("duration_minutes"), durationMinutes()},
            {L("started_at"), m_startedAt ? QJsonValue(timeOf(m_startedAt)) : QJsonValue()},
            {L("closes_at"), m_startedAt ? QJsonValue(timeOf(closesAt())) : QJsonValue()},
            {L("seconds_left"), seconds(msLeft())}};
}

QString toString(ExamTimer::State state)
{
    switch (state) {
    case ExamTimer::State::NotStarted:
        return QStringLiteral("not_started");
    case ExamTimer::State::Running:
        return QStringLiteral("running");
    case ExamTimer::State::Closed:
        break;
    }
    return QStringLiteral("closed");
}

} // namespace frontline::server
