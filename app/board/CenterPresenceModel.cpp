#include "app/board/CenterPresenceModel.h"

#include "app/board/PresenceTimelineModel.h"
#include "app/net/BackOfficeClient.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace frontline::app {

struct CenterPresenceModel::Walk
{
    QStringList waiting; // operators not asked yet
    int asked = 0;       // answers still to come
    QDateTime from;
    QDateTime to;
    QList<protocol::PresenceTimeline> timelines;
};

CenterPresenceModel::CenterPresenceModel(BackOfficeClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{}

CenterPresenceModel::~CenterPresenceModel() = default;

void CenterPresenceModel::load(const QStringList &operatorIds, const QDateTime &from,
                               const QDateTime &to)
{
    auto walk = std::make_shared<Walk>();
    walk->waiting = operatorIds;
    walk->from = from;
    walk->to = to;
    m_walk = walk;
    if (operatorIds.isEmpty()) {
        m_walk.reset();
        setTimelines({}, from, to);
        Q_EMIT loaded();
        return;
    }
    for (int i = 0; i < InFlight; ++i)
        next(walk);
}

void CenterPresenceModel::next(const std::shared_ptr<Walk> &walk)
{
    if (walk != m_walk)
        return; // a later load took over
    if (walk->waiting.isEmpty()) {
        if (walk->asked == 0) {
            m_walk.reset();
            setTimelines(walk->timelines, walk->from, walk->to);
            Q_EMIT loaded();
        }
        return;
    }
    const QString id = walk->waiting.takeFirst();
    ++walk->asked;
    m_client.send(PresenceTimelineModel::requestFor(id, walk->from, walk->to), this,
                  [this, walk](const ApiReply &reply) {
                      --walk->asked;
                      if (walk != m_walk)
                          return;
                      auto timeline =
                          reply.ok() ? protocol::PresenceTimeline::fromJson(reply.json)
                                     : Result<protocol::PresenceTimeline>(reply.error.toError());
                      if (!timeline) {
                          m_walk.reset();
                          Q_EMIT loadFailed(timeline.error().message);
                          return;
                      }
                      walk->timelines.append(timeline.value());
                      next(walk);
                  });
}

void CenterPresenceModel::setTimelines(const QList<protocol::PresenceTimeline> &timelines,
                                       const QDateTime &from, const QDateTime &to)
{
    beginResetModel();
    m_from = from;
    m_to = to;
    m_steps = stepsOf(timelines, from, to);
    endResetModel();
}

// A sweep over the online intervals' starts (+1) and ends (-1) within the window.
QList<CenterPresenceModel::Step>
CenterPresenceModel::stepsOf(const QList<protocol::PresenceTimeline> &timelines,
                             const QDateTime &from, const QDateTime &to)
{
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    std::map<qint64, int> changes{{start, 0}};
    for (const protocol::PresenceTimeline &timeline : timelines) {
        for (const protocol::PresenceInterval &interval : timeline.intervals) {
            const qint64 on = std::max(start, interval.startedAt.toMSecsSinceEpoch());
            const qint64 off = std::min(end, interval.endedAt.toMSecsSinceEpoch());
            if (interval.status != protocol::PresenceStatus::Online || on >= off)
                continue;
            ++changes[on];
            --changes[off];
        }
    }
    QList<Step> steps;
    int online = 0;
    for (const auto &[at, change] : changes) {
        if (at >= end)
            break;
        online += change;
        if (steps.isEmpty() || steps.constLast().online != online)
            steps.append({QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), online});
    }
    return steps;
}

int CenterPresenceModel::peak() const
{
    int most = 0;
    for (const Step &step : m_steps)
        most = std::max(most, step.online);
    return most;
}

int CenterPresenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant CenterPresenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("CenterPresenceModel", "From %1: %n online", nullptr,
                                           step.online)
            .arg(step.at.toLocalTime().toString(QStringLiteral("HH:mm")));
    case AtRole:
        return step.at;
    case OnlineRole:
        return step.online;
    default:
        break;
    }
    return {};
}

} // namespace frontline::app
