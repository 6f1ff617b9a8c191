#pragma once

#include "app/net/ApiReply.h"
#include "protocol/PresenceInterval.h"

#include <QAbstractListModel>

namespace frontline::app {

class BackOfficeClient;

// One operator's presence over a window (online, break and offline bands with their times), as
// the back office keeps it: the cache holds only each operator's current presence, so this asks
// `GET /operators/{id}/presence-intervals` and holds the answer.
class PresenceTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // online, break, offline
        StartedAtRole,
        EndedAtRole,
        ReasonRole,
        OpenRole, // she is still in this state
    };

    explicit PresenceTimelineModel(BackOfficeClient &client, QObject *parent = nullptr);

    // Asks for her intervals in [from, to); ends in loaded() or loadFailed(). A later load
    // replaces an earlier one still under way.
    void load(const QString &operatorId, const QDateTime &from, const QDateTime &to);
    const protocol::PresenceTimeline &timeline() const { return m_timeline; }
    // GET /operators/{id}/presence-intervals for [from, to).
    static ApiRequest requestFor(const QString &operatorId, const QDateTime &from,
                                 const QDateTime &to);
    // Seconds online in the window: her hours on the line.
    qint64 onlineSeconds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    void apply(const protocol::PresenceTimeline &timeline);

    BackOfficeClient &m_client;
    protocol::PresenceTimeline m_timeline;
    int m_generation = 0;
};

} // namespace frontline::app
