#include "app/board/PresenceTimelineModel.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace frontline::app {
namespace {

QString statusText(protocol::PresenceStatus status)
{
    switch (status) {
    case protocol::PresenceStatus::Online:
        return QCoreApplication::translate("PresenceTimelineModel", "Online");
    case protocol::PresenceStatus::Break:
        return QCoreApplication::translate("PresenceTimelineModel", "On break");
    case protocol::PresenceStatus::Offline:
        break;
    }
    return QCoreApplication::translate("PresenceTimelineModel", "Offline");
}

} // namespace

PresenceTimelineModel::PresenceTimelineModel(BackOfficeClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{}

ApiRequest PresenceTimelineModel::requestFor(const QString &operatorId, const QDateTime &from,
                                             const QDateTime &to)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), protocol::json::formatTime(from.toUTC()));
    query.addQueryItem(QStringLiteral("to"), protocol::json::formatTime(to.toUTC()));
    ApiRequest request;
    request.path =
        protocol::paths::OperatorPresenceIntervals.toString().replace(
            QLatin1StringView("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(operatorId))) +
        u'?' + query.toString(QUrl::FullyEncoded);
    return request;
}

void PresenceTimelineModel::load(const QString &operatorId, const QDateTime &from,
                                 const QDateTime &to)
{
    const ApiRequest request = requestFor(operatorId, from, to);
    const int generation = ++m_generation;
    m_client.send(request, this, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return; // a later load asked for another operator or window
        if (!reply.ok()) {
            Q_EMIT loadFailed(reply.error.message);
            return;
        }
        auto timeline = protocol::PresenceTimeline::fromJson(reply.json);
        if (!timeline) {
            Q_EMIT loadFailed(timeline.error().message);
            return;
        }
        apply(timeline.value());
        Q_EMIT loaded();
    });
}

void PresenceTimelineModel::apply(const protocol::PresenceTimeline &timeline)
{
    beginResetModel();
    m_timeline = timeline;
    endResetModel();
}

qint64 PresenceTimelineModel::onlineSeconds() const
{
    qint64 seconds = 0;
    for (const protocol::PresenceInterval &interval : m_timeline.intervals) {
        if (interval.status == protocol::PresenceStatus::Online)
            seconds += interval.startedAt.secsTo(interval.endedAt);
    }
    return seconds;
}

int PresenceTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.intervals.size());
}

QVariant PresenceTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::PresenceInterval &interval = m_timeline.intervals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("PresenceTimelineModel", "%1 %2–%3")
            .arg(statusText(interval.status),
                 interval.startedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                 interval.open ? QCoreApplication::translate("PresenceTimelineModel", "now")
                               : interval.endedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    case Qt::ToolTipRole:
        return interval.reason;
    case StatusRole:
        return protocol::toString(interval.status);
    case StartedAtRole:
        return interval.startedAt;
    case EndedAtRole:
        return interval.endedAt;
    case ReasonRole:
        return interval.reason;
    case OpenRole:
        return interval.open;
    default:
        break;
    }
    return {};
}

} // namespace frontline::app
