#pragma once

#include "protocol/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

class QSqlQuery;

#include <map>

namespace frontline::server {

class Store;
struct Caller;

// Who may see a change. Ticket-scoped changes carry the ticket's queue and assignee before and
// after, so an operator also learns that a ticket left their queue.
struct ChangeAudience
{
    enum class Scope
    {
        All,
        Ticket,
        Staff,
        Operator
    };

    Scope scope = Scope::All;
    QString queueId;
    QString previousQueueId;
    qint64 assigneeId = 0;
    qint64 previousAssigneeId = 0;
    qint64 operatorId = 0;  // for Scope::Operator
    int escalationLine = 0; // a ticket escalated to a line is seen by that line's operators...
    QString escalationTeam; // ...and one escalated to a team by that team

    static ChangeAudience everyone() { return {}; }
    static ChangeAudience staff() { return {Scope::Staff, {}, {}, 0, 0, 0, 0, {}}; }
    static ChangeAudience onlyOperator(qint64 id)
    {
        return {Scope::Operator, {}, {}, 0, 0, id, 0, {}};
    }
    // Only the line (2nd and up) or team a ticket is escalated to (and staff).
    static ChangeAudience escalationTarget(int line, const QString &team)
    {
        return {Scope::Ticket, {}, {}, 0, 0, 0, line, team};
    }
};

struct ChangePage
{
    // The changes as a JSON array, already serialized: each change's `data` is spliced in as it
    // was stored (it was serialized once, when written), never parsed and written again.
    QByteArray changes = QByteArrayLiteral("[]");
    int count = 0;
    qint64 next = 0;
    bool more = false;

    // {"changes": [...], "next": N, "more": bool}
    QByteArray toJson() const;
};

// The change feed: every entity change, written in the same transaction as the change itself, in
// commit order. On PostgreSQL an advisory lock held to commit keeps seq order = commit order, so a
// reader never skips a change that commits later with a lower seq.
class ChangeLog : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Call inside the transaction that makes the change. `entity` must be a kind of
    // feedEntities() (FeedEntity.h), whose rule decides who may see it; others are refused.
    Result<qint64> append(Store &store, const QString &entity, const QString &entityId,
                          const QString &op, const QJsonObject &data,
                          const ChangeAudience &audience, qint64 nowMs);
    // Tells the realtime hub; call once the change is written. Inside a request batch (see
    // CommitGroup) the hub hears of it after the batch commits, and never if it rolls back.
    void announce(const QString &workspace, qint64 seq, const QString &entity,
                  const ChangeAudience &audience);

    // PostgreSQL: listens for the changes other back-office instances on the same database
    // commit in `store`'s workspace and announces them here too, so that their pokes reach this
    // instance's subscribers (append NOTIFYs each change). Nothing to do on SQLite.
    Result<void> followOtherInstances(Store &store);

    // Up to `limit` changes after `since` that `caller` may see (feedVisibleTo, in SQL). The page
    // also ends, with more = true, once it holds `maxBytes`; a single larger change goes alone.
    static Result<ChangePage> read(Store &store, const Caller &caller, qint64 since, int limit,
                                   qint64 maxBytes = DefaultPageBytes);
    static constexpr qint64 DefaultPageBytes = 1024 * 1024;

Q_SIGNALS:
    void committed(const QString &workspace, qint64 seq, const QString &entity,
                   const frontline::server::ChangeAudience &audience);

private:
    static QString notificationChannel(const Store &store);
    static Result<QSqlQuery *> visibleRows(Store &store, const Caller &caller, qint64 since,
                                           qint64 headSeq, int limit);
    void relay(Store &store, qint64 seq);

    std::map<QString, qint64> m_relayedSeq; // per workspace: the newest change relayed
};

} // namespace frontline::server
