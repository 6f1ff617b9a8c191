#pragma once

#include "protocol/Project.h"
#include "server/clock/Clock.h"

#include <QJsonObject>
#include <QList>

namespace frontline::server {

class ChangeLog;
class Store;
struct Caller;

// The stores the center answers for (projects): listing, creating and changing them, and which
// project a queue or a ticket belongs to, for the rules that keep a store's account to its own
// project (docs/api/roles.md). Every change is written to the change feed (`project`, staff only).
class ProjectService
{
public:
    ProjectService(ChangeLog &changes, Clock clock);

    // Every project for staff and operators, the caller's own for a client; ordered by name.
    Result<QList<protocol::Project>> list(const Caller &caller);
    // POST /projects: a taken slug is conflict (409), an unknown queue invalid_field (422).
    Result<protocol::Project> create(Store &store, const QJsonObject &body);
    // PATCH /projects/{id}: conflict (409) when the project moved past `version`; `queues`
    // becomes the project's list (queues of another project move here, queues left out leave).
    Result<protocol::Project> update(Store &store, const QString &id, const QJsonObject &body);
    // For admin commands: a checked write without a request.
    Result<protocol::Project> create(Store &store, const protocol::ProjectWrite &write);

    static Result<protocol::Project> get(Store &store, qint64 id);
    // The project's id for a slug; 0 when none has it.
    static Result<qint64> idOfSlug(Store &store, const QString &slug);
    // The queues of a project, sorted.
    static Result<QStringList> queuesOf(Store &store, qint64 projectId);
    // The project a queue or a ticket's queue belongs to; 0: the center's own (or no such one).
    static Result<qint64> projectOfQueue(Store &store, const QString &queueId);
    static Result<qint64> projectOfTicket(Store &store, qint64 ticketId);

private:
    // Moves exactly `queues` into `projectId` (and its other queues out), and writes a change for
    // every other project that lost one; inside the caller's transaction.
    Result<void> setQueues(Store &store, qint64 projectId, const QStringList &queues, qint64 now);
    Result<void> recordChange(Store &store, qint64 projectId, const QString &op, qint64 now);

    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server
