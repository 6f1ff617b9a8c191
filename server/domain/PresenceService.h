#pragma once

#include "protocol/Presence.h"
#include "protocol/PresenceInterval.h"
#include "server/clock/Clock.h"

#include <QList>
#include <QObject>

namespace frontline::server {

class ChangeLog;
class Store;
class Assignment;
struct Caller;

// Operators' presence over time, kept as intervals in `presence_intervals`: exactly one open
// interval (ended_at NULL) per operator who ever set a status. Man-hours on the line are summed
// from the closed and open `online` intervals.
class PresenceService : public QObject
{
    Q_OBJECT
public:
    PresenceService(ChangeLog &changes, Clock clock, QObject *parent = nullptr);

    // An operator coming online is given waiting chats in the same transaction.
    void setAssignment(Assignment *assignment) { m_assignment = assignment; }

    // Supervisors and admins: every active operator (and any other account with a status);
    // anyone else: only themselves. Nobody with no interval yet is `offline` since null.
    Result<QList<protocol::Presence>> list(const Caller &caller);
    // Closes the caller's open interval and opens one with `status`. The same status again
    // changes nothing and returns the current presence.
    Result<protocol::Presence> set(const Caller &caller, protocol::PresenceStatus status,
                                   const QString &reason);

    // One operator's intervals overlapping [fromMs, toMs), clipped to it (an open one ends at
    // the earlier of `toMs` and now): a supervisor's timeline of her day. not_found for no such
    // operator.
    Result<protocol::PresenceTimeline> timeline(Store &store, const QString &operatorId,
                                                qint64 fromMs, qint64 toMs);

    static constexpr qsizetype MaxReasonLength = 200;

Q_SIGNALS:
    // After the change committed, for the realtime hub's presence broadcast.
    void changed(const QString &workspace, const frontline::protocol::Presence &presence);

private:
    Result<protocol::Presence> current(Store &store, qint64 operatorId, const QString &displayName);

    ChangeLog &m_changes;
    Clock m_clock;
    Assignment *m_assignment = nullptr;
};

} // namespace frontline::server
